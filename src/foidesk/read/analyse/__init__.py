"""Analysis: cleaned text becomes a Response record (issue 4, part 2).

:func:`analyse` reads one response. It finds the regime (FOIA, FOISA, EIR),
every citation (through :func:`foidesk.law.cite.find_citations`), which
provisions are relied on (claims, with their NCND flag) and which are only
mentioned, the headed parts and the claim each serves (harm with its
likelihood, factors for and against, balance, conclusion), the outcome, the
reference, authority, dates, the quoted request, numbered answers and the
rights paragraph. Every item keeps a span into the raw text
(``Response.source.text``), mapped through :meth:`CleanText.to_raw`.

Example:
    >>> from foidesk.read.clean import clean
    >>> from foidesk.record.model import Source
    >>> text = "Our ref: FOI 123/24\\n\\nThe information is not held by the Council."
    >>> analyse(clean(text), source=Source()).outcome.value
    'not_held'
"""

from __future__ import annotations

from foidesk.law.catalogue import Catalogue, catalogue
from foidesk.law.cite import FoundCitation, find_citations
from foidesk.read.analyse.answers import combine, find_answers
from foidesk.read.analyse.authority import find_authority
from foidesk.read.analyse.claims import build_claims, build_mentions, classify, not_subject
from foidesk.read.analyse.confidence import assess
from foidesk.read.analyse.dates import find_dates
from foidesk.read.analyse.document import Doc
from foidesk.read.analyse.heading_kinds import PART_KINDS
from foidesk.read.analyse.headings import find_headings
from foidesk.read.analyse.letter import closing_offsets, find_request, find_rights
from foidesk.read.analyse.outcome import decide, deciding_signal, signals
from foidesk.read.analyse.prose import attach_harm, attach_test
from foidesk.read.analyse.reasoning import attach
from foidesk.read.analyse.reference import find_reference
from foidesk.read.analyse.regime import find_regime
from foidesk.read.analyse.sections import SCOPE_KINDS, Part, find_parts, to_sections
from foidesk.read.clean import CleanText
from foidesk.record.model import DatedItem, Outcome, Response, Source, Span
from foidesk.record.validate import validate

FIXED_OUTCOMES = frozenset({Outcome.NCND, Outcome.COST_LIMIT, Outcome.VEXATIOUS})
"""Outcomes that numbered answers cannot change: they govern the whole request."""


def _covered(doc: Doc, parts: list[Part]) -> frozenset[int]:
    """The lines inside headed parts of the reasoning, which the prose readers leave alone.

    A "Conclusion" or "Decision" heading before any other part of the reasoning heads the
    letter's decision, not a balancing test: the prose under it is still read.
    """
    lines: set[int] = set()
    reasoned = False
    for part in parts:
        kind = part.heading.kind
        reasoned = reasoned or (kind in PART_KINDS and kind != "conclusion")
        if kind in PART_KINDS and (reasoned or kind != "conclusion"):
            first = doc.line_at(part.heading.start).index
            last = doc.line_at(max(part.body_start, part.body_end - 1)).index
            lines.update(range(first, last + 1))
    return frozenset(lines)


def _raw_span(start: int | None, end: int | None) -> Span | None:
    return Span(start=start, end=end) if start is not None and end is not None else None


def _outside_reference(text: str, found: list[FoundCitation]) -> list[FoundCitation]:
    """The citations, less any that are really a reference ("EIR 24-0456")."""
    if not any(c.text[:1].isupper() and c.text[:3].isupper() for c in found):
        return found
    reference = find_reference(text)
    if reference is None:
        return found
    return [c for c in found if c.end <= reference.start or c.start >= reference.end]


def _clean_span(doc: Doc, start: int | None, end: int | None) -> Span | None:
    return doc.span(start, end) if start is not None and end is not None else None


