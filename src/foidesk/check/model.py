"""The checker's vocabulary: rules, findings and reports.

A :class:`Rule` is one small function over a response with a stable code, a
severity, a one-line title, the reason in plain words (naming the provision,
ICO guidance or tribunal test it rests on) and a suggested fix. Running a rule
gives :class:`Hit` objects; the engine turns each into a :class:`Finding` that
carries the rule's metadata, the span in ``Response.source.text`` and the
quoted text, so every finding can be shown on the document the user gave.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from foidesk.record.model import Span

if TYPE_CHECKING:
    from foidesk.check.context import Context


class Severity(StrEnum):
    """How much a finding matters.

    ``error`` is a breach of what the law requires (FOIA s17, s2) or a reasoning
    step a tribunal would not accept; ``warning`` is a weakness an internal
    review or the ICO is likely to pick up; ``info`` is worth a look.
    """

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for error, 1 for warning, 2 for info: for sorting."""
        return _RANKS[self]


_RANKS = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class Audience(StrEnum):
    """Who the report is written for."""

    OFFICER = "officer"
    """The disclosure officer or the manager signing off: every finding, with the fix."""
    REQUESTER = "requester"
    """The requester: what to ask for in an internal review; officer-only style findings hidden."""


class Family(StrEnum):
    """The rule families, each with its code prefix."""

    S17 = "S17"
    """The refusal notice itself (FOIA s17)."""
    PRJ = "PRJ"
    """The prejudice test (Hogan v IC EA/2005/0026)."""
    PIT = "PIT"
    """The public interest test (FOIA s2(1)(b), s2(2)(b), s17(3))."""
    NCND = "NCND"
    """Neither confirm nor deny (FOIA s1(1)(a), s2(1))."""
    BP = "BP"
    """Boilerplate: arguments not written for this request."""
    HK = "HK"
    """Housekeeping: references, dates and links."""

    @property
    def label(self) -> str:
        """A short heading for the family."""
        return _FAMILY_LABELS[self]


_FAMILY_LABELS = {
    Family.S17: "Refusal notice (s17)",
    Family.PRJ: "Prejudice test",
    Family.PIT: "Public interest test",
    Family.NCND: "Neither confirm nor deny",
    Family.BP: "Boilerplate",
    Family.HK: "Housekeeping",
}


@dataclass(frozen=True)
class Hit:
    """What a rule function reports: one place where the rule fires.

    Attributes:
        message: what is wrong here, specific to this response.
        span: where in ``Response.source.text``, if known.
        quote: the offending words, when there is no span to quote from.
        provision: the citation the hit is about (``31(1)(a)``), if any.
        severity: overrides the rule's severity for this hit (rarely used).
    """

    message: str
    span: Span | None = None
    quote: str = ""
    provision: str | None = None
    severity: Severity | None = None


RuleFunction = Callable[["Context"], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """One rule of the catalogue.

    Attributes:
        code: stable code (``S1701``); never reused for another meaning.
        family: the family the code belongs to.
        severity: how much a finding of this rule matters.
        title: one line saying what the rule looks for.
        reason: why, in plain words, naming the provision, guidance or test.
        fix: what the officer should do.
        ask: what a requester could ask for in an internal review.
        provision: the law or guidance the rule rests on, short form.
        officer_only: a style finding hidden from requesters.
        function: the rule itself.
    """

    code: str
    family: Family
    severity: Severity
    title: str
    reason: str
    fix: str
    ask: str
    provision: str
    function: RuleFunction = field(compare=False, repr=False)
    officer_only: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The rule as plain data (``foidesk rules --json``)."""
        return {
            "code": self.code,
            "family": self.family.value,
            "severity": self.severity.value,
            "title": self.title,
            "reason": self.reason,
            "fix": self.fix,
            "ask": self.ask,
            "provision": self.provision,
            "officer_only": self.officer_only,
        }


@dataclass(frozen=True)
class Finding:
    """One place where a rule fires on one response.

    Attributes:
        code: the rule's code.
        severity: error, warning or info.
        title: the rule's title.
        message: what is wrong here (worded for the report's audience).
        span: where in ``Response.source.text`` (None for a record with no text).
        quote: the words under the span, or the passage concerned.
        fix: what to do about it (for a requester: what to ask for).
        provision: the law or guidance the rule rests on.
    """

    code: str
    severity: Severity
    title: str
    message: str
    span: Span | None
    quote: str
    fix: str
    provision: str

    def as_dict(self) -> dict[str, Any]:
        """The finding as plain data for the JSON report."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "title": self.title,
            "message": self.message,
            "span": None if self.span is None else {"start": self.span.start, "end": self.span.end},
            "quote": self.quote,
            "fix": self.fix,
            "provision": self.provision,
        }


@dataclass(frozen=True)
class Report:
    """The findings for one response.

    Attributes:
        source: the file the response was read from (or ``None``).
        reference: the authority's reference, where known.
        audience: who the findings are worded for.
        findings: in order of severity, then position in the text.
    """

    source: str | None
    reference: str | None
    audience: Audience
    findings: tuple[Finding, ...] = ()

    def count(self, severity: Severity) -> int:
        """How many findings have this severity."""
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def has_errors(self) -> bool:
        """True when any finding is an error (``foidesk check`` then exits 1)."""
        return self.count(Severity.ERROR) > 0

    def codes(self) -> list[str]:
        """The codes of the findings, in report order."""
        return [f.code for f in self.findings]

    def as_dict(self) -> dict[str, Any]:
        """The report as plain data for the JSON format."""
        return {
            "source": self.source,
            "reference": self.reference,
            "findings": [f.as_dict() for f in self.findings],
        }
