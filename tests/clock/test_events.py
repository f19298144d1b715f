"""Clock events: clarification restarts, fees pause, extensions extend, and order is checked."""

from __future__ import annotations

from datetime import date

import pytest

from foidesk.clock import (
    ClarificationReceived,
    ClarificationSought,
    ClockEvent,
    Closure,
    ComplexVoluminous,
    FeePaid,
    FeesNoticeIssued,
    PublicInterestExtension,
    ReceiptRule,
    due_date,
)
from foidesk.errors import ClockError, DateError, EventOrderError
from foidesk.law.model import Regime

F, S, E = Regime.FOIA, Regime.FOISA, Regime.EIR


def test_clarification_restarts_the_clock() -> None:
    # Received Mon 1 Mar 2027, clarification sought Tue 2, received Mon 8 Mar (new day 0).
    # WD1-4 Tue 9-Fri 12; WD5-6 Mon 15-Tue 16; skip Wed 17 (St Patrick's Day);
    # WD7-8 Thu 18-Fri 19; WD9-12 Mon 22-Thu 25; skip Fri 26 (Good Friday) and
    # Mon 29 (Easter Monday); WD13-16 Tue 30-Fri 2 Apr; WD17-20 Mon 5-Thu 8 Apr.
    events = [ClarificationSought(date(2027, 3, 2)), ClarificationReceived(date(2027, 3, 8))]
    deadline = due_date(date(2027, 3, 1), F, events)
    assert deadline.date == date(2027, 4, 8)
    assert deadline.clock_start == date(2027, 3, 8)
    assert deadline.days[0].reason == "clarification received (day 0)"
    assert any("s10(6)(b)" in rule for rule in deadline.rules)


def test_clarification_awaited_puts_the_clock_on_hold() -> None:
    deadline = due_date(date(2027, 3, 1), F, [ClarificationSought(date(2027, 3, 2))])
    assert deadline.date is None
    assert deadline.on_hold is not None
    assert "clarification sought on Tue 2 Mar 2027" in deadline.on_hold


def test_fees_notice_period_is_disregarded() -> None:
    # Received Mon 1 Feb 2027; notice Mon 8, fee received Wed 10 Feb (both disregarded).
    # WD1-4 Tue 2-Fri 5; Mon 8-Wed 10 disregarded; WD5-6 Thu 11-Fri 12; WD7-11 15-19;
    # WD12-16 22-26 Feb; WD17-20 Mon 1-Thu 4 Mar. (Without the notice: Mon 1 Mar.)
    events = [FeesNoticeIssued(date(2027, 2, 8)), FeePaid(date(2027, 2, 10))]
    deadline = due_date(date(2027, 2, 1), F, events)
    assert deadline.date == date(2027, 3, 4)
    disregarded = [e.date for e in deadline.days if e.reason.startswith("disregarded")]
    assert disregarded == [date(2027, 2, 8), date(2027, 2, 9), date(2027, 2, 10)]
    assert due_date(date(2027, 2, 1), F).date == date(2027, 3, 1)


def test_unpaid_fee_puts_the_clock_on_hold() -> None:
    deadline = due_date(date(2027, 2, 1), F, [FeesNoticeIssued(date(2027, 2, 8))])
    assert deadline.date is None
    assert deadline.on_hold is not None
    assert "4 working days had run" in deadline.on_hold


def test_fee_paid_after_three_months_warns() -> None:
    events = [FeesNoticeIssued(date(2027, 2, 8)), FeePaid(date(2027, 5, 10))]
    deadline = due_date(date(2027, 2, 1), F, events)
    assert any("s9(2)" in warning for warning in deadline.warnings)


def test_eir_fees_do_not_pause_and_say_why() -> None:
    events = [FeesNoticeIssued(date(2027, 2, 8)), FeePaid(date(2027, 2, 10))]
    deadline = due_date(date(2027, 2, 1), E, events)
    assert deadline.date == date(2027, 3, 1)
    assert any("reg 8" in warning for warning in deadline.warnings)


def test_public_interest_extension_in_days() -> None:
    # 20 + 20 working days from Fri 18 Dec 2026: the 20th is Thu 21 Jan 2027, then
    # WD21 Fri 22; WD22-26 25-29 Jan; WD27-31 1-5 Feb; WD32-36 8-12 Feb; WD37-40 15-18 Feb.
    events = [PublicInterestExtension(extra_days=20)]
    deadline = due_date(date(2026, 12, 18), F, events)
    assert deadline.date == date(2027, 2, 18)
    assert deadline.notice_due == date(2027, 1, 21)
    assert deadline.working_days == 40
    assert deadline.warnings == ()


def test_public_interest_extension_past_forty_days_warns() -> None:
    deadline = due_date(date(2026, 12, 18), F, [PublicInterestExtension(extra_days=21)])
    assert deadline.date == date(2027, 2, 19)
    assert any("past the 40 the ICO expects" in warning for warning in deadline.warnings)