def analyse(
    clean: CleanText, *, source: Source, law: Catalogue | None = None, furniture: str = ""
) -> Response:
    """Read the Response record out of one cleaned response.

    Args:
        clean: the cleaned text and the raw text it came from.
        source: where the text came from; its ``text`` is set to ``clean.raw`` if empty.
        law: the statutes (the shared catalogue by default).
        furniture: text the page headers and footers of a Word file hold (outside
            ``clean.raw``): the authority and reference are read there, without a span,
            when the text itself names neither.

    Returns:
        The record, with every span pointing into ``clean.raw``, a confidence,
        and notes on whatever could not be read with confidence.
    """
    law = law if law is not None else catalogue()
    doc = Doc(clean)
    regime = find_regime(doc.text)
    found = _outside_reference(doc.text, find_citations(doc.text, regime=regime.regime, law=law))
    outside = not_subject(doc.text)
    classified = classify(doc.text, found, regime.regime, law, outside=outside)
    said = signals(doc.text)
    wholly_ncnd = "ncnd" in said and "disclosed" not in said
    claims = build_claims(doc, classified, law, wholly_ncnd=wholly_ncnd)
    headings = find_headings(doc)
    parts = find_parts(doc, headings, found, claims, law, closings=closing_offsets(doc))
    attach(doc, parts, claims, law)
    covered = _covered(doc, parts)
    scopes = [(p.body_start, p.body_end, p.targets) for p in parts if p.heading.kind in SCOPE_KINDS]
    attach_harm(doc, claims, found, law, covered=covered, scopes=scopes)
    attach_test(doc, claims, law, covered=covered)
    stops = frozenset(h.line for h in headings if not (h.inline and h.kind == "answer"))
    answers = find_answers(doc, found, claims, regime.regime, law, stops=stops)
    outcome = Outcome.OTHER if outside else decide(claims, regime.regime, said, law)
    signal = deciding_signal(outcome, said)
    reference = find_reference(clean.raw)
    authority = find_authority(clean.raw)
    headed_reference, headed_authority = _page_furniture(furniture)
    response = Response(
        reference=reference.value if reference else headed_reference,
        reference_span=_raw_span(reference.start, reference.end) if reference else None,
        authority=authority.name if authority else headed_authority,
        authority_span=_raw_span(authority.start, authority.end) if authority else None,
        regime=regime.regime,
        regime_span=_clean_span(doc, regime.start, regime.end),
        dates=[
            DatedItem(role=d.role, date=d.date, span=Span(start=d.start, end=d.end))
            for d in find_dates(clean.raw)
        ],
        request=find_request(doc, parts),
        outcome=outcome,
        outcome_span=doc.span(signal.start, signal.end) if signal else None,
        claims=claims,
        mentions=build_mentions(doc, classified),
        answers=answers,
        sections=to_sections(doc, parts),
        rights=find_rights(doc, parts),
        source=source if source.text is not None else source.model_copy(update={"text": clean.raw}),
    )
    _outcome_from_answers(response)
    verdict = assess(doc.text, response, outside=outside)
    response.is_foi_response = verdict.is_foi_response
    response.confidence = verdict.confidence
    response.notes = verdict.notes
    return response


def _page_furniture(furniture: str) -> tuple[str | None, str | None]:
    """The reference and authority a Word file's page headers and footers name, where the
    reference and letterhead often stand (no span: they are not in ``Source.text``)."""
    if not furniture:
        return None, None
    reference = find_reference(furniture)
    authority = find_authority(furniture)
    return (reference.value if reference else None, authority.name if authority else None)


def _outcome_from_answers(response: Response) -> None:
    """Let numbered answers settle the outcome when they agree with the claims. Neither
    confirming nor denying governs the whole request unless some answers give information:
    then it answers only some questions, and the response is partial."""
    if not response.answers or response.outcome in FIXED_OUTCOMES - {Outcome.NCND}:
        return
    combined = combine(response.answers)
    if combined is None or combined is response.outcome:
        return
    if response.outcome is Outcome.NCND and combined is not Outcome.PARTIAL:
        return
    before = response.outcome
    response.outcome = combined
    if any(p.code == "outcome-disagrees" for p in validate(response)):
        response.outcome = before


__all__ = ["analyse"]
