"""Say which claim, part and side each paragraph of a response belongs to.

Three sources, best first:

1. the record's own passages with spans: a claim's harm statement and its public interest
   test (factors for and against, balance, conclusion; FOIA s2(1)(b), s17(3));
2. the record's headed sections (``Section.kind``, ``Section.claim``, body spans);
3. the headings in the text itself ("Harm", "Factors favouring disclosure", "Balancing
   test", "Section 31 Law Enforcement"), for records without either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from foidesk.library.segment import Block, sentences, words
from foidesk.record.model import Passage, Response, Span

PART_SIDE = {
    "harm": "harm",
    "factors_for": "for",
    "factors_against": "against",
    "balance": "balance",
    "conclusion": "conclusion",
}
"""The side of the argument each part is on (the public interest test, FOIA s2)."""

HEADING = "heading"
_SECTION_REF = re.compile(r"\b(?:sections?|s|reg(?:ulation)?s?)\s*\.?\s*(\d+[A-Z]?)", re.I)
_AGAINST = re.compile(r"against|non-?\s?disclosure|nondisclosure|not\s+to|withhold|maintain", re.I)
_IGNORED_SECTIONS = frozenset({"1", "2", "17"})
"""Sections named in headings that are not the claim: the duty (s1), the PIT (s2), s17."""


@dataclass(frozen=True)
class Label:
    """Where a paragraph sits: its part, its side and the index of its claim (or None)."""

    part: str = "other"
    side: str = ""
    claim: int | None = None


def section_of(citation: str) -> str:
    """``31(1)(a)`` -> ``31``."""
    cut = citation.find("(")
    return citation if cut < 0 else citation[:cut]


def heading_part(text: str) -> str | None:
    """The part a heading opens, or None when ``text`` is not a heading foidesk knows."""
    lowered = " ".join(words(text))
    if len(lowered.split()) > 25 or len(sentences(text)) > 1:
        return None
    if lowered.startswith("harm") or "evidence of harm" in lowered or "harm in " in lowered:
        return "harm"
    if lowered.startswith("balanc") or " balancing test" in f" {lowered}":
        return "balance"
    if re.search(r"\b(factors?|considerations?|arguments?)\b", lowered):
        return "factors_against" if _AGAINST.search(lowered) else "factors_for"
    if lowered.startswith(("public interest", "exemption", "applicable exemption")):
        return "exemption"
    return None


def _looks_like_heading(text: str) -> bool:
    count = len(words(text))
    return count <= 10 and not text.rstrip().endswith((".", ",", ";"))


def _claim_sections(response: Response) -> list[str]:
    return [section_of(claim.citation) for claim in response.claims]


def _claim_for_heading(text: str, sections: list[str]) -> int | None:
    for found in _SECTION_REF.findall(text):
        if found not in _IGNORED_SECTIONS and found in sections:
            return sections.index(found)
    return None


def _overlaps(block: Block, span: Span | None) -> bool:
    if span is None:
        return False
    inside = min(block.end, span.end) - max(block.start, span.start)
    return inside > 0 and inside * 2 >= block.end - block.start


def _from_record(block: Block, response: Response) -> Label | None:
    for index, claim in enumerate(response.claims):
        if claim.harm is not None and _overlaps(block, claim.harm.span):
            return Label("harm", "harm", index)
        pit = claim.pit
        if pit is None:
            continue
        named: list[tuple[str, Passage | None]] = [("factors_for", p) for p in pit.factors_for]
        named += [("factors_against", p) for p in pit.factors_against]
        named += [("balance", pit.balance), ("conclusion", pit.conclusion)]
        for part, passage in named:
            if passage is not None and _overlaps(block, passage.span):
                return Label(part, PART_SIDE[part], index)
    return None


def _from_sections(block: Block, response: Response) -> Label | None:
    keys = [claim.citation for claim in response.claims]
    for section in response.sections:
        if _overlaps(block, section.span):
            return Label(HEADING)
        if _overlaps(block, section.body):
            claim = keys.index(section.claim) if section.claim in keys else None
            return Label(section.kind, PART_SIDE.get(section.kind, ""), claim)
    return None


def label_blocks(response: Response, blocks: Sequence[Block]) -> list[Label]:
    """One label per block, in order (see the module docstring for the sources used)."""
    sections = _claim_sections(response)
    only = 0 if sections and len(set(sections)) == 1 else None
    part, claim = "other", only
    labels: list[Label] = []
    for block in blocks:
        found = _from_record(block, response) or _from_sections(block, response)
        if found is not None:
            labels.append(found if found.claim is not None else _with_claim(found, only))
            continue
        opened = heading_part(block.text)
        if opened is not None or _looks_like_heading(block.text):
            named = _claim_for_heading(block.text, sections)
            claim = named if named is not None else claim
            part = opened or part
            labels.append(Label(HEADING, "", claim))
            continue
        labels.append(Label(part, PART_SIDE.get(part, ""), claim))
    return labels


def _with_claim(label: Label, claim: int | None) -> Label:
    return Label(label.part, label.side, claim)
