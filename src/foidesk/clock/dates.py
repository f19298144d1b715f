"""Reading dates as people in the UK write them, and fixing the date of receipt.

Accepted: ``18/12/2026``, ``18/12/26``, ``18.12.2026``, ``18-12-2026`` (always day
first), ``2026-12-18`` (ISO, year first), ``18 December 2026``, ``18th Dec 2026``,
``Friday 18 December 2026``, ``18-Dec-2026`` and ``December 18, 2026``. Two-digit
years are 20YY. Anything else, an impossible date or US month/day order raises
:class:`foidesk.errors.DateError` with a one-line message saying what is wrong.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo

from foidesk.errors import DateError

LONDON = ZoneInfo("Europe/London")
"""The default time zone for turning a moment of receipt into a date of receipt."""

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9

_NUMERIC = re.compile(r"^(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})$")
_DAY_MONTH_YEAR = re.compile(
    r"^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s\-]+([a-z]+)\.?,?[\s\-]+(\d{2}|\d{4})$"
)
_MONTH_DAY_YEAR = re.compile(
    r"^(?:[a-z]+,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$"
)
_EXAMPLE = "write it like 18/12/2026, 18 December 2026 or 2026-12-18"


def parse_uk_date(text: str) -> date:
    """Read a date written the UK way (day first).

    Args:
        text: the date as typed, e.g. ``"18th Dec 2026"``.

    Returns:
        The date.

    Raises:
        DateError: the text is not a date, names a day that does not exist, or
            looks like US month/day order.
    """
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        raise DateError(f"no date given; {_EXAMPLE}")
    numeric = _NUMERIC.match(cleaned)
    if numeric:
        return _numeric(text.strip(), numeric)
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        match = pattern.match(cleaned)
        if match:
            first, second, year = match.groups()
            day, month_name = (first, second) if order == "dmy" else (second, first)
            month = _MONTHS.get(month_name)
            if month is None:
                raise DateError(f"{text.strip()!r}: {month_name!r} is not a month; {_EXAMPLE}")
            return _make(text.strip(), _year(year), month, int(day))
    raise DateError(f"cannot read {text.strip()!r} as a date; {_EXAMPLE}")


def _numeric(original: str, match: re.Match[str]) -> date:
    first, _, middle, last = match.groups()
    if len(first) == 4:
        return _make(original, int(first), int(middle), int(last))
    if len(last) not in (2, 4):
        raise DateError(f"{original!r}: the year must have 2 or 4 digits; {_EXAMPLE}")
    day, month = int(first), int(middle)
    if month > 12 and day <= 12:
        raise DateError(
            f"{original!r} looks like US month/day order (there is no month {month}); "
            f"foidesk reads dates day first: write {month:02d}/{day:02d}/{last}"
        )
    return _make(original, _year(last), month, day)


def _year(text: str) -> int:
    return 2000 + int(text) if len(text) == 2 else int(text)


def _make(original: str, year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise DateError(f"{original!r} is not a real date: there is no month {month}")
    if year < 1:
        raise DateError(f"{original!r} is not a real date: there is no year {year}")
    last_day = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last_day:
        raise DateError(
            f"{original!r} is not a real date: {calendar.month_name[month]} {year} "
            f"has {last_day} days"
        )
    return date(year, month, day)


def receipt_date(received: date | datetime, tz: tzinfo = LONDON) -> date:
    """The date of receipt (FOIA s10(6)) of a request received at a moment in time.

    The statute counts days, not hours: a request received at 23:30 on a Friday
    was received on Friday. An aware ``datetime`` is first converted to ``tz``
    (Europe/London by default) so that an email stamped 00:30 UTC in summer is
    received on the London day it arrived.

    Args:
        received: a date, or an aware datetime.
        tz: the authority's time zone.

    Raises:
        DateError: ``received`` is a naive datetime (its time zone is unknown).
    """
    if isinstance(received, datetime):
        if received.tzinfo is None or received.utcoffset() is None:
            raise DateError(
                f"the time of receipt {received.isoformat()} has no time zone; "
                "give an aware datetime (e.g. with tzinfo=ZoneInfo('Europe/London'))"
            )
        return received.astimezone(tz).date()
    return received


def format_day(day: date) -> str:
    """A date as a disclosure officer writes it: ``Fri 25 Dec 2026``."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def format_long(day: date) -> str:
    """A date in a letter: ``Friday 25 December 2026``."""
    return f"{day:%A} {day.day} {day:%B %Y}"
