"""Typed shapes for the statutes as data.

The data files in ``foidesk/law/data/`` hold one entry per citable provision
(a section, subsection or paragraph, such as ``31(1)(a)``). Entries inherit
``status``, ``test``, ``ncnd`` and ``historical_expiry_years`` from their
nearest ancestor that sets them, so ``31(1)(a)`` is qualified and prejudice
based because section 31 is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Regime(StrEnum):
    """The three UK access-to-information regimes foidesk knows."""

    FOIA = "foia"
    """Freedom of Information Act 2000 (England, Wales, Northern Ireland, UK bodies)."""
    FOISA = "foisa"
    """Freedom of Information (Scotland) Act 2002."""
    EIR = "eir"
    """Environmental Information Regulations 2004 (SI 2004/3391)."""

    @property
    def instrument(self) -> str:
        """The short title of the statute or regulations."""
        return _INSTRUMENTS[self]


_INSTRUMENTS = {
    Regime.FOIA: "Freedom of Information Act 2000",
    Regime.FOISA: "Freedom of Information (Scotland) Act 2002",
    Regime.EIR: "Environmental Information Regulations 2004",
}


class ProvisionKind(StrEnum):
    """What a provision does in a response."""

    EXEMPTION = "exemption"
    """A Part II FOIA exemption (or FOISA Part 2 exemption)."""
    EXCEPTION = "exception"
    """An EIR exception (regulations 12 and 13)."""
    REFUSAL_GROUND = "refusal_ground"
    """A ground to refuse a whole request that is not an exemption: s12, s14, reg 12(4)(b)."""
    PROCEDURAL = "procedural"
    """A duty or procedure: s1(1)(a), s10, s16, s17, s45, s50 and the like."""


class Status(StrEnum):
    """Whether the exemption is absolute (FOIA s2(3)) or qualified by the public interest."""

    ABSOLUTE = "absolute"
    QUALIFIED = "qualified"
    CONDITIONAL = "conditional"
    """Absolute in some cases and qualified in others (s36 for the Houses, s40(2))."""


class Test(StrEnum):
    """How the exemption is engaged."""

    __test__ = False  # not a pytest test class

    CLASS = "class"
    PREJUDICE = "prejudice"
    ENDANGER = "endanger"
    REQUIRED = "required"
    """s24: required for the purpose of safeguarding national security."""
    REASONABLE_OPINION = "reasonable_opinion"
    """s36: the reasonable opinion of a qualified person."""
    ADVERSE_EFFECT = "adverse_effect"
    """EIR regulation 12(5): would adversely affect."""
    SUBSTANTIAL_PREJUDICE = "substantial_prejudice"
    """FOISA: would, or would be likely to, prejudice substantially."""
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class Provision:
    """One citable provision of a statute, with what the law says of it.

    Attributes:
        regime: the statute it belongs to.
        key: the normalised citation, such as ``"31(1)(a)"`` or ``"12(5)(b)"``.
        title: short title in foidesk's own words.
        kind: exemption, exception, refusal ground or procedural provision.
        status: absolute, qualified or conditional (exemptions only).
        absolute_when: for a conditional provision, when it is absolute.
        test: how it is engaged (class, prejudice ...).
        ncnd: key of the provision that excludes the duty to confirm or deny
            for this one, if any (``"31(3)"`` for every part of s31).
        excludes_confirm_deny: True for the NCND limb itself (``31(3)``).
        historical_expiry_years: years after which it no longer applies to a
            historical record (FOIA ss62-64), if any.
        summary: one or two sentences on what it covers.
        sources: where each fact was checked (legislation.gov.uk, ICO guidance).
        examples: citation strings from real practice that must parse to ``key``.
        historical_expiry_note: how the historical-record rules (FOIA ss62-64) apply
            when a number of years cannot say it (s37, s64), if anything.
    """

    regime: Regime
    key: str
    title: str
    kind: ProvisionKind
    section: str
    status: Status | None = None
    absolute_when: str | None = None
    test: Test | None = None
    ncnd: str | None = None
    excludes_confirm_deny: bool = False
    historical_expiry_years: int | None = None
    summary: str = ""
    sources: tuple[str, ...] = field(default_factory=tuple)
    examples: tuple[str, ...] = field(default_factory=tuple)
    historical_expiry_note: str | None = None

    @property
    def is_qualified(self) -> bool:
        """True where a public interest test is needed (FOIA s2(1)(b), s2(2)(b))."""
        return self.status is Status.QUALIFIED

    @property
    def is_absolute(self) -> bool:
        """True where no public interest test applies (FOIA s2(3))."""
        return self.status is Status.ABSOLUTE

    @property
    def label(self) -> str:
        """How a person would cite it: ``section 31(1)(a)`` or ``regulation 12(5)(b)``."""
        word = "regulation" if self.regime is Regime.EIR else "section"
        return f"{word} {self.key}"

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON output: enums as their values, tuples as lists."""
        return {
            "regime": self.regime.value,
            "key": self.key,
            "label": self.label,
            "title": self.title,
            "kind": self.kind.value,
            "section": self.section,
            "status": self.status.value if self.status else None,
            "absolute_when": self.absolute_when,
            "test": self.test.value if self.test else None,
            "ncnd": self.ncnd,
            "excludes_confirm_deny": self.excludes_confirm_deny,
            "historical_expiry_years": self.historical_expiry_years,
            "historical_expiry_note": self.historical_expiry_note,
            "summary": self.summary,
            "sources": list(self.sources),
            "examples": list(self.examples),
        }
