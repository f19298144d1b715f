"""The document's headed parts, and which claim each part of the reasoning serves.

Every heading becomes a :class:`~foidesk.record.model.Section` with its kind
and the span of the text under it. The parts of an exemption's reasoning
(harm, factors for and against, balance, conclusion) attach to claims:

* a heading that names a section ("S31 - Factors Favouring Non-Disclosure",
  "Section 24 (2) National Security - Factors favouring ...") serves the
  claims of that section;
* otherwise a part serves the claims of the exemption heading it stands under
  ("Section 31(3) Law Enforcement" then "Factors favouring release");
* a part standing before any exemption heading, or the one part of its kind
  coming after the headings of several exemptions (a balancing test that sums
  up both, as in seed 003), serves every claim it can: a harm every exemption
  that is not absolute, a public interest part every qualified exemption
  (FOIA s2(3), s17(3)).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from foidesk.law.catalogue import Catalogue, parent_key, section_of
from foidesk.law.cite import FoundCitation
from foidesk.law.model import ProvisionKind
from foidesk.read.analyse.document import Doc
from foidesk.read.analyse.heading_kinds import PART_KINDS
from foidesk.read.analyse.headings import Heading
from foidesk.read.analyse.items import ITEM
from foidesk.read.analyse.provisions import is_absolute, kind_of, needs_pit
from foidesk.record.model import Claim, Section

PIT_KINDS = frozenset({"factors_for", "factors_against", "balance", "conclusion"})
SCOPE_KINDS = frozenset({"exemption", "other", "public_interest"})


@dataclass(slots=True)
class Part:
    """One headed part of the document and the claims it serves.

    Attributes:
        heading: the heading that opens it.
        body_start: cleaned-text offset where its text begins.
        body_end: offset where it ends (the next heading).
        targets: keys of the claims it serves.
        scoped: True when the targets came from the exemption heading above it.
    """

    heading: Heading
    body_start: int
    body_end: int
    targets: list[str] = field(default_factory=list)
    scoped: bool = False


def _matches(cited: str, claim: str) -> bool:
    if section_of(cited) != section_of(claim):
        return False
    return cited == claim or _under(claim, cited) or _under(cited, claim) or "(" not in cited


def _under(key: str, ancestor: str) -> bool:
    here = parent_key(key)
    while here is not None:
        if here == ancestor:
            return True
        here = parent_key(here)
    return False


def _cited_claims(heading: Heading, found: list[FoundCitation], claims: list[Claim]) -> list[str]:
    keys: list[str] = []
    for cited in found:
        if cited.start >= heading.end:
            break
        if cited.start < heading.start:
            continue
        for claim in claims:
            if _matches(cited.key, claim.citation) and claim.citation not in keys:
                keys.append(claim.citation)
    return keys


def _not_absolute(keys: list[str], claims: list[Claim], law: Catalogue) -> list[str]:
    """The keys whose provisions are not absolute: a harm or a public interest test
    under a list of exemptions serves those that need one (FOIA s2(3))."""
    regimes = {c.citation: c.regime for c in claims}
    return [k for k in keys if not is_absolute(law, regimes[k], k)]


def _eligible(claims: list[Claim], kind: str, law: Catalogue) -> list[str]:
    if kind == "harm":
        return [
            c.citation
            for c in claims
            if kind_of(law, c.regime, c.citation)
            in (ProvisionKind.EXEMPTION, ProvisionKind.EXCEPTION)
            and not is_absolute(law, c.regime, c.citation)
        ]
    return [c.citation for c in claims if needs_pit(law, c.regime, c.citation)]


def find_parts(
    doc: Doc,
    headings: list[Heading],
    found: list[FoundCitation],
    claims: list[Claim],
    law: Catalogue,
    *,
    closings: list[int] | None = None,
) -> list[Part]:
    """Every headed part, with the claims each part of the reasoning serves.

    Args:
        doc: the document.
        headings: its headings, in order.
        found: every citation in the text.
        claims: the claims relied on.
        law: the catalogue.
        closings: offsets where the letter's closing begins (rights, sign-off); a
            part of the reasoning ends at the first one after its heading.
    """
    parts: list[Part] = []
    scope: list[str] | None = None
    scopes_seen = 0
    for index, heading in enumerate(headings):
        end = headings[index + 1].start if index + 1 < len(headings) else len(doc.text)
        if heading.kind in PART_KINDS:
            end = min([end, *(c for c in closings or () if c > heading.body_start)])
        part = Part(heading, heading.body_start, end)
        keys = _cited_claims(heading, found, claims) if claims else []
        if heading.kind in SCOPE_KINDS and keys:
            listed = (
                bool(parts) and parts[-1].heading.kind in SCOPE_KINDS and _empty(doc, parts[-1])
            )
            if listed and scope is not None:
                scope = scope + [k for k in keys if k not in scope]
            else:
                scope = keys
                scopes_seen += 1
            part.targets = keys
        elif heading.kind in PART_KINDS:
            if keys:
                part.targets = keys
            elif scope is not None:
                part.targets = _not_absolute(scope, claims, law) or list(scope)
                part.scoped = scopes_seen > 1
            else:
                eligible = _eligible(claims, heading.kind, law)
                part.targets = _in_item(doc, heading, found, eligible) or eligible
        parts.append(part)
    _widen_summing_parts(parts, claims, law)
    return parts


def _in_item(
    doc: Doc, heading: Heading, found: list[FoundCitation], eligible: list[str]
) -> list[str]:
    """The eligible claims cited between the numbered item a part stands under ("Item 1 –
    draft viability assessment", "2. Financial modelling") and the part's heading: a test
    under one item of a response serves that item's exemptions, not another's."""
    item_start = None
    for line in doc.lines[: doc.line_at(heading.start).index]:
        if not line.blank and ITEM.match(line.text) and len(line.text) <= 80:
            item_start = line.start
    if item_start is None:
        return []
    cited = {f.key for f in found if item_start <= f.start < heading.start}
    return [key for key in eligible if key in cited]


def _empty(doc: Doc, part: Part) -> bool:
    """True when nothing but spaces stands under a heading (one of a list of headings)."""
    return not doc.text[part.body_start : part.body_end].strip()


def _widen_summing_parts(parts: list[Part], claims: list[Claim], law: Catalogue) -> None:
    """A lone part of its kind after several exemption headings serves them all."""
    for kind in ("harm", "factors_for", "factors_against", "balance", "conclusion"):
        of_kind = [p for p in parts if p.heading.kind == kind]
        if len(of_kind) != 1 or not of_kind[0].scoped:
            continue
        lone = of_kind[0]
        later_scopes = [
            p
            for p in parts
            if p.heading.start > lone.heading.start and p.heading.kind in SCOPE_KINDS and p.targets
        ]
        if not later_scopes:
            lone.targets = _eligible(claims, kind, law) or lone.targets


def to_sections(doc: Doc, parts: list[Part]) -> list[Section]:
    """The record's Sections: every heading, its kind, span, body span and claim."""
    sections = []
    for part in parts:
        heading = part.heading
        body = _body(doc, part.body_start, part.body_end)
        kind = "other" if heading.kind == "public_interest" else heading.kind
        sections.append(
            Section(
                heading=heading.text,
                kind=kind,
                span=doc.span(heading.start, heading.end),
                body=doc.span(*body) if body else None,
                claim=part.targets[0] if len(part.targets) == 1 else None,
            )
        )
    return sections


def _body(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    text = doc.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
