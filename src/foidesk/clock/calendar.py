"""Working days for each regime, from the bank holidays of every UK nation.

* FOIA s10(6) and EIR reg 2(1): a working day is any day other than a Saturday,
  a Sunday, Christmas Day, Good Friday or a bank holiday under the Banking and
  Financial Dealings Act 1971 in *any part* of the United Kingdom. foidesk takes
  the union of England and Wales, Scotland and Northern Ireland.
* FOISA s73: any day other than a Saturday, a Sunday, Christmas Day or a bank
  holiday *in Scotland*.

Bank holidays, substitute days and one-off days come from the maintained
``holidays`` library (``holidays.country_holidays("GB", subdiv=...)``). Its rule-based
holidays exist for any year, but one-off proclamations (jubilees, a state funeral)
are known only as far as the library has been told, so foidesk refuses dates
outside a documented :class:`Coverage` window instead of ignoring holidays.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from functools import cache, lru_cache

import holidays
from dateutil.easter import easter

from foidesk.errors import HolidayCoverageError
from foidesk.law.model import Regime


class Nation(StrEnum):
    """The three bank-holiday jurisdictions of the BFDA 1971, Schedule 1."""

    ENGLAND_AND_WALES = "england-and-wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern-ireland"

    @property
    def label(self) -> str:
        """The nation's name as a person writes it."""
        return _LABELS[self]


_LABELS = {
    Nation.ENGLAND_AND_WALES: "England and Wales",
    Nation.SCOTLAND: "Scotland",
    Nation.NORTHERN_IRELAND: "Northern Ireland",
}
_SUBDIVISIONS = {
    Nation.ENGLAND_AND_WALES: ("ENG", "WLS"),
    Nation.SCOTLAND: ("SCT",),
    Nation.NORTHERN_IRELAND: ("NIR",),
}

NATIONS_FOR: dict[Regime, tuple[Nation, ...]] = {
    Regime.FOIA: tuple(Nation),
    Regime.EIR: tuple(Nation),
    Regime.FOISA: (Nation.SCOTLAND,),
}
"""Whose bank holidays are non-working days: FOIA s10(6), EIR reg 2(1), FOISA s73."""

WORKING_DAY_RULE: dict[Regime, str] = {
    Regime.FOIA: (
        "FOIA s10(6): not a Saturday, Sunday, Christmas Day, Good Friday or a bank holiday "
        "in any part of the United Kingdom"
    ),
    Regime.EIR: (
        "EIR reg 2(1), as FOIA s10(6): not a Saturday, Sunday, Christmas Day, Good Friday "
        "or a bank holiday in any part of the United Kingdom"
    ),
    Regime.FOISA: (
        "FOISA s73: not a Saturday, Sunday, Christmas Day or a bank holiday in Scotland"
    ),
}


@dataclass(frozen=True)
class Coverage:
    """The years for which foidesk vouches for the bank-holiday data.

    Attributes:
        first_year: the first covered year (FOIA was passed on 30 November 2000).
        last_year: the last covered year. One-off bank holidays are proclaimed
            months ahead, so years far in the future may lack days that will exist.
    """

    first_year: int
    last_year: int

    @classmethod
    def rolling(cls, today: date, years_ahead: int = 2) -> Coverage:
        """A window from 2000 to ``today.year + years_ahead``, for a caller that keeps
        its ``holidays`` package up to date."""
        return cls(FIRST_COVERED_YEAR, today.year + years_ahead)

    def covers(self, day: date) -> bool:
        """True if ``day`` falls inside the window."""
        return self.first_year <= day.year <= self.last_year

    def check(self, day: date) -> None:
        """Raise :class:`HolidayCoverageError` if ``day`` is outside the window."""
        if not self.covers(day):
            raise HolidayCoverageError(
                f"{day.isoformat()} is outside the years whose bank holidays foidesk knows "
                f"({self.first_year}-{self.last_year}); a deadline there could miss a holiday"
            )


FIRST_COVERED_YEAR = 2000
LAST_COVERED_YEAR = 2028
"""Checked against holidays 0.109 on 23 November 2026 (that year + 2): see docs/clock.md."""
DEFAULT_COVERAGE = Coverage(FIRST_COVERED_YEAR, LAST_COVERED_YEAR)


@dataclass(frozen=True)
class Closure:
    """A day the authority's office is closed that the statute does not know about.

    Closures never change the statutory clock (ICO line to take LTT47: privilege
    days "do not count as non-working days"); foidesk reports them and moves the
    internal target date earlier when the due date falls on one.
    """

    date: date
    reason: str = "office closed"


@dataclass(frozen=True)
class DayInfo:
    """One calendar day as a regime sees it.

    Attributes:
        date: the day.
        working: True if it is a working day under the regime's definition.
        reason: why it is not a working day ("Saturday", "Christmas Day", "Easter
            Monday, bank holiday in England and Wales, Northern Ireland"), or
            ``"working day"``.
        closure: the authority's own closure reason, if the office is closed.
    """

    date: date
    working: bool
    reason: str
    closure: str | None = None


