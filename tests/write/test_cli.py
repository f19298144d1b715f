"""``foidesk write``: both forms, every format, and one-line errors with exit status 2."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from foidesk.cli.app import app
from tests.write.helpers import EXAMPLES, HOUSE_STYLE

runner = CliRunner()
REFUSAL = str(EXAMPLES / "refusal-public-interest.yaml")


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        from foidesk.errors import FoideskError

        assert isinstance(result.exception, FoideskError), result.exception
        return 2, result.stdout, str(result.exception)
    return result.exit_code, result.stdout, result.stderr


def test_the_issue_spelling_writes_a_docx(tmp_path: Path) -> None:
    out = tmp_path / "notice.docx"
    code, _, err = invoke("write", REFUSAL, "--format", "docx", "-o", str(out))
    assert code == 0, err
    document = docx.Document(io.BytesIO(out.read_bytes()))
    assert document.core_properties.title == "Freedom of Information request 658A/22"
    assert "Wrote the notice" in err


@pytest.mark.parametrize("suffix", ["md", "html", "docx", "pdf"])
def test_the_format_follows_the_output_suffix(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"notice.{suffix}"
    code, _, err = invoke("write", REFUSAL, "-o", str(out), "--style", str(HOUSE_STYLE))
    assert code == 0, err
    magic = {"md": b"**West", "html": b"<!DOCTYPE html>", "docx": b"PK", "pdf": b"%PDF"}
    assert out.read_bytes().startswith(magic[suffix])


def test_markdown_goes_to_stdout_without_o() -> None:
    code, out, _ = invoke("write", REFUSAL)
    assert code == 0
    assert out.startswith("**West Midlands Police**")


def test_json_summary(tmp_path: Path) -> None:
    out = tmp_path / "n.html"
    code, stdout, _ = invoke("write", REFUSAL, "-o", str(out), "--json")
    assert code == 0
    data = json.loads(stdout)
    assert data == {"format": "html", "output": str(out), "bytes": out.stat().st_size}


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["write", "missing.yaml"], "cannot open the notice"),
        (["write", REFUSAL, "--format", "rtf"], "unknown format 'rtf'"),
        (["write", REFUSAL, "--format", "pdf"], "give a file with -o"),
        (["write", REFUSAL, "--style", "nope.toml"], "cannot open the house style"),
        (["write", "review-request"], "needs the response you received"),
        (["write", REFUSAL, "extra.txt"], "unexpected argument"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], words: str) -> None:
    code, _, err = invoke(*args)
    assert code == 2
    assert words in err
    assert "\n" not in err.strip()


def test_a_notice_failing_its_own_check_is_refused_unless_forced(tmp_path: Path) -> None:
    record = Path(__file__).parent / "fixtures" / "seed-003.yaml"
    out = tmp_path / "n.md"
    code, _, err = invoke("write", str(record), "-o", str(out))
    assert code == 2
    assert "NCND03" in err
    assert not out.exists()
    code, _, err = invoke("write", str(record), "-o", str(out), "--force")
    assert code == 0
    assert out.exists()
