"""What a rule sees: the response, its source text, the law, and helpers to quote it.

Rules read the structured record (claims, harm, public interest test) and fall
back on the source text where the record is thin, so a response the reader only
partly understood is still checked fairly. Every piece of text a rule looks at
is a :class:`Piece` that knows where it sits in ``Response.source.text``, so a
match inside it becomes a span on the document the user gave.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from foidesk.check.library import ParagraphLibrary
from foidesk.check.model import Hit
from foidesk.law.catalogue import Catalogue
from foidesk.law.model import Provision, ProvisionKind, Regime
from foidesk.record.model import Claim, Outcome, Passage, Response, Span

WITHHELD_OUTCOMES = frozenset({Outcome.REFUSED, Outcome.PARTIAL, Outcome.NCND})
"""Outcomes in which information (or the fact it is held) is withheld."""

REFUSAL_OUTCOMES = WITHHELD_OUTCOMES | {Outcome.COST_LIMIT, Outcome.VEXATIOUS}
"""Outcomes that need a refusal notice under FOIA s17(1) or s17(5)."""

WITHHOLDING_KINDS = frozenset({ProvisionKind.EXEMPTION, ProvisionKind.EXCEPTION})


@dataclass(frozen=True)
class Piece:
    """A piece of text a rule examines, and where it sits in the source text.

    Attributes:
        text: the words to examine.
        start: offset of ``text[0]`` in ``Response.source.text``; None when unknown.
        span: the span of the whole piece, when known (used when ``start`` is not).
    """

    text: str
    start: int | None = None
    span: Span | None = None

    def span_of(self, begin: int, end: int) -> Span | None:
        """The source span of ``text[begin:end]``, or of the whole piece when unknown."""
        if self.start is None:
            return self.span
        return Span(start=self.start + begin, end=self.start + end)

    def hit(self, match: re.Match[str], message: str, provision: str | None = None) -> Hit:
        """A hit quoting ``match`` (a match found in ``text``)."""
        return self.hit_at(match.start(), match.end(), message, provision)

    def hit_at(self, begin: int, end: int, message: str, provision: str | None = None) -> Hit:
        """A hit quoting ``text[begin:end]``."""
        return Hit(
            message=message,
            span=self.span_of(begin, end),
            quote=self.text[begin:end],
            provision=provision,
        )

    def whole(self, message: str, provision: str | None = None) -> Hit:
        """A hit on the whole piece."""
        return self.hit_at(0, len(self.text), message, provision)


@dataclass
class Context:
    """Everything a rule may look at for one response.

    Attributes:
        response: the record being checked.
        law: the law catalogue to resolve citations against.
        library: other responses' passages, for the boilerplate rule.
        today: the date the check is run (for links, when the response has no date).
    """

    response: Response
    law: Catalogue
    library: ParagraphLibrary | None = None
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def text(self) -> str:
        """The source text every span points into ("" for a record with none)."""
        return self.response.source.text or ""

    @property
    def regime(self) -> Regime:
        """The regime the response is made under."""
        return self.response.regime

    def provision(self, claim: Claim) -> Provision | None:
        """The catalogue's entry for a claim, or None when the citation is unknown."""
        return self.law.find(claim.regime, claim.citation)

    def children(self, provision: Provision) -> list[Provision]:
        """The provisions below ``provision`` (``31(1)(a)`` ... below ``31``)."""
        prefix = provision.key + "("
        return [
            p
            for p in self.law.in_section(provision.regime, provision.section)
            if p.key.startswith(prefix)
        ]

    def limbs(self, provision: Provision) -> list[Provision]:
        """The lowest provisions under ``provision`` that exempt something themselves.

        Limbs excluding the duty to confirm or deny are left out: ``24`` has the one
        limb ``24(1)``, ``21`` the one limb ``21(1)``, ``31`` has ``31(1)(a)`` ... .
        """
        below = self.children(provision)
        keys = {p.key for p in below}
        return [
            p
            for p in below
            if not p.excludes_confirm_deny and not any(k.startswith(p.key + "(") for k in keys)
        ]

    @cached_property
    def withholding_claims(self) -> list[tuple[Claim, Provision]]:
        """Claims of an exemption or exception the catalogue knows, with their provision."""
        found = []
        for claim in self.response.claims:
            provision = self.provision(claim)
            if provision is not None and provision.kind in WITHHOLDING_KINDS:
                found.append((claim, provision))
        return found

    @property
    def is_refusal(self) -> bool:
        """True when the response refuses something and so needs a s17 notice."""
        return bool(self.response.claims) or self.response.outcome in REFUSAL_OUTCOMES

    @property
    def withholds(self) -> bool:
        """True when information, or whether it is held, is withheld."""
        return self.response.outcome in WITHHELD_OUTCOMES

    @property
    def is_ncnd(self) -> bool:
        """True when the whole response neither confirms nor denies."""
        claims = self.response.claims
        return self.response.outcome is Outcome.NCND or (
            bool(claims) and all(c.ncnd for c in claims)
        )

    def whole_text(self) -> Piece:
        """The whole source text as one piece."""
        return Piece(self.text, 0 if self.text else None)

    def piece(self, text: str, span: Span | None) -> Piece:
        """A piece for a passage: the source text under its span where there is one.

        Where the record's text is not a verbatim slice of the source (a record
        built by hand, or cleaned text), the passage's own words are used and
        located in the source where they occur verbatim.
        """
        source = self.text
        if span is not None and source and span.end <= len(source):
            return Piece(source[span.start : span.end], span.start, span)
        if text and source:
            found = source.find(text)
            if found >= 0:
                return Piece(text, found, Span(start=found, end=found + len(text)))
        return Piece(text, None, span)

    def passage(self, passage: Passage | None) -> Piece | None:
        """The piece for a passage, or None."""
        return None if passage is None else self.piece(passage.text, passage.span)

    def harm_pieces(self, claim: Claim) -> list[Piece]:
        """The harm statement of a claim, or the document's harm parts if the claim has none."""
        if claim.harm is not None and (claim.harm.text or claim.harm.span):
            return [self.piece(claim.harm.text, claim.harm.span)]
        return self.section_pieces("harm", claim)

    def section_pieces(self, kind: str, claim: Claim | None = None) -> list[Piece]:
        """The bodies of the document's headed parts of one kind (for a claim, where tied)."""
        found = []
        for section in self.response.sections:
            if section.kind != kind or section.body is None:
                continue
            if claim is not None and section.claim not in (None, claim.citation):
                continue
            found.append(self.piece("", section.body))
        return [p for p in found if p.text.strip()]

    def unique(self, pieces: list[Piece]) -> Iterator[Piece]:
        """``pieces`` without repeats (claims often share one harm or one test)."""
        seen: set[tuple[int | None, str]] = set()
        for piece in pieces:
            key = (piece.start, piece.text)
            if key not in seen:
                seen.add(key)
                yield piece
