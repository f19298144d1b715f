"""Configure Django for the precedent library, without a ``manage.py``.

The CLI and the desk (the web app) share one database and one schema, managed by
Django migrations. The desk brings its own settings (with ``foidesk.library`` in
``INSTALLED_APPS``); the CLI calls :func:`setup`, which configures Django in code.

Where the database is:

* ``FOIDESK_DATABASE_URL`` when set: ``sqlite:///PATH`` (``sqlite:////abs/path`` or
  ``sqlite:///relative/path``) or ``postgresql://USER:PASSWORD@HOST:PORT/NAME``
  (``?host=/socket/dir`` for a Unix socket; other query parameters are passed to libpq).
* otherwise a SQLite file ``foidesk.sqlite3`` in the data directory: ``$FOIDESK_DATA_DIR``,
  else ``$XDG_DATA_HOME/foidesk`` or ``~/.local/share/foidesk`` on Linux,
  ``~/Library/Application Support/foidesk`` on macOS and ``%LOCALAPPDATA%\\foidesk`` on
  Windows.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from foidesk.errors import LibraryError

ENV_URL = "FOIDESK_DATABASE_URL"
ENV_DATA_DIR = "FOIDESK_DATA_DIR"
DB_FILENAME = "foidesk.sqlite3"
APP = "foidesk.library"


def data_dir() -> Path:
    """The directory foidesk keeps its data in (see the module docstring)."""
    chosen = os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Path(chosen).expanduser()
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return (Path(base) if base else home / "AppData" / "Local") / "foidesk"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "foidesk"
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else home / ".local" / "share") / "foidesk"


def database_url() -> str:
    """The database address in use: ``$FOIDESK_DATABASE_URL`` or the default SQLite file."""
    url = os.environ.get(ENV_URL, "").strip()
    return url or f"sqlite:///{data_dir() / DB_FILENAME}"


def _sqlite(url: str, path: str) -> dict[str, Any]:
    name = unquote(path)[1:]  # sqlite:///relative/path, sqlite:////absolute/path
    if not name:
        raise LibraryError(f"{url!r} names no database file (use sqlite:///PATH)")
    if name != ":memory:":
        Path(name).expanduser().parent.mkdir(parents=True, exist_ok=True)
        name = str(Path(name).expanduser())
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": name,
        "OPTIONS": {
            "timeout": 30,
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA mmap_size=1073741824;"
            ),
        },
    }


def _postgresql(url: str) -> dict[str, Any]:
    parts = urlsplit(url)
    options = dict(parse_qsl(parts.query))
    host = options.pop("host", None) or (unquote(parts.hostname) if parts.hostname else "")
    name = unquote(parts.path.lstrip("/"))
    if not name:
        raise LibraryError(f"{_redact(url)!r} names no database (postgresql://HOST/NAME)")
    try:
        port = parts.port
    except ValueError:
        raise LibraryError(f"{_redact(url)!r} has a port that is not a number") from None
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": name,
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": host,
        "PORT": str(port or ""),
        "OPTIONS": options,
    }


def _redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return url.replace(f":{parts.password}@", ":***@", 1)


def redacted_url(url: str | None = None) -> str:
    """The database address in use (or ``url``), with any password replaced by ``***``."""
    return _redact(url or database_url())


def database_settings(url: str) -> dict[str, Any]:
    """Django ``DATABASES`` entry for a database address.

    Raises:
        LibraryError: when the address is not ``sqlite:///PATH`` or ``postgresql://…``.
    """
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme == "sqlite":
        if not url.startswith("sqlite:///"):
            raise LibraryError(f"{url!r}: a SQLite address is sqlite:///PATH")
        return _sqlite(url, url[len("sqlite://") :])
    if scheme in ("postgresql", "postgres"):
        return _postgresql(url)
    raise LibraryError(
        f"{_redact(url)!r} is not a database address foidesk knows: "
        "use sqlite:///PATH or postgresql://USER@HOST/NAME"
    )


DESK_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "foidesk.desk",
]
"""The desk's apps: installed wherever Django is set up, so the CLI and the desk share one
database schema and one set of migrations."""


def shared_settings(url: str) -> dict[str, Any]:
    """The Django settings the CLI and the desk share (the desk adds nothing of its own).

    The desk's modules are named here as strings only (the library does not import it).
    ``FOIDESK_SECRET_KEY`` sets the signing key (a random one per process otherwise) and
    ``FOIDESK_SECURE_COOKIES=1`` marks the session and CSRF cookies ``Secure`` (for https).
    """
    import secrets

    secure = os.environ.get("FOIDESK_SECURE_COOKIES", "") == "1"
    return {
        "DATABASES": {"default": database_settings(url)},
        "INSTALLED_APPS": [APP, *DESK_APPS],
        "USE_TZ": True,
        "TIME_ZONE": "UTC",
        "DEFAULT_AUTO_FIELD": "django.db.models.BigAutoField",
        "LOGGING_CONFIG": None,
        "SECRET_KEY": os.environ.get("FOIDESK_SECRET_KEY") or secrets.token_urlsafe(50),
        "DEBUG": False,
        "ALLOWED_HOSTS": ["*"],
        "ROOT_URLCONF": "foidesk.desk.urls",
        "MIDDLEWARE": [
            "django.middleware.security.SecurityMiddleware",
            "foidesk.desk.security.ContentSecurityPolicy",
            "django.contrib.sessions.middleware.SessionMiddleware",
            "django.middleware.common.CommonMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
            "django.contrib.auth.middleware.AuthenticationMiddleware",
            "django.contrib.messages.middleware.MessageMiddleware",
            "django.middleware.clickjacking.XFrameOptionsMiddleware",
        ],
        "TEMPLATES": [
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "APP_DIRS": True,
                "OPTIONS": {
                    "context_processors": [
                        "django.template.context_processors.request",
                        "django.contrib.auth.context_processors.auth",
                        "django.contrib.messages.context_processors.messages",
                    ]
                },
            }
        ],
        "STATIC_URL": "/static/",
        "LOGIN_URL": "/login/",
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": secure,
        "CSRF_COOKIE_SAMESITE": "Lax",
        "CSRF_COOKIE_SECURE": secure,
        "CSRF_COOKIE_HTTPONLY": True,
        "X_FRAME_OPTIONS": "DENY",
        "SECURE_CONTENT_TYPE_NOSNIFF": True,
        "SECURE_REFERRER_POLICY": "same-origin",
        "DATA_UPLOAD_MAX_MEMORY_SIZE": 5 * 1024 * 1024,
        "FILE_UPLOAD_MAX_MEMORY_SIZE": 5 * 1024 * 1024,
        "PASSWORD_HASHERS": ["django.contrib.auth.hashers.PBKDF2PasswordHasher"],
    }


_OURS: dict[str, str] = {}
"""Database address -> alias, for the databases this module configured."""


def setup(url: str | None = None) -> str:
    """Configure Django (once per process) and return the alias of the database at ``url``.

    ``url`` defaults to :func:`database_url`. The first call configures Django with that
    database as ``default``; a later call with another address adds it under a new alias
    (so one process, such as the test suite, can open several libraries). When Django was
    configured by someone else (the desk), its ``default`` database is used.

    Raises:
        LibraryError: when the address cannot be read.
    """
    import django
    from django.conf import settings

    wanted = url or database_url()
    if not settings.configured:
        settings.configure(**shared_settings(wanted))
        _OURS[wanted] = "default"
    django.setup()
    if not _OURS:
        return "default"
    if wanted not in _OURS:
        _OURS[wanted] = add_database(f"library_{len(_OURS)}", wanted)
    return _OURS[wanted]


def add_database(alias: str, url: str) -> str:
    """Register another database under ``alias`` (Django must be set up); return the alias.

    Every library function takes ``using=alias``, so one process can work on several
    libraries (tests run the same code on SQLite and PostgreSQL this way).
    """
    from django.db import connections

    both = {"default": dict(connections.settings["default"]), alias: database_settings(url)}
    entry = connections.configure_settings(both)[alias]
    if alias in connections.settings:
        connections[alias].close()
        del connections[alias]
    connections.settings[alias] = entry
    return alias


def migrate(using: str = "default") -> list[str]:
    """Bring the schema up to date; return the names of the migrations applied.

    Raises:
        LibraryError: when the database cannot be reached or migrated.
    """
    from django.db import DatabaseError, connections
    from django.db.migrations.executor import MigrationExecutor

    try:
        executor = MigrationExecutor(connections[using])
        targets = executor.loader.graph.leaf_nodes()
        plan = executor.migration_plan(targets)
        if plan:
            executor.migrate(targets, plan=plan)
    except DatabaseError as exc:
        raise LibraryError(f"cannot migrate the library database ({using}): {exc}") from None
    return [f"{migration.app_label}.{migration.name}" for migration, _ in plan]


def pending_migrations(using: str = "default") -> list[str]:
    """The migrations not yet applied to the database."""
    from django.db import DatabaseError, connections
    from django.db.migrations.executor import MigrationExecutor

    try:
        executor = MigrationExecutor(connections[using])
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError as exc:
        raise LibraryError(f"cannot reach the library database ({using}): {exc}") from None
    return [f"{migration.app_label}.{migration.name}" for migration, _ in plan]
