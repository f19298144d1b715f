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


def _letter_dates(text: str) -> list[tuple[DateRole, dt.date]]:
    """The received, sent and document dates read in ``text``, in order."""
    return [(d.role, d.date) for d in find_dates(text) if d.role is not DateRole.OTHER]


RECEIVED, SENT, DOCUMENT = DateRole.RECEIVED, DateRole.SENT, DateRole.DOCUMENT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The letter's own date, a weekday or another language between label and date.
        ("Date: Tuesday 1st April 2025\n", [(DOCUMENT, dt.date(2025, 4, 1))]),
        ("Date: Wednesday 16 April 2025\n", [(DOCUMENT, dt.date(2025, 4, 16))]),
        ("Date: Thursday, 12 June 2025\n", [(DOCUMENT, dt.date(2025, 6, 12))]),
        (
            "From: FOI Unit <foi@example.police.uk>\nSent: Tuesday, April 8, 2025 10:14 AM\n"
            "To: Dan <dan@example.org>\n",
            [(SENT, dt.date(2025, 4, 8))],
        ),
        ("Dyddiad / Date: 2nd May 2025\n", [(DOCUMENT, dt.date(2025, 5, 2))]),
        ("Date of response: Tuesday 17th June 2025\n", [(SENT, dt.date(2025, 6, 17))]),
        ("Date of this response: 6 March 2025\n", [(SENT, dt.date(2025, 3, 6))]),
        ("Our ref: 2025/0412\nDate: 3 Mar 25\n\nDear Sir", [(DOCUMENT, dt.date(2025, 3, 3))]),
        ("Police Service\n\n3 Mar 25\n\nDear Mr Smith", [(DOCUMENT, dt.date(2025, 3, 3))]),
        (
            "Dyddiad / Date: 3 Mawrth 2025 / 3 March 2025\n",
            [(DOCUMENT, dt.date(2025, 3, 3))],
        ),
        # The request's date, from which FOIA s10(1) counts.
        (
            "Thank you for your request, which we received on Tuesday, 18 March 2025.",
            [(RECEIVED, dt.date(2025, 3, 18))],
        ),
        (
            "Thank you for your request, which we received on Wednesday, 14 May 2025.",
            [(RECEIVED, dt.date(2025, 5, 14))],
        ),
        (
            "I write in response to your request, received, on the 2nd of June 2025, for",
            [(RECEIVED, dt.date(2025, 6, 2))],
        ),
        (
            "I write in response to your request, received on the 2nd of June 2025, for",
            [(RECEIVED, dt.date(2025, 6, 2))],
        ),
        (
            "Thank you for your letter which reached the practice on 2 June 2025.",
            [(RECEIVED, dt.date(2025, 6, 2))],
        ),
        (
            "Please see attached.\n\nOn 28 Apr 2025, at 08:15, Mark Ashdown "
            "<m.ashdown@example.net> wrote:\n\n> Dear Clerk,",
            [(RECEIVED, dt.date(2025, 4, 28))],
        ),
        (
            "From: FOI <foi@example.org>\nSent: Tuesday, April 8, 2025 10:14 AM\n\nDear Dan,\n\n"
            "-----Original Message-----\nFrom: Dan <dan@example.org>\n"
            "Sent: Tuesday, March 11, 2025 8:52 AM\n",
            [(SENT, dt.date(2025, 4, 8)), (RECEIVED, dt.date(2025, 3, 11))],
        ),
        (
            "From: FOI <foi@example.gov.uk>\nDate: Wed, 03 Sep 2025 16:11:45 +0100\n\nDear Mr "
            "Reid,\n\nWe received your request on 6 August 2025. The information is not held."
            "\n\n________________________________\n"
            "From: FOI <foi@example.gov.uk>\nSent: 07 August 2025 10:02\nSubject: RE: FOI\n",
            [(DateRole.DOCUMENT, dt.date(2025, 9, 3)), (RECEIVED, dt.date(2025, 8, 6))],
        ),
        # An internal review: the review request is the one received.
        (
            "On 3 March 2025 you asked how many police dogs the force has. The force replied "
            "on 28 March 2025. Your request for an internal review was received on 2 April 2025.",
            [(RECEIVED, dt.date(2025, 4, 2))],
        ),
        (
            "You asked for an internal review on 28 January 2025 of the Council's response to "
            "your request of 2 December 2024.",
            [(RECEIVED, dt.date(2025, 1, 28))],
        ),
        (
            "I refer to your email of 6 May 2025 asking for an internal review of our response."
            "\n\nYour original request, received on 24 February 2025, asked for the minutes.",
            [(RECEIVED, dt.date(2025, 5, 6))],
        ),
        # An earlier response is not this letter's sending.
        (
            "Date of this response: 6 March 2025\n\nThis request is identical to the request you "
            "made on 2 October 2024, to which the Council responded on 28 October 2024.",
            [(SENT, dt.date(2025, 3, 6))],
        ),
    ],
)
def test_letter_dates(text: str, expected: list[tuple[DateRole, dt.date]]) -> None:
    assert _letter_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Thank you for your request of 10 April 2025. We needed to reply by 13 May 2025.",
            dt.date(2025, 5, 13),
        ),
        ("Request received: 04/04/2025\nDate due: 02/05/2025\n", dt.date(2025, 5, 2)),
        (
            "which we received on Wednesday, 14 May 2025. Our deadline for replying was "
            "Thursday, 12 June 2025.",
            dt.date(2025, 6, 12),
        ),
        ("received on 7th April 2025. Our reply was due by 8th May 2025.", dt.date(2025, 5, 8)),
    ],
)
def test_due_date_is_neither_received_nor_sent(text: str, due: dt.date) -> None:
    """A deadline is read (as other, the record having no due role) and never taken for
    the day the request came or the letter went."""
    roles = {d.role for d in find_dates(text) if d.date == due}
    assert roles == {DateRole.OTHER}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Number of requests received, 1 April 2024 to 31 March 2025", []),
        ("Date: 1 April 2024 / 31 March 2025\n", [(DOCUMENT, dt.date(2024, 4, 1))]),
    ],
)
def test_fillers_stay_narrow(text: str, expected: list[tuple[DateRole, dt.date]]) -> None:
    """A comma after "received" is no label, and only a date in another language (no
    English month) before a slash is passed over to reach the label."""
    assert _letter_dates(text) == expected


def test_quoted_message_needs_a_time() -> None:
    """ "On <date> ... wrote:" is a mail client's quote header only with the time sent."""
    text = "On 12 May 2025 the Commissioner wrote: the request was vexatious."
    assert _letter_dates(text) == []


@pytest.mark.parametrize("text", ["In 2024 3 May 25 people applied", "from 3 Mar 25/26 onward"])
def test_short_year_needs_a_label(text: str) -> None:
    """A two-digit year ("3 Mar 25") is read only where a label or a line says it is a date."""
    assert find_dates(text) == []
