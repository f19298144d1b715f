"""A throwaway PostgreSQL server for the library tests.

Order of preference:

1. ``FOIDESK_TEST_POSTGRES_URL``: a server someone already runs (the test creates and drops
   its own database there).
2. A cluster of our own: ``initdb`` into a temporary directory (as the ``postgres`` user when
   we are root), started with ``pg_ctl`` on a free loopback port and a private socket
   directory, stopped and deleted at the end. When no PostgreSQL is installed and we are
   root, ``apt-get update && apt-get install -y postgresql`` installs it first.

When none of this works the tests fail with the reason when ``CI=true`` or
``FOIDESK_REQUIRE_POSTGRES=1`` (as ``make test`` sets), and are skipped
with the reason otherwise.
"""

from __future__ import annotations

import contextlib
import fcntl
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ENV_URL = "FOIDESK_TEST_POSTGRES_URL"
LOCK = Path(tempfile.gettempdir()) / "foidesk-apt-postgresql.lock"


class Unavailable(Exception):
    """PostgreSQL cannot be had here; the message says why."""


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if found:
        return Path(found[0]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _install() -> Path:
    """Install PostgreSQL with apt-get (once, even with several test workers)."""
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        raise Unavailable("PostgreSQL is not installed and apt-get cannot install it here")
    with LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (found := _bin_dir()) is not None:
            return found
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for command in (["apt-get", "update"], ["apt-get", "install", "-y", "postgresql"]):
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise Unavailable(f"{' '.join(command)} failed: {done.stderr.strip()[-300:]}")
    found = _bin_dir()
    if found is None:
        raise Unavailable("apt-get installed postgresql but initdb cannot be found")
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_owner(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", "postgres", "--", *command]
    return ["su", "postgres", "-c", " ".join(command)]


def _run(command: list[str]) -> None:
    done = subprocess.run(_as_owner(command), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise Unavailable(f"{Path(command[0]).name} failed: {(done.stderr or done.stdout)[-400:]}")


@contextlib.contextmanager
def _own_cluster() -> Iterator[str]:
    bindir = _bin_dir() or _install()
    root = Path(tempfile.mkdtemp(prefix="foidesk-pg-"))
    data, sockets = root / "data", root / "sockets"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sockets, "postgres")
    port = _free_port()
    try:
        _run(
            [str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "--no-sync"]
        )
        options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off"
        _run(
            [
                str(bindir / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-w",
                "-l",
                str(root / "log"),
                "start",
            ]
        )
        try:
            yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
        finally:
            _run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"])
    finally:
        shutil.rmtree(root, ignore_errors=True)


@contextlib.contextmanager
def _database(server_url: str) -> Iterator[str]:
    import psycopg

    name = f"foidesk_test_{uuid.uuid4().hex[:10]}"
    base, _, _ = server_url.rpartition("/")
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{base}/{name}"
    finally:
        from django.db import connections

        for alias in connections:
            if connections.settings[alias].get("NAME") == name:
                connections[alias].close()
        with psycopg.connect(server_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def postgres_database() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session; its address."""
    given = os.environ.get(ENV_URL)
    try:
        with contextlib.ExitStack() as stack:
            server = given or stack.enter_context(_own_cluster())
            yield stack.enter_context(_database(server))
    except Unavailable as exc:
        message = f"PostgreSQL tests need a server: {exc}"
        required = os.environ.get("FOIDESK_REQUIRE_POSTGRES") == "1"
        if required or os.environ.get("CI", "").lower() == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
