"""Things that happen to a request and move its clock.

Each event is a small frozen dataclass carrying the day it happened. They are
checked for order by :func:`check_order` before any counting is done:

* :class:`ClarificationSought` / :class:`ClarificationReceived`: FOIA s1(3) and
  s10(6)(b); FOISA s1(3) and s10(1)(b); EIR reg 9(4). The 20 working days run
  again from the day the clarification is received.
* :class:`FeesNoticeIssued` / :class:`FeePaid`: FOIA s9 and s10(2); FOISA s9 and
  s10(2). Working days from the notice to the payment, both included, are disregarded.
* :class:`PublicInterestExtension`: FOIA s10(3), a reasonable extra time to weigh
  the public interest (FOIA only).
* :class:`ComplexVoluminous`: EIR reg 7(1), up to 40 working days (EIR only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from foidesk.errors import ClockError, EventOrderError
from foidesk.law.model import Regime


@dataclass(frozen=True)
class ClarificationSought:
    """The authority asked the requester for further information (FOIA s1(3))."""

    date: date


@dataclass(frozen=True)
class ClarificationReceived:
    """The requester's clarification arrived; the clock restarts (FOIA s10(6)(b))."""

    date: date


@dataclass(frozen=True)
class FeesNoticeIssued:
    """The authority gave a fees notice (FOIA s9(1)); the clock pauses (s10(2))."""

    date: date


@dataclass(frozen=True)
class FeePaid:
    """The fee was received by the authority; the clock runs again (FOIA s10(2))."""

    date: date


@dataclass(frozen=True)
class PublicInterestExtension:
    """More time to consider the public interest (FOIA s10(3)).

    Give either ``extra_days`` (working days beyond the 20) or ``new_date`` (the
    estimated date given in the s17(2) notice).
    """

    extra_days: int | None = None
    new_date: date | None = None

    def __post_init__(self) -> None:
        if (self.extra_days is None) == (self.new_date is None):
            raise ClockError("a public interest extension needs extra_days or new_date, not both")
        if self.extra_days is not None and self.extra_days < 1:
            raise ClockError(
                f"a public interest extension of {self.extra_days} working days makes no sense; "
                "give a positive number"
            )


@dataclass(frozen=True)
class ComplexVoluminous:
    """The EIR reg 7(1) extension to 40 working days; ``notified`` is when the
    requester was told (reg 7(3): within 20 working days of receipt)."""

    notified: date | None = None


ClockEvent = (
    ClarificationSought
    | ClarificationReceived
    | FeesNoticeIssued
    | FeePaid
    | PublicInterestExtension
    | ComplexVoluminous
)
"""Any event that moves a request's clock."""

_DATED = (ClarificationSought, ClarificationReceived, FeesNoticeIssued, FeePaid)


def event_date(event: ClockEvent) -> date | None:
    """The day an event happened, if it has one."""
    if isinstance(event, _DATED):
        return event.date
    if isinstance(event, ComplexVoluminous):
        return event.notified
    return None


def check_order(received: date, events: list[ClockEvent], regime: Regime) -> None:
    """Check that the events can have happened in this order, for this regime.

    Raises:
        EventOrderError: an event before receipt, a clarification received before it
            was sought, a fee paid before a notice, or a pair left out of step.
        ClockError: an extension the regime does not have (FOISA has no public
            interest extension; only the EIR have reg 7).
    """
    for event in events:
        when = event_date(event)
        if when is not None and when < received:
            raise EventOrderError(
                f"{type(event).__name__} on {when.isoformat()} is before the request was "
                f"received on {received.isoformat()}"
            )
    _check_pairs(events, ClarificationSought, ClarificationReceived, "clarification", "sought")
    _check_pairs(events, FeesNoticeIssued, FeePaid, "fee", "asked for in a fees notice")
    _check_regime(events, regime)


def _check_pairs(
    events: list[ClockEvent], opener: type, closer: type, noun: str, verb: str
) -> None:
    opened: date | None = None
    dated = [
        (when, e) for e in events if isinstance(e, (opener, closer)) and (when := event_date(e))
    ]
    for when, event in sorted(dated, key=lambda pair: (pair[0], isinstance(pair[1], closer))):
        if isinstance(event, opener):
            if opened is not None:
                raise EventOrderError(
                    f"a second {noun} was {verb} on {when.isoformat()} before the one of "
                    f"{opened.isoformat()} was answered"
                )
            opened = when
        else:
            if opened is None:
                raise EventOrderError(
                    f"the {noun} received on {when.isoformat()} comes before any {noun} was {verb}"
                )
            opened = None


def _check_regime(events: list[ClockEvent], regime: Regime) -> None:
    for event in events:
        if isinstance(event, PublicInterestExtension) and regime is not Regime.FOIA:
            raise ClockError(
                f"{regime.instrument} has no public interest extension (that is FOIA s10(3))"
                + (
                    "; the EIR have reg 7(1) for complex and voluminous requests"
                    if regime is Regime.EIR
                    else ""
                )
            )
        if isinstance(event, ComplexVoluminous) and regime is not Regime.EIR:
            raise ClockError(
                f"the complex-and-voluminous extension is EIR reg 7(1); "
                f"{regime.instrument} has no such extension"
            )
