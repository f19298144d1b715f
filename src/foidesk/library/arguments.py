"""The argument bank: reused arguments across the library, grouped, labelled and counted.

``foidesk arguments --exemption 31 --side against`` lists the passages that two or more
responses share (allowing small edits: see :mod:`foidesk.library.reuse`), each labelled
with the exemptions it was used for and the side it argued (harm, factors for or against
disclosure, balance; FOIA s2, s17(3)), most used first.

Groups are found over the whole library, then filtered by their labels, so a passage used
under s24 in one letter and s31 in another is one group with both labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from foidesk.errors import LibraryError
from foidesk.library.labels import HEADING
from foidesk.library.models import StoredClaim, StoredParagraph
from foidesk.library.reuse import ParagraphRef, ReusedPassage, reused_passages
from foidesk.library.search import exemption_key

SIDES = ("harm", "for", "against", "balance", "conclusion")


@dataclass(frozen=True)
class ArgumentFilters:
    """Which groups to keep: by exemption (a section matches its subsections), side, count."""

    exemption: str | None = None
    side: str | None = None
    min_count: int = 2
    authority: str | None = None
    """Only paragraphs of responses from authorities whose name contains this (any case)."""


def _cites(citations: list[str], key: str) -> bool:
    return any(c == key or c.startswith(f"{key}(") for c in citations)


def load_paragraphs(*, authority: str | None = None, using: str = "default") -> list[ParagraphRef]:
    """Every stored paragraph that is not a heading, as the argument bank sees it."""
    claims: dict[int, list[str]] = {}
    for rid, citation in StoredClaim.objects.using(using).values_list("response_id", "citation"):
        claims.setdefault(rid, []).append(citation)
    rows = StoredParagraph.objects.using(using).exclude(part=HEADING)
    if authority:
        rows = rows.filter(response__authority__name__icontains=authority)
    refs = []
    fields = ("pk", "response_id", "response__source_path", "response__reference", "position")
    for pk, rid, path, reference, position, text, side, claim in rows.values_list(
        *fields, "text", "side", "claim__citation"
    ).iterator(chunk_size=5000):
        cited = (claim,) if claim else tuple(claims.get(rid, ()))
        refs.append(
            ParagraphRef(
                pk, rid, path or reference or f"response {rid}", position, text, side, cited
            )
        )
    return refs


def argument_bank(
    filters: ArgumentFilters | None = None, *, using: str = "default"
) -> list[ReusedPassage]:
    """Reused passages in the library, most used first, filtered by their labels.

    Raises:
        LibraryError: for an unknown side or a bad exemption.
    """
    chosen = filters or ArgumentFilters()
    if chosen.side is not None and chosen.side not in SIDES:
        raise LibraryError(f"side {chosen.side!r} is not one of {', '.join(SIDES)}")
    key = exemption_key(chosen.exemption) if chosen.exemption else None
    groups = reused_passages(load_paragraphs(authority=chosen.authority, using=using))
    return [
        group
        for group in groups
        if group.count >= chosen.min_count
        and (key is None or _cites(group.exemptions, key))
        and (chosen.side is None or chosen.side in group.sides)
    ]


def group_json(group: ReusedPassage) -> dict[str, Any]:
    """A group as JSON: its text, count, labels and the source file of each member."""
    return {
        "text": group.text,
        "count": group.count,
        "exemptions": group.exemptions,
        "sides": group.sides,
        "members": [
            {
                "source": m.source,
                "text": m.text,
                "sides": m.sides,
                "exemptions": m.exemptions,
                "paragraph_ids": m.paragraph_ids,
            }
            for m in group.members
        ],
    }
