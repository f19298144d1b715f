"""The statutory clock: working days, deadlines, clock events and their explanations.

Typical use::

    from datetime import date
    from foidesk.clock import due_date, ClarificationSought, ClarificationReceived
    from foidesk.law.model import Regime

    deadline = due_date(date(2026, 12, 18), regime=Regime.FOIA)
    deadline.date            # the twentieth working day following receipt
    deadline.explanation     # one line per day, counted or skipped, and why

See docs/clock.md for the rules, their sources, and the choices foidesk makes.
"""

from foidesk.clock.appeals import AppealPath, PeriodEnd, appeal_path
from foidesk.clock.calendar import (
    DEFAULT_COVERAGE,
    FIRST_COVERED_YEAR,
    LAST_COVERED_YEAR,
    Closure,
    Coverage,
    DayInfo,
    Nation,
    WorkingCalendar,
    bank_holidays,
    calendar_for,
)
from foidesk.clock.closures import load_closures
from foidesk.clock.dates import format_day, parse_uk_date, receipt_date
from foidesk.clock.deadlines import Deadline, ReceiptRule, due_date
from foidesk.clock.events import (
    ClarificationReceived,
    ClarificationSought,
    ClockEvent,
    ComplexVoluminous,
    FeePaid,
    FeesNoticeIssued,
    PublicInterestExtension,
)
from foidesk.clock.explain import DayEntry
from foidesk.clock.status import Status, StatusKind, status_on

__all__ = [
    "DEFAULT_COVERAGE",
    "FIRST_COVERED_YEAR",
    "LAST_COVERED_YEAR",
    "AppealPath",
    "ClarificationReceived",
    "ClarificationSought",
    "ClockEvent",
    "Closure",
    "ComplexVoluminous",
    "Coverage",
    "DayEntry",
    "DayInfo",
    "Deadline",
    "FeePaid",
    "FeesNoticeIssued",
    "Nation",
    "PeriodEnd",
    "PublicInterestExtension",
    "ReceiptRule",
    "Status",
    "StatusKind",
    "WorkingCalendar",
    "appeal_path",
    "bank_holidays",
    "calendar_for",
    "due_date",
    "format_day",
    "load_closures",
    "parse_uk_date",
    "receipt_date",
    "status_on",
]
