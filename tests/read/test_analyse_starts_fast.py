"""Patterns tried only where the words their matches start with stand find what a scan finds.

:func:`foidesk.read.analyse.anchors.finditer_at_anchors` is the fast path of the NCND
statements and the words addressed to a requester; it must give the same matches as
:func:`foidesk.read.analyse.anchors.finditer_lower` on any text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foidesk.read.analyse.anchors import finditer_at_anchors, finditer_lower
from foidesk.read.analyse.claims import NCND_STARTS, NCND_WORDS
from foidesk.read.analyse.confidence import RESPONSE_STARTS, RESPONSE_WORDS
from tests.conftest import FIXTURES

SEARCHES = [(NCND_WORDS, NCND_STARTS), (RESPONSE_WORDS, RESPONSE_STARTS)]
PIECES = st.sampled_from(
    [
        "Neither ",
        "neither confirm nor deny",
        "We will not confirm or deny",
        "will ",
        "not ",
        "confirm ",
        "or ",
        "deny",
        "refuses to reveal whether",
        "is unable to confirm or deny",
        "not able",
        " to ",
        "the duty to confirm or deny does not",
        "excluded from the duty to confirm or deny",
        "exclusion ",
        "Your request",
        "you asked",
        "Thank you for your",
        "please find",
        "internal review",
        "I can",
        "we hold",
        "the Council",
        "the force",
        "FBI ",
        "x",
        "_",
        " ",
        "\n",
        ".",
        "İ",
        "ſ",
        "K",
    ]
)
TEXTS = st.lists(PIECES, max_size=30).map("".join)


def _seen(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in matches]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_the_same_matches_as_a_scan(text: str) -> None:
    lower = text.lower()
    for pattern, starts in SEARCHES:
        fast = list(finditer_at_anchors(pattern, text, lower, starts))
        assert _seen(fast) == _seen(list(finditer_lower(pattern, text, lower)))


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*/*.txt")), ids=lambda p: p.name)
def test_fixtures_give_the_same_matches(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    lower = text.lower()
    for pattern, starts in SEARCHES:
        fast = list(finditer_at_anchors(pattern, text, lower, starts))
        assert _seen(fast) == _seen(list(finditer_lower(pattern, text, lower)))
