"""JSON endpoints for the decision builder: live checker findings, exemption search."""

from __future__ import annotations

import datetime as dt
import json

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST, require_safe

from foidesk.desk.decision import DraftFields, findings, problems, to_response
from foidesk.desk.permissions import DRAFT
from foidesk.desk.views import require
from foidesk.law import catalogue
from foidesk.law.model import Regime

MAX_RESULTS = 200


def _text(data: dict[str, object], name: str) -> str:
    value = data.get(name, "")
    return value if isinstance(value, str) else ""


@require_POST
def check_draft(request: HttpRequest) -> HttpResponse:
    """The checker's findings and the law's problems for a posted draft (CSRF protected)."""
    require(request, DRAFT)
    try:
        data = json.loads(request.body or b"{}")
    except ValueError:
        return JsonResponse({"error": "the draft is not valid JSON"}, status=400)
    if not isinstance(data, dict):
        return JsonResponse({"error": "the draft must be a JSON object"}, status=400)
    fields = DraftFields(
        reference=_text(data, "reference"),
        received=dt.date.today(),
        request_text=_text(data, "request_text"),
        outcome=_text(data, "outcome") or "other",
        citations=_text(data, "citations"),
        ncnd=bool(data.get("ncnd")),
        harm=_text(data, "harm"),
        factors_for=_text(data, "factors_for"),
        factors_against=_text(data, "factors_against"),
        balance=_text(data, "balance"),
    )
    response = to_response(fields)
    return JsonResponse({"problems": problems(response), "findings": findings(response)})


@require_safe
def exemptions(request: HttpRequest) -> HttpResponse:
    """Provisions of the law catalogue whose citation or title contains ``q``.

    With ``ncnd=1`` only provisions with a neither-confirm-nor-deny limb are offered
    (FOIA s1(1)(a) is excluded only where a provision says so, e.g. s31(3)).
    """
    require(request, DRAFT)
    query = request.GET.get("q", "").strip().lower()
    ncnd_only = request.GET.get("ncnd", "") in ("1", "true", "on")
    rows = []
    for provision in catalogue().provisions(Regime.FOIA):
        if ncnd_only and provision.key != provision.ncnd:
            continue
        label = f"{provision.key} {provision.title}"
        if query in label.lower():
            rows.append({"citation": provision.key, "title": provision.title})
        if len(rows) >= MAX_RESULTS:
            break
    return JsonResponse({"results": rows})
