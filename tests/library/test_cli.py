"""The library commands through Typer, on a SQLite file chosen by FOIDESK_DATABASE_URL."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from foidesk.cli import library as library_cli
from foidesk.errors import LibraryError
from tests.library.conftest import SEED_CLAIMS, seed_path

runner = CliRunner()


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()
    library_cli.register(app)

    @app.callback()
    def _root() -> None:
        """foidesk (test)."""

    return app


@pytest.fixture(scope="module")
def ingested(app: typer.Typer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("cli")
    folder = home / "seeds"
    folder.mkdir()
    for prefix in SEED_CLAIMS:
        shutil.copy(seed_path(prefix), folder)
    (folder / "broken.docx").write_bytes(b"this is not a zip file")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FOIDESK_DATABASE_URL", f"sqlite:///{home / 'cli.sqlite3'}")
        result = runner.invoke(app, ["ingest", str(folder), "--workers", "1"])
    assert result.exit_code == 1, result.output
    assert "stored 5, unchanged 0, failed 1" in result.stderr
    assert "broken.docx" in result.stderr
    return home


@pytest.fixture
def env(ingested: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FOIDESK_DATABASE_URL", f"sqlite:///{ingested / 'cli.sqlite3'}")
    return ingested


def _json(app: typer.Typer, *args: str) -> object:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_ingest_again_skips_everything(app: typer.Typer, env: Path) -> None:
    result = runner.invoke(app, ["ingest", str(env / "seeds"), "--workers", "1", "--json"])
    data = json.loads(result.stdout)
    assert data["counts"] == {"stored": 0, "unchanged": 5, "failed": 1}
    assert data["failed"][0]["file"].endswith("broken.docx")


def test_search_json_names_each_source_file(app: typer.Typer, env: Path) -> None:
    hits = _json(app, "search", "cyber attack suppliers", "--exemption", "31")
    assert isinstance(hits, list)
    assert hits
    assert all(Path(h["source"]).exists() for h in hits)
    assert all("«" in h["snippet"] for h in hits)


def test_search_table(app: typer.Typer, env: Path) -> None:
    result = runner.invoke(app, ["search", "public funds", "--limit", "2"])
    assert result.exit_code == 0
    assert "hit(s)" in result.stderr
    assert "public" in result.stdout


def test_bad_date_is_one_clear_line(app: typer.Typer, env: Path) -> None:
    result = runner.invoke(app, ["search", "x", "--from", "31/12/2023"])
    assert result.exit_code == 2
    assert "is not a date like 2024-03-31" in result.output


def test_arguments_json(app: typer.Typer, env: Path) -> None:
    groups = _json(app, "arguments", "--exemption", "31", "--side", "against")
    assert isinstance(groups, list)
    security = [g for g in groups if g["text"].startswith("Security measures are put in place")]
    assert len(security) == 1
    assert (
        len({Path(m["source"]).name for m in security[0]["members"]}) == security[0]["count"] == 3
    )


def test_similar_file_and_text(app: typer.Typer, env: Path) -> None:
    by_file = _json(app, "similar", str(env / "seeds" / seed_path("003").name))
    assert isinstance(by_file, list)
    assert by_file
    assert "why" in by_file[0]
    by_text = _json(app, "similar", "--text", "successful cyber attacks on police IT systems")
    assert isinstance(by_text, list)
    assert by_text


def test_similar_needs_one_input(app: typer.Typer, env: Path) -> None:
    result = runner.invoke(app, ["similar"])
    assert isinstance(result.exception, LibraryError)


def test_consistency_json(app: typer.Typer, env: Path) -> None:
    pairs = _json(app, "consistency")
    assert isinstance(pairs, list)
    for pair in pairs:
        assert set(pair) == {"ncnd", "other", "why"}


def test_stats_table_csv_and_charts(app: typer.Typer, env: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "stats",
            "--csv",
            str(tmp_path / "s.csv"),
            "--chart",
            str(tmp_path / "c"),
            "--chart-format",
            "svg",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "5 responses" in result.stdout
    assert (tmp_path / "s.csv").read_text(encoding="utf-8").startswith("table,key,")
    assert len(list((tmp_path / "c").glob("*.svg"))) == 4
    data = _json(app, "stats")
    assert isinstance(data, dict)
    assert data["responses"] == 5


def test_db_commands(app: typer.Typer, env: Path) -> None:
    assert runner.invoke(app, ["db", "migrate"]).exit_code == 0
    info = _json(app, "db", "info")
    assert isinstance(info, dict)
    assert info["vendor"] == "sqlite"
    assert info["pending_migrations"] == []
    assert info["responses"] == 5


def test_bad_database_url_is_a_library_error(
    app: typer.Typer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOIDESK_DATABASE_URL", "mysql://x/y")
    result = runner.invoke(app, ["stats"])
    assert isinstance(result.exception, LibraryError)
    assert "sqlite:///PATH or postgresql://" in str(result.exception)
