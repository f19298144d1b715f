"""Statistics of the library: ``foidesk stats``.

Responses by outcome, exemption use (responses citing each section, FOIA s2/s17 refusals),
the NCND rate (responses excluding the duty to confirm or deny, FOIA s1(1)(a)), by authority
and by month. Output as tables (the CLI), a CSV export and PNG or SVG charts
(:mod:`foidesk.library.charts`).
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMonth

from foidesk.errors import LibraryError
from foidesk.library.models import StoredClaim, StoredResponse


@dataclass(frozen=True)
class Row:
    """One line of a table: a key, how many responses, how many of them NCND."""

    key: str
    responses: int
    ncnd: int = 0

    @property
    def ncnd_rate(self) -> float:
        """The share of the responses that neither confirm nor deny."""
        return self.ncnd / self.responses if self.responses else 0.0


@dataclass
class LibraryStats:
    """Every table ``foidesk stats`` reports."""

    total: int
    ncnd: int
    by_outcome: list[Row] = field(default_factory=list)
    by_exemption: list[Row] = field(default_factory=list)
    by_authority: list[Row] = field(default_factory=list)
    by_month: list[Row] = field(default_factory=list)

    @property
    def ncnd_rate(self) -> float:
        """The share of all responses that neither confirm nor deny."""
        return self.ncnd / self.total if self.total else 0.0

    def tables(self) -> dict[str, list[Row]]:
        """The tables by name: outcome, exemption, authority, month."""
        return {
            "outcome": self.by_outcome,
            "exemption": self.by_exemption,
            "authority": self.by_authority,
            "month": self.by_month,
        }

    def as_json(self) -> dict[str, Any]:
        """The statistics as plain JSON data."""
        return {
            "responses": self.total,
            "ncnd": self.ncnd,
            "ncnd_rate": round(self.ncnd_rate, 4),
            **{
                f"by_{name}": [
                    {
                        "key": r.key,
                        "responses": r.responses,
                        "ncnd": r.ncnd,
                        "ncnd_rate": round(r.ncnd_rate, 4),
                    }
                    for r in rows
                ]
                for name, rows in self.tables().items()
            },
        }


def _counted(rows: QuerySet[Any, dict[str, Any]], key: str) -> list[Row]:
    found = rows.annotate(n=Count("pk"), nc=Count("pk", filter=Q(ncnd=True)))
    return [Row(str(r[key] if r[key] is not None else "unknown"), r["n"], r["nc"]) for r in found]


def library_stats(
    *,
    authority: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    using: str = "default",
) -> LibraryStats:
    """Count the library's responses by outcome, exemption, authority and month."""
    responses = StoredResponse.objects.using(using).all()
    if authority:
        responses = responses.filter(authority__name__icontains=authority)
    if date_from:
        responses = responses.filter(date__gte=date_from)
    if date_to:
        responses = responses.filter(date__lte=date_to)
    total = responses.count()
    ncnd = responses.filter(ncnd=True).count()
    by_outcome = _counted(responses.values("outcome").order_by("outcome"), "outcome")
    by_authority = _counted(
        responses.values("authority__name").order_by("authority__name"), "authority__name"
    )
    months = responses.annotate(month=TruncMonth("date")).values("month").order_by("month")
    by_month = [
        Row(r.key[:7] if r.key != "unknown" else r.key, r.responses, r.ncnd)
        for r in _counted(months, "month")
    ]
    claims = StoredClaim.objects.using(using).filter(response__in=responses)
    sections = (
        claims.values("regime", "section")
        .annotate(
            n=Count("response", distinct=True),
            nc=Count("response", distinct=True, filter=Q(ncnd=True)),
        )
        .order_by("-n", "regime", "section")
    )
    by_exemption = [Row(_label(r["regime"], r["section"]), r["n"], r["nc"]) for r in sections]
    by_outcome.sort(key=lambda r: (-r.responses, r.key))
    by_authority.sort(key=lambda r: (-r.responses, r.key))
    return LibraryStats(total, ncnd, by_outcome, by_exemption, by_authority, by_month)


def _label(regime: str, section: str) -> str:
    """``s31`` for FOIA, ``FOISA s30``, ``EIR reg 12``."""
    prefix = {"foia": "s", "foisa": "FOISA s", "eir": "EIR reg "}.get(regime, f"{regime} ")
    return f"{prefix}{section}"


def write_csv(stats: LibraryStats, path: str | Path) -> Path:
    """Write every table to one CSV file: table, key, responses, ncnd, ncnd_rate.

    Raises:
        LibraryError: when the file cannot be written.
    """
    target = Path(path)
    try:
        with target.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["table", "key", "responses", "ncnd", "ncnd_rate"])
            writer.writerow(["total", "all", stats.total, stats.ncnd, f"{stats.ncnd_rate:.4f}"])
            for name, rows in stats.tables().items():
                for r in rows:
                    writer.writerow([name, r.key, r.responses, r.ncnd, f"{r.ncnd_rate:.4f}"])
    except OSError as exc:
        raise LibraryError(f"cannot write the CSV: {exc.strerror}", source=target) from None
    return target