@cache
def _nation_holidays(nation: Nation, year: int) -> dict[date, tuple[str, ...]]:
    """The bank holidays of one nation in one year, each with its names."""
    found: dict[date, list[str]] = {}
    for subdiv in _SUBDIVISIONS[nation]:
        for day, name in holidays.country_holidays("GB", subdiv=subdiv, years=year).items():
            names = found.setdefault(day, [])
            for part in str(name).split("; "):
                label = part.replace("(observed)", "(substitute day)")
                if label not in names:
                    names.append(label)
    return {day: tuple(names) for day, names in found.items()}


def bank_holidays(nation: Nation, year: int) -> dict[date, tuple[str, ...]]:
    """The bank holidays of ``nation`` in ``year``, including substitute and one-off days.

    Args:
        nation: England and Wales, Scotland or Northern Ireland.
        year: any year; see :class:`Coverage` for the years foidesk vouches for.

    Returns:
        A mapping from each holiday to its names (substitute days are marked
        "(substitute day)").
    """
    return dict(_nation_holidays(nation, year))


@dataclass(frozen=True)
class WorkingCalendar:
    """The working days of one regime, with the authority's own closure days.

    Args:
        regime: FOIA, FOISA or EIR.
        closures: the authority's extra closure days (reported, never counted
            as non-working by the statutory clock).
        coverage: the years whose holiday data foidesk vouches for.
    """

    regime: Regime
    closures: tuple[Closure, ...] = ()
    coverage: Coverage = DEFAULT_COVERAGE
    _closure_index: dict[date, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[date, str] = {}
        for closure in self.closures:
            index[closure.date] = (
                f"{index[closure.date]}; {closure.reason}"
                if closure.date in index
                else closure.reason
            )
        object.__setattr__(self, "_closure_index", index)

    @property
    def rule(self) -> str:
        """The statutory definition of a working day, with its citation."""
        return WORKING_DAY_RULE[self.regime]

    def day(self, day: date) -> DayInfo:
        """Whether ``day`` is a working day, and why not.

        Raises:
            HolidayCoverageError: ``day`` is outside the coverage window.
        """
        self.coverage.check(day)
        working, reason = _statutory_day(self.regime, day)
        return DayInfo(day, working, reason, self._closure_index.get(day))

    def is_working_day(self, day: date) -> bool:
        """True if ``day`` is a working day under the regime."""
        return self.day(day).working

    def next_working_day(self, day: date) -> date:
        """The first working day on or after ``day``."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def add_working_days(self, start: date, count: int) -> date:
        """The ``count``-th working day following ``start`` (``start`` itself is day 0)."""
        day, counted = start, 0
        while counted < count:
            day += timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """How many working days fall after ``start`` up to and including ``end``."""
        if end <= start:
            return 0
        return sum(
            1
            for offset in range(1, (end - start).days + 1)
            if self.is_working_day(start + timedelta(days=offset))
        )

    def closure(self, day: date) -> str | None:
        """The authority's closure reason for ``day``, if any."""
        return self._closure_index.get(day)


@lru_cache(maxsize=1 << 16)
def _statutory_day(regime: Regime, day: date) -> tuple[bool, str]:
    """Whether ``day`` is a working day under ``regime``, and the reason (cached: pure)."""
    holiday = _holiday_reason(regime, day)
    if day.weekday() >= 5:
        weekday = "Saturday" if day.weekday() == 5 else "Sunday"
        return False, f"{weekday} (also {holiday})" if holiday else weekday
    if holiday:
        return False, holiday
    return True, "working day"


def _holiday_reason(regime: Regime, day: date) -> str:
    named = _named_days(regime, day)
    by_name: dict[str, list[str]] = {}
    for nation in NATIONS_FOR[regime]:
        for name in _nation_holidays(nation, day.year).get(day, ()):
            if name not in named:
                by_name.setdefault(name, []).append(nation.label)
    parts = list(named)
    parts += [f"{name}, bank holiday in {', '.join(where)}" for name, where in by_name.items()]
    return "; ".join(parts)


def _named_days(regime: Regime, day: date) -> tuple[str, ...]:
    """Christmas Day (every regime) and Good Friday (FOIA s10(6), EIR), named by statute."""
    if day.month == 12 and day.day == 25:
        return ("Christmas Day",)
    if regime is not Regime.FOISA and day == easter(day.year) - timedelta(days=2):
        return ("Good Friday",)
    return ()


def calendar_for(
    regime: Regime,
    *,
    closures: Iterable[Closure] = (),
    coverage: Coverage = DEFAULT_COVERAGE,
) -> WorkingCalendar:
    """The working calendar of ``regime`` (FOIA s10(6), FOISA s73, EIR reg 2(1))."""
    return WorkingCalendar(regime, tuple(closures), coverage)
