"""The quick scans that let cleaning steps skip work: they must never skip real work."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foidesk.read.clean import clean
from foidesk.read.cleaners.base import Context
from foidesk.read.cleaners.running import MAX_LINE, _repeats, line_key
from foidesk.read.cleaners.welsh import _HINT, welsh


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("OFFICIAL\nThe request.\nPage 1 of 2", "The request."),
        ("Page 1 of 2\nOFFICIAL\n- 2 -\nThe request.", "The request."),
        ("The request.\n  NOT PROTECTIVELY MARKED  \n\nOFFICIAL-SENSITIVE\n", "The request."),
        ("The request.\nPage 3 of 7 is missing.", "The request.\nPage 3 of 7 is missing."),
    ],
)
def test_marking_lines_anywhere_are_dropped(raw: str, kept: str) -> None:
    assert clean(raw, steps=["markings"]).text.strip() == kept


LINES = st.text(alphabet="aB1 #\t.é", min_size=0, max_size=8)


@given(st.lists(LINES, min_size=2, max_size=8))
def test_repeat_scan_finds_every_repeat_line_key_finds(lines: list[str]) -> None:
    short = [line for line in lines if 2 < len(line) <= MAX_LINE * 2]
    expected = any(line_key(a) == line_key(b) for a, b in itertools.combinations(short, 2))
    if expected:
        assert _repeats("\n".join(lines))


@pytest.mark.parametrize("word", sorted(_HINT))
def test_welsh_scan_lets_every_hint_word_through(word: str) -> None:
    english = "The force has considered the request under the Act and holds the information."
    welsh_line = "cais ar deddf adran eithriad niwed"
    without = f"{english}\n\n{welsh_line}\n\n{english}\n"
    assert welsh(without, Context()) == []
    assert welsh(without.replace("cais ar", f"{word} cais ar"), Context())
