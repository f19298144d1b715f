"""How a date was reached: one entry per calendar day, counted or skipped, and why.

Every deadline foidesk gives carries its explanation, so that an officer or a
requester can check it against a calendar line by line::

    Fri 25 Dec 2026 — skipped: Christmas Day
    Mon 28 Dec 2026 — skipped: Boxing Day (substitute day), bank holiday in ...
    Tue 29 Dec 2026 — working day 3
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from foidesk.clock.dates import format_day


@dataclass(frozen=True)
class DayEntry:
    """One day of a deadline's explanation.

    Attributes:
        date: the day.
        counted: True if it counted as one of the working days.
        reason: why it was skipped, or what it is ("working day", "date of receipt").
        working_day_number: its number among the counted days (1 = day one).
        closure: the authority's own closure reason, if its office was closed.
    """

    date: date
    counted: bool
    reason: str
    working_day_number: int | None = None
    closure: str | None = None

    @property
    def line(self) -> str:
        """The entry as one line: ``Tue 29 Dec 2026 — working day 3``."""
        if self.counted:
            text = f"{format_day(self.date)} — working day {self.working_day_number}"
            if self.closure:
                text += f" (office closed: {self.closure}; still a statutory working day)"
            return text
        text = f"{format_day(self.date)} — {self.reason}"
        if self.closure:
            text += f" (office closed: {self.closure})"
        return text

    def to_dict(self) -> dict[str, Any]:
        """The entry as JSON-ready data."""
        return {
            "date": self.date.isoformat(),
            "weekday": f"{self.date:%a}",
            "counted": self.counted,
            "reason": self.reason,
            "working_day_number": self.working_day_number,
            "closure": self.closure,
        }


def explanation_lines(entries: Iterable[DayEntry]) -> list[str]:
    """Every entry as one line, in date order."""
    return [entry.line for entry in entries]


def counted_days(entries: Iterable[DayEntry]) -> list[DayEntry]:
    """The entries that counted as working days."""
    return [entry for entry in entries if entry.counted]
