"""The disclosure log: published responses, without the requester's details (FOIA s19)."""

from __future__ import annotations

import csv

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from foidesk.desk.models import AuditEntry, Case
from foidesk.desk.permissions import AUDIT
from foidesk.desk.views import require

PUBLIC_FIELDS = ("reference", "received", "sent", "request_text", "outcome", "citations")
"""What the log shows: never the requester's name or contact."""


def _published() -> list[dict[str, object]]:
    cases = Case.objects.filter(published=True).order_by("-sent", "-sequence")
    return list(cases.values(*PUBLIC_FIELDS))


@require_safe
def disclosure_log(request: HttpRequest) -> HttpResponse:
    """The public disclosure log page (no login needed)."""
    return render(request, "desk/disclosure_log.html", {"rows": _published()})


@require_safe
def disclosure_log_csv(request: HttpRequest) -> HttpResponse:
    """The public disclosure log as CSV."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="disclosure-log.csv"'
    writer = csv.writer(response)
    writer.writerow(PUBLIC_FIELDS)
    for row in _published():
        writer.writerow([row[name] if row[name] is not None else "" for name in PUBLIC_FIELDS])
    return response


@require_safe
def audit_trail(request: HttpRequest) -> HttpResponse:
    """The whole audit trail, read only."""
    require(request, AUDIT)
    entries = AuditEntry.objects.order_by("-pk")[:500]
    return render(request, "desk/audit.html", {"entries": entries})
