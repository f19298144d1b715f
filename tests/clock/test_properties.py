"""Properties of the clock that must hold for every date, checked with hypothesis."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from foidesk.clock import (
    ClarificationReceived,
    ClarificationSought,
    ClockEvent,
    FeePaid,
    FeesNoticeIssued,
    PublicInterestExtension,
    calendar_for,
    due_date,
)
from foidesk.law.model import Regime

receipts = st.dates(min_value=date(2000, 1, 1), max_value=date(2028, 6, 30))
"""Late enough to reach 2028, early enough that 80 days of events and 45 working days stay
inside the holiday coverage window (to 2028)."""
regimes = st.sampled_from(list(Regime))
gaps = st.integers(min_value=0, max_value=40)


def _due(received: date, regime: Regime, events: Sequence[ClockEvent] = ()) -> date:
    deadline = due_date(received, regime, events)
    assert deadline.date is not None
    return deadline.date


@settings(max_examples=150, deadline=None)
@given(receipts, regimes)
def test_due_date_is_always_a_working_day(received: date, regime: Regime) -> None:
    assert calendar_for(regime).is_working_day(_due(received, regime))


@settings(max_examples=100, deadline=None)
@given(receipts, regimes, st.integers(min_value=1, max_value=10))
def test_later_receipt_never_gives_earlier_due_date(
    received: date, regime: Regime, later_by: int
) -> None:
    later = received + timedelta(days=later_by)
    assert _due(later, regime) >= _due(received, regime)


@settings(max_examples=100, deadline=None)
@given(receipts, regimes, gaps, gaps)
def test_clarification_never_shortens_the_time(
    received: date, regime: Regime, sought_after: int, answered_after: int
) -> None:
    sought = received + timedelta(days=sought_after)
    answered = sought + timedelta(days=answered_after)
    events = [ClarificationSought(sought), ClarificationReceived(answered)]
    assert _due(received, regime, events) >= _due(received, regime)


@settings(max_examples=100, deadline=None)
@given(receipts, st.sampled_from([Regime.FOIA, Regime.FOISA]), gaps, gaps)
def test_fees_pause_never_shortens_the_time(
    received: date, regime: Regime, notice_after: int, paid_after: int
) -> None:
    notice = received + timedelta(days=notice_after)
    events = [FeesNoticeIssued(notice), FeePaid(notice + timedelta(days=paid_after))]
    assert _due(received, regime, events) >= _due(received, regime)


@settings(max_examples=100, deadline=None)
@given(receipts, regimes, st.integers(min_value=0, max_value=25))
def test_explanation_lists_exactly_the_counted_days(
    received: date, regime: Regime, extra: int
) -> None:
    events: list[ClockEvent] = (
        [PublicInterestExtension(extra_days=extra)] if extra and regime is Regime.FOIA else []
    )
    deadline = due_date(received, regime, events)
    counted = [entry for entry in deadline.days if entry.counted]
    assert len(counted) == deadline.working_days == 20 + (extra if events else 0)
    assert [entry.working_day_number for entry in counted] == list(range(1, len(counted) + 1))
    assert all(calendar_for(regime).is_working_day(entry.date) for entry in counted)
    assert counted[-1].date == deadline.date


@settings(max_examples=100, deadline=None)
@given(receipts)
def test_foia_never_earlier_than_foisa(received: date) -> None:
    # FOIA skips the holidays of every nation, a superset of Scotland's except Good Friday
    # and Christmas Day, which both regimes skip.
    assert _due(received, Regime.FOIA) >= _due(received, Regime.FOISA)
