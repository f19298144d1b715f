"""Library fixtures: one migrated database per backend, cleaned before each test.

``library`` is parametrized over SQLite and PostgreSQL, so every test that uses it runs on
both. PostgreSQL comes from :mod:`tests.library.postgres` (installed and started when needed).
"""

from __future__ import annotations

import atexit
import datetime as dt
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from foidesk.library.django_setup import migrate, setup
from foidesk.record.model import Claim, DatedItem, DateRole, Outcome, Response, Source
from tests.conftest import SEEDS
from tests.library.postgres import postgres_database

BACKENDS = ["sqlite", "postgresql"]

_HOME = Path(tempfile.mkdtemp(prefix="foidesk-library-tests-"))
atexit.register(shutil.rmtree, _HOME, True)
SQLITE_ALIAS = setup(f"sqlite:///{_HOME / 'library.sqlite3'}")
"""Django is configured as this module is imported, before any test module imports models."""

SEED_CLAIMS: dict[str, tuple[Outcome, list[tuple[str, bool]]]] = {
    "000": (Outcome.REFUSED, [("31", False)]),
    "001": (Outcome.NCND, [("24(2)", True), ("31(3)", True)]),
    "002": (Outcome.PARTIAL, [("31", False)]),
    "003": (Outcome.REFUSED, [("24", False), ("31(3)", False)]),
    "004": (Outcome.REFUSED, [("31(1)(a)", False), ("31(1)(b)", False)]),
}
"""What each seed decides, read by hand from tests/fixtures/seeds/*.txt."""
SEED_DATES = {"000": "2023-12-14", "001": "2021-03-02", "002": "2022-02-10", "003": "2022-06-20"}


def seed_path(prefix: str) -> Path:
    """The seed file whose name starts with ``prefix``."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def seed_response(prefix: str, *, authority: str = "West Midlands Police") -> Response:
    """A record of a seed built by hand (so tests do not depend on the reader's skill)."""
    path = seed_path(prefix)
    outcome, claims = SEED_CLAIMS[prefix]
    dates = []
    if prefix in SEED_DATES:
        dates = [DatedItem(role=DateRole.SENT, date=dt.date.fromisoformat(SEED_DATES[prefix]))]
    return Response(
        authority=authority,
        outcome=outcome,
        claims=[Claim(citation=c, ncnd=n) for c, n in claims],
        dates=dates,
        source=Source(path=str(path), format="txt", text=path.read_text(encoding="utf-8")),
    )


def _clean(alias: str) -> None:
    from foidesk.library.models import Authority, StoredResponse

    StoredResponse.objects.using(alias).all().delete()
    Authority.objects.using(alias).all().delete()


@pytest.fixture(scope="session")
def sqlite_alias() -> str:
    migrate(SQLITE_ALIAS)
    return SQLITE_ALIAS


@pytest.fixture(scope="session")
def postgresql_alias() -> Iterator[str]:
    with postgres_database() as url:
        alias = setup(url)
        migrate(alias)
        yield alias
        from django.db import connections

        connections[alias].close()


@pytest.fixture(params=BACKENDS)
def library(request: pytest.FixtureRequest) -> str:
    """A clean, migrated library database (its alias), on each backend in turn."""
    alias: str = request.getfixturevalue(f"{request.param}_alias")
    _clean(alias)
    return alias


@pytest.fixture(scope="module", params=BACKENDS)
def seeded(request: pytest.FixtureRequest) -> str:
    """A library holding the five seeds (built by hand), on each backend in turn."""
    from foidesk.library.store import save_response

    alias: str = request.getfixturevalue(f"{request.param}_alias")
    _clean(alias)
    for prefix in SEED_CLAIMS:
        save_response(seed_response(prefix), path=str(seed_path(prefix)), using=alias)
    return alias
