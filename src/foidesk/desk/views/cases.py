"""The register: list, log, open, draft, move through the workflow (FOIA s1, s10, s17)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from foidesk.desk import audit
from foidesk.desk.clockview import light
from foidesk.desk.forms import DecisionForm, EventForm, RequestForm
from foidesk.desk.models import AuditEntry, Case, CaseEvent
from foidesk.desk.permissions import CASE_READERS, DRAFT, has
from foidesk.desk.references import next_reference
from foidesk.desk.views import require, require_any
from foidesk.desk.workflow import (
    EDITABLE,
    Action,
    CaseStatus,
    WorkflowError,
    available,
    check_allowed,
    find,
)

DECISION_FIELDS = (
    "outcome",
    "citations",
    "ncnd",
    "harm",
    "factors_for",
    "factors_against",
    "balance",
)


CASES_PER_PAGE = 50
"""Rows on one page of the register: the clock is worked out only for the rows shown."""
STATUS_FILTERS = {status.value: status.value.replace("_", " ") for status in CaseStatus}


def _case(pk: int) -> Case:
    try:
        return Case.objects.get(pk=pk)
    except Case.DoesNotExist:
        raise Http404("no such case") from None


def _actor(request: HttpRequest) -> str:
    return str(request.user.get_username())


@require_safe
def case_list(request: HttpRequest) -> HttpResponse:
    """The register of requests, with each case's traffic light (sign in first)."""
    if not request.user.is_authenticated:
        return HttpResponseRedirect("/login/")
    require_any(request, CASE_READERS)
    status = request.GET.get("status", "")
    cases = Case.objects.prefetch_related("events")
    if status in STATUS_FILTERS:
        cases = cases.filter(status=status)
    else:
        status = ""
    page = Paginator(cases, CASES_PER_PAGE).get_page(request.GET.get("page"))
    today = dt.date.today()
    rows = [(case, light(case, today, case.events.all())) for case in page]
    context = {"rows": rows, "page": page, "status": status, "statuses": STATUS_FILTERS}
    return render(request, "desk/case_list.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
def case_new(request: HttpRequest) -> HttpResponse:
    """Log a new request; the reference comes from the configured pattern."""
    require(request, DRAFT)
    form = RequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            case = form.save(commit=False)
            case.reference, case.year, case.sequence = next_reference(case.received)
            case.drafter = request.user
            case.save()
            audit.record(_actor(request), "logged", reference=case.reference)
        return HttpResponseRedirect(f"/cases/{case.pk}/")
    status = 400 if request.method == "POST" else 200
    return render(request, "desk/case_new.html", {"form": form}, status=status)


def _detail_context(request: HttpRequest, case: Case) -> dict[str, Any]:
    return {
        "case": case,
        "light": light(case, dt.date.today()),
        "transitions": available(CaseStatus(case.status)),
        "events": CaseEvent.objects.filter(case=case),
        "event_form": EventForm(),
        "event_action": f"/cases/{case.pk}/events/",
        "trail": AuditEntry.objects.filter(case_reference=case.reference),
        "editable": CaseStatus(case.status) in EDITABLE,
        "publishable": CaseStatus(case.status) in PUBLISHABLE,
    }


@require_safe
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One case: the request, the clock and its explanation, the decision, the trail."""
    require_any(request, CASE_READERS)
    case = _case(pk)
    return render(request, "desk/case_detail.html", _detail_context(request, case))


def _edit_context(case: Case, form: DecisionForm) -> dict[str, Any]:
    """The edit page: the form, what the law and the checker say, help from the library."""
    from foidesk.desk.decision import findings, problems, to_response
    from foidesk.desk.precedents import arguments, precedents
    from foidesk.desk.views.documents import case_fields

    response = to_response(case_fields(case))
    shown = {"problems": problems(response), "findings": findings(response)}
    return {
        **shown,
        "finding_count": len(shown["problems"]) + len(shown["findings"]),
        "case": case,
        "form": form,
        "arguments": arguments(_citations(case.citations)),
        "precedents": precedents(response),
    }


def _citations(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def _initial(case: Case) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(case, name) for name in DECISION_FIELDS}
    values["version"] = case.version
    return values


@require_http_methods(["GET", "HEAD", "POST"])
def case_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Draft the decision; a stale version is refused and the typed text kept on the page."""
    require(request, DRAFT)
    case = _case(pk)
    if CaseStatus(case.status) not in EDITABLE:
        return render(
            request,
            "desk/message.html",
            {
                "title": "This decision cannot be edited",
                "message": f"Case {case.reference} is {case.status.replace('_', ' ')}.",
            },
            status=409,
        )
    if request.method == "GET":
        form = DecisionForm(initial=_initial(case))
        return render(request, "desk/case_edit.html", _edit_context(case, form))
    form = DecisionForm(request.POST)
    if not form.is_valid():
        return render(request, "desk/case_edit.html", _edit_context(case, form), status=400)
    data = form.cleaned_data
    with transaction.atomic():
        updated = Case.objects.filter(pk=pk, version=data["version"]).update(
            version=data["version"] + 1,
            drafter=request.user,
            **{name: data[name] for name in DECISION_FIELDS},
        )
        if updated:
            audit.record(
                _actor(request),
                "draft_saved",
                reference=case.reference,
                detail=f"version {data['version'] + 1}",
            )
    if not updated:
        conflict = (
            "Someone else saved this decision since you opened it. Your text is kept below: "
            "copy what you need, then reload the page to see their version."
        )
        context = {**_edit_context(case, form), "conflict": conflict}
        return render(request, "desk/case_edit.html", context, status=409)
    return HttpResponseRedirect(f"/cases/{pk}/")


NEEDS_LAWFUL_DECISION = frozenset({Action.SUBMIT, Action.APPROVE, Action.SEND})
"""Actions refused while foidesk.record.validate finds the decision breaks the law."""


def _unlawful(case: Case) -> str:
    """What the law requires and the decision lacks (FOIA s1, s2, s17), as one message."""
    from foidesk.desk.decision import problems, to_response
    from foidesk.desk.views.documents import case_fields

    found = problems(to_response(case_fields(case)))
    return "; ".join(p["message"] for p in found)


@require_POST
def case_transition(request: HttpRequest, pk: int) -> HttpResponse:
    """Move a case on (submit, approve, send ...); approval by the drafter is refused."""
    require_any(request, CASE_READERS)
    case = _case(pk)
    try:
        action = Action(request.POST.get("action", ""))
        transition = find(CaseStatus(case.status), action)
        perms = {p for p in (transition.permission,) if has(request.user, p)}
        check_allowed(
            transition,
            actor_id=int(request.user.pk or 0),
            drafter_id=case.drafter.pk if case.drafter else None,
            permissions=perms,
        )
    except (ValueError, WorkflowError) as exc:
        context = {"title": "That change was refused", "message": str(exc)}
        return render(request, "desk/message.html", context, status=403)
    if action in NEEDS_LAWFUL_DECISION:
        unlawful = _unlawful(case)
        if unlawful:
            context = {"title": "The decision is not ready", "message": unlawful}
            return render(request, "desk/message.html", context, status=409)
    with transaction.atomic():
        case.status = transition.target.value
        if transition.target == CaseStatus.SENT:
            case.sent = dt.date.today()
        if action == Action.SUBMIT:
            case.drafter = request.user  # whoever submits answers for the draft
        case.save(update_fields=["status", "sent", "drafter"])
        audit.record(
            _actor(request),
            action.value,
            reference=case.reference,
            detail=f"{transition.source.value} -> {transition.target.value}",
        )
    return HttpResponseRedirect(f"/cases/{pk}/")


@require_POST
def case_event(request: HttpRequest, pk: int) -> HttpResponse:
    """Add a clock event (clarification, fees, public interest extension)."""
    require(request, DRAFT)
    case = _case(pk)
    form = EventForm(request.POST)
    if not form.is_valid():
        context = _detail_context(request, case)
        context["event_form"] = form
        return render(request, "desk/case_detail.html", context, status=400)
    event = form.save(commit=False)
    event.case = case
    event.save()
    audit.record(
        _actor(request),
        "clock_event",
        reference=case.reference,
        detail=f"{event.kind} {event.date.isoformat()}",
    )
    return HttpResponseRedirect(f"/cases/{pk}/")


PUBLISHABLE = frozenset(
    {CaseStatus.SENT, CaseStatus.INTERNAL_REVIEW, CaseStatus.ICO_COMPLAINT, CaseStatus.CLOSED}
)


@require_POST
def case_publish(request: HttpRequest, pk: int) -> HttpResponse:
    """Publish a sent response to the disclosure log (the requester's details are never shown)."""
    require(request, DRAFT)
    case = _case(pk)
    if CaseStatus(case.status) not in PUBLISHABLE:
        context = {
            "title": "That change was refused",
            "message": "Only a response that has been sent can be published.",
        }
        return render(request, "desk/message.html", context, status=409)
    Case.objects.filter(pk=pk).update(published=True)
    audit.record(_actor(request), "published", reference=case.reference)
    return HttpResponseRedirect(f"/cases/{pk}/")
