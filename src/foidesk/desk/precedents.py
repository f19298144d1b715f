"""Help for the decision builder from the library: the argument bank and similar precedents.

Both come from :mod:`foidesk.library` (arguments.argument_bank, similar.similar); any
library error leaves the help empty rather than stopping the officer's work.
"""

from __future__ import annotations

from dataclasses import dataclass

from foidesk.errors import FoideskError
from foidesk.record.model import Response

LIMIT = 5


@dataclass(frozen=True)
class Argument:
    """A passage used in several precedents, with the side it argues."""

    text: str
    count: int
    sides: str


@dataclass(frozen=True)
class Precedent:
    """A stored response like this one."""

    label: str
    outcome: str
    score: str
    exemptions: str


def arguments(citations: list[str]) -> list[Argument]:
    """Reused passages citing the first exemption (FOIA s2, s17(3): harm and factors)."""
    if not citations:
        return []
    from foidesk.library.arguments import ArgumentFilters, argument_bank

    try:
        groups = argument_bank(ArgumentFilters(exemption=citations[0]))
    except FoideskError:
        return []
    return [Argument(g.text, g.count, ", ".join(g.sides)) for g in groups[:LIMIT]]


def precedents(response: Response) -> list[Precedent]:
    """The stored responses closest to the draft."""
    from foidesk.library.similar import similar

    try:
        found = similar(response, limit=LIMIT)
    except FoideskError:
        return []
    return [
        Precedent(
            s.reference or s.source.rsplit("/", 1)[-1],
            s.outcome,
            f"{s.score:.2f}",
            ", ".join(s.shared_exemptions),
        )
        for s in found
    ]
