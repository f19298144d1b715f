"""Read documents into the library: ``foidesk ingest DIR|FILE...``.

Each file is read by the reader (:func:`foidesk.read.read_file`; a ``.json`` file is taken
as a Response record) and saved in its own transaction, so a failure or an interruption
never leaves half a response behind. Ingest can be resumed: a file whose path and content
hash (sha256) are already in the library is skipped, so running the command again after an
interruption finishes the job. A file that cannot be read is reported and skipped; the rest
are ingested.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from foidesk.errors import FoideskError, LibraryError
from foidesk.library.models import StoredResponse
from foidesk.library.store import Incoming, save_response, save_responses
from foidesk.read import SUPPORTED_SUFFIXES, read_file, read_many
from foidesk.record.io import load_record
from foidesk.record.model import Response

SUFFIXES = frozenset({*SUPPORTED_SUFFIXES, ".json"})
"""The files a folder is searched for (a file named on the command line is always tried)."""

Reader = Callable[[Path], Response]
Progress = Callable[["FileResult", int], None]


class Status(StrEnum):
    """What became of one file."""

    STORED = "stored"
    UNCHANGED = "unchanged"
    FAILED = "failed"


@dataclass(frozen=True)
class FileResult:
    """One file's fate: stored (with its id), unchanged since last time, or failed (why)."""

    path: str
    status: Status
    message: str = ""
    response_id: int | None = None


@dataclass
class IngestReport:
    """Every file's result, in the order they were finished."""

    results: list[FileResult] = field(default_factory=list)

    def of(self, status: Status) -> list[FileResult]:
        """The results with this status."""
        return [r for r in self.results if r.status is status]

    @property
    def counts(self) -> dict[str, int]:
        """How many files were stored, unchanged and failed."""
        return {s.value: len(self.of(s)) for s in Status}


def read_document(path: Path) -> Response:
    """The reader used by ingest: a ``.json`` record as it is, any other file read.

    Raises:
        FoideskError: a ReadError (or InvalidRecord) naming the file.
    """
    if path.suffix.lower() == ".json":
        return load_record(path)
    return read_file(path)


def read_safely(reader: Reader, path: Path) -> Response | str:
    """The record, or the reason the file could not be read (never raises for a bad file)."""
    try:
        return reader(path)
    except FoideskError as exc:
        return exc.message
    except Exception as exc:  # a reader bug must not stop a batch of ten thousand files
        return f"internal error while reading ({type(exc).__name__}: {exc})"


def discover(paths: Iterable[str | Path]) -> Iterator[Path | FileResult]:
    """The files to ingest: each file given, and the supported files under each folder.

    A path that does not exist comes back as a failed :class:`FileResult`.
    """
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            found = (p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
            yield from sorted(p.resolve() for p in found if not _hidden(p, path))
        elif path.is_file():
            yield path.resolve()
        else:
            yield FileResult(str(path), Status.FAILED, "no such file or folder")


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes.

    Raises:
        LibraryError: when the file cannot be opened.
    """
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as exc:
        raise LibraryError(f"cannot open the file: {exc.strerror}", source=path) from None
    return digest.hexdigest()


def known_hashes(paths: Iterable[str], *, using: str = "default") -> dict[str, str]:
    """The stored sha256 of each of these source paths that is in the library."""
    wanted = list(paths)
    found: dict[str, str] = {}
    manager = StoredResponse.objects.using(using)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(manager.filter(source_path__in=chunk).values_list("source_path", "sha256"))
    return found


def prepare(response: Response, path: Path, sha256: str) -> Response:
    """The record as stored: its source path and hash filled in where the reader left none."""
    if response.source.path and response.source.sha256:
        return response
    copy = response.model_copy(deep=True)
    copy.source.path = copy.source.path or str(path)
    copy.source.sha256 = copy.source.sha256 or sha256
    return copy


def _save(path: Path, sha256: str, read: Response | str, using: str) -> FileResult:
    name = str(path)
    if isinstance(read, str):
        return FileResult(name, Status.FAILED, read)
    try:
        stored = save_response(prepare(read, path, sha256), path=name, sha256=sha256, using=using)
    except FoideskError as exc:
        return FileResult(name, Status.FAILED, exc.message)
    return FileResult(name, Status.STORED, response_id=stored)


def _read_all(
    todo: list[tuple[Path, str]], reader: Reader | None, workers: int | None
) -> Iterator[tuple[Path, str, Response | str]]:
    """Read the files, in parallel with the reader's pool when the default reader is used."""
    if reader is not None or workers == 1:
        for path, sha256 in todo:
            yield path, sha256, read_safely(reader or read_document, path)
        return
    records = [(p, s) for p, s in todo if p.suffix.lower() == ".json"]
    for path, sha256 in records:
        yield path, sha256, read_safely(read_document, path)
    documents = {str(p): (p, s) for p, s in todo if p.suffix.lower() != ".json"}
    for outcome in read_many(list(documents), workers=workers):
        path, sha256 = documents[outcome.path]
        error = outcome.error.message if outcome.error else "the reader gave nothing"
        yield path, sha256, outcome.response if outcome.response is not None else error


def ingest(
    paths: Iterable[str | Path],
    *,
    using: str = "default",
    reader: Reader | None = None,
    workers: int | None = 1,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest files and folders into the library, one transaction per file.

    Args:
        paths: files and folders (folders are searched recursively).
        using: the database alias.
        reader: turns a file into a Response (default: :func:`read_document`).
        workers: reading processes for the default reader (None: every core).
        progress: called after each file with its result and the number of files in all.
    """
    found = list(discover(paths))
    report = IngestReport()
    files = [p for p in found if isinstance(p, Path)]
    known = known_hashes((str(p) for p in files), using=using)
    total = len(found)
    todo: list[tuple[Path, str]] = []
    for item in found:
        if isinstance(item, FileResult):
            notify(progress, report, item, total)
            continue
        try:
            sha256 = file_sha256(item)
        except LibraryError as exc:
            notify(progress, report, FileResult(str(item), Status.FAILED, exc.message), total)
            continue
        if known.get(str(item)) == sha256:
            notify(progress, report, FileResult(str(item), Status.UNCHANGED), total)
        else:
            todo.append((item, sha256))
    for path, sha256, read in _read_all(todo, reader, workers):
        notify(progress, report, _save(path, sha256, read, using), total)
    return report


def notify(progress: Progress | None, report: IngestReport, result: FileResult, total: int) -> None:
    """Record a file's result and tell the progress callback."""
    report.results.append(result)
    if progress is not None:
        progress(result, total)


def store_batch(batch: list[Incoming], report: IngestReport, *, using: str) -> None:
    """Save a batch in one transaction; if it is refused, save its files one by one."""
    try:
        ids = save_responses(batch, using=using)
    except LibraryError:
        for item in batch:
            try:
                one = save_responses([item], using=using)[0]
            except LibraryError as exc:
                report.results.append(FileResult(item.path, Status.FAILED, exc.message))
            else:
                report.results.append(FileResult(item.path, Status.STORED, response_id=one))
        return
    for item, stored in zip(batch, ids, strict=True):
        report.results.append(FileResult(item.path, Status.STORED, response_id=stored))
