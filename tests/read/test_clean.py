"""CleanText and its offset map: spans in the cleaned text map back into the raw text."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foidesk.read.clean import CleanText, clean
from foidesk.read.cleaners import ORDER, STEPS, Edit, OffsetMap
from tests.conftest import SEEDS

PIECES = [
    "Harm",
    "information",
    "informa-\ntion",
    "cyber-\nattack",
    " ",
    "  ",
    "\n",
    "\n\n",
    " \n",
    "\r\n",
    "\f",
    "\t",
    "\u00a0",
    "\u00ad",
    "\ufeff",
    "<u>",
    "</u>",
    "<b>x</b>",
    "&amp;",
    "&nbsp;",
    "&#39;",
    "• ",
    "◦ item",
    "1. ",
    "(iv)  ",
    "a) ",
    "Page 2 of 7",
    "OFFICIAL",
    "NOT PROTECTIVELY MARKED",
    "Mae'r wybodaeth yn cael ei chadw gan yr heddlu ar gyfer y cais.",
    "The public interest in disclosure is outweighed by the harm to law enforcement.",
    "14/12/2023 1771A_PIT_01",
    "[[attachment: x.pdf]]",
    "x" * 70,
    "é",
    "’",
]
FORMATS = ["txt", "pdf", "docx", "html", "eml"]


def _raw_texts() -> st.SearchStrategy[str]:
    return st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40).map(
        "".join
    )


@settings(max_examples=300, deadline=None)
@given(raw=_raw_texts(), format=st.sampled_from(FORMATS), data=st.data())
def test_to_raw_is_a_valid_ordered_range_and_copies_match(
    raw: str, format: str, data: st.DataObject
) -> None:
    cleaned = clean(raw, format=format)
    size = len(cleaned.text)
    start = data.draw(st.integers(0, size))
    end = data.draw(st.integers(start, size))
    raw_start, raw_end = cleaned.to_raw(start, end)
    assert 0 <= raw_start <= raw_end <= len(raw)
    later_start, later_end = cleaned.to_raw(end, size)
    assert later_start >= raw_start
    assert later_end >= raw_end
    for index, char in enumerate(cleaned.text):
        if cleaned.copied(index) and not char.isspace():
            lo, hi = cleaned.to_raw(index, index + 1)
            assert (hi - lo, raw[lo]) == (1, char)


@settings(max_examples=200, deadline=None)
@given(raw=_raw_texts())
def test_positions_never_go_backwards(raw: str) -> None:
    cleaned = clean(raw, format="pdf")
    starts = [cleaned.to_raw(i, i + 1)[0] for i in range(len(cleaned.text))]
    assert starts == sorted(starts)


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 2), (0, 99)])
def test_to_raw_refuses_ranges_outside_the_text(start: int, end: int) -> None:
    cleaned = clean("Harm\n\nsome text")
    with pytest.raises(ValueError, match="not inside the text"):
        cleaned.to_raw(start, end)


@pytest.mark.parametrize(
    ("raw", "needle", "expected"),
    [
        ("<u>Harm</u>\n\nText", "Harm", "Harm"),
        ("Factors &amp; reasons", "&", "&amp;"),
        ("The informa-\ntion is held", "information", "informa-\ntion"),
        ("one\r\ntwo", "one", "one"),
        ("• first item\n• second item", "second item", "second item"),
    ],
)
def test_spans_of_cleaned_words_point_at_the_raw_words(
    raw: str, needle: str, expected: str
) -> None:
    cleaned = clean(raw)
    start = cleaned.text.index(needle)
    raw_start, raw_end = cleaned.to_raw(start, start + len(needle))
    assert raw[raw_start:raw_end] == expected


def test_clean_text_keeps_raw_untouched() -> None:
    raw = "OFFICIAL\n<u>Harm</u>\n\nMae'r wybodaeth yn cael ei chadw gan yr heddlu.\n"
    cleaned = clean(raw)
    assert isinstance(cleaned, CleanText)
    assert cleaned.raw == raw


def test_unknown_step_is_refused() -> None:
    with pytest.raises(KeyError):
        clean("text", steps=["no_such_step"])


def test_every_registered_step_runs_in_order() -> None:
    assert sorted(ORDER) == sorted(STEPS)
    assert all(STEPS[name].doc for name in ORDER)


@pytest.mark.parametrize(
    "edits",
    [
        [Edit(2, 4, ""), Edit(1, 3, "")],
        [Edit(3, 2, "")],
        [Edit(0, 99, "")],
    ],
)
def test_overlapping_or_outside_edits_are_refused(edits: list[Edit]) -> None:
    with pytest.raises(ValueError, match="overlaps or is out of order"):
        OffsetMap(6).apply("abcdef", edits)


def test_map_composes_over_several_steps() -> None:
    first_text, first = OffsetMap(9).apply("ab<u>cd</u>", [Edit(2, 5, "")])
    assert first_text == "abcd</u>"
    second_text, second = first.apply(first_text, [Edit(1, 2, "B"), Edit(4, 8, "")])
    assert second_text == "aBcd"
    assert second.raw_range(2, 4) == (5, 7)
    assert second.raw_range(1, 2) == (1, 2)
    assert not second.copied(1)
    assert second.copied(2)


def test_seed_running_lines_are_gone_and_spans_still_map() -> None:
    raw = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    cleaned = clean(raw)
    assert "1771A_PIT_01" not in cleaned.text
    assert "West Midlands Police Freedom of Information" not in cleaned.text
    start = cleaned.text.index("Balancing Test")
    raw_start, raw_end = cleaned.to_raw(start, start + len("Balancing Test"))
    assert raw[raw_start:raw_end] == "Balancing Test"


def test_seed_wrapped_lines_become_paragraphs() -> None:
    raw = next(SEEDS.glob("003_*.txt")).read_text(encoding="utf-8")
    cleaned = clean(raw)
    paragraphs = cleaned.text.split("\n\n")
    assert "Harm" in paragraphs
    assert "Section 31(3) Law Enforcement" in paragraphs
    assert any(p.startswith("Policing is an information-led activity") for p in paragraphs)
    joined = next(p for p in paragraphs if p.startswith("In addition anything"))
    assert joined.endswith("favours neither confirming nor denying that information is held.")
    assert "  " not in cleaned.text
    assert "\n\n\n" not in cleaned.text


def test_long_texts_are_cleaned_in_pieces_with_the_same_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raw = next(SEEDS.glob("004_*.txt")).read_text(encoding="utf-8")
    whole = clean(raw)
    monkeypatch.setattr(sys.modules["foidesk.read.clean"], "CHUNK", 1000)
    pieces = clean(raw)
    assert pieces.text.split("\n\n") == whole.text.split("\n\n")
    for needle in ("Balancing Test", "S31 - Factors Favouring Disclosure:", "Harm"):
        start = pieces.text.index(needle)
        raw_start, raw_end = pieces.to_raw(start, start + len(needle))
        assert raw[raw_start:raw_end] == needle
    for index, char in enumerate(pieces.text):
        if pieces.copied(index) and not char.isspace():
            lo, _hi = pieces.to_raw(index, index + 1)
            assert raw[lo] == char
