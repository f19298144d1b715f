"""Ingest: one transaction per file, resumable by content hash, bad files reported and skipped."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from foidesk.errors import EmptyDocument
from foidesk.library import store
from foidesk.library.ingest import Status, ingest
from foidesk.library.models import StoredClaim, StoredParagraph, StoredResponse
from foidesk.record.io import dump_record
from foidesk.record.model import Response
from tests.library.conftest import SEED_CLAIMS, seed_path, seed_response


def _by_seed(path: Path) -> Response:
    """A reader that knows the seeds (built by hand), and nothing else."""
    if path.read_text(encoding="utf-8").strip() == "":
        raise EmptyDocument("the file has no text", source=path)
    response = seed_response(path.name[:3])
    response.source.text = path.read_text(encoding="utf-8")
    return response


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for prefix in SEED_CLAIMS:
        shutil.copy(seed_path(prefix), tmp_path / seed_path(prefix).name)
    return tmp_path


def _fts_rows(alias: str) -> int:
    from django.db import connections

    connection = connections[alias]
    sql = (
        "SELECT COUNT(*) FROM library_paragraph_fts"
        if connection.vendor == "sqlite"
        else "SELECT COUNT(*) FROM library_paragraph WHERE search IS NOT NULL"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return int(cursor.fetchone()[0])


def _consistent(alias: str) -> None:
    """Every row belongs to a response, and the full-text index matches the paragraphs."""
    responses = set(StoredResponse.objects.using(alias).values_list("pk", flat=True))
    assert set(StoredClaim.objects.using(alias).values_list("response_id", flat=True)) <= responses
    paragraphs = StoredParagraph.objects.using(alias)
    assert set(paragraphs.values_list("response_id", flat=True)) <= responses
    assert _fts_rows(alias) == paragraphs.count()


def test_ingest_stores_every_file(library: str, folder: Path) -> None:
    report = ingest([folder], using=library, reader=_by_seed)
    assert report.counts == {"stored": 5, "unchanged": 0, "failed": 0}
    assert StoredResponse.objects.using(library).count() == 5
    _consistent(library)


def test_second_run_skips_unchanged_files_and_rereads_changed_ones(
    library: str, folder: Path
) -> None:
    ingest([folder], using=library, reader=_by_seed)
    changed = next(folder.glob("002_*.txt"))
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\n\nA new closing line.\n", encoding="utf-8"
    )
    report = ingest([folder], using=library, reader=_by_seed)
    assert [Path(r.path).name[:3] for r in report.of(Status.STORED)] == ["002"]
    assert len(report.of(Status.UNCHANGED)) == 4
    assert StoredResponse.objects.using(library).count() == 5
    assert StoredParagraph.objects.using(library).filter(text="A new closing line.").count() == 1
    _consistent(library)


def test_unreadable_files_are_reported_and_the_rest_ingested(library: str, folder: Path) -> None:
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    report = ingest([folder, folder / "missing.pdf"], using=library, reader=_by_seed)
    failed = {Path(r.path).name: r.message for r in report.of(Status.FAILED)}
    assert set(failed) == {"empty.txt", "broken.json", "missing.pdf"}
    assert "no text" in failed["empty.txt"]
    assert "no such file" in failed["missing.pdf"]
    assert len(report.of(Status.STORED)) == 5


def test_record_json_files_are_ingested_as_records(library: str, tmp_path: Path) -> None:
    (tmp_path / "r.json").write_text(dump_record(seed_response("001")), encoding="utf-8")
    report = ingest([tmp_path], using=library)
    assert report.counts["stored"] == 1
    stored = StoredResponse.objects.using(library).get()
    assert stored.ncnd is True
    assert Response.model_validate(stored.record).claims[0].citation == "24(2)"


def test_interrupted_ingest_leaves_the_database_consistent_and_a_rerun_finishes(
    library: str, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = store._paragraph_rows
    calls = {"n": 0}

    def interrupt_third(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 3:  # the response and its claims are already inserted
            raise KeyboardInterrupt
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "_paragraph_rows", interrupt_third)
    with pytest.raises(KeyboardInterrupt):
        ingest([folder], using=library, reader=_by_seed)
    assert StoredResponse.objects.using(library).count() == 2
    assert StoredClaim.objects.using(library).count() == 3  # 000 has one claim, 001 two
    _consistent(library)

    monkeypatch.setattr(store, "_paragraph_rows", real)
    report = ingest([folder], using=library, reader=_by_seed)
    assert report.counts == {"stored": 3, "unchanged": 2, "failed": 0}
    assert StoredResponse.objects.using(library).count() == 5
    _consistent(library)


def test_real_reader_reads_the_seeds(library: str) -> None:
    report = ingest([seed_path(p) for p in SEED_CLAIMS], using=library, workers=1)
    assert not report.of(Status.FAILED), report.of(Status.FAILED)[0].message
    assert report.counts == {"stored": 5, "unchanged": 0, "failed": 0}
    stored = StoredResponse.objects.using(library)
    assert {Path(p).name[:3] for p in stored.values_list("source_path", flat=True)} == set(
        SEED_CLAIMS
    )
    assert StoredClaim.objects.using(library).filter(section="31").exists()
    _consistent(library)
