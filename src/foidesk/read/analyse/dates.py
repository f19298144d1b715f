"""Dates in a response and what each one is: received, sent, the document's own.

UK responses write dates day first: "14/12/2023", "14.12.23", "14 December
2023", "Thursday 14th December 2023", and sometimes "December 14, 2023" or
"2023-12-14". The role comes from the words before or after the date: "your
request dated / received on / of ..." is the request (the date the statutory
clock of FOIA s10(1) runs from, as far as the response says), "Date sent:" or
"Date of response:" the sending, a "Date:" label or a date standing alone on a
line (a letterhead or footer) the document date. Dates are read in the raw
text, where footers still stand.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from foidesk.read.analyse.digits import digit_positions, finditer_digits
from foidesk.record.model import DateRole

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = (
    r"(?P<month>"
    + "|".join(f"[{m[0].upper()}{m[0]}]{m[1:]}" for m in sorted(MONTHS, key=len, reverse=True))
    + r")\.?"
)
"""A month name, capitalised or not, written case by case: a case-insensitive alternation
is many times slower to scan for."""
_DAY = r"(?P<day>\d\d?)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"

DATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p)
    # Patterns open with a digit, not with \b: find_dates tries them only at the digits
    # (foidesk.read.analyse.digits); the word boundary before a match is checked there.
    for p in (
        _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b",
        r"(?P<mday>\d\d?)(?:st|nd|rd|th)?,?\s+(?P<myear>\d{4})\b",
        r"(?P<iso_year>\d{4})-(?P<iso_month>\d{2})-(?P<iso_day>\d{2})\b",
        r"(?P<nday>\d\d?)[/.-](?P<nmonth>\d\d?)[/.-](?P<nyear>\d{4}|\d{2})(?![\d/])",
    )
)

_RECEIVED_BEFORE = re.compile(
    r"(?:request|e-?mail|letter|correspondence|application)\s+(?:for information\s+)?"
    r"(?:dated|of|received(?: by us)?(?: on)?|which (?:we|was) received(?: on)?|sent on|"
    r"submitted on|made on)\s*$|\breceived(?: on| by us on| by [^.\n]{1,60}? on)?\s*:?\s*$|"
    r"\bdate (?:of )?(?:request|receipt)\s*:?\s*$|\bdate received\s*:?\s*$|\brequest date\s*:?\s*$|"
    r"\b(?:you )?(?:requested|asked|wrote|submitted)(?: for)?(?: it| this)? on\s*$|"
    r"\breceived your (?:request|e-?mail|letter)(?: for information)?(?: on)?\s*$",
    re.IGNORECASE,
)
_RECEIVED_AFTER = re.compile(
    r"^,?\s*(?:you|in which you|when you) (?:asked|requested|wrote|made|submitted|contacted|"
    r"emailed|sought)",
    re.IGNORECASE,
)
_SENT_BEFORE = re.compile(
    r"\b(?:date sent|sent|date of (?:response|reply|issue|this letter)|response date|"
    r"date (?:issued|responded)|issued(?: on)?|responded on)\s*:?\s*$",
    re.IGNORECASE,
)
_DOCUMENT_BEFORE = re.compile(r"(?:^|\n)\s*(?:date|dated)\s*:?\s*$", re.IGNORECASE)
_LINE_ALONE = re.compile(r"^[\s,]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$", re.I)
_ALONE_AFTER = re.compile(r"^\s*(?:[A-Z0-9_/-]*\d[A-Z0-9_/-]*)?\s*$")


@dataclass(frozen=True, slots=True)
class DateFinding:
    """One date read from the text, with its role and offsets."""

    role: DateRole
    date: dt.date
    start: int
    end: int


def _value(match: re.Match[str]) -> dt.date | None:
    found = match.groupdict()
    try:
        if found.get("month"):
            month = MONTHS[found["month"].lower().rstrip(".")]
            return dt.date(int(found["year"]), month, int(found["day"]))
        if found.get("iso_year"):
            return dt.date(int(found["iso_year"]), int(found["iso_month"]), int(found["iso_day"]))
        year = int(found["nyear"])
        year = year + 2000 if year < 100 else year
        return dt.date(year, int(found["nmonth"]), int(found["nday"]))
    except (ValueError, KeyError):
        return None


def _role(text: str, start: int, end: int) -> DateRole:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, start - 80) : start]
    after = text[end : min(line_end, end + 60)]
    if _RECEIVED_BEFORE.search(before) or _RECEIVED_AFTER.match(after):
        return DateRole.RECEIVED
    if _SENT_BEFORE.search(before):
        return DateRole.SENT
    if _DOCUMENT_BEFORE.search(text[max(0, start - 20) : start]):
        return DateRole.DOCUMENT
    if _LINE_ALONE.match(text[line_start:start]) and _ALONE_AFTER.match(text[end:line_end]):
        return DateRole.DOCUMENT
    return DateRole.OTHER


_MONTH_BEFORE = re.compile(r"(?<![A-Za-z])(?P<month>[A-Za-z]{3,9})\.?\s+$")


def _month_first(text: str, match: re.Match[str]) -> tuple[int, dt.date | None]:
    """Read "December 14, 2023": the day and year matched, the month just before them."""
    before = _MONTH_BEFORE.search(text, max(0, match.start() - 12), match.start())
    if before is None or before.group("month").lower() not in MONTHS:
        return match.start(), None
    month = MONTHS[before.group("month").lower()]
    try:
        return before.start(), dt.date(int(match.group("myear")), month, int(match.group("mday")))
    except ValueError:
        return before.start(), None


def find_dates(text: str) -> list[DateFinding]:
    """Every date in ``text`` with its role, in order; each (role, date) once.

    Example:
        >>> [d.role.value for d in find_dates("Thank you for your request dated 3 May 2024.")]
        ['received']
    """
    found: list[DateFinding] = []
    taken: list[tuple[int, int]] = []
    digits = digit_positions(text)
    for pattern in DATE_PATTERNS:
        for match in finditer_digits(pattern, text, digits):
            start, end = match.start(), match.end()
            if match.group("mday") if "mday" in pattern.groupindex else None:
                start, value = _month_first(text, match)
            elif start > 0 and (text[start - 1].isalnum() or text[start - 1] in "/.-"):
                continue
            else:
                value = _value(match)
            if any(start < b and a < end for a, b in taken):
                continue
            if value is None:
                continue
            taken.append((start, end))
            found.append(DateFinding(_role(text, start, end), value, start, end))
    found.sort(key=lambda d: d.start)
    seen: set[tuple[DateRole, dt.date]] = set()
    unique = []
    for item in found:
        if (item.role, item.date) not in seen:
            seen.add((item.role, item.date))
            unique.append(item)
    return unique
