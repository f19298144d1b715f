"""Text helpers: cleaning, paragraphs, Markdown escaping, dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foidesk.write.text import clean, long_date, md_escape, one_line, paragraphs

ILLEGAL = [chr(c) for c in range(32) if chr(c) not in "\t\n\r"] + ["\x7f", "\ufffe", "\uffff"]


@given(st.text())
def test_clean_leaves_no_xml_illegal_character(text: str) -> None:
    cleaned = clean(text)
    assert not any(ch in cleaned for ch in ILLEGAL)
    assert "\r" not in cleaned


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs"))))
def test_clean_keeps_ordinary_text(text: str) -> None:
    assert clean(text) == text.replace("\ufffe", "").replace("\uffff", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One\ntwo.\n\nThree.", ["One two.", "Three."]),
        ("  \n\n  ", []),
        (None, []),
        ("a\r\n\r\nb", ["a", "b"]),
        ("1. first\n2. second", ["1. first", "2. second"]),
        ("intro line\ncontinues here", ["intro line continues here"]),
        ("- one\n- two\n\nafter", ["- one", "- two", "after"]),
    ],
)
def test_paragraphs(text: str | None, expected: list[str]) -> None:
    assert paragraphs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# not a heading", "\\# not a heading"),
        ("1. not a list", "1\\. not a list"),
        ("<script>x</script>", "\\<script\\>x\\</script\\>"),
        ("a_b*c", "a\\_b\\*c"),
        ("- item", "\\- item"),
        ("plain words, 12 Dec 2023.", "plain words, 12 Dec 2023."),
    ],
)
def test_md_escape(text: str, expected: str) -> None:
    assert md_escape(text) == expected


@given(st.text(alphabet="<>*_[]`#\\ab -1."))
def test_md_escape_leaves_no_unescaped_angle_bracket(text: str) -> None:
    escaped = md_escape(text)
    for index, ch in enumerate(escaped):
        if ch in "<>":
            assert escaped[index - 1] == "\\"


def test_one_line_and_long_date() -> None:
    assert one_line(" a\n b\x00 ") == "a b"
    assert long_date(dt.date(2023, 12, 4)) == "4 December 2023"
    assert long_date(None) == ""
