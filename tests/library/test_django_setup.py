"""Database addresses, the data directory, and the app's Django wiring."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidesk.errors import LibraryError
from foidesk.library import django_setup
from foidesk.library.django_setup import data_dir, database_settings, database_url, redacted_url


def test_default_is_a_sqlite_file_in_the_data_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("FOIDESK_DATABASE_URL", raising=False)
    monkeypatch.setenv("FOIDESK_DATA_DIR", str(tmp_path))
    assert database_url() == f"sqlite:///{tmp_path / 'foidesk.sqlite3'}"


def test_xdg_data_home_on_linux(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FOIDESK_DATA_DIR", raising=False)
    monkeypatch.setattr(django_setup.sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert data_dir() == tmp_path / "foidesk"


@pytest.mark.parametrize(
    ("platform", "tail"),
    [("darwin", ("Library", "Application Support", "foidesk")), ("win32", ("foidesk",))],
)
def test_platform_data_dirs(
    monkeypatch: pytest.MonkeyPatch, platform: str, tail: tuple[str, ...]
) -> None:
    monkeypatch.delenv("FOIDESK_DATA_DIR", raising=False)
    monkeypatch.setattr(django_setup.sys, "platform", platform)
    assert data_dir().parts[-len(tail) :] == tail


def test_sqlite_urls(tmp_path: Path) -> None:
    absolute = database_settings(f"sqlite:///{tmp_path}/x/lib.sqlite3")
    assert absolute["ENGINE"] == "django.db.backends.sqlite3"
    assert absolute["NAME"] == str(tmp_path / "x" / "lib.sqlite3")
    assert (tmp_path / "x").is_dir()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "postgresql://ann:s%40cret@db.example:5433/foi",
            {
                "NAME": "foi",
                "USER": "ann",
                "PASSWORD": "s@cret",
                "HOST": "db.example",
                "PORT": "5433",
            },
        ),
        (
            "postgres:///foi?host=/run/pg&sslmode=disable",
            {"NAME": "foi", "HOST": "/run/pg", "PORT": ""},
        ),
    ],
)
def test_postgresql_urls(url: str, expected: dict[str, str]) -> None:
    found = database_settings(url)
    assert found["ENGINE"] == "django.db.backends.postgresql"
    assert {k: found[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://x/y", "not a database address foidesk knows"),
        ("sqlite://relative", "a SQLite address is sqlite:///PATH"),
        ("postgresql://host/", "names no database"),
        ("postgresql://host:port/db", "port that is not a number"),
        ("just words", "not a database address"),
    ],
)
def test_bad_urls_are_clear_errors(url: str, message: str) -> None:
    with pytest.raises(LibraryError, match=message):
        database_settings(url)


def test_passwords_are_never_shown() -> None:
    url = "postgresql://ann:topsecret@db/foi"
    assert "topsecret" not in redacted_url(url)
    with pytest.raises(LibraryError) as caught:
        database_settings("postgresql://ann:topsecret@db:xx/foi")
    assert "topsecret" not in str(caught.value)


def test_core_packages_do_not_import_django() -> None:
    import subprocess
    import sys

    code = (
        "import sys, foidesk.read, foidesk.check, foidesk.record, foidesk.law, foidesk.write;"
        "print('django' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
