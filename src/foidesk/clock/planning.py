"""What a request's clock events say about the count, gathered before counting.

* Clarification (FOIA s1(3), s10(6)(b); FOISA s1(3), s10(1)(b); EIR reg 9(4)): the
  count starts again from the day the clarification is received; while it is
  awaited there is no due date.
* Fees (FOIA s9, s10(2); FOISA s9, s10(2)): working days from the notice to the
  payment, both included, are disregarded; while the fee is unpaid the clock waits.
* Extensions: FOIA s10(3) (public interest) and EIR reg 7(1) (complex and voluminous).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dateutil.relativedelta import relativedelta

from foidesk.clock.dates import format_day
from foidesk.clock.events import (
    ClarificationReceived,
    ClarificationSought,
    ClockEvent,
    ComplexVoluminous,
    FeePaid,
    FeesNoticeIssued,
    PublicInterestExtension,
)
from foidesk.clock.rules import EIR_COMPLEX_DAYS, FEE_PAYMENT_MONTHS, RESPONSE_DAYS, RULES
from foidesk.law.model import Regime


@dataclass
class Plan:
    """What the events say about the count, gathered before walking."""

    start: date
    start_reason: str
    count: int = RESPONSE_DAYS
    until: date | None = None
    pauses: list[tuple[date, date | None]] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    hold: str | None = None


def plan_events(received: date, events: list[ClockEvent], regime: Regime) -> Plan:
    rules = RULES[regime]
    plan = Plan(received, "date of receipt")
    clarifications = sorted(
        (e for e in events if isinstance(e, ClarificationSought | ClarificationReceived)),
        key=lambda e: (e.date, isinstance(e, ClarificationReceived)),
    )
    if clarifications:
        last = clarifications[-1]
        if isinstance(last, ClarificationSought):
            plan.hold = (
                f"clarification sought on {format_day(last.date)}: the clock starts again "
                f"when it is received ({rules.clarification})"
            )
            return plan
        plan.start, plan.start_reason = last.date, "clarification received"
        plan.rules.append(
            f"Clarification received on {format_day(last.date)}: the 20 working days run "
            f"again from that day ({rules.clarification})"
        )
    _plan_fees(events, regime, plan)
    _plan_extensions(events, regime, plan)
    return plan


def _plan_fees(events: list[ClockEvent], regime: Regime, plan: Plan) -> None:
    notices = sorted(e.date for e in events if isinstance(e, FeesNoticeIssued))
    payments = sorted(e.date for e in events if isinstance(e, FeePaid))
    if not notices:
        return
    cite = RULES[regime].fees
    if cite is None:
        plan.warnings.append(
            "EIR: foidesk has not verified that a charge under reg 8 pauses the clock, so the "
            "fees period is not disregarded here; check reg 8 before relying on a later date"
        )
        return
    for index, notice in enumerate(notices):
        paid = payments[index] if index < len(payments) else None
        plan.pauses.append((notice, paid))
        if paid is None:
            plan.rules.append(f"Fees notice given on {format_day(notice)}; fee not yet paid")
            continue
        plan.rules.append(
            f"Working days from the fees notice ({format_day(notice)}) to the payment "
            f"({format_day(paid)}), both included, are disregarded ({cite})"
        )
        if regime is Regime.FOIA and paid > notice + relativedelta(months=FEE_PAYMENT_MONTHS):
            plan.warnings.append(
                f"the fee was paid more than {FEE_PAYMENT_MONTHS} months after the notice: "
                "FOIA s9(2) no longer obliges the authority to comply"
            )


def _plan_extensions(events: list[ClockEvent], regime: Regime, plan: Plan) -> None:
    for event in events:
        if isinstance(event, PublicInterestExtension):
            if event.extra_days is not None:
                plan.count, plan.until = RESPONSE_DAYS + event.extra_days, None
            else:
                plan.count, plan.until = RESPONSE_DAYS, event.new_date
            plan.rules.append(
                "Public interest extension: 'such time as is reasonable in the circumstances' "
                "(FOIA s10(3)); the refusal notice under s17(1) and (2) is still due within "
                "20 working days"
            )
        elif isinstance(event, ComplexVoluminous):
            plan.count, plan.until = EIR_COMPLEX_DAYS, None
            plan.rules.append(
                "Complex and voluminous: up to 40 working days (EIR reg 7(1)); the requester "
                "must be told within 20 working days (reg 7(3))"
            )
