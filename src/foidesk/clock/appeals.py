"""After the response: asking for a review, the review itself, and the regulator.

* FOIA: internal review is not statutory. The s45 code of practice and the ICO
  expect a review within 20 working days, 40 at most; a review asked for more
  than 40 working days after the response may be refused. The ICO asks for a
  complaint within six weeks of the final response (s50(2)(b): undue delay).
* EIR: reg 11(2) representations within 40 working days; reg 11(4) decision
  within 40 working days; then the ICO (reg 18 applies FOIA s50).
* FOISA: s20(5) requirement for review within 40 working days; s21(1) review
  within 20 working days; s47(4) application to the Scottish Information
  Commissioner within six months.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from dateutil.relativedelta import relativedelta

from foidesk.clock.calendar import WorkingCalendar, calendar_for
from foidesk.clock.deadlines import Deadline
from foidesk.clock.rules import RULES
from foidesk.errors import EventOrderError
from foidesk.law.model import Regime

_Date = date
ICO_COMPLAINT_WEEKS = 6
"""ICO, "FOI and EIR complaints": complain within six weeks of the final response."""
SIC_APPLICATION_MONTHS = 6
"""FOISA s47(4): six months to apply to the Scottish Information Commissioner."""


@dataclass(frozen=True)
class PeriodEnd:
    """The end of one period after the response.

    Attributes:
        label: what must happen by (or may happen from) this date.
        date: the date.
        counted_from: the day the period runs from.
        basis: the provision or guidance that sets the period.
        statutory: True if an Act or regulation sets it, False for guidance.
    """

    label: str
    date: date
    counted_from: _Date
    basis: str
    statutory: bool

    def to_dict(self) -> dict[str, Any]:
        """The period as JSON-ready data."""
        return {
            "label": self.label,
            "date": self.date.isoformat(),
            "counted_from": self.counted_from.isoformat(),
            "basis": self.basis,
            "statutory": self.statutory,
        }


@dataclass(frozen=True)
class AppealPath:
    """Every date after the response that is known from what has happened so far."""

    regime: Regime
    periods: tuple[PeriodEnd, ...]
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The path as JSON-ready data."""
        return {
            "regime": self.regime.value,
            "periods": [period.to_dict() for period in self.periods],
            "notes": list(self.notes),
        }


def appeal_path(
    deadline: Deadline,
    *,
    responded: date | None = None,
    review_requested: date | None = None,
    review_decided: date | None = None,
) -> AppealPath:
    """The review and regulator dates that follow a response (FOIA s45 code and s50;
    EIR reg 11; FOISA ss20, 21 and 47).

    Args:
        deadline: the response deadline from :func:`foidesk.clock.due_date`.
        responded: the day the response was sent, if it was.
        review_requested: the day the review request (or reg 11 representations,
            or FOISA requirement for review) was received.
        review_decided: the day the review outcome was sent.

    Raises:
        EventOrderError: the dates are out of order.
        HolidayCoverageError: a period runs outside the covered years.
    """
    _check_order(deadline, responded, review_requested, review_decided)
    calendar = deadline.calendar or calendar_for(deadline.regime)
    rules = RULES[deadline.regime]
    periods: list[PeriodEnd] = []
    notes: list[str] = []
    base = _review_window_start(deadline, responded, notes)
    if base is not None:
        periods.append(
            PeriodEnd(
                "ask for an internal review by",
                calendar.add_working_days(base, rules.review_request_days),
                base,
                rules.review_request_basis,
                deadline.regime is not Regime.FOIA,
            )
        )
    if review_requested is not None:
        periods += _review_periods(calendar, deadline.regime, review_requested)
    periods += _regulator(deadline.regime, periods, review_requested, review_decided, notes)
    return AppealPath(deadline.regime, tuple(periods), tuple(notes))


def _check_order(
    deadline: Deadline, responded: date | None, requested: date | None, decided: date | None
) -> None:
    steps = [
        ("request received", deadline.received),
        ("response sent", responded),
        ("review requested", requested),
        ("review decided", decided),
    ]
    known = [(name, day) for name, day in steps if day is not None]
    for (first, early), (second, late) in pairwise(known):
        if late < early:
            raise EventOrderError(
                f"{second} on {late.isoformat()} is before {first} on {early.isoformat()}"
            )
    if decided is not None and requested is None:
        raise EventOrderError("a review decision was given but no review request date")


def _review_window_start(
    deadline: Deadline, responded: date | None, notes: list[str]
) -> date | None:
    due = deadline.date
    if deadline.regime is Regime.FOISA and responded is not None and due is not None:
        return max(responded, due)
    if responded is not None:
        return responded
    if due is not None:
        notes.append("no response date given: the review window is counted from the due date")
    return due


def _review_periods(calendar: WorkingCalendar, regime: Regime, requested: date) -> list[PeriodEnd]:
    rules = RULES[regime]
    periods = [
        PeriodEnd(
            "review decision due by",
            calendar.add_working_days(requested, rules.review_days),
            requested,
            rules.review_basis,
            regime is not Regime.FOIA,
        )
    ]
    if rules.review_longstop_days is not None:
        periods.append(
            PeriodEnd(
                "review decision at the latest (exceptional cases) by",
                calendar.add_working_days(requested, rules.review_longstop_days),
                requested,
                rules.review_basis,
                False,
            )
        )
    return periods


def _regulator(
    regime: Regime,
    periods: list[PeriodEnd],
    requested: date | None,
    decided: date | None,
    notes: list[str],
) -> list[PeriodEnd]:
    rules = RULES[regime]
    if requested is None:
        return []
    if decided is None:
        last = periods[-1].date
        notes.append(f"no review decision yet: {rules.commissioner} can be asked once it is late")
        if regime is not Regime.FOISA:
            return [
                PeriodEnd(
                    "complain to the ICO if no review decision, from",
                    last + timedelta(1),
                    last,
                    rules.commissioner_basis,
                    False,
                )
            ]
        start = last
    else:
        start = decided
    notes.append("calendar periods are not moved for weekends or bank holidays")
    if regime is Regime.FOISA:
        end = start + relativedelta(months=SIC_APPLICATION_MONTHS)
        return [
            PeriodEnd(
                "apply to the Scottish Information Commissioner by",
                end,
                start,
                rules.commissioner_basis,
                True,
            )
        ]
    end = start + timedelta(weeks=ICO_COMPLAINT_WEEKS)
    return [PeriodEnd("complain to the ICO by", end, start, rules.commissioner_basis, False)]
