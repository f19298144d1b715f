"""Case references: a configurable pattern with a per-year sequence (``{seq}A/{yy}``)."""

from __future__ import annotations

import datetime as dt
import os

from django.db.models import Max

from foidesk.desk.models import Case

DEFAULT_PATTERN = "{seq}A/{yy}"
ENV_PATTERN = "FOIDESK_REFERENCE_PATTERN"


def pattern() -> str:
    """The reference pattern: ``$FOIDESK_REFERENCE_PATTERN`` or ``{seq}A/{yy}``."""
    return os.environ.get(ENV_PATTERN, "").strip() or DEFAULT_PATTERN


def format_reference(template: str, seq: int, day: dt.date) -> str:
    """Fill ``template``: ``{seq}``, ``{yy}``, ``{yyyy}`` (e.g. 1267A/21)."""
    return template.format(seq=seq, yy=f"{day.year % 100:02d}", yyyy=f"{day.year:04d}")


def next_reference(received: dt.date) -> tuple[str, int, int]:
    """The next (reference, year, sequence) for a request received on ``received``."""
    year = received.year
    top = Case.objects.filter(year=year).aggregate(top=Max("sequence"))["top"] or 0
    seq = int(top) + 1
    return format_reference(pattern(), seq, received), year, seq
