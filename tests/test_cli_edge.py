"""The CLI edge: every library error becomes one line on stderr and exit status 2.

These run the real command (``python -m foidesk``) in a subprocess, as a user would.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "foidesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("law", "show", "99"), "has no section 99"),
        (("law", "show", "not-a-section"), "not-a-section"),
        (("deadline", "31/02/2026"), "February 2026 has 28 days"),
        (("deadline", "12/18/2026"), "day first"),
        (("check", "--explain", "NOPE99"), "NOPE99"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("foidesk: error: ")
    assert message in lines[0]
    assert "Traceback" not in result.stderr


def test_unreadable_record_names_the_file(tmp_path: Path) -> None:
    record = tmp_path / "draft.json"
    record.write_text("{broken", encoding="utf-8")
    result = run("write", str(record), "--format", "md", "-o", str(tmp_path / "out.md"))
    assert result.returncode == 2
    assert str(record) in result.stderr
    assert not (tmp_path / "out.md").exists()


def test_version_and_help_list_every_command() -> None:
    assert run("--version").stdout.startswith("foidesk ")
    help_text = run("--help").stdout
    for command in ("law", "cite", "schema", "deadline", "read", "check", "rules", "write"):
        assert command in help_text
