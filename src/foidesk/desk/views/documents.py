"""Documents: the notice as Word or PDF (foidesk.write), and uploads into the library."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods, require_safe

from foidesk.desk import audit
from foidesk.desk.decision import DraftFields, to_response
from foidesk.desk.models import Case
from foidesk.desk.permissions import CASE_READERS, DRAFT
from foidesk.desk.uploads import UploadRefused, sniff, stored_name
from foidesk.desk.views import require, require_any
from foidesk.desk.views.cases import _case
from foidesk.errors import FoideskError

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def case_fields(case: Case) -> DraftFields:
    """The case's decision as the fields the record is built from."""
    return DraftFields(
        reference=case.reference,
        received=case.received,
        request_text=case.request_text,
        outcome=case.outcome,
        citations=case.citations,
        ncnd=case.ncnd,
        harm=case.harm,
        factors_for=case.factors_for,
        factors_against=case.factors_against,
        balance=case.balance,
        sent=case.sent,
    )


@require_safe
def notice(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """Download the notice (FOIA s17) as Word or PDF; a decision the law refuses is explained."""
    require_any(request, CASE_READERS)
    case = _case(pk)
    if fmt not in CONTENT_TYPES:
        return render(
            request,
            "desk/message.html",
            {"title": "Unknown format", "message": f"{fmt!r}: choose docx or pdf."},
            status=404,
        )
    from foidesk.write import render_notice

    try:
        data = render_notice(to_response(case_fields(case)), fmt, check=False)
    except FoideskError as exc:
        context = {"title": "The notice cannot be written yet", "message": str(exc)}
        return render(request, "desk/message.html", context, status=400)
    reply = HttpResponse(data, content_type=CONTENT_TYPES[fmt])
    safe = case.reference.replace("/", "-")
    reply["Content-Disposition"] = f'attachment; filename="notice-{safe}.{fmt}"'
    return reply


@require_http_methods(["GET", "HEAD", "POST"])
def upload(request: HttpRequest) -> HttpResponse:
    """Upload a received or past response; it is read and stored in the library."""
    require(request, DRAFT)
    if request.method != "POST":
        return render(request, "desk/upload.html", {})
    given = request.FILES.get("document")
    if given is None:
        return render(
            request, "desk/upload.html", {"error": "Choose a file to upload."}, status=400
        )
    name = given.name or "upload"
    if given.size is not None and given.size > 5 * 1024 * 1024:
        return render(
            request,
            "desk/upload.html",
            {"error": f"{name}: the file is larger than 5 MB"},
            status=400,
        )
    data = given.read()
    try:
        kind = sniff(data, name)
        result = _store(data, kind.suffix, stored_name(data, kind))
    except (UploadRefused, FoideskError) as exc:
        return render(request, "desk/upload.html", {"error": str(exc)}, status=400)
    audit.record(str(request.user.get_username()), "uploaded", detail=f"{name}: {result}")
    return render(request, "desk/upload.html", {"done": f"{name} ({kind.name}): {result}"})


def _store(data: bytes, suffix: str, filename: str) -> str:
    from foidesk.library.django_setup import data_dir
    from foidesk.library.ingest import Status, ingest

    folder = data_dir() / "uploads" / dt.date.today().isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / filename
    path.write_bytes(data)
    report = ingest([path])
    failed = report.of(Status.FAILED)
    if failed:
        raise UploadRefused(f"the file could not be read: {failed[0].message}")
    if report.of(Status.UNCHANGED):
        return "already in the library"
    return "read into the library"
