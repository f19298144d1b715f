"""The fast paths of the anchored searches find exactly what the plain searches find.

A case-insensitive pattern runs as its lower-cased twin on the lower-cased text, and a
pattern registered with ``word_start`` is searched without its leading ``\\b``; both
must give the same matches (spans and groups, in the original text's case) as the
pattern run as written.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foidesk.read.analyse import anchors, authority, reference, regime
from foidesk.read.analyse.anchors import anchored, finditer_lower, first_anchored, word_start
from foidesk.read.analyse.claims import NCND_WORDS
from foidesk.read.analyse.confidence import RESPONSE_WORDS
from foidesk.read.analyse.likelihood import LIKELY, MODAL
from foidesk.read.analyse.outcome import KEYWORDS, LAST_WORD_SIGNALS, SIGNALS
from tests.conftest import FIXTURES

TEXTS = sorted(FIXTURES.glob("*/*.txt"))

SEARCHES: list[tuple[re.Pattern[str], tuple[str, ...], int]] = [
    (authority._FORCE, authority._FORCE_WORDS, 60),
    (authority._BODY, authority._BODY_WORDS, 60),
    (authority._PATTERNS, authority._PATTERN_WORDS, 90),
    (reference.LABELLED, reference._LABEL_ANCHORS, 60),
    (regime.EIR_MARKERS, regime.EIR_ANCHORS, 40),
    (regime.FOISA_MARKERS, regime.FOISA_ANCHORS, 40),
]


def _seen(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    """Turn both fast paths off."""
    monkeypatch.setattr(anchors, "_WORD_START", {})
    monkeypatch.setattr(anchors, "_twin", lambda pattern: None)


def _results(text: str) -> list[object]:
    lower = text.lower()
    out: list[object] = [_seen(anchored(p, text, lower, words, back=b)) for p, words, b in SEARCHES]
    for name, pattern in SIGNALS.items():
        last = name in LAST_WORD_SIGNALS
        found = first_anchored(pattern, text, lower, KEYWORDS[name], back=80, last=last)
        out.append(_seen([found] if found is not None else []))
    for pattern in (NCND_WORDS, RESPONSE_WORDS, LIKELY, MODAL):
        out.append(
            [
                (m.span(), m.group(0).lower(), sorted(k for k, v in m.groupdict().items() if v))
                for m in finditer_lower(pattern, text)
            ]
        )
    return out


def _compare(text: str) -> None:
    fast = _results(text)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _plain(monkeypatch)
        assert _results(text) == fast


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_fast_paths_agree_with_plain_search_on_fixtures(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    _compare(raw)
    _compare(raw.upper())


PIECES = [
    "West Midlands POLICE",
    "the Metropolitan Police Service",
    "Police Scotland",
    "XPolice Scotland",
    "Home Office",
    "_Cabinet Office",
    "Birmingham City Council",
    "Our Ref: FOI 2024/0917",
    "EIR",
    "regulation 12(5)(b)",
    "FOISA",
    "neither confirm nor deny",
    "PLEASE FIND ATTACHED",
    "is withheld",
    "Neither Confirm Nor Deny",
    "Thank You For Your",
    "WOULD BE LIKELY TO",
    "would",
    "Could",
    "is highly likely to prejudice",
    "ı",
    "ſ",
    "İ",
    "\n",
    " ",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join))
def test_fast_paths_agree_with_plain_search(text: str) -> None:
    _compare(text)


def test_twin_keeps_the_original_case_in_groups() -> None:
    text = "Reply from WEST MIDLANDS Police."
    (match,) = anchored(authority._FORCE, text, text.lower(), authority._FORCE_WORDS, back=60)
    assert match.group("name") == "WEST MIDLANDS"


def test_word_start_does_not_match_inside_a_word() -> None:
    text = "XPolice Scotland and Police Scotland"
    found = anchored(authority._BODY, text, text.lower(), authority._BODY_WORDS, back=60)
    assert [m.start() for m in found] == [text.rindex("Police Scotland")]


def test_word_start_needs_a_leading_boundary() -> None:
    with pytest.raises(ValueError, match="does not start"):
        word_start(re.compile("Home Office"))
