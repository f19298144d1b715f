"""Working days per regime: which nations' bank holidays count, and the coverage window."""

from __future__ import annotations

from datetime import date

import pytest

from foidesk.clock import (
    DEFAULT_COVERAGE,
    FIRST_COVERED_YEAR,
    LAST_COVERED_YEAR,
    Closure,
    Coverage,
    Nation,
    bank_holidays,
    calendar_for,
    due_date,
)
from foidesk.errors import HolidayCoverageError
from foidesk.law.model import Regime

F, S, E = Regime.FOIA, Regime.FOISA, Regime.EIR

WORKING = [
    # (day, regime, working?) — why, in the id.
    pytest.param(date(2026, 11, 30), F, False, id="st-andrews-is-off-for-foia"),
    pytest.param(date(2026, 11, 30), S, False, id="st-andrews-is-off-for-foisa"),
    pytest.param(date(2027, 1, 4), E, False, id="scottish-2-jan-substitute-is-off-for-eir"),
    pytest.param(date(2027, 3, 17), F, False, id="st-patricks-is-off-for-foia"),
    pytest.param(date(2027, 3, 17), S, True, id="st-patricks-is-a-working-day-in-scotland"),
    pytest.param(date(2027, 7, 12), F, False, id="boyne-is-off-for-foia"),
    pytest.param(date(2027, 7, 12), S, True, id="boyne-is-a-working-day-in-scotland"),
    pytest.param(date(2026, 7, 13), F, False, id="boyne-substitute-monday-2026"),
    pytest.param(date(2027, 8, 2), F, False, id="scottish-august-monday-is-off-for-foia"),
    pytest.param(date(2027, 8, 30), S, True, id="english-august-monday-is-working-in-scotland"),
    pytest.param(date(2027, 3, 29), S, True, id="easter-monday-is-working-in-scotland"),
    pytest.param(date(2027, 3, 26), S, False, id="good-friday-is-off-in-scotland"),
    pytest.param(date(2027, 3, 26), F, False, id="good-friday-is-off-for-foia"),
    pytest.param(date(2022, 9, 19), F, False, id="state-funeral"),
    pytest.param(date(2023, 5, 8), S, False, id="coronation"),
    pytest.param(date(2012, 6, 5), F, False, id="diamond-jubilee"),
    pytest.param(date(2020, 5, 8), F, False, id="ve-day-moved-may-holiday"),
    pytest.param(date(2020, 5, 4), F, True, id="first-monday-of-may-2020-was-moved"),
    pytest.param(date(2027, 12, 28), F, False, id="boxing-day-substitute-2027"),
    pytest.param(date(2026, 12, 24), F, True, id="christmas-eve-is-a-working-day"),
    pytest.param(date(2028, 2, 29), F, True, id="leap-day-2028-tuesday"),
]


@pytest.mark.parametrize(("day", "regime", "working"), WORKING)
def test_working_days(day: date, regime: Regime, working: bool) -> None:
    assert calendar_for(regime).is_working_day(day) is working


def test_reason_lists_every_nation_with_the_holiday() -> None:
    info = calendar_for(F).day(date(2027, 3, 29))
    assert info.reason == ("Easter Monday, bank holiday in England and Wales, Northern Ireland")


def test_weekend_reason_mentions_a_holiday_on_it() -> None:
    info = calendar_for(F).day(date(2026, 7, 12))
    assert info.reason == "Sunday (also Battle of the Boyne, bank holiday in Northern Ireland)"


def test_foisa_reason_names_only_scotland() -> None:
    info = calendar_for(S).day(date(2026, 12, 28))
    assert info.reason == "Boxing Day (substitute day), bank holiday in Scotland"


def test_bank_holidays_include_the_twelfth_of_july_proclamation() -> None:
    assert date(2022, 7, 12) in bank_holidays(Nation.NORTHERN_IRELAND, 2022)
    assert date(2022, 7, 12) not in bank_holidays(Nation.ENGLAND_AND_WALES, 2022)


def test_closure_days_do_not_change_working_days() -> None:
    calendar = calendar_for(F, closures=[Closure(date(2026, 12, 24), "Christmas Eve")])
    info = calendar.day(date(2026, 12, 24))
    assert info.working is True
    assert info.closure == "Christmas Eve"


def test_working_days_between_counts_after_start_up_to_end() -> None:
    calendar = calendar_for(F)
    # Fri 18 Dec 2026 -> Tue 29 Dec 2026: Mon 21-Thu 24 and Tue 29 are working days.
    assert calendar.working_days_between(date(2026, 12, 18), date(2026, 12, 29)) == 5
    assert calendar.working_days_between(date(2026, 12, 29), date(2026, 12, 18)) == 0


@pytest.mark.parametrize(
    ("day", "covered"),
    [
        (date(FIRST_COVERED_YEAR, 1, 1), True),
        (date(FIRST_COVERED_YEAR - 1, 12, 31), False),
        (date(LAST_COVERED_YEAR, 12, 31), True),
        (date(LAST_COVERED_YEAR + 1, 1, 1), False),
    ],
)
def test_coverage_edges(day: date, covered: bool) -> None:
    assert DEFAULT_COVERAGE.covers(day) is covered
    if covered:
        calendar_for(F).day(day)
    else:
        with pytest.raises(HolidayCoverageError, match=day.isoformat()):
            calendar_for(F).day(day)


def test_due_date_running_past_coverage_says_so() -> None:
    # Received 20 Dec 2028: the count reaches January 2029, beyond the window.
    with pytest.raises(HolidayCoverageError, match=r"2029-01-01 is outside .*2000-2028"):
        due_date(date(2028, 12, 20), F)


def test_receipt_before_coverage_is_refused() -> None:
    with pytest.raises(HolidayCoverageError, match="1999-12-31"):
        due_date(date(1999, 12, 31), F)


def test_rolling_coverage_follows_injected_today() -> None:
    coverage = Coverage.rolling(date(2030, 6, 1))
    assert (coverage.first_year, coverage.last_year) == (2000, 2032)
    deadline = due_date(date(2029, 12, 20), F, coverage=coverage)
    assert deadline.date is not None
    assert deadline.date.year == 2030
