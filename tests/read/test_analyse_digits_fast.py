"""Trying digit-led patterns only at the digits finds what ``finditer`` finds.

:func:`foidesk.read.analyse.digits.finditer_digits` is the fast path of the date
patterns; it must give the same matches (spans and groups) as the plain scan, on
any text, including digits that ``\\d`` matches outside ASCII.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foidesk.read.analyse.dates import DATE_PATTERNS
from foidesk.read.analyse.digits import digit_positions, finditer_digits
from tests.conftest import FIXTURES

PIECES = st.sampled_from(
    [
        "1",
        "12",
        "3rd",
        "2024",
        "24",
        " ",
        "  ",
        "\n",
        ", ",
        "-",
        "/",
        ".",
        "of ",
        "May",
        "march",
        "Sept.",
        "December",
        "a",
        "x1",
        "£",
        "’",
        "٣",
        "２",
        "\ud800",
    ]
)
TEXTS = st.lists(PIECES, max_size=40).map("".join)


def _seen(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_date_patterns_find_the_same_at_the_digits(text: str) -> None:
    positions = digit_positions(text)
    for pattern in DATE_PATTERNS:
        fast = list(finditer_digits(pattern, text, positions))
        assert _seen(fast) == _seen(list(pattern.finditer(text)))


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_positions_are_where_backslash_d_matches(text: str) -> None:
    positions = digit_positions(text)
    expected = [m.start() for m in re.finditer(r"\d", text)]
    if positions is None:
        assert any(not ch.isascii() and ch.isdecimal() for ch in text)
    else:
        assert positions == expected


@pytest.mark.parametrize("text", ["٣ May 2024", "on ２ June 2024", "plain 3 May 2024 £5"])
def test_non_ascii_digits(text: str) -> None:
    fast = list(finditer_digits(DATE_PATTERNS[0], text, digit_positions(text)))
    assert _seen(fast) == _seen(list(DATE_PATTERNS[0].finditer(text)))


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*/*.txt")), ids=lambda p: p.name)
def test_fixture_dates_match_the_plain_scan(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    positions = digit_positions(text)
    for pattern in DATE_PATTERNS:
        fast = list(finditer_digits(pattern, text, positions))
        assert _seen(fast) == _seen(list(pattern.finditer(text)))
