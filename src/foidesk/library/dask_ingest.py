"""Ingest on a Dask cluster: ``foidesk ingest --dask tcp://HOST:PORT DIR``.

Reading is a pure function of one file (:func:`read_for_library`), so it runs on the
cluster's workers; the results come back as record JSON and are bulk-loaded into the
database in batches (``bulk_create``, one transaction per batch). As with the ordinary
ingest, files whose content has not changed are skipped, and a file that cannot be read is
reported and skipped. The workers must see the files at the same paths (a shared disk).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from foidesk.errors import FoideskError, LibraryError
from foidesk.library.ingest import (
    FileResult,
    IngestReport,
    Reader,
    Status,
    discover,
    file_sha256,
    known_hashes,
    prepare,
    read_document,
    store_batch,
)
from foidesk.library.store import Incoming
from foidesk.record.model import Response

BATCH_SIZE = 200


@dataclass(frozen=True)
class WorkerResult:
    """What a worker sends back for one file: the record JSON, or why there is none."""

    path: str
    sha256: str = ""
    record_json: str | None = None
    error: str | None = None

    @property
    def unchanged(self) -> bool:
        """True when the file was skipped because its content has not changed."""
        return self.record_json is None and self.error is None


def read_for_library(
    path: str, known_sha256: str | None, reader: Reader = read_document
) -> WorkerResult:
    """Hash and read one file (pure: no database, safe on any worker)."""
    try:
        sha256 = file_sha256(Path(path))
        if sha256 == known_sha256:
            return WorkerResult(path, sha256)
        response = prepare(reader(Path(path)), Path(path), sha256)
    except FoideskError as exc:
        return WorkerResult(path, error=exc.message)
    return WorkerResult(path, sha256, record_json=response.model_dump_json())


def ingest_with_dask(
    paths: Iterable[str | Path],
    address: str,
    *,
    using: str = "default",
    reader: Reader = read_document,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[FileResult, int], None] | None = None,
) -> IngestReport:
    """Read files on the Dask cluster at ``address`` and bulk-load them into the library.

    Raises:
        LibraryError: when the scheduler cannot be reached.
    """
    from distributed import Client, as_completed

    found = list(discover(paths))
    files = [str(p) for p in found if isinstance(p, Path)]
    report = IngestReport([r for r in found if isinstance(r, FileResult)])
    known = known_hashes(files, using=using)
    total = len(found)
    for result in report.results:
        _tell(progress, result, total)
    try:
        client = Client(address, timeout="10s")  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise LibraryError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    with client:
        futures = client.map(
            read_for_library, files, [known.get(f) for f in files], reader=reader, pure=False
        )
        batch: list[Incoming] = []
        for future in as_completed(futures):  # type: ignore[no-untyped-call]
            outcome: WorkerResult = future.result()
            future.release()
            item = _take(outcome, report)
            if item is not None:
                batch.append(item)
            if len(batch) >= batch_size:
                _flush(batch, report, using, progress, total)
            if item is None:
                _tell(progress, report.results[-1], total)
        _flush(batch, report, using, progress, total)
    return report


def _take(outcome: WorkerResult, report: IngestReport) -> Incoming | None:
    if outcome.error is not None:
        report.results.append(FileResult(outcome.path, Status.FAILED, outcome.error))
        return None
    if outcome.record_json is None:
        report.results.append(FileResult(outcome.path, Status.UNCHANGED))
        return None
    response = Response.model_validate_json(outcome.record_json)
    return Incoming(response, outcome.path, outcome.sha256)


def _flush(
    batch: list[Incoming],
    report: IngestReport,
    using: str,
    progress: Callable[[FileResult, int], None] | None,
    total: int,
) -> None:
    before = len(report.results)
    store_batch(batch, report, using=using)
    batch.clear()
    for result in report.results[before:]:
        _tell(progress, result, total)


def _tell(
    progress: Callable[[FileResult, int], None] | None, result: FileResult, total: int
) -> None:
    if progress is not None:
        progress(result, total)
