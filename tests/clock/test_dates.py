"""Reading UK dates, and turning a moment of receipt into a date of receipt."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from foidesk.clock import parse_uk_date, receipt_date
from foidesk.errors import DateError

XMAS = date(2026, 12, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18/12/2026", XMAS),
        ("18/12/26", XMAS),
        ("18 December 2026", XMAS),
        ("18th Dec 2026", XMAS),
        ("2026-12-18", XMAS),
        ("  18.12.2026 ", XMAS),
        ("18-12-2026", XMAS),
        ("Friday 18 December 2026", XMAS),
        ("Fri, 18 Dec. 2026", XMAS),
        ("18-Dec-2026", XMAS),
        ("December 18, 2026", XMAS),
        ("1st Sept 2026", date(2026, 9, 1)),
        ("05/06/2026", date(2026, 6, 5)),  # day first, always
        ("29/02/2028", date(2028, 2, 29)),
        ("2nd January 27", date(2027, 1, 2)),
    ],
)
def test_parse_uk_date(text: str, expected: date) -> None:
    assert parse_uk_date(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("12/18/2026", "US month/day order"),
        ("31/02/2026", "February 2026 has 28 days"),
        ("29/02/2027", "February 2027 has 28 days"),
        ("2026-13-01", "there is no month 13"),
        ("31/04/2026", "April 2026 has 30 days"),
        ("18 Decembr 2026", "'decembr' is not a month"),
        ("next tuesday", "cannot read 'next tuesday' as a date"),
        ("", "no date given"),
        ("18/12/2026/1", "cannot read"),
        ("18/12/202", "the year must have 2 or 4 digits"),
    ],
)
def test_bad_dates_get_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(DateError, match=message) as info:
        parse_uk_date(text)
    assert "\n" not in str(info.value)


def test_receipt_date_converts_to_london() -> None:
    # 23:30 UTC on Wed 8 July 2026 is 00:30 BST on Thu 9 July in London.
    moment = datetime(2026, 7, 8, 23, 30, tzinfo=UTC)
    assert receipt_date(moment) == date(2026, 7, 9)
    # In winter London is on UTC: 23:30 UTC on Fri 18 Dec stays Friday.
    assert receipt_date(datetime(2026, 12, 18, 23, 30, tzinfo=UTC)) == XMAS


def test_receipt_date_uses_injected_time_zone() -> None:
    moment = datetime(2026, 7, 8, 23, 30, tzinfo=UTC)
    assert receipt_date(moment, ZoneInfo("America/New_York")) == date(2026, 7, 8)


def test_receipt_date_refuses_naive_datetime() -> None:
    with pytest.raises(DateError, match="no time zone"):
        receipt_date(datetime(2026, 7, 8, 23, 30))


def test_receipt_date_passes_dates_through() -> None:
    assert receipt_date(XMAS) == XMAS
