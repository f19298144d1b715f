"""The audit trail: every change to a case is recorded, append-only, in a hash chain."""

from __future__ import annotations

import hashlib

from django.db import transaction

from foidesk.desk.models import AuditEntry


def _digest(previous: str, actor: str, reference: str, action: str, detail: str) -> str:
    joined = "\x1f".join((previous, actor, reference, action, detail))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def record(actor: str, action: str, *, reference: str = "", detail: str = "") -> AuditEntry:
    """Append an entry for ``action`` by ``actor`` on the case ``reference``."""
    with transaction.atomic():
        last = AuditEntry.objects.order_by("-pk").first()
        previous = last.hash if last else ""
        entry = AuditEntry(
            actor=actor,
            case_reference=reference,
            action=action,
            detail=detail,
            previous_hash=previous,
            hash=_digest(previous, actor, reference, action, detail),
        )
        entry.save()
    return entry


def verify_chain() -> bool:
    """True when every entry's hash matches its content and the one before it."""
    previous = ""
    for entry in AuditEntry.objects.order_by("pk"):
        expected = _digest(previous, entry.actor, entry.case_reference, entry.action, entry.detail)
        if entry.previous_hash != previous or entry.hash != expected:
            return False
        previous = entry.hash
    return True
