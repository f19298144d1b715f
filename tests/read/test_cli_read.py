"""``foidesk read``: records on stdout (or --out), people's summaries on stderr."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from foidesk.cli import app as cli_app
from foidesk.cli.app import app
from foidesk.cli.read import output_names
from foidesk.errors import DocumentTooLarge, ReadError
from foidesk.read import read_file
from foidesk.record.io import load_record
from foidesk.record.model import Response
from tests.conftest import SEEDS

RUNNER = CliRunner()
SEED = sorted(SEEDS.glob("*.txt"))[1]


def test_json_on_one_file_prints_one_record_following_the_schema() -> None:
    result = RUNNER.invoke(app, ["read", str(SEED), "--json"])
    assert result.exit_code == 0
    record = Response.model_validate_json(result.stdout)
    assert record == read_file(SEED)
    assert record.source.text == SEED.read_text(encoding="utf-8")
    assert result.stderr == ""


def test_no_text_drops_source_text_only() -> None:
    result = RUNNER.invoke(app, ["read", str(SEED), "--json", "--no-text"])
    record = json.loads(result.stdout)
    assert record["source"]["text"] is None
    assert record["source"]["sha256"] == read_file(SEED).source.sha256
    assert record["claims"]


def test_jsonl_on_a_folder_prints_one_record_a_line_in_name_order() -> None:
    result = RUNNER.invoke(app, ["read", str(SEEDS), "--jsonl", "--workers", "1"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 5
    paths = [json.loads(line)["source"]["path"] for line in lines]
    assert paths == [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    assert "read" in result.stderr
    assert "outcome ncnd" in result.stderr


def test_json_on_a_folder_is_an_array() -> None:
    result = RUNNER.invoke(app, ["read", str(SEEDS), "--json", "--workers", "1"])
    records = json.loads(result.stdout)
    assert [r["reference"] for r in records] == [
        read_file(p).reference for p in sorted(SEEDS.glob("*.txt"))
    ]


def test_out_writes_one_json_a_document(tmp_path: Path) -> None:
    out = tmp_path / "records"
    result = RUNNER.invoke(app, ["read", str(SEEDS), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 0
    assert result.stdout == ""
    written = sorted(out.glob("*.json"))
    assert [p.stem for p in written] == [p.stem for p in sorted(SEEDS.glob("*.txt"))]
    assert load_record(written[0]) == read_file(sorted(SEEDS.glob("*.txt"))[0])
    assert "wrote 5 records" in result.stderr


def test_output_names_keep_suffixes_only_when_stems_clash(tmp_path: Path) -> None:
    paths = [
        tmp_path / "a.pdf",
        tmp_path / "a.docx",
        tmp_path / "b.txt",
        tmp_path / "sub" / "c.eml",
    ]
    names = output_names(paths, tmp_path)
    assert [names[p].as_posix() for p in paths] == [
        "a.pdf.json",
        "a.docx.json",
        "b.json",
        "sub/c.json",
    ]


def test_people_get_a_table_per_file() -> None:
    result = RUNNER.invoke(app, ["read", str(SEED)])
    assert result.exit_code == 0
    response = read_file(SEED)
    assert response.reference is not None
    assert response.reference in result.stdout
    assert response.outcome.value in result.stdout
    for claim in response.claims:
        assert claim.citation in result.stdout
    assert "(NCND)" in result.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--json", "--jsonl"], "choose one of --json and --jsonl"),
        (["--max-size", "0"], "0.001"),
    ],
)
def test_bad_options_are_refused(args: list[str], words: str) -> None:
    result = RUNNER.invoke(app, ["read", str(SEED), *args])
    assert result.exit_code == 2
    assert words in result.stderr


def test_missing_target_is_refused(tmp_path: Path) -> None:
    result = RUNNER.invoke(app, ["read", str(tmp_path / "nope.pdf")])
    assert isinstance(result.exception, ReadError)
    assert str(result.exception) == f"{tmp_path / 'nope.pdf'}: no such file or folder"


def test_one_bad_file_is_one_line_and_exit_status_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "scan.docx"
    bad.write_bytes(b"not a zip")
    monkeypatch.setattr(sys, "argv", ["foidesk", "read", str(bad)])
    with pytest.raises(SystemExit) as exited:
        cli_app.main()
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err == f"foidesk: error: {bad}: not a Word .docx: the content is plain text\n"


def test_max_size_applies_to_the_cli(tmp_path: Path) -> None:
    result = RUNNER.invoke(app, ["read", str(SEED), "--max-size", "0.001"])
    assert isinstance(result.exception, DocumentTooLarge)
    assert "the limit is 1,048 bytes" in str(result.exception)
