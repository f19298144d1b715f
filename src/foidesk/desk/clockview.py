"""A case's statutory clock (foidesk.clock) as a traffic light with its explanation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from foidesk.clock import (
    ClarificationReceived,
    ClarificationSought,
    ClockEvent,
    Deadline,
    FeePaid,
    FeesNoticeIssued,
    PublicInterestExtension,
    due_date,
    status_on,
)
from foidesk.desk.models import Case, CaseEvent, ClockEventKind
from foidesk.errors import FoideskError
from foidesk.law.model import Regime

AMBER_DAYS = 5


@dataclass(frozen=True)
class Light:
    """Green in time, amber due within five working days, red overdue (or grey: done)."""

    colour: str
    text: str
    deadline: Deadline | None


def _event(kind: str, day: dt.date) -> ClockEvent:
    if kind == ClockEventKind.CLARIFICATION_SOUGHT:
        return ClarificationSought(day)
    if kind == ClockEventKind.CLARIFICATION_RECEIVED:
        return ClarificationReceived(day)
    if kind == ClockEventKind.FEES_NOTICE:
        return FeesNoticeIssued(day)
    if kind == ClockEventKind.FEE_PAID:
        return FeePaid(day)
    return PublicInterestExtension(extra_days=20)


def light(case: Case, today: dt.date, recorded: Iterable[CaseEvent] | None = None) -> Light:
    """The traffic light for ``case`` on ``today`` (FOIA s10(1): twenty working days).

    ``recorded`` is the case's clock events when the caller has them already (a page of the
    register prefetches them); otherwise they are read from the database.
    """
    rows = CaseEvent.objects.filter(case=case) if recorded is None else recorded
    events = [_event(e.kind, e.date) for e in rows]
    try:
        deadline = due_date(case.received, regime=Regime(case.regime), events=events)
        status = status_on(deadline, today, answered=case.sent)
    except FoideskError as exc:
        return Light("grey", str(exc), None)
    kind = status.kind.value
    if kind == "overdue" or kind == "answered_late":
        colour = "red"
    elif kind in ("due_today",) or (kind == "in_time" and status.working_days <= AMBER_DAYS):
        colour = "amber"
    elif kind == "on_hold":
        colour = "grey"
    else:
        colour = "green"
    return Light(colour, status.text, deadline)
