"""The anchor index finds every anchor word where ``str.find`` finds it.

:func:`foidesk.read.analyse.anchor_index.anchor_positions` finds the anchor words of all
the reader's steps in one pass (an Aho-Corasick automaton, or word by word without
pyahocorasick) and remembers the positions of the last few texts; whichever way, and
whatever was asked before, it must give the sorted ``str.find`` positions.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foidesk.read.analyse import anchor_index
from foidesk.read.analyse.anchor_index import anchor_positions, find_all, lowered
from foidesk.read.analyse.authority import _BODY_WORDS, _FORCE_WORDS
from foidesk.read.analyse.confidence import RESPONSE_STARTS
from foidesk.read.analyse.outcome import KEYWORDS
from foidesk.read.analyse.reference import _LABEL_ANCHORS
from tests.conftest import FIXTURES

TEXTS = sorted(FIXTURES.glob("*/*.txt"))
ANCHOR_SETS = [*KEYWORDS.values(), _FORCE_WORDS, _BODY_WORDS, _LABEL_ANCHORS, RESPONSE_STARTS]
WORDS = ["aa", "aaa", "a", "you", "thank you", "the ", "here is", "no:", "£", "ſ", "ı", "’"]
PIECES = [*WORDS, "police", "withheld", "Police", " ", "\n", "x", "İ", "ab", "ba"]


def _by_find(lower: str, anchors: tuple[str, ...]) -> list[tuple[int, int]]:
    found = []
    for anchor in anchors:
        at = lower.find(anchor)
        while at >= 0:
            found.append((at, len(anchor)))
            at = lower.find(anchor, at + 1)
    return sorted(found)


@pytest.fixture(params=[True, False], ids=["automaton", "one-by-one"])
def way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Each test runs with the automaton (where installed) and with ``str.find``."""
    if request.param and not anchor_index.AUTOMATON:
        pytest.skip("pyahocorasick is not installed")
    monkeypatch.setattr(anchor_index, "AUTOMATON", request.param)
    monkeypatch.setattr(anchor_index, "_cache", {})
    return bool(request.param)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_positions_on_fixtures(path: Path, way: bool) -> None:
    raw = path.read_text(encoding="utf-8")
    for text in (raw, raw.upper()):
        lower = text.lower()
        for anchors in ANCHOR_SETS:
            assert anchor_positions(lower, anchors) == _by_find(lower, anchors)


def test_positions_whatever_was_asked_before(way: bool) -> None:
    @settings(max_examples=200, deadline=None)
    @given(
        texts=st.lists(st.lists(st.sampled_from(PIECES), max_size=20).map("".join), max_size=3),
        sets=st.lists(st.lists(st.sampled_from(WORDS), max_size=5).map(tuple), max_size=4),
    )
    def check(texts: list[str], sets: list[tuple[str, ...]]) -> None:
        for text in texts:
            lower = text.lower()
            for anchors in [*sets, *ANCHOR_SETS[:2]]:
                assert anchor_positions(lower, anchors) == _by_find(lower, anchors)

    check()


def test_an_empty_anchor_is_found_everywhere(way: bool) -> None:
    assert anchor_positions("ab", ("",)) == [(0, 0), (1, 0), (2, 0)]


def test_find_all_finds_overlapping_words() -> None:
    assert find_all("aaaa", "aa") == [0, 1, 2]


def test_lowered_is_lower_and_remembered() -> None:
    text = "Ìnformation ÌS HELD " * 3
    first = lowered(text)
    assert first == text.lower()
    assert lowered(text) is first
    other = "".join(reversed(text))
    assert lowered(other) == other.lower()
