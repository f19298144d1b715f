"""Dates in a response and what each one is: received, sent, the document's own.

UK responses write dates day first: "14/12/2023", "14.12.23", "14 December
2023", "Thursday 14th December 2023", and sometimes "December 14, 2023" or
"2023-12-14". The role comes from the words before or after the date: "your
request dated / received on / of ..." is the request (the date the statutory
clock of FOIA s10(1) runs from, as far as the response says), "Date sent:" or
"Date of (this) response:" the sending, a "Date:" label (or the bilingual
"Dyddiad / Date:") or a date standing alone on a line (a letterhead or footer)
the document date. A weekday between the label and the date ("Date: Tuesday
1st April 2025") is passed over. Dates are read in the raw text, where footers
still stand.

FOIA s10(1) gives 20 working days from the day after receipt, so the received
date matters most: in an internal review the review request's date is the one
received, not the original request's (FOIA s45 code, part 5); an e-mail's quoted
header ("On 28 Apr 2025, at 08:15, X wrote:") gives the request's date when the
letter names no other. A deadline ("due by ...") stays other.
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
_SHORT_YEAR = r"(?P<syear>\d{2})(?![\w/]|[:.,]\d)"

DATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p)
    # Patterns open with a digit, not with \b: find_dates tries them only at the digits
    # (foidesk.read.analyse.digits); the word boundary before a match is checked there.
    for p in (
        # "3 Mar 25" (syear): kept only where a label or its own line makes it a date.
        _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+(?:" + _YEAR + r"\b|" + _SHORT_YEAR + ")",
        r"(?P<mday>\d\d?)(?:st|nd|rd|th)?,?\s+(?P<myear>\d{4})\b",
        r"(?P<iso_year>\d{4})-(?P<iso_month>\d{2})-(?P<iso_day>\d{2})\b",
        r"(?P<nday>\d\d?)[/.-](?P<nmonth>\d\d?)[/.-](?P<nyear>\d{4}|\d{2})(?![\d/])",
    )
)

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_FILLER = re.compile(
    r"(?:\b" + _WEEKDAY + r"|\b(?:mon|tue|wed|thu|fri|sat|sun),|\bthe"
    r"|\b\d\d?(?:st|nd|rd|th)?\s+(?!jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]+"
    r"\s+\d{4}\s*/)[,\s]*$",
    re.IGNORECASE,
)
"""Words between a label and its date: a weekday, "the", or the same date in another
language (its month no English one) before a slash ("Dyddiad / Date: 3 Mawrth 2025 /
3 March 2025")."""
_RECEIVED_BEFORE = re.compile(
    r"(?:request|e-?mail|letter|correspondence|application)\s+(?:for information\s+)?"
    r"(?:dated|of|received(?: by us)?(?: on)?|which (?:we|was) received(?: on)?|sent on|"
    r"submitted on|made on)\s*:?\s*$|\breceived(?:,? on| by us on| by [^.\n]{1,60}? on)?\s*:?\s*$|"
    r"\breached [^.\n]{1,40}? on\s*$|"
    r"\bdate (?:of )?(?:request|receipt)\s*:?\s*$|\bdate received\s*:?\s*$|\brequest date\s*:?\s*$|"
    r"\b(?:you )?(?:requested|asked|wrote|submitted)(?: for)?"
    r"(?: it| this| an internal review)? on\s*$|"
    r"\breceived your (?:request|e-?mail|letter)(?: for information)?(?: on)?\s*$",
    re.IGNORECASE,
)
_RECEIVED_AFTER = re.compile(
    r"^,?\s*(?:you|in which you|when you) (?:asked|requested|wrote|made|submitted|contacted|"
    r"emailed|sought)",
    re.IGNORECASE,
)
_SENT_BEFORE = re.compile(
    r"\b(?:date sent|sent|date of (?:this )?(?:response|reply|issue|letter)|response date|"
    r"date (?:issued|responded)|issued(?: on)?)\s*:?\s*$",
    re.IGNORECASE,
)
_DOCUMENT_BEFORE = re.compile(
    r"(?:^|\n)\s*(?:(?:dyddiad|date)\s*/\s*)?(?:date|dated|dyddiad)\s*:?\s*$", re.IGNORECASE
)
_LINE_ALONE = re.compile(r"^[\s,]*(?:" + _WEEKDAY + r",?\s*)?$", re.IGNORECASE)
_ALONE_AFTER = re.compile(r"^\s*(?:[A-Z0-9_/-]*\d[A-Z0-9_/-]*)?\s*$")
_MAIL_SENT = re.compile(r"^[>\s]*sent\s*:\s*$", re.IGNORECASE)
_QUOTE_OPENS = re.compile(r"^[>\s]*on\s*$", re.IGNORECASE)
_QUOTE_TIME = re.compile(r"[^\d\n]{0,12}\d\d?:\d\d\b")
_REVIEW_BEFORE = re.compile(r"(?:internal review|for (?:a )?review)[^.\d]{0,40}$", re.IGNORECASE)
_REVIEW_AFTER = re.compile(r"^[^.\d]{0,40}(?:internal review|for (?:a )?review)", re.IGNORECASE)

_MAIL = "mail"
"""Cue: an e-mail header "Sent:" date."""
_QUOTED = "quoted"
"""Cue: the date of an earlier message quoted below the letter."""
_REVIEW = "review"
"""Cue: the date an internal review was asked for."""


@dataclass(frozen=True, slots=True)
class DateFinding:
    """One date read from the text, with its role and offsets."""

    role: DateRole
    date: dt.date
    start: int
    end: int


_Cued = list[tuple[DateFinding, str]]
"""Dates read, each with its cue ("" for none)."""


@dataclass(frozen=True, slots=True)
class _Around:
    """The words around one date, a weekday or "the" before it passed over."""

    lead: str
    """The line from its start up to the label's end."""
    label: str
    """The 30 characters before the label's end, across lines."""
    after: str
    """The line after the date."""

    @property
    def before(self) -> str:
        """The 80 characters of the line before the label's end."""
        return self.lead[-80:]


def _around(text: str, start: int, end: int) -> _Around:
    """Read the line around ``text[start:end]``, the label's end set before any filler."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    filler = _FILLER.search(text, max(line_start, start - 40), start)
    label_end = filler.start() if filler else start
    return _Around(
        lead=text[line_start:label_end],
        label=text[max(0, label_end - 30) : label_end],
        after=text[end:line_end],
    )


def _value(match: re.Match[str]) -> dt.date | None:
    """The date a pattern's match names, or None where no such day exists (31/02)."""
    found = match.groupdict()
    try:
        if found.get("month"):
            month = MONTHS[found["month"].lower().rstrip(".")]
            year = int(found.get("year") or found["syear"])
            return dt.date(year + 2000 if year < 100 else year, month, int(found["day"]))
        if found.get("iso_year"):
            return dt.date(int(found["iso_year"]), int(found["iso_month"]), int(found["iso_day"]))
        year = int(found["nyear"])
        year = year + 2000 if year < 100 else year
        return dt.date(year, int(found["nmonth"]), int(found["nday"]))
    except (ValueError, KeyError):
        return None


def _role(around: _Around) -> DateRole:
    """The role the words around a date give it: "received on" (the day the s10 clock
    runs from), "Date sent:" / "Date of this response:", a "Date:" label or a line of its
    own (the document's date), else other (a deadline, a period, a figure's date)."""
    before, after = around.before, around.after[:60]
    if _RECEIVED_BEFORE.search(before) or _RECEIVED_AFTER.match(after):
        return DateRole.RECEIVED
    if _SENT_BEFORE.search(before):
        return DateRole.SENT
    if _DOCUMENT_BEFORE.search(around.label):
        return DateRole.DOCUMENT
    if _LINE_ALONE.match(around.lead) and _ALONE_AFTER.match(around.after):
        return DateRole.DOCUMENT
    return DateRole.OTHER


def _cue(around: _Around, role: DateRole, text: str, end: int) -> str:
    """What else the words tell of a date: an e-mail's "Sent:" header, a quoted message's
    "On 28 Apr 2025, at 08:15, X wrote:", or a received date that asks for a review."""
    if role is DateRole.SENT and _MAIL_SENT.match(around.lead):
        return _MAIL
    if (
        role is DateRole.OTHER
        and _QUOTE_OPENS.match(around.lead)
        and _QUOTE_TIME.match(around.after)
    ):
        wrote = text.find("wrote:", end, end + 200)
        if wrote >= 0 and "\n\n" not in text[end:wrote]:
            return _QUOTED
    if role is DateRole.RECEIVED and (
        _REVIEW_BEFORE.search(around.before) or _REVIEW_AFTER.match(around.after)
    ):
        return _REVIEW
    return ""


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


def _read_match(text: str, match: re.Match[str]) -> tuple[int, dt.date | None]:
    """Where a date match starts and the date it names; None for a match inside a word
    or a number ("1267A/21", "1.2.3") or naming no real day."""
    if match.group("mday") if "mday" in match.re.groupindex else None:
        return _month_first(text, match)
    start = match.start()
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "/.-"):
        return start, None
    return start, _value(match)


