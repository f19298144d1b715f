"""A case's draft decision as a :class:`foidesk.record.model.Response` (``format = "desk"``).

The text of the notice is built from the fields so that every extracted item keeps a Span
into ``source.text``; :func:`problems` validates it (foidesk.record.validate: outcome and NCND
as the law requires, FOIA s1(1)(a), s2, s17) and :func:`findings` runs the checker.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from foidesk.check import check
from foidesk.record.model import (
    Claim,
    DatedItem,
    DateRole,
    Harm,
    Outcome,
    Passage,
    PublicInterestTest,
    Response,
    Source,
    Span,
)
from foidesk.record.validate import validate


@dataclass(frozen=True)
class DraftFields:
    """The decision as typed on the page."""

    reference: str
    received: dt.date
    request_text: str
    outcome: str
    citations: str
    ncnd: bool
    harm: str
    factors_for: str
    factors_against: str
    balance: str
    sent: dt.date | None = None


def _citations(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class _Text:
    """Builds ``source.text`` and hands back the Span of each piece added."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, text: str) -> Span | None:
        if not text:
            return None
        start = self.length
        self.parts.append(text + "\n\n")
        self.length += len(text) + 2
        return Span(start=start, end=start + len(text))

    def text(self) -> str:
        return "".join(self.parts)


def _passage(text: _Text, value: str) -> Passage | None:
    span = text.add(value.strip())
    return Passage(text=value.strip(), span=span) if span else None


def to_response(fields: DraftFields, *, authority: str = "") -> Response:
    """The draft decision as a Response record."""
    text = _Text()
    request = _passage(text, fields.request_text)
    claims: list[Claim] = []
    for citation in _citations(fields.citations):
        span = text.add(f"Section {citation} of the Freedom of Information Act 2000 applies.")
        claims.append(Claim(citation=citation, span=span, ncnd=fields.ncnd))
    if claims:
        harm_span = text.add(fields.harm.strip())
        first = claims[0]
        pit = PublicInterestTest(
            factors_for=[p] if (p := _passage(text, fields.factors_for)) else [],
            factors_against=[p] if (p := _passage(text, fields.factors_against)) else [],
            balance=_passage(text, fields.balance),
        )
        harm = Harm(text=fields.harm.strip(), span=harm_span) if harm_span else None
        claims[0] = first.model_copy(update={"harm": harm, "pit": pit})
    dates = [DatedItem(role=DateRole.RECEIVED, date=fields.received)]
    if fields.sent:
        dates.append(DatedItem(role=DateRole.SENT, date=fields.sent))
    try:
        outcome = Outcome(fields.outcome)
    except ValueError:
        outcome = Outcome.OTHER
    return Response(
        reference=fields.reference,
        authority=authority or None,
        dates=dates,
        request=request,
        outcome=outcome,
        claims=claims,
        source=Source(format="desk", text=text.text()),
    )


def problems(response: Response) -> list[dict[str, str]]:
    """What the law requires and the draft lacks (foidesk.record.validate)."""
    return [{"code": p.code, "message": p.message} for p in validate(response)]


def findings(response: Response, *, today: dt.date | None = None) -> list[dict[str, Any]]:
    """The checker's findings on the draft, as JSON-ready data."""
    return [
        {"code": f.code, "severity": str(f.severity), "title": f.title, "message": f.message}
        for f in check(response, today=today).findings
    ]
