"""Status on an injected day, and the review and regulator dates after a response."""

from __future__ import annotations

from datetime import date

import pytest

from foidesk.clock import (
    ClarificationSought,
    StatusKind,
    appeal_path,
    due_date,
    status_on,
)
from foidesk.errors import EventOrderError
from foidesk.law.model import Regime

F, S, E = Regime.FOIA, Regime.FOISA, Regime.EIR
# Received Mon 23 Nov 2026 under FOIA: due Tue 22 Dec 2026 (see test_due_dates).
RECEIVED = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("today", "answered", "kind", "days", "text"),
    [
        # Fri 18 Dec: Mon 21 and Tue 22 are left.
        (date(2026, 12, 18), None, StatusKind.IN_TIME, 2, "due in 2 working days"),
        (date(2026, 12, 21), None, StatusKind.IN_TIME, 1, "due in 1 working day,"),
        (date(2026, 12, 22), None, StatusKind.DUE_TODAY, 0, "due today"),
        # Thu 24 Dec: Wed 23 and Thu 24 have passed.
        (date(2026, 12, 24), None, StatusKind.OVERDUE, 2, "overdue by 2 working days"),
        # Sat 26 Dec: Fri 25 is Christmas Day, Sat 26 a weekend: still 2.
        (date(2026, 12, 26), None, StatusKind.OVERDUE, 2, "overdue by 2 working days"),
        # Answered Mon 21 Dec: Tue 22 to spare.
        (date(2027, 1, 5), date(2026, 12, 21), StatusKind.ANSWERED_IN_TIME, 1, "in time"),
        # Answered Tue 29 Dec: Wed 23, Thu 24 and Tue 29 late (25 and 28 are holidays).
        (date(2027, 1, 5), date(2026, 12, 29), StatusKind.ANSWERED_LATE, 3, "3 working days late"),
    ],
)
def test_status_on(
    today: date, answered: date | None, kind: StatusKind, days: int, text: str
) -> None:
    status = status_on(due_date(RECEIVED, F), today, answered=answered)
    assert (status.kind, status.working_days) == (kind, days)
    assert text in status.text


def test_status_on_hold() -> None:
    deadline = due_date(RECEIVED, F, [ClarificationSought(date(2026, 11, 24))])
    status = status_on(deadline, date(2026, 12, 24))
    assert status.kind is StatusKind.ON_HOLD
    assert "clarification" in status.text


def test_status_refuses_an_answer_before_receipt() -> None:
    with pytest.raises(EventOrderError, match="before the request was received"):
        status_on(due_date(RECEIVED, F), date(2026, 12, 1), answered=date(2026, 11, 1))


def test_foia_review_and_ico_dates() -> None:
    path = appeal_path(
        due_date(RECEIVED, F),
        responded=date(2026, 12, 10),
        review_requested=date(2027, 1, 5),
        review_decided=date(2027, 1, 20),
    )
    got = {period.label: (period.date, period.statutory) for period in path.periods}
    assert got == {
        # 40 working days from Thu 10 Dec 2026 (skipping 25 and 28 Dec, 1 and 4 Jan).
        "ask for an internal review by": (date(2027, 2, 10), False),
        # 20 and 40 working days from Tue 5 Jan 2027.
        "review decision due by": (date(2027, 2, 2), False),
        "review decision at the latest (exceptional cases) by": (date(2027, 3, 2), False),
        # Six weeks (42 calendar days) after Wed 20 Jan 2027.
        "complain to the ICO by": (date(2027, 3, 3), False),
    }


def test_foia_without_review_decision_says_when_the_ico_can_be_asked() -> None:
    path = appeal_path(
        due_date(RECEIVED, F), responded=date(2026, 12, 10), review_requested=date(2027, 1, 5)
    )
    assert path.periods[-1].label == "complain to the ICO if no review decision, from"
    assert path.periods[-1].date == date(2027, 3, 3)  # the day after the 40-day longstop


def test_foisa_review_window_runs_from_the_later_of_response_and_deadline() -> None:
    # Responded early (10 Dec), so s20(5) counts 40 working days (Scottish calendar) from the
    # due date Tue 22 Dec 2026: Mon 22 Feb 2027.
    path = appeal_path(
        due_date(RECEIVED, S),
        responded=date(2026, 12, 10),
        review_requested=date(2027, 1, 5),
        review_decided=date(2027, 1, 20),
    )
    got = {period.label: (period.date, period.statutory) for period in path.periods}
    assert got == {
        "ask for an internal review by": (date(2027, 2, 22), True),
        "review decision due by": (date(2027, 2, 2), True),
        "apply to the Scottish Information Commissioner by": (date(2027, 7, 20), True),
    }


def test_foisa_without_review_decision_counts_six_months_from_review_deadline() -> None:
    path = appeal_path(due_date(RECEIVED, S), review_requested=date(2027, 1, 5))
    assert path.periods[-1].date == date(2027, 8, 2)
    assert any("no response date" in note for note in path.notes)


def test_eir_reconsideration_is_forty_working_days() -> None:
    path = appeal_path(due_date(RECEIVED, E), review_requested=date(2027, 1, 5))
    decision = next(p for p in path.periods if p.label == "review decision due by")
    assert (decision.date, decision.statutory) == (date(2027, 3, 2), True)
    assert "reg 11(4)" in decision.basis


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"responded": date(2026, 11, 1)}, "response sent on 2026-11-01 is before"),
        (
            {"responded": date(2026, 12, 10), "review_requested": date(2026, 12, 1)},
            "review requested",
        ),
        ({"review_decided": date(2027, 1, 1)}, "no review request date"),
    ],
)
def test_appeal_dates_out_of_order(kwargs: dict[str, date], message: str) -> None:
    with pytest.raises(EventOrderError, match=message):
        appeal_path(due_date(RECEIVED, F), **kwargs)  # type: ignore[arg-type]