def _matches(text: str) -> _Cued:
    """Every date the patterns read in ``text``, each with its role and cue, the first
    pattern to claim a stretch of text keeping it; "3 Mar 25" only with a role."""
    found: _Cued = []
    taken: list[tuple[int, int]] = []
    digits = digit_positions(text)
    for pattern in DATE_PATTERNS:
        for match in finditer_digits(pattern, text, digits):
            start, value = _read_match(text, match)
            end = match.end()
            if value is None or any(start < b and a < end for a, b in taken):
                continue
            around = _around(text, start, end)
            role = _role(around)
            if role is DateRole.OTHER and match.groupdict().get("syear"):
                continue
            taken.append((start, end))
            found.append((DateFinding(role, value, start, end), _cue(around, role, text, end)))
    found.sort(key=lambda item: item[0].start)
    return found


def _recast(item: DateFinding, role: DateRole) -> DateFinding:
    """The same date at the same place, with another role."""
    return DateFinding(role, item.date, item.start, item.end)


_QUOTE_BREAK = re.compile(r"Original Message|^_{10,}\s*$|^-{10,}\s*$", re.MULTILINE)
"""The line that opens an earlier message quoted below a reply (Outlook writes either)."""


def _mail_headers(text: str, found: _Cued) -> _Cued:
    """Only the first e-mail "Sent:" header dates the sending; a later one, or one below
    "-----Original Message-----" or a rule of underscores, heads a quoted earlier message."""
    sent_seen = False
    settled: _Cued = []
    for item, cue in found:
        if cue == _MAIL and (sent_seen or _QUOTE_BREAK.search(text, 0, item.start)):
            item, cue = _recast(item, DateRole.OTHER), _QUOTED
        sent_seen = sent_seen or cue == _MAIL
        settled.append((item, cue))
    return settled


