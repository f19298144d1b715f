"""The Response record: what a public authority answered, and why.

Every layer of foidesk speaks in this one record. A response read from a PDF
and a response built in the desk are the same shape, so the checker, the
writer and the library work on both.

Offsets: every ``Span`` points into ``Response.source.text``, the text as
extracted from the original document *before* cleaning, so a span can be shown
on the document the user gave. ``end`` is exclusive, like a Python slice.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from foidesk.law.model import Regime

SCHEMA_VERSION = "1"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, validate_assignment=True)


class Outcome(StrEnum):
    """How the request was answered (the words of the statute and of disclosure officers)."""

    DISCLOSED = "disclosed"
    """All the information was given (s1(1)(b) complied with)."""
    PARTIAL = "partial"
    """Some given, some withheld under an exemption."""
    REFUSED = "refused"
    """All withheld under one or more exemptions (s17(1) notice)."""
    NCND = "ncnd"
    """Neither confirmed nor denied that the information is held (s1(1)(a) excluded)."""
    NOT_HELD = "not_held"
    """The authority does not hold the information."""
    COST_LIMIT = "cost_limit"
    """Refused because complying would exceed the appropriate limit (s12)."""
    VEXATIOUS = "vexatious"
    """Refused as vexatious or repeated (s14)."""
    OTHER = "other"
    """Anything else: advice and assistance only, transferred, withdrawn ..."""


class Likelihood(StrEnum):
    """The level of likelihood claimed for a prejudice (Hogan step 3)."""

    WOULD = "would"
    """More probable than not."""
    WOULD_BE_LIKELY = "would_be_likely"
    """A real and significant risk."""
    UNSTATED = "unstated"


class Favours(StrEnum):
    """Which way a public interest test came out."""

    WITHHOLDING = "withholding"
    """Maintaining the exemption (or the exclusion of the duty to confirm or deny)."""
    DISCLOSURE = "disclosure"
    """Disclosure (or confirming or denying); a tie also means this (FOIA s2)."""


class Span(_Model):
    """A half-open range ``[start, end)`` of character offsets into the source text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class Passage(_Model):
    """A piece of text taken from (or written for) a response, with its span."""

    text: str
    span: Span | None = None
    links: list[str] = Field(default_factory=list)
    """Web addresses found in the passage."""


class Harm(_Model):
    """The harm statement of an exemption: why disclosure (or confirming) would prejudice."""

    text: str
    span: Span | None = None
    likelihood: Likelihood = Likelihood.UNSTATED
    likelihood_span: Span | None = None
    interests: list[str] = Field(default_factory=list)
    """The interests named as harmed, as provision keys where known (``31(1)(a)``)."""
    links: list[str] = Field(default_factory=list)


class PublicInterestTest(_Model):
    """The public interest test of one qualified exemption (FOIA s2(1)(b), s2(2)(b), s17(3))."""

    factors_for: list[Passage] = Field(default_factory=list)
    """Factors favouring disclosure (or confirming or denying)."""
    factors_against: list[Passage] = Field(default_factory=list)
    """Factors favouring non-disclosure (maintaining the exemption)."""
    balance: Passage | None = None
    """The balancing test."""
    conclusion: Passage | None = None
    favours: Favours | None = None
    """Which way the balance came out, where it is stated."""


class Citation(_Model):
    """A provision cited in a response, normalised through the law module."""

    citation: str
    """Normalised key such as ``31(1)(a)``."""
    regime: Regime = Regime.FOIA
    text: str = ""
    """The words as written (``Section 31(1)(a)(b)``)."""
    span: Span | None = None
    known: bool = True
    """False when the statute has no such provision."""


class Claim(_Model):
    """One provision relied on to withhold, refuse, or neither confirm nor deny."""

    citation: str
    """Normalised key such as ``31(1)(a)`` or ``12(5)(b)``."""
    regime: Regime = Regime.FOIA
    span: Span | None = None
    text: str = ""
    """The citation as written."""
    ncnd: bool = False
    """True when relied on to exclude the duty to confirm or deny."""
    harm: Harm | None = None
    pit: PublicInterestTest | None = None
    scope: str = ""
    """Which part of the request it covers, where the response says (``question 3``)."""


class Section(_Model):
    """A headed part of the document."""

    heading: str
    kind: str = "other"
    """What the part is: harm, factors_for, factors_against, balance, conclusion,
    rights, request, answer, exemption, other."""
    span: Span | None = None
    """Span of the heading."""
    body: Span | None = None
    """Span of the text under the heading."""
    claim: str | None = None
    """Key of the claim the part belongs to, where known."""


class Answer(_Model):
    """One numbered question and its answer."""

    number: str
    question: str = ""
    answer: str = ""
    outcome: Outcome = Outcome.OTHER
    span: Span | None = None
    citations: list[str] = Field(default_factory=list)


class DateRole(StrEnum):
    """What a date in a response is."""

    RECEIVED = "received"
    SENT = "sent"
    DOCUMENT = "document"
    OTHER = "other"


class DatedItem(_Model):
    """A date found in (or given to) a response."""

    role: DateRole
    date: dt.date
    span: Span | None = None


class Source(_Model):
    """Where the record came from."""

    path: str | None = None
    format: str | None = None
    """txt, docx, pdf, html, eml, or ``desk`` for a record built in the web app."""
    sha256: str | None = None
    text: str | None = None
    """The extracted text that every span points into."""


class Response(_Model):
    """What a public authority answered to an information request, and why.

    Example:
        >>> r = Response(reference="1267A/21", outcome=Outcome.NCND,
        ...              claims=[Claim(citation="31(3)", ncnd=True)])
        >>> Response.model_validate_json(r.model_dump_json()) == r
        True
    """

    schema_version: str = SCHEMA_VERSION
    reference: str | None = None
    reference_span: Span | None = None
    authority: str | None = None
    authority_span: Span | None = None
    regime: Regime = Regime.FOIA
    regime_span: Span | None = None
    dates: list[DatedItem] = Field(default_factory=list)
    request: Passage | None = None
    """The request text, where the response quotes it."""
    outcome: Outcome = Outcome.OTHER
    outcome_span: Span | None = None
    claims: list[Claim] = Field(default_factory=list)
    mentions: list[Citation] = Field(default_factory=list)
    """Provisions mentioned but not relied on ("we have not relied on section 12")."""
    answers: list[Answer] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    rights: Passage | None = None
    """The paragraph on internal review and the right to complain (s17(7))."""
    source: Source = Field(default_factory=Source)
    confidence: Annotated[float, Field(ge=0.0, le=1.0)] = 1.0
    """How sure the reader is of this record (1.0 for a record written by hand)."""
    is_foi_response: bool = True
    notes: list[str] = Field(default_factory=list)
    """What the reader could not do with confidence, in words a person can act on."""

    def claim(self, citation: str) -> Claim | None:
        """The first claim with this normalised citation."""
        return next((c for c in self.claims if c.citation == citation), None)

    def date(self, role: DateRole) -> dt.date | None:
        """The first date with this role."""
        return next((d.date for d in self.dates if d.role is role), None)

    def quote(self, span: Span | None) -> str:
        """The source text under a span ("" when there is no source text)."""
        if span is None or self.source.text is None:
            return ""
        return self.source.text[span.start : span.end]
