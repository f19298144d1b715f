"""The anchored searches (foidesk.read.analyse.anchors) give what a full search gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foidesk.read.analyse.anchors import anchored, first_anchored, match_at_anchor
from foidesk.read.analyse.letter import _REQUEST_ANCHORS, LEAD_IN, QUOTED, RIGHTS, speaks_of_rights
from foidesk.read.analyse.outcome import KEYWORDS, LAST_WORD_SIGNALS, SIGNALS
from foidesk.read.clean import clean
from tests.conftest import FIXTURES

TEXTS = sorted(FIXTURES.glob("*/*.txt"))

WORDS = [
    "we",
    "are",
    "withheld",
    "is exempt",
    "neither confirm nor deny",
    "not held",
    "please find attached",
    "able to provide",
    "the cost limit",
    "18 hours",
    "some of the information",
    "will not disclose",
    "public interest",
    "you asked:",
    'you asked "how many cars are there"',
    "your request for",
    "in which you asked:",
    "\n",
    ".",
    " ",
    "x" * 90,
]


def _ends(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match is not None else None


def _check_signals(text: str) -> None:
    lower = text.lower()
    for name, pattern in SIGNALS.items():
        last = name in LAST_WORD_SIGNALS
        every = anchored(pattern, text, lower, KEYWORDS[name], back=80)
        expected = (every[-1] if last else every[0]) if every else None
        found = first_anchored(pattern, text, lower, KEYWORDS[name], back=80, last=last)
        assert _ends(found) == _ends(expected), name


def _check_request(text: str) -> None:
    for pattern in (QUOTED, LEAD_IN):
        found = match_at_anchor(pattern, text, text.lower(), _REQUEST_ANCHORS)
        assert _ends(found) == _ends(pattern.search(text))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_first_anchored_is_the_first_or_last_of_anchored_on_fixtures(path: Path) -> None:
    text = clean(path.read_text(encoding="utf-8")).text
    _check_signals(text)
    _check_request(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_first_anchored_agrees_with_anchored(text: str) -> None:
    _check_signals(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_match_at_anchor_agrees_with_search(text: str) -> None:
    _check_request(text)


def test_match_at_anchor_when_lower_case_moves_offsets() -> None:
    text = "İİ in which you asked:\n1. How many cars?"
    assert len(text.lower()) != len(text)
    found = match_at_anchor(LEAD_IN, text, text.lower(), _REQUEST_ANCHORS)
    assert _ends(found) == _ends(LEAD_IN.search(text))
    assert found is not None


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_rights_words_screen_no_rights_paragraph_out(path: Path) -> None:
    text = clean(path.read_text(encoding="utf-8")).text
    for paragraph in text.split("\n"):
        assert speaks_of_rights(paragraph) == (RIGHTS.search(paragraph) is not None)


RIGHTS_PIECES = [
    "Internal Review",
    "RIGHT TO APPEAL",
    "dissatisfied",
    "ICO.ORG.UK",
    "Section 50",
    "complaint",
    "right of review",
    "itspublicknowledge",
    "regulation 11",
    "the",
    " ",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(RIGHTS_PIECES),
        max_size=12,
    ).map(" ".join)
)
def test_rights_words_agree_with_the_rights_pattern(text: str) -> None:
    assert speaks_of_rights(text) == (RIGHTS.search(text) is not None)
