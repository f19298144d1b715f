"""Shared helpers for the analysis tests: read a text through clean() and analyse()."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from foidesk.read.analyse import analyse
from foidesk.read.clean import clean
from foidesk.read.cleaners import STEPS
from foidesk.record.model import Claim, Response, Source


def read(text: str, *, path: str | None = None, skip: Sequence[str] = ()) -> Response:
    """The record analyse() makes of ``text`` after the real cleaning steps (less any
    named in ``skip``)."""
    steps = [name for name in STEPS if name not in skip] if skip else None
    return analyse(clean(text, steps=steps), source=Source(path=path, format="txt"))


def read_path(path: Path, *, skip: Sequence[str] = ()) -> Response:
    """The record of one fixture file."""
    return read(path.read_text(encoding="utf-8"), path=str(path), skip=skip)


def parts_of(claim: Claim) -> list[str]:
    """Which parts of the reasoning a claim carries, in a fixed order."""
    parts = []
    if claim.harm is not None:
        parts.append("harm")
    if claim.pit is not None:
        pit = claim.pit
        for name, present in (
            ("factors_for", bool(pit.factors_for)),
            ("factors_against", bool(pit.factors_against)),
            ("balance", pit.balance is not None),
            ("conclusion", pit.conclusion is not None),
        ):
            if present:
                parts.append(name)
    return parts


def claim_summary(claim: Claim) -> dict[str, Any]:
    """A claim as the expected files and golden files describe it."""
    summary: dict[str, Any] = {
        "citation": claim.citation,
        "ncnd": claim.ncnd,
        "parts": parts_of(claim),
    }
    if claim.harm is not None:
        summary["likelihood"] = claim.harm.likelihood.value
    if claim.pit is not None:
        summary["favours"] = claim.pit.favours.value if claim.pit.favours else None
    return summary


def _words(text: str, count: int = 8) -> str:
    return " ".join(text.split()[:count])


def projection(record: Response) -> dict[str, Any]:
    """A stable projection of a record for the golden files.

    Passages are kept as their first words (so a change in how the cleaner
    joins lines does not churn the files) and spans as the words they quote.
    """

    def quote(span: Any) -> str | None:
        return " ".join(record.quote(span).split()) if span is not None else None

    claims = []
    for claim in record.claims:
        item: dict[str, Any] = {
            "citation": claim.citation,
            "regime": claim.regime.value,
            "text": claim.text,
            "quote": quote(claim.span),
            "ncnd": claim.ncnd,
            "harm": None,
            "pit": None,
        }
        if claim.harm is not None:
            item["harm"] = {
                "starts": _words(claim.harm.text),
                "likelihood": claim.harm.likelihood.value,
                "likelihood_words": quote(claim.harm.likelihood_span),
                "links": claim.harm.links,
            }
        if claim.pit is not None:
            pit = claim.pit
            item["pit"] = {
                "factors_for": [_words(p.text) for p in pit.factors_for],
                "factors_against": [_words(p.text) for p in pit.factors_against],
                "balance": _words(pit.balance.text) if pit.balance else None,
                "balance_links": pit.balance.links if pit.balance else [],
                "conclusion": _words(pit.conclusion.text) if pit.conclusion else None,
                "favours": pit.favours.value if pit.favours else None,
            }
        claims.append(item)
    return {
        "reference": record.reference,
        "reference_quote": quote(record.reference_span),
        "authority": record.authority,
        "regime": record.regime.value,
        "outcome": record.outcome.value,
        "outcome_quote": quote(record.outcome_span),
        "is_foi_response": record.is_foi_response,
        "dates": [[d.role.value, d.date.isoformat()] for d in record.dates],
        "claims": claims,
        "mentions": [m.citation for m in record.mentions],
        "sections": [[s.heading, s.kind, s.claim] for s in record.sections],
        "request": _words(record.request.text) if record.request else None,
        "rights": _words(record.rights.text) if record.rights else None,
        "answers": [[a.number, a.outcome.value] for a in record.answers],
    }
