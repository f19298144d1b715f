"""The workflow table, separation of duties, and its enforcement by the views."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from foidesk.desk.workflow import (
    TRANSITIONS,
    Action,
    CaseStatus,
    WorkflowError,
    check_allowed,
    find,
)

S = CaseStatus
A = Action
ALLOWED = [
    (S.DRAFT, A.SUBMIT, S.SUBMITTED),
    (S.SUBMITTED, A.RETURN, S.DRAFT),
    (S.SUBMITTED, A.APPROVE, S.APPROVED),
    (S.APPROVED, A.SEND, S.SENT),
    (S.SENT, A.REVIEW, S.INTERNAL_REVIEW),
    (S.SENT, A.COMPLAIN, S.ICO_COMPLAINT),
    (S.INTERNAL_REVIEW, A.COMPLAIN, S.ICO_COMPLAINT),
    (S.INTERNAL_REVIEW, A.CLOSE, S.CLOSED),
    (S.ICO_COMPLAINT, A.CLOSE, S.CLOSED),
]


@pytest.mark.parametrize(("source", "action", "target"), ALLOWED)
def test_allowed_transition(source: CaseStatus, action: Action, target: CaseStatus) -> None:
    assert find(source, action).target == target


REFUSED = [
    (status, action)
    for status in CaseStatus
    for action in Action
    if (status, action) not in {(s, a) for s, a, _ in ALLOWED}
]


@pytest.mark.parametrize(("source", "action"), REFUSED)
def test_refused_transition(source: CaseStatus, action: Action) -> None:
    with pytest.raises(WorkflowError, match="cannot"):
        find(source, action)


def test_table_has_no_duplicate_rows() -> None:
    keys = [(t.source, t.action) for t in TRANSITIONS]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("actor", "drafter", "perms", "refused"),
    [
        (1, 1, {"desk.approve_case"}, "other than its drafter"),
        (2, 1, set(), "permission"),
        (2, 1, {"desk.approve_case"}, None),
        (2, None, {"desk.approve_case"}, None),
    ],
)
def test_approval_rules(
    actor: int, drafter: int | None, perms: set[str], refused: str | None
) -> None:
    approve = find(CaseStatus.SUBMITTED, Action.APPROVE)
    if refused is None:
        check_allowed(approve, actor_id=actor, drafter_id=drafter, permissions=perms)
    else:
        with pytest.raises(WorkflowError, match=refused):
            check_allowed(approve, actor_id=actor, drafter_id=drafter, permissions=perms)


def test_drafter_cannot_approve_own_decision_through_the_view(
    make_user: Callable[..., Any], new_case: Callable[..., Any]
) -> None:
    from django.test import Client

    from foidesk.desk.models import Case

    reviewer = make_user("rev-drafter", "reviewer")
    case = new_case(drafter=reviewer, status="submitted")
    client = Client()
    client.force_login(reviewer)
    reply = client.post(f"/cases/{case.pk}/transition/", {"action": "approve"})
    assert reply.status_code == 403
    assert "other than its drafter" in reply.content.decode()
    assert Case.objects.get(pk=case.pk).status == "submitted"


def test_another_reviewer_approves_then_officer_sends(
    make_user: Callable[..., Any], new_case: Callable[..., Any]
) -> None:
    from django.test import Client

    from foidesk.desk.models import Case

    officer = make_user("off", "officer")
    reviewer = make_user("rev", "reviewer")
    case = new_case(drafter=officer, status="submitted")
    as_reviewer, as_officer = Client(), Client()
    as_reviewer.force_login(reviewer)
    as_officer.force_login(officer)
    assert (
        as_officer.post(f"/cases/{case.pk}/transition/", {"action": "approve"}).status_code == 403
    )
    assert (
        as_reviewer.post(f"/cases/{case.pk}/transition/", {"action": "approve"}).status_code == 302
    )
    assert as_officer.post(f"/cases/{case.pk}/transition/", {"action": "send"}).status_code == 302
    stored = Case.objects.get(pk=case.pk)
    assert stored.status == "sent"
    assert stored.sent is not None


def test_unknown_action_refused(
    client_for: Callable[..., Any], new_case: Callable[..., Any]
) -> None:
    case = new_case()
    reply = client_for("officer").post(f"/cases/{case.pk}/transition/", {"action": "explode"})
    assert reply.status_code == 403


def test_unlawful_decision_cannot_be_submitted(
    client_for: Callable[..., Any], new_case: Callable[..., Any]
) -> None:
    from foidesk.desk.models import Case

    case = new_case()
    Case.objects.filter(pk=case.pk).update(outcome="refused", citations="")
    reply = client_for("officer").post(f"/cases/{case.pk}/transition/", {"action": "submit"})
    assert reply.status_code == 409
    assert "not ready" in reply.content.decode()
    assert Case.objects.get(pk=case.pk).status == "draft"


def test_reviewer_who_edited_the_draft_cannot_approve_it(
    make_user: Callable[..., Any], new_case: Callable[..., Any]
) -> None:
    from django.test import Client

    from foidesk.desk.models import Case

    officer = make_user("logger", "officer")
    reviewer = make_user("editor", "reviewer")
    case = new_case(drafter=officer)
    client = Client()
    client.force_login(reviewer)
    edit = {"outcome": "disclosed", "version": str(case.version)}
    assert client.post(f"/cases/{case.pk}/edit/", edit).status_code == 302
    assert client.post(f"/cases/{case.pk}/transition/", {"action": "submit"}).status_code == 302
    reply = client.post(f"/cases/{case.pk}/transition/", {"action": "approve"})
    assert reply.status_code == 403
    stored = Case.objects.get(pk=case.pk)
    assert (stored.status, stored.drafter) == ("submitted", reviewer)