def test_public_interest_extension_to_a_date() -> None:
    # To Wed 10 Feb 2027: after WD20 (Thu 21 Jan) come Fri 22 Jan, 25-29 Jan, 1-5 Feb and
    # Mon 8-Wed 10 Feb: 1 + 5 + 5 + 3 = 14 more, 34 in all.
    events = [PublicInterestExtension(new_date=date(2027, 2, 10))]
    deadline = due_date(date(2026, 12, 18), F, events)
    assert (deadline.date, deadline.working_days) == (date(2027, 2, 10), 34)
    assert deadline.notice_due == date(2027, 1, 21)


def test_extension_date_before_the_twentieth_day_is_refused() -> None:
    with pytest.raises(DateError, match="not after the twentieth working day"):
        due_date(date(2026, 12, 18), F, [PublicInterestExtension(new_date=date(2027, 1, 20))])


def test_eir_complex_and_voluminous_is_forty_days() -> None:
    events = [ComplexVoluminous(notified=date(2027, 1, 25))]
    deadline = due_date(date(2026, 12, 18), E, events)
    assert deadline.date == date(2027, 2, 18)
    assert deadline.notice_due == date(2027, 1, 21)
    assert any("reg 7(3)" in warning for warning in deadline.warnings)


@pytest.mark.parametrize(
    ("regime", "event", "message"),
    [
        (S, PublicInterestExtension(extra_days=5), "has no public interest extension"),
        (E, PublicInterestExtension(extra_days=5), "reg 7"),
        (F, ComplexVoluminous(), "EIR reg 7"),
        (S, ComplexVoluminous(), "EIR reg 7"),
    ],
)
def test_extensions_the_regime_does_not_have(
    regime: Regime, event: ClockEvent, message: str
) -> None:
    with pytest.raises(ClockError, match=message):
        due_date(date(2026, 12, 18), regime, [event])


@pytest.mark.parametrize(
    ("events", "message"),
    [
        (
            [ClarificationSought(date(2027, 3, 8)), ClarificationReceived(date(2027, 3, 5))],
            "comes before any clarification was sought",
        ),
        ([ClarificationReceived(date(2027, 3, 5))], "comes before any clarification"),
        (
            [FeesNoticeIssued(date(2027, 3, 8)), FeePaid(date(2027, 3, 3))],
            "comes before any fee was asked for",
        ),
        ([FeesNoticeIssued(date(2027, 2, 1))], "before the request was received"),
        (
            [ClarificationSought(date(2027, 3, 2)), ClarificationSought(date(2027, 3, 3))],
            "a second clarification",
        ),
    ],
)
def test_events_out_of_order(events: list[ClockEvent], message: str) -> None:
    with pytest.raises(EventOrderError, match=message):
        due_date(date(2027, 3, 1), F, events)


@pytest.mark.parametrize(
    "kwargs",
    [{}, {"extra_days": 5, "new_date": date(2027, 2, 1)}, {"extra_days": 0}],
)
def test_public_interest_extension_needs_one_positive_measure(kwargs: dict[str, object]) -> None:
    with pytest.raises(ClockError):
        PublicInterestExtension(**kwargs)  # type: ignore[arg-type]


def test_receipt_on_a_saturday_actual_day_rule() -> None:
    # Received Sat 19 Dec 2026: day 0 is the Saturday itself; WD1 is Mon 21 Dec, as for a
    # Friday receipt, so the due date is Thu 21 Jan 2027.
    deadline = due_date(date(2026, 12, 19), F)
    assert deadline.date == date(2027, 1, 21)
    assert deadline.days[0].reason == "date of receipt, Saturday (day 0)"
    assert any("s10(6)(a)" in rule for rule in deadline.rules)


def test_receipt_on_a_saturday_next_working_day_rule() -> None:
    # Treated as received Mon 21 Dec: WD1 is Tue 22, so every day moves one working day on.
    deadline = due_date(date(2026, 12, 19), F, receipt_rule=ReceiptRule.NEXT_WORKING_DAY)
    assert deadline.date == date(2027, 1, 22)
    assert deadline.clock_start == date(2026, 12, 21)
    assert deadline.explanation[:3] == [
        "Sat 19 Dec 2026 — date of receipt, Saturday: treated as received on Mon 21 Dec 2026",
        "Sun 20 Dec 2026 — skipped: Sunday",
        "Mon 21 Dec 2026 — treated as the date of receipt (day 0)",
    ]


def test_closure_on_the_due_date_moves_only_the_internal_target() -> None:
    closures = [
        Closure(date(2026, 12, 22), "staff training"),
        Closure(date(2026, 12, 1), "office move"),
    ]
    deadline = due_date(date(2026, 11, 23), F, closures=closures)
    assert deadline.date == date(2026, 12, 22)
    assert deadline.internal_target == date(2026, 12, 21)
    moved = [entry for entry in deadline.days if entry.closure]
    assert [(e.date, e.counted) for e in moved] == [
        (date(2026, 12, 1), True),
        (date(2026, 12, 22), True),
    ]
    assert "still a statutory working day" in moved[0].line
    assert any("internal target" in warning for warning in deadline.warnings)
