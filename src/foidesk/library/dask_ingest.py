"""Ingest on a Dask cluster: ``foidesk ingest --dask tcp://HOST:PORT DIR``.

Reading is a pure function of one file (:func:`read_for_library`), so it runs on the
cluster's workers; the results come back as record JSON and are bulk-loaded into the
database in batches (``bulk_create``, one transaction per batch). As with the ordinary
ingest, files whose content has not changed are skipped, and a file that cannot be read is
reported and skipped. The workers must see the files at the same paths (a shared disk).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from foidesk.errors import LibraryError
from foidesk.library.ingest import (
    FileResult,
    IngestReport,
    Progress,
    Reader,
    Status,
    discover,
    file_sha256,
    known_hashes,
    notify,
    prepare,
    read_document,
    read_safely,
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
    except LibraryError as exc:
        return WorkerResult(path, error=exc.message)
    if sha256 == known_sha256:
        return WorkerResult(path, sha256)
    read = read_safely(reader, Path(path))
    if isinstance(read, str):
        return WorkerResult(path, sha256, error=read)
    response = prepare(read, Path(path), sha256)
    return WorkerResult(path, sha256, record_json=response.model_dump_json())


def ingest_with_dask(
    paths: Iterable[str | Path],
    address: str,
    *,
    using: str = "default",
    reader: Reader = read_document,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
    timeout: float = 10.0,
) -> IngestReport:
    """Read files on the Dask cluster at ``address`` and bulk-load them into the library.

    Raises:
        LibraryError: when the scheduler cannot be reached.
    """
    from distributed import Client, as_completed

    found = list(discover(paths))
    files = [str(p) for p in found if isinstance(p, Path)]
    report = IngestReport()
    known = known_hashes(files, using=using)
    total = len(found)
    for item in found:
        if isinstance(item, FileResult):
            notify(progress, report, item, total)
    try:
        client = Client(address, timeout=timeout)  # type: ignore[no-untyped-call]
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
            if outcome.error is not None:
                notify(
                    progress, report, FileResult(outcome.path, Status.FAILED, outcome.error), total
                )
            elif outcome.record_json is None:
                notify(progress, report, FileResult(outcome.path, Status.UNCHANGED), total)
            else:
                response = Response.model_validate_json(outcome.record_json)
                batch.append(Incoming(response, outcome.path, outcome.sha256))
            if len(batch) >= batch_size:
                _flush(batch, report, using, progress, total)
        _flush(batch, report, using, progress, total)
    return report


def _flush(
    batch: list[Incoming],
    report: IngestReport,
    using: str,
    progress: Progress | None,
    total: int,
) -> None:
    stored = IngestReport()
    store_batch(batch, stored, using=using)
    batch.clear()
    for result in stored.results:
        notify(progress, report, result, total)
