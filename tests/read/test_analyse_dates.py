"""Dates and their roles (foidesk.read.analyse.dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from foidesk.read.analyse.dates import find_dates
from foidesk.record.model import DateRole


@pytest.mark.parametrize(
    ("text", "role", "date"),
    [
        ("Thank you for your request dated 3 May 2024.", DateRole.RECEIVED, dt.date(2024, 5, 3)),
        ("Your email of 02/03/2023 asked for ...", DateRole.RECEIVED, dt.date(2023, 3, 2)),
        ("We received your request on 9 September 2023.", DateRole.RECEIVED, dt.date(2023, 9, 9)),
        ("Request received on: 12.10.23", DateRole.RECEIVED, dt.date(2023, 10, 12)),
        ("On 4th March 2024 you asked for ...", DateRole.RECEIVED, dt.date(2024, 3, 4)),
        (
            "your request received by Transport for London (TfL) on 14 November 2023",
            DateRole.RECEIVED,
            dt.date(2023, 11, 14),
        ),
        ("Date sent: 30 November 2023", DateRole.SENT, dt.date(2023, 11, 30)),
        ("Date of response: 9 November 2023", DateRole.SENT, dt.date(2023, 11, 9)),
        ("Date: 14 February 2024", DateRole.DOCUMENT, dt.date(2024, 2, 14)),
        (
            "Home Office\n\n18 October 2023\n\nDear Ms Taylor",
            DateRole.DOCUMENT,
            dt.date(2023, 10, 18),
        ),
        ("text\n14/12/2023 1771A_PIT_01\n", DateRole.DOCUMENT, dt.date(2023, 12, 14)),
        ("Thursday 14th December 2023\n", DateRole.DOCUMENT, dt.date(2023, 12, 14)),
        ("published on 25 April 2024 as part of", DateRole.OTHER, dt.date(2024, 4, 25)),
        ("as at 2023-06-30 the total was", DateRole.OTHER, dt.date(2023, 6, 30)),
        ("on December 14, 2023 the force", DateRole.OTHER, dt.date(2023, 12, 14)),
    ],
)
def test_date_and_role(text: str, role: DateRole, date: dt.date) -> None:
    found = find_dates(text)
    assert [(d.role, d.date) for d in found] == [(role, date)]
    assert found[0].start < found[0].end <= len(text)


@pytest.mark.parametrize("text", ["31/02/2023", "section 31(1)(a)", "1267A/21", "version 1.2.3"])
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_each_role_and_date_once() -> None:
    text = "Date: 4 May 2023\n\nDate: 4 May 2023\n\nyour request dated 1 April 2023"
    assert [(d.role, d.date) for d in find_dates(text)] == [
        (DateRole.DOCUMENT, dt.date(2023, 5, 4)),
        (DateRole.RECEIVED, dt.date(2023, 4, 1)),
    ]
