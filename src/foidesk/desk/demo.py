"""Demo data: one account per role, the seed responses as precedents, sample cases.

The demo passwords are fixed and printed by ``foidesk serve``: they are for trying the desk
on your own machine only. Change them (or create real accounts) before anyone else can
reach it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth.models import Group, User
from django.db import transaction

from foidesk.desk import audit
from foidesk.desk.models import Case
from foidesk.desk.permissions import ensure_groups
from foidesk.desk.references import next_reference
from foidesk.desk.workflow import CaseStatus

SEEDS = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "seeds"
"""The seed responses in a source checkout (absent from an installed wheel)."""


@dataclass(frozen=True)
class DemoLogin:
    """A demo account."""

    username: str
    password: str
    role: str


DEMO_LOGINS = (
    DemoLogin("officer", "demo-officer-pass", "officer"),
    DemoLogin("officer2", "demo-officer2-pass", "officer"),
    DemoLogin("reviewer", "demo-reviewer-pass", "reviewer"),
    DemoLogin("manager", "demo-manager-pass", "manager"),
    DemoLogin("admin", "demo-admin-pass", "admin"),
)


@dataclass(frozen=True)
class _Sample:
    name: str
    days_ago: int
    text: str
    status: CaseStatus
    outcome: str = "other"
    citations: str = ""


SAMPLES = (
    _Sample(
        "A. Requester", 3, "Please send the number of drones the force owns.", CaseStatus.DRAFT
    ),
    _Sample(
        "B. Journalist",
        24,
        "Any reports on the use of automatic number plate recognition.",
        CaseStatus.SUBMITTED,
        "refused",
        "31(1)(a)",
    ),
    _Sample(
        "C. Researcher",
        40,
        "The training budget for firearms officers in 2020.",
        CaseStatus.SENT,
        "partial",
        "31(1)(a)",
    ),
)


def ensure_accounts() -> None:
    """Create the role groups and the demo accounts (idempotent)."""
    ensure_groups()
    for login in DEMO_LOGINS:
        user, created = User.objects.get_or_create(username=login.username)
        if created:
            user.set_password(login.password)
            user.save()
        user.groups.add(Group.objects.get(name=login.role))


def ensure_samples(today: dt.date | None = None) -> int:
    """Add the sample cases if the register is empty; return how many were added."""
    if Case.objects.exists():
        return 0
    today = today or dt.date.today()
    officer = User.objects.get(username="officer")
    with transaction.atomic():
        for sample in SAMPLES:
            received = today - dt.timedelta(days=sample.days_ago)
            reference, year, seq = next_reference(received)
            Case.objects.create(
                reference=reference,
                year=year,
                sequence=seq,
                requester_name=sample.name,
                requester_contact="requester@example.org",
                received=received,
                request_text=sample.text,
                status=sample.status.value,
                drafter=officer,
                outcome=sample.outcome,
                citations=sample.citations,
                sent=today if sample.status == CaseStatus.SENT else None,
                published=sample.status == CaseStatus.SENT,
            )
            audit.record("demo", "logged", reference=reference, detail="demo data")
    return len(SAMPLES)


def ensure_precedents() -> int:
    """Ingest the seed responses into the library (unchanged files are skipped)."""
    if not SEEDS.is_dir():
        return 0
    from foidesk.library.ingest import ingest

    return len(ingest([SEEDS]).results)


def load_demo() -> None:
    """Accounts, precedents and sample cases."""
    ensure_accounts()
    ensure_precedents()
    ensure_samples()
