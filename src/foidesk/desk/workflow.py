"""The life of a case: statuses as an enum, transitions as a table.

A decision is drafted, submitted for review, approved by someone other than its drafter
(separation of duties), then sent (FOIA s1(1), s10(1), s17(1): the notice is the act of the
authority). Internal review and an ICO complaint (FOIA s50) are later stages of the same case.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from foidesk.errors import FoideskError


class WorkflowError(FoideskError):
    """A transition the workflow does not allow (wrong status, role, or person)."""


class CaseStatus(StrEnum):
    """Where a case is."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    SENT = "sent"
    INTERNAL_REVIEW = "internal_review"
    ICO_COMPLAINT = "ico_complaint"
    CLOSED = "closed"


class Action(StrEnum):
    """What a person can do to a case."""

    SUBMIT = "submit"
    RETURN = "return"
    APPROVE = "approve"
    SEND = "send"
    REVIEW = "review"
    COMPLAIN = "complain"
    CLOSE = "close"


@dataclass(frozen=True)
class Transition:
    """One row of the table: from which status, by which permission, to which status."""

    action: Action
    source: CaseStatus
    target: CaseStatus
    permission: str
    label: str
    not_by_drafter: bool = False


TRANSITIONS: tuple[Transition, ...] = (
    Transition(
        Action.SUBMIT,
        CaseStatus.DRAFT,
        CaseStatus.SUBMITTED,
        "desk.draft_case",
        "Submit for approval",
    ),
    Transition(
        Action.RETURN,
        CaseStatus.SUBMITTED,
        CaseStatus.DRAFT,
        "desk.approve_case",
        "Return to drafter",
    ),
    Transition(
        Action.APPROVE,
        CaseStatus.SUBMITTED,
        CaseStatus.APPROVED,
        "desk.approve_case",
        "Approve",
        not_by_drafter=True,
    ),
    Transition(
        Action.SEND, CaseStatus.APPROVED, CaseStatus.SENT, "desk.draft_case", "Mark as sent"
    ),
    Transition(
        Action.REVIEW,
        CaseStatus.SENT,
        CaseStatus.INTERNAL_REVIEW,
        "desk.draft_case",
        "Open internal review",
    ),
    Transition(
        Action.COMPLAIN,
        CaseStatus.SENT,
        CaseStatus.ICO_COMPLAINT,
        "desk.draft_case",
        "Record ICO complaint",
    ),
    Transition(
        Action.COMPLAIN,
        CaseStatus.INTERNAL_REVIEW,
        CaseStatus.ICO_COMPLAINT,
        "desk.draft_case",
        "Record ICO complaint",
    ),
    Transition(
        Action.CLOSE, CaseStatus.INTERNAL_REVIEW, CaseStatus.CLOSED, "desk.approve_case", "Close"
    ),
    Transition(
        Action.CLOSE, CaseStatus.ICO_COMPLAINT, CaseStatus.CLOSED, "desk.approve_case", "Close"
    ),
)

EDITABLE = frozenset({CaseStatus.DRAFT})
"""Statuses in which the draft decision may change."""


def available(status: CaseStatus) -> list[Transition]:
    """The transitions out of ``status``."""
    return [t for t in TRANSITIONS if t.source == status]


def find(status: CaseStatus, action: Action) -> Transition:
    """The transition ``action`` from ``status``.

    Raises:
        WorkflowError: when ``action`` is not allowed from ``status``.
    """
    for transition in available(status):
        if transition.action == action:
            return transition
    raise WorkflowError(f"cannot {action.value} a case that is {status.value.replace('_', ' ')}")


def check_allowed(
    transition: Transition, *, actor_id: int, drafter_id: int | None, permissions: set[str]
) -> None:
    """Refuse a transition the actor may not make.

    Raises:
        WorkflowError: without the permission, or when the drafter tries to approve.
    """
    if transition.permission not in permissions:
        raise WorkflowError(f"you do not have permission to {transition.label.lower()}")
    if transition.not_by_drafter and drafter_id is not None and actor_id == drafter_id:
        raise WorkflowError("a decision must be approved by someone other than its drafter")
