"""Ingest on a (local, loopback) Dask cluster, bulk-loaded into the database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from foidesk.errors import LibraryError
from foidesk.library.dask_ingest import ingest_with_dask, read_for_library
from foidesk.library.ingest import Status
from foidesk.library.models import StoredClaim, StoredResponse
from tests.library.conftest import SEED_CLAIMS, seed_path
from tests.library.test_ingest import _by_seed


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    from distributed import LocalCluster

    cluster = LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address=None,
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for prefix in SEED_CLAIMS:
        shutil.copy(seed_path(prefix), tmp_path)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    return tmp_path


def test_dask_ingest_bulk_loads_in_batches_and_resumes(
    library: str, scheduler: str, folder: Path
) -> None:
    report = ingest_with_dask([folder], scheduler, using=library, reader=_by_seed, batch_size=2)
    assert report.counts == {"stored": 5, "unchanged": 0, "failed": 1}
    assert Path(report.of(Status.FAILED)[0].path).name == "empty.txt"
    assert StoredResponse.objects.using(library).count() == 5
    assert StoredClaim.objects.using(library).count() == 8
    again = ingest_with_dask([folder], scheduler, using=library, reader=_by_seed)
    assert again.counts == {"stored": 0, "unchanged": 5, "failed": 1}


def test_worker_function_is_pure(folder: Path) -> None:
    path = str(next(folder.glob("000_*.txt")))
    first = read_for_library(path, None, _by_seed)
    assert first.record_json is not None
    assert first.error is None
    assert read_for_library(path, None, _by_seed) == first
    assert read_for_library(path, first.sha256, _by_seed).unchanged


def test_unreachable_scheduler_is_a_clear_error(sqlite_alias: str, folder: Path) -> None:
    with pytest.raises(LibraryError, match="cannot reach the Dask scheduler"):
        ingest_with_dask([folder], "tcp://127.0.0.1:9", using=sqlite_alias, timeout=0.5)
