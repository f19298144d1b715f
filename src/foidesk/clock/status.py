"""Where a request stands on a given day: in time, due today, overdue, or answered.

"Today" is always a parameter, never read from the system clock, so that a
status can be reproduced and tested.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from foidesk.clock.calendar import WorkingCalendar, calendar_for
from foidesk.clock.dates import format_day
from foidesk.clock.deadlines import Deadline
from foidesk.errors import EventOrderError


class StatusKind(StrEnum):
    """The state of a request's clock on one day."""

    IN_TIME = "in_time"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    ON_HOLD = "on_hold"
    ANSWERED_IN_TIME = "answered_in_time"
    ANSWERED_LATE = "answered_late"


@dataclass(frozen=True)
class Status:
    """The state of a request on ``today``.

    Attributes:
        kind: in time, due today, overdue, on hold, answered in time or late.
        today: the day the status is for.
        working_days: working days left (in time), past the due date (overdue,
            answered late), or to spare (answered in time); 0 otherwise.
        text: one line for a person.
    """

    kind: StatusKind
    today: date
    working_days: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """The status as JSON-ready data."""
        return {
            "kind": self.kind.value,
            "today": self.today.isoformat(),
            "working_days": self.working_days,
            "text": self.text,
        }


def status_on(deadline: Deadline, today: date, *, answered: date | None = None) -> Status:
    """The state of ``deadline`` on ``today`` (FOIA s10(1): "not later than" the due date).

    Args:
        deadline: from :func:`foidesk.clock.due_date`.
        today: the day to report on (injected; never the system clock).
        answered: the day the response was sent, if it has been.

    Raises:
        EventOrderError: ``answered`` is before the request was received.
        HolidayCoverageError: counting runs outside the covered years.
    """
    calendar = deadline.calendar or calendar_for(deadline.regime)
    if answered is not None and answered < deadline.received:
        raise EventOrderError(
            f"the response date {answered.isoformat()} is before the request was received "
            f"on {deadline.received.isoformat()}"
        )
    due = deadline.date
    if due is None:
        return Status(StatusKind.ON_HOLD, today, 0, f"on hold: {deadline.on_hold}")
    if answered is not None:
        return _answered(calendar, due, today, answered)
    if today == due:
        return Status(StatusKind.DUE_TODAY, today, 0, f"due today ({format_day(due)})")
    if today < due:
        left = calendar.working_days_between(today, due)
        plural = "s" if left != 1 else ""
        return Status(
            StatusKind.IN_TIME,
            today,
            left,
            f"in time: due in {left} working day{plural}, on {format_day(due)}",
        )
    late = calendar.working_days_between(due, today)
    plural = "s" if late != 1 else ""
    return Status(
        StatusKind.OVERDUE,
        today,
        late,
        f"overdue by {late} working day{plural}: it was due on {format_day(due)}",
    )


def _answered(calendar: WorkingCalendar, due: date, today: date, answered: date) -> Status:
    if answered <= due:
        spare = calendar.working_days_between(answered, due)
        return Status(
            StatusKind.ANSWERED_IN_TIME,
            today,
            spare,
            f"answered in time on {format_day(answered)} ({spare} working days to spare)",
        )
    late = calendar.working_days_between(due, answered)
    plural = "s" if late != 1 else ""
    return Status(
        StatusKind.ANSWERED_LATE,
        today,
        late,
        f"answered {late} working day{plural} late on {format_day(answered)} "
        f"(due {format_day(due)})",
    )
