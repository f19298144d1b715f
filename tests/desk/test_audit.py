"""The audit trail: written on every change, append-only, hash-chained."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def test_logging_a_request_and_moving_it_are_audited(
    client_for: Callable[..., Any], db: None
) -> None:
    from foidesk.desk.models import AuditEntry, Case

    client = client_for("officer", username="olive")
    reply = client.post(
        "/cases/new/",
        {
            "requester_name": "Ann",
            "requester_contact": "ann@example.org",
            "received": "2026-03-02",
            "channel": "email",
            "request_text": "Budget figures",
        },
    )
    assert reply.status_code == 302
    case = Case.objects.get(requester_name="Ann")
    client.post(f"/cases/{case.pk}/transition/", {"action": "submit"})
    actions = list(
        AuditEntry.objects.filter(case_reference=case.reference).values_list("actor", "action")
    )
    assert actions == [("olive", "logged"), ("olive", "submit")]


def test_entries_cannot_be_changed_or_deleted(db: None) -> None:
    from foidesk.desk import audit
    from foidesk.desk.models import AppendOnlyError, AuditEntry

    entry = audit.record("someone", "logged", reference="1A/26")
    entry.detail = "tampered"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    assert AuditEntry.objects.get(pk=entry.pk).detail == ""


def test_hash_chain_detects_tampering_behind_the_app(db: None) -> None:
    from foidesk.desk import audit
    from foidesk.desk.models import AuditEntry

    first = audit.record("a", "logged", reference="1A/26")
    second = audit.record("b", "submit", reference="1A/26")
    assert second.previous_hash == first.hash
    assert audit.verify_chain()
    from django.db import connection

    with connection.cursor() as cursor:
        table = AuditEntry._meta.db_table
        cursor.execute(f"UPDATE {table} SET detail = %s WHERE id = %s", ["rewritten", first.pk])
    assert not audit.verify_chain()


def test_bulk_changes_are_refused(db: None) -> None:
    from foidesk.desk import audit
    from foidesk.desk.models import AppendOnlyError, AuditEntry

    audit.record("a", "logged", reference="1A/26")
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.filter(actor="a").update(detail="rewritten")
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.all().delete()
    assert AuditEntry.objects.filter(actor="a", detail="").count() == 1


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_audit_page_is_read_only(client_for: Callable[..., Any], method: str) -> None:
    reply = getattr(client_for("admin"), method)("/audit/")
    assert reply.status_code == 405
