"""Desk fixtures: Django set up through the shared settings, one migrated SQLite database.

Each test runs inside a transaction that is rolled back, so tests do not see each other.
When another test package set Django up first in this process, its (temporary) default
database is used; the desk's tables are migrated into it either way.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from foidesk.library.django_setup import migrate, setup

_HOME = Path(tempfile.mkdtemp(prefix="foidesk-desk-tests-"))
atexit.register(shutil.rmtree, _HOME, True)
setup(f"sqlite:///{_HOME / 'desk.sqlite3'}")

ROLES = ("officer", "reviewer", "manager", "admin")


@pytest.fixture(scope="session")
def desk_db() -> None:
    """The default database, migrated, with the role groups."""
    migrate("default")
    from foidesk.desk.permissions import ensure_groups

    ensure_groups()


@pytest.fixture
def db(desk_db: None) -> Iterator[None]:
    """A transaction rolled back after the test; fast password hashing."""
    from django.db import transaction
    from django.test.utils import override_settings

    with (
        override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]),
        transaction.atomic(),
    ):
        yield
        transaction.set_rollback(True)


@pytest.fixture
def make_user(db: None) -> Callable[..., Any]:
    """Make a user in a role (or none), password ``pw-<username>``."""
    from django.contrib.auth.models import Group, User

    def make(username: str, role: str | None = None) -> User:
        user = User.objects.create_user(username=username, password=f"pw-{username}")
        if role:
            user.groups.add(Group.objects.get(name=role))
        return user

    return make


@pytest.fixture
def client_for(make_user: Callable[..., Any]) -> Callable[..., Any]:
    """A logged-in test client for a role (``None``: anonymous; ``"nobody"``: no role)."""
    from django.test import Client

    def build(role: str | None, *, username: str | None = None, csrf: bool = False) -> Client:
        client = Client(enforce_csrf_checks=csrf)
        if role is not None:
            user = make_user(username or f"u-{role}", None if role == "nobody" else role)
            client.force_login(user)
        return client

    return build


@pytest.fixture
def new_case(make_user: Callable[..., Any]) -> Callable[..., Any]:
    """Make a case drafted by ``drafter`` (a new officer by default)."""
    import datetime as dt

    from foidesk.desk.models import Case
    from foidesk.desk.references import next_reference

    def make(
        *,
        drafter: Any = None,
        status: str = "draft",
        received: dt.date | None = None,
        name: str = "Alice Requester",
        text: str = "How many drones?",
    ) -> Case:
        received = received or dt.date.today()
        reference, year, seq = next_reference(received)
        return Case.objects.create(
            reference=reference,
            year=year,
            sequence=seq,
            requester_name=name,
            requester_contact="alice@example.org",
            received=received,
            request_text=text,
            status=status,
            drafter=drafter if drafter is not None else make_user("drafter", "officer"),
        )

    return make
