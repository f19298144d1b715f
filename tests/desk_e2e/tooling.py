"""What the desk browser tests need outside Python, and how to start the desk for them.

* :func:`ensure_tools` runs ``tools/install-browser.sh`` (Debian chromium, wrk, the
  ``playwright`` pip package and ``axe-core`` from npm) when anything is missing.
* :class:`DeskServer` starts ``foidesk serve`` on a free loopback port with its own
  temporary database and data directory, waits for it to answer, and stops it.

Used by ``tests/desk_e2e/conftest.py`` and by ``bench/desk.py``.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
INSTALLER = ROOT / "tools" / "install-browser.sh"
AXE_JS = HERE / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "artifacts" / "desk"
CHROMIUM_ARGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
START_TIMEOUT_S = 120.0


def missing_tools() -> list[str]:
    """The browser-test tools not yet installed (empty when all are present)."""
    missing = []
    if shutil.which("chromium") is None and not CHROMIUM.exists():
        missing.append("chromium (apt)")
    if importlib.util.find_spec("playwright") is None:
        missing.append("playwright (pip)")
    if not AXE_JS.is_file():
        missing.append("axe-core (npm)")
    return missing


def ensure_tools() -> str | None:
    """Install the browser-test tools if needed; return why they are unavailable, or None."""
    if not missing_tools():
        return None
    try:
        done = subprocess.run(
            ["bash", str(INSTALLER)],
            cwd=ROOT,
            env={**os.environ, "VENV_PY": sys.executable},
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"{INSTALLER} could not run: {exc}"
    importlib.invalidate_caches()
    still = missing_tools()
    if still:
        tail = " | ".join(done.stderr.strip().splitlines()[-3:])
        return f"{INSTALLER} left {', '.join(still)} missing (exit {done.returncode}): {tail}"
    return None


def desk_available() -> str | None:
    """Why the desk cannot be served (no ``foidesk.desk`` or no ``serve`` command), or None."""
    if importlib.util.find_spec("foidesk.desk") is None:
        return "the desk (src/foidesk/desk) is not built yet"
    if importlib.util.find_spec("foidesk.cli.desk") is None:
        return "`foidesk serve` (src/foidesk/cli/desk.py) is not built yet"
    return None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class DeskServer:
    """``foidesk serve`` as a subprocess on 127.0.0.1, with its own database."""

    workdir: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The server's base address, without a trailing slash."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        """Where the server's standard output and error go."""
        return self.workdir / "serve.log"

    def env(self) -> dict[str, str]:
        """Environment for the server and anything preparing its database."""
        data = self.workdir / "data"
        data.mkdir(parents=True, exist_ok=True)
        return {
            **os.environ,
            "FOIDESK_DATA_DIR": str(data),
            "FOIDESK_DATABASE_URL": f"sqlite:///{data / 'desk.sqlite3'}",
            "PYTHONUNBUFFERED": "1",
        }

    def start(self, timeout: float = START_TIMEOUT_S) -> None:
        """Start the server and wait until ``/`` answers; raise RuntimeError if it does not."""
        command = [sys.executable, "-m", "foidesk", "serve", "--host", "127.0.0.1"]
        command += ["--port", str(self.port)]
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                command, cwd=self.workdir, env=self.env(), stdout=log, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"foidesk serve exited early:\n{self.output()[-2000:]}")
            if self._answers():
                return
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"foidesk serve did not answer in {timeout:.0f} s:\n{self.output()}")

    def _answers(self) -> bool:
        try:
            with urllib.request.urlopen(self.url + "/", timeout=2) as reply:
                return int(reply.status) < 500
        except urllib.error.HTTPError as exc:
            return exc.code < 500
        except OSError:
            return False

    def output(self) -> str:
        """What the server has printed so far."""
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def stop(self) -> None:
        """Stop the server (terminate, then kill after 10 s)."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
