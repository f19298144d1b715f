"""The date a response is due, and every day that led to it.

FOIA s10(1): comply "not later than the twentieth working day following the date
of receipt". The date of receipt is day 0 and day one is the first working day
after it (ICO: "day 1 is the first working day after the request has been
received"). FOISA s10(1) and EIR reg 5(2) use the same count. Clock events
(:mod:`foidesk.clock.events`) restart, pause or extend it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from foidesk.clock.calendar import DEFAULT_COVERAGE, Closure, Coverage, WorkingCalendar
from foidesk.clock.calendar import calendar_for as _calendar_for
from foidesk.clock.dates import LONDON, format_day, receipt_date
from foidesk.clock.events import ClockEvent, ComplexVoluminous, check_order
from foidesk.clock.explain import DayEntry, explanation_lines
from foidesk.clock.planning import Plan, plan_events
from foidesk.clock.rules import PIT_EXPECTED_TOTAL, RESPONSE_DAYS, RULES
from foidesk.errors import DateError, HolidayCoverageError
from foidesk.law.model import Regime

_Date = date
"""``datetime.date``, for annotations inside classes that have a field named ``date``."""


class ReceiptRule(StrEnum):
    """Which day is the date of receipt when a request arrives on a non-working day."""

    ACTUAL_DAY = "actual-day"
    """The day it arrived, working or not: FOIA s10(6)(a) read literally (the default)."""
    NEXT_WORKING_DAY = "next-working-day"
    """The next working day, as many authorities do: gives one working day more."""


RECEIPT_RULE_TEXT = {
    ReceiptRule.ACTUAL_DAY: (
        "The date of receipt is the day the request arrived, even if that is not a working "
        "day (FOIA s10(6)(a) 'the day on which the public authority receives the request'; "
        "ICO line to take LTT47)"
    ),
    ReceiptRule.NEXT_WORKING_DAY: (
        "A request that arrives on a non-working day is treated as received on the next "
        "working day (the authority's convention; gives one more working day than the "
        "literal reading of FOIA s10(6)(a))"
    ),
}
DAY_ONE_RULE = (
    "Day one is the first working day after the date of receipt ('the twentieth working day "
    "following the date of receipt'; ICO: day 1 is the first working day after receipt)"
)


@dataclass(frozen=True)
class Deadline:
    """A due date with everything needed to check it.

    Attributes:
        regime: FOIA, FOISA or EIR.
        received: the date of receipt of the request.
        clock_start: day 0 of the count (receipt, or the clarification that restarted it).
        date: the last day for compliance, or None while the clock is on hold.
        working_days: how many working days were (or are to be) counted.
        days: the explanation, one entry per day from day 0.
        rules: the rules applied, each with its source, in words.
        warnings: what the officer or requester should look at.
        on_hold: why there is no date yet (clarification or fee awaited).
        notice_due: the twentieth working day, by which a notice is still due when
            the time is extended (FOIA s17(1)-(2); EIR reg 7(3)).
        internal_target: the last day the office is open on or before ``date``
            (differs only when an authority closure day falls at the end).
        receipt_rule: how a non-working-day receipt was treated.
    """

    regime: Regime
    received: date
    clock_start: date
    date: date | None
    working_days: int
    days: tuple[DayEntry, ...]
    rules: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    on_hold: str | None = None
    notice_due: _Date | None = None
    internal_target: _Date | None = None
    receipt_rule: ReceiptRule = ReceiptRule.ACTUAL_DAY
    calendar: WorkingCalendar | None = field(default=None, repr=False, compare=False)
    """The calendar the count used (for status and appeal periods)."""

    @property
    def explanation(self) -> list[str]:
        """Every day as one line: ``Fri 25 Dec 2026 — skipped: Christmas Day``."""
        return explanation_lines(self.days)

    def to_dict(self) -> dict[str, Any]:
        """The deadline as JSON-ready data (dates as ISO strings)."""
        return {
            "regime": self.regime.value,
            "received": self.received.isoformat(),
            "clock_start": self.clock_start.isoformat(),
            "due": self.date.isoformat() if self.date else None,
            "working_days": self.working_days,
            "on_hold": self.on_hold,
            "notice_due": self.notice_due.isoformat() if self.notice_due else None,
            "internal_target": self.internal_target.isoformat() if self.internal_target else None,
            "receipt_rule": self.receipt_rule.value,
            "rules": list(self.rules),
            "warnings": list(self.warnings),
            "explanation": [entry.to_dict() for entry in self.days],
        }


def due_date(
    received: date | datetime,
    regime: Regime = Regime.FOIA,
    events: Iterable[ClockEvent] = (),
    *,
    closures: Iterable[Closure] = (),
    coverage: Coverage = DEFAULT_COVERAGE,
    receipt_rule: ReceiptRule = ReceiptRule.ACTUAL_DAY,
    tz: tzinfo = LONDON,
) -> Deadline:
    """The date by which a request must be answered (FOIA s10, FOISA s10, EIR regs 5 and 7).

    Args:
        received: the date of receipt, or an aware datetime (converted to ``tz``).
        regime: the regime the request falls under.
        events: clarifications, fees notices and extensions, in any order.
        closures: the authority's own closure days (reported, never counted).
        coverage: the years of holiday data to trust.
        receipt_rule: how to treat a request that arrives on a non-working day.
        tz: the authority's time zone.

    Returns:
        The :class:`Deadline`, with its explanation.

    Raises:
        DateError: an impossible extension date or a naive datetime.
        EventOrderError: events out of order.
        HolidayCoverageError: the count runs outside the covered years.
    """
    calendar = _calendar_for(regime, closures=closures, coverage=coverage)
    day_received = receipt_date(received, tz)
    calendar.coverage.check(day_received)
    event_list = list(events)
    check_order(day_received, event_list, regime)
    plan = plan_events(day_received, event_list, regime)
    rules = [calendar.rule, DAY_ONE_RULE, RECEIPT_RULE_TEXT[receipt_rule], *plan.rules]
    if plan.hold:
        return Deadline(
            regime,
            day_received,
            day_received,
            None,
            plan.count,
            (),
            tuple(rules),
            tuple(plan.warnings),
            plan.hold,
            receipt_rule=receipt_rule,
            calendar=calendar,
        )
    lead, day0 = _day_zero(calendar, plan, receipt_rule)
    try:
        walk = _walk(calendar, day0, plan, RULES[regime].fees or "")
    except HolidayCoverageError as exc:
        raise HolidayCoverageError(
            f"counting from {format_day(day0)}: {exc.message}", source=exc.source
        ) from None
    warnings = list(plan.warnings)
    if walk.held:
        return Deadline(
            regime,
            day_received,
            day0,
            None,
            plan.count,
            tuple(lead + walk.entries),
            tuple(rules),
            tuple(warnings),
            walk.hold_reason,
            receipt_rule=receipt_rule,
            calendar=calendar,
        )
    due = walk.last
    notice_due = walk.twentieth if walk.counted > RESPONSE_DAYS else None
    _extension_checks(regime, event_list, walk, plan, warnings, rules)
    target = _internal_target(calendar, day0, due, warnings)
    return Deadline(
        regime=regime,
        received=day_received,
        clock_start=day0,
        date=due,
        working_days=walk.counted,
        days=tuple(lead + walk.entries),
        rules=tuple(rules),
        warnings=tuple(warnings),
        notice_due=notice_due,
        internal_target=target,
        receipt_rule=receipt_rule,
        calendar=calendar,
    )


def _day_zero(
    calendar: WorkingCalendar, plan: Plan, rule: ReceiptRule
) -> tuple[list[DayEntry], date]:
    start = plan.start
    info = calendar.day(start)
    if info.working or rule is ReceiptRule.ACTUAL_DAY:
        note = "" if info.working else f", {info.reason}"
        return [
            DayEntry(start, False, f"{plan.start_reason}{note} (day 0)", None, info.closure)
        ], start
    day0 = calendar.next_working_day(start)
    lead = [
        DayEntry(
            start,
            False,
            f"{plan.start_reason}, {info.reason}: treated as received on {format_day(day0)}",
            None,
            info.closure,
        )
    ]
    day = start + timedelta(days=1)
    while day < day0:
        skipped = calendar.day(day)
        lead.append(DayEntry(day, False, f"skipped: {skipped.reason}", None, skipped.closure))
        day += timedelta(days=1)
    lead.append(
        DayEntry(
            day0, False, f"treated as the {plan.start_reason} (day 0)", None, calendar.closure(day0)
        )
    )
    return lead, day0


@dataclass
class _Walk:
    entries: list[DayEntry]
    last: date
    counted: int = 0
    twentieth: date | None = None
    held: bool = False
    hold_reason: str | None = None


def _walk(calendar: WorkingCalendar, day0: date, plan: Plan, fees_cite: str) -> _Walk:
    walk = _Walk([], day0)
    day = day0
    while (plan.until is None and walk.counted < plan.count) or (
        plan.until is not None and day < plan.until
    ):
        day += timedelta(days=1)
        info = calendar.day(day)
        pause = next(
            (p for p in plan.pauses if p[0] <= day and (p[1] is None or day <= p[1])), None
        )
        if pause is not None and pause[1] is None:
            walk.held, walk.last = True, day
            walk.hold_reason = (
                f"fees notice given on {format_day(pause[0])}: the clock is paused until the "
                f"fee is received ({fees_cite}); {walk.counted} working days had run"
            )
            return walk
        if info.working and pause is not None:
            reason = f"disregarded: fees notice period ({fees_cite})"
            walk.entries.append(DayEntry(day, False, reason, None, info.closure))
        elif info.working:
            walk.counted += 1
            walk.entries.append(DayEntry(day, True, "working day", walk.counted, info.closure))
            if walk.counted == RESPONSE_DAYS:
                walk.twentieth = day
        else:
            walk.entries.append(DayEntry(day, False, f"skipped: {info.reason}", None, info.closure))
    walk.last = day
    return walk


def _extension_checks(
    regime: Regime,
    events: list[ClockEvent],
    walk: _Walk,
    plan: Plan,
    warnings: list[str],
    rules: list[str],
) -> None:
    if plan.until is not None and (walk.twentieth is None or walk.twentieth >= plan.until):
        raise DateError(
            f"the extended date {plan.until.isoformat()} is not after the twentieth working "
            "day; an extension must end later than the ordinary deadline"
        )
    if regime is Regime.FOIA and walk.counted > PIT_EXPECTED_TOTAL:
        warnings.append(
            f"the public interest extension takes the total to {walk.counted} working days, "
            f"past the {PIT_EXPECTED_TOTAL} the ICO expects (FOIA s10(3) sets no fixed limit)"
        )
    if plan.until is not None and not walk.entries[-1].counted:
        warnings.append(f"the extended date {format_day(plan.until)} is not a working day")
    if walk.twentieth is not None and walk.counted > RESPONSE_DAYS:
        rules.append(f"Notice of the extension due by {format_day(walk.twentieth)}")
        for event in events:
            if (
                isinstance(event, ComplexVoluminous)
                and event.notified is not None
                and event.notified > walk.twentieth
            ):
                warnings.append(
                    f"the requester was told of the reg 7 extension on "
                    f"{format_day(event.notified)}, after the 20 working days (EIR reg 7(3))"
                )


def _internal_target(calendar: WorkingCalendar, day0: date, due: date, warnings: list[str]) -> date:
    day = due
    while day > day0 and (not calendar.is_working_day(day) or calendar.closure(day)):
        day -= timedelta(days=1)
    if day == day0:
        warnings.append("the office is closed on every working day of the period")
        return due
    if day != due:
        warnings.append(
            f"the office is closed on the due date ({calendar.closure(due)}): the internal "
            f"target is {format_day(day)}; the statutory date does not move"
        )
    return day
