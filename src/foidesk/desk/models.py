"""The desk's tables: cases, their clock events, the audit trail and failed logins.

A case is one request (FOIA s1, s8) from logging to the notice (s17) and any internal review
or ICO complaint (s50). Its draft decision is kept as fields and turned into a
:class:`foidesk.record.model.Response` (``source.format = "desk"``) by :mod:`.decision`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from django.conf import settings
from django.db import models

from foidesk.desk.workflow import CaseStatus


class Channel(models.TextChoices):
    """How the request arrived (FOIA s8(1)(a): in writing, which includes email and web)."""

    EMAIL = "email", "Email"
    POST = "post", "Post"
    WEB = "web", "Web form"
    OTHER = "other", "Other"


class Case(models.Model):
    """A request for information and the authority's decision on it."""

    reference: models.CharField[str, str] = models.CharField(max_length=40, unique=True)
    year: models.PositiveIntegerField[int, int] = models.PositiveIntegerField()
    sequence: models.PositiveIntegerField[int, int] = models.PositiveIntegerField()
    requester_name: models.CharField[str, str] = models.CharField(max_length=200)
    requester_contact: models.CharField[str, str] = models.CharField(max_length=300)
    channel: models.CharField[str, str] = models.CharField(
        max_length=10, choices=Channel.choices, default=Channel.EMAIL
    )
    received: models.DateField[dt.date, dt.date] = models.DateField()
    request_text: models.TextField[str, str] = models.TextField()
    regime: models.CharField[str, str] = models.CharField(max_length=10, default="foia")
    status: models.CharField[str, str] = models.CharField(
        max_length=20, default=CaseStatus.DRAFT.value
    )
    drafter: models.ForeignKey[Any, Any] = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="drafted_cases",
    )
    outcome: models.CharField[str, str] = models.CharField(max_length=20, default="other")
    citations: models.CharField[str, str] = models.CharField(max_length=300, blank=True, default="")
    """Provisions relied on, comma separated (``31(1)(a), 40(2)``)."""
    ncnd: models.BooleanField[bool, bool] = models.BooleanField(default=False)
    harm: models.TextField[str, str] = models.TextField(blank=True, default="")
    factors_for: models.TextField[str, str] = models.TextField(blank=True, default="")
    factors_against: models.TextField[str, str] = models.TextField(blank=True, default="")
    balance: models.TextField[str, str] = models.TextField(blank=True, default="")
    version: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(default=1)
    """Optimistic lock: every saved edit of the draft increments it."""
    sent: models.DateField[dt.date | None, dt.date | None] = models.DateField(null=True, blank=True)
    published: models.BooleanField[bool, bool] = models.BooleanField(default=False)

    objects: ClassVar[models.Manager[Case]] = models.Manager()
    events: models.Manager[CaseEvent]
    """The case's clock events (the reverse of :attr:`CaseEvent.case`; declared for typing)."""

    class Meta:
        ordering: ClassVar[list[str]] = ["-received", "-sequence"]
        permissions: ClassVar[list[tuple[str, str]]] = [
            ("draft_case", "Can log requests and draft decisions"),
            ("approve_case", "Can approve decisions"),
            ("view_reports", "Can see statistics"),
        ]
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.UniqueConstraint(fields=["year", "sequence"], name="desk_case_year_sequence")
        ]
        indexes: ClassVar[list[models.Index]] = [
            models.Index(fields=["-received", "-sequence"], name="desk_case_register"),
            models.Index(fields=["status", "-received"], name="desk_case_status"),
        ]

    def __str__(self) -> str:
        return self.reference


class ClockEventKind(models.TextChoices):
    """Events that stop, restart or extend the clock (FOIA s1(3), s9, s10(3))."""

    CLARIFICATION_SOUGHT = "clarification_sought", "Clarification sought (s1(3))"
    CLARIFICATION_RECEIVED = "clarification_received", "Clarification received (s1(3))"
    FEES_NOTICE = "fees_notice", "Fees notice issued (s9)"
    FEE_PAID = "fee_paid", "Fee paid (s9)"
    PI_EXTENSION = "pi_extension", "Public interest extension (s10(3))"


class CaseEvent(models.Model):
    """A clock event on a case."""

    case: models.ForeignKey[Case, Case] = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="events"
    )
    kind: models.CharField[str, str] = models.CharField(
        max_length=30, choices=ClockEventKind.choices
    )
    date: models.DateField[dt.date, dt.date] = models.DateField()

    objects: ClassVar[models.Manager[CaseEvent]] = models.Manager()

    class Meta:
        ordering: ClassVar[list[str]] = ["date", "pk"]


class AppendOnlyError(Exception):
    """Raised when code tries to change or delete an audit entry."""


class AuditQuerySet(models.QuerySet["AuditEntry", "AuditEntry"]):
    """Queries over the audit trail that refuse bulk changes."""

    def update(self, **kwargs: Any) -> int:
        """Never: the audit trail keeps everything as written."""
        raise AppendOnlyError("audit entries cannot be changed")

    def delete(self) -> tuple[int, dict[str, int]]:
        """Never: the audit trail keeps everything."""
        raise AppendOnlyError("audit entries cannot be deleted")


class AuditEntry(models.Model):
    """One line of the audit trail: append-only, each entry hashing the one before."""

    at: models.DateTimeField[dt.datetime, dt.datetime] = models.DateTimeField(auto_now_add=True)
    actor: models.CharField[str, str] = models.CharField(max_length=150)
    case_reference: models.CharField[str, str] = models.CharField(
        max_length=40, blank=True, default="", db_index=True
    )
    action: models.CharField[str, str] = models.CharField(max_length=40)
    detail: models.TextField[str, str] = models.TextField(blank=True, default="")
    previous_hash: models.CharField[str, str] = models.CharField(max_length=64, default="")
    hash: models.CharField[str, str] = models.CharField(max_length=64, default="")

    objects: ClassVar[models.Manager[AuditEntry]] = AuditQuerySet.as_manager()

    class Meta:
        ordering: ClassVar[list[str]] = ["pk"]

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Insert only: an entry that exists cannot be saved again."""
        if self.pk is not None:
            raise AppendOnlyError("audit entries cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        """Never: the audit trail keeps everything."""
        raise AppendOnlyError("audit entries cannot be deleted")


class LoginFailure(models.Model):
    """A failed login for a username (for the lockout: 5 failures in 15 minutes)."""

    username: models.CharField[str, str] = models.CharField(max_length=150, db_index=True)
    at: models.DateTimeField[dt.datetime, dt.datetime] = models.DateTimeField(auto_now_add=True)

    objects: ClassVar[models.Manager[LoginFailure]] = models.Manager()
