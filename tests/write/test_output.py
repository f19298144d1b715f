"""Writing files: whole or not at all; invalid records refused with every problem."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from foidesk.errors import InvalidRecord, WriteError
from foidesk.record.model import Claim, Outcome, Response
from foidesk.write import format_for, write_atomic, write_notice

INVALID = Response(
    reference="X/1",
    outcome=Outcome.NCND,
    claims=[Claim(citation="31(1)(a)"), Claim(citation="99")],
)


def test_an_invalid_record_is_refused_with_all_problems_and_no_file(tmp_path: Path) -> None:
    out = tmp_path / "notice.docx"
    with pytest.raises(InvalidRecord) as caught:
        write_notice(INVALID, out, "docx")
    problems = caught.value.problems
    assert any("public interest test is required" in p for p in problems)
    assert any("no section 99" in p for p in problems)
    assert any("outcome is ncnd" in p for p in problems)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_the_old_file_untouched(tmp_path: Path) -> None:
    out = tmp_path / "notice.md"
    out.write_text("the old notice", encoding="utf-8")
    with pytest.raises(InvalidRecord):
        write_notice(INVALID, out, "md")
    assert out.read_text(encoding="utf-8") == "the old notice"
    assert [p.name for p in tmp_path.iterdir()] == ["notice.md"]


def test_write_atomic_replaces_whole_and_leaves_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "a.md"
    write_atomic(out, b"first")
    write_atomic(out, b"second")
    assert out.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_write_atomic_names_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="folder for the output does not exist"):
        write_atomic(tmp_path / "no" / "a.md", b"x")


@pytest.mark.parametrize(
    ("path", "given", "expected"),
    [
        ("n.docx", None, "docx"),
        ("n.PDF", None, "pdf"),
        ("n.htm", None, "html"),
        (None, None, "md"),
        ("n.txt", None, "md"),
        ("n.pdf", "md", "md"),
        (None, "HTML", "html"),
    ],
)
def test_format_for(path: str | None, given: str | None, expected: str) -> None:
    assert format_for(path, given) == expected


def test_an_unknown_format_is_named() -> None:
    with pytest.raises(WriteError, match="unknown format 'rtf'"):
        format_for(None, "rtf")


def test_write_atomic_gives_the_file_an_ordinary_mode(tmp_path: Path) -> None:
    """The temporary file is private (0600); the finished notice follows the umask like any file."""
    old = os.umask(0o022)
    try:
        out = write_atomic(tmp_path / "notice.md", b"text")
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