def _review_received(found: _Cued) -> _Cued:
    """In an internal review the review request is the one received (its date starts
    the review's clock); the original request's date turns other."""
    if not any(cue == _REVIEW for _, cue in found):
        return found
    return [
        (_recast(item, DateRole.OTHER), cue)
        if item.role is DateRole.RECEIVED and cue != _REVIEW
        else (item, cue)
        for item, cue in found
    ]


def _quoted_received(found: _Cued) -> _Cued:
    """With no received date, the first quoted message (the request replied to) gives it."""
    if any(item.role is DateRole.RECEIVED for item, _ in found):
        return found
    first = next((n for n, (_, cue) in enumerate(found) if cue == _QUOTED), None)
    if first is None:
        return found
    settled = list(found)
    settled[first] = (_recast(found[first][0], DateRole.RECEIVED), _QUOTED)
    return settled


def find_dates(text: str) -> list[DateFinding]:
    """Every date in ``text`` with its role, in order; each (role, date) once.

    Example:
        >>> [d.role.value for d in find_dates("Thank you for your request dated 3 May 2024.")]
        ['received']
    """
    seen: set[tuple[DateRole, dt.date]] = set()
    unique = []
    for item, _ in _quoted_received(_review_received(_mail_headers(text, _matches(text)))):
        if (item.role, item.date) not in seen:
            seen.add((item.role, item.date))
            unique.append(item)
    return unique
