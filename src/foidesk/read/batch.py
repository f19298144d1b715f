"""Reading many documents at once, over every core, one bad file never stopping the rest.

Reading is a pure function of one file, so files are sent in small chunks to a
pool of worker processes (:class:`concurrent.futures.ProcessPoolExecutor`) and
the records come back in input order, a few chunks ahead at most: memory stays
flat however many files there are. A worker that crashes or stops responding
(a library stuck on a damaged file) is replaced, and the files it held are
tried again one at a time, so only the file at fault is reported.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from foidesk import errors
from foidesk.errors import ReadError
from foidesk.read.extract import SUPPORTED_SUFFIXES, Limits
from foidesk.read.pipeline import read_file
from foidesk.record.model import Response

MAX_CHUNK = 16
GRACE = 30.0
"""Seconds a chunk may take beyond its files' own time limits before its worker is replaced."""


@dataclass(frozen=True)
class ReadOutcome:
    """What reading one file gave: a Response, or the error that says why not."""

    path: str
    response: Response | None = None
    error: ReadError | None = None

    @property
    def ok(self) -> bool:
        """True when the file was read."""
        return self.response is not None


def read_one(path: str | Path, limits: Limits | None = None) -> ReadOutcome:
    """Read one file, turning every failure into a :class:`ReadError` for that file."""
    source = str(path)
    try:
        return ReadOutcome(source, response=read_file(path, limits=limits))
    except ReadError as exc:
        return ReadOutcome(source, error=exc)
    except Exception as exc:  # a bug must not stop a batch of ten thousand
        error = ReadError(f"internal error while reading ({type(exc).__name__}: {exc})")
        error.source = source
        return ReadOutcome(source, error=error)


Packed = tuple[str, Response | None, tuple[str, str, str | None] | None]


def _pack(outcome: ReadOutcome) -> Packed:
    error = outcome.error
    if error is None:
        return outcome.path, outcome.response, None
    return outcome.path, None, (type(error).__name__, error.message, error.source)


def _unpack(packed: Packed) -> ReadOutcome:
    path, response, error = packed
    if error is None:
        return ReadOutcome(path, response=response)
    name, message, source = error
    kind = getattr(errors, name, ReadError)
    if not (isinstance(kind, type) and issubclass(kind, ReadError)):
        kind = ReadError
    return ReadOutcome(path, error=kind(message, source=source))


def _work(paths: list[str], limits: Limits) -> list[Packed]:
    return [_pack(read_one(path, limits)) for path in paths]


@dataclass
class _Job:
    paths: list[str]
    retried: bool = False
    future: Future[list[Packed]] | None = None
    done: list[Packed] = field(default_factory=list)


def _failed(path: str, message: str) -> ReadOutcome:
    error = ReadError(message)
    error.source = path
    return ReadOutcome(path, error=error)


class _Pool:
    """A process pool that can be thrown away and replaced when a worker is stuck."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else None
        context = multiprocessing.get_context(method)
        if method == "forkserver":
            context.set_forkserver_preload(["foidesk.read"])
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=context)

    def replace(self) -> None:
        processes: dict[Any, Any] = getattr(self.executor, "_processes", None) or {}
        for process in list(processes.values()):
            process.kill()
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _pooled(chunks: list[list[str]], workers: int, limits: Limits) -> Iterator[ReadOutcome]:
    queue = deque(_Job(chunk) for chunk in chunks)
    window = workers * 2
    pool = _Pool(workers)
    try:
        while queue:
            for job in list(queue)[:window]:
                if job.future is None and not job.done:
                    job.future = pool.executor.submit(_work, job.paths, limits)
            head = queue[0]
            if head.done:
                queue.popleft()
                yield from (_unpack(item) for item in head.done)
                continue
            assert head.future is not None
            watchdog = (limits.timeout or 600.0) * len(head.paths) + GRACE
            try:
                head.done = head.future.result(timeout=watchdog)
            except (BrokenProcessPool, FutureTimeout) as exc:
                stuck = isinstance(exc, FutureTimeout)
                yield from _recover(queue, window, stuck, limits)
                pool.replace()
    finally:
        pool.close()


def _recover(queue: deque[_Job], window: int, stuck: bool, limits: Limits) -> Iterator[ReadOutcome]:
    """After the pool broke: keep finished chunks, retry the rest a file at a time."""
    head = queue[0]
    if head.retried:
        queue.popleft()
        reason = (
            f"the reader stopped responding (over {limits.timeout:g} s) on this file"
            if stuck
            else "the reader crashed on this file; it may be damaged"
        )
        yield _failed(head.paths[0], reason)
    in_flight = list(queue)[:window]
    rest = list(queue)[window:]
    queue.clear()
    for job in in_flight:
        if job.future is not None and job.future.done() and job.future.exception() is None:
            job.done = job.future.result()
            queue.append(job)
        elif job.done:
            queue.append(job)
        else:
            queue.extend(_Job([path], retried=True) for path in job.paths)
    queue.extend(rest)


def read_many(
    paths: Iterable[str | Path],
    *,
    workers: int | None = None,
    limits: Limits | None = None,
) -> Iterator[ReadOutcome]:
    """Read many files, yielding one :class:`ReadOutcome` a file, in the order given.

    Never raises for one bad file: its outcome carries the error instead.

    Args:
        paths: the files to read.
        workers: processes to use (default: every core; 1 reads in this process).
        limits: size and safety limits for every file.
    """
    limits = limits or Limits()
    names = [str(path) for path in paths]
    count = workers or os.cpu_count() or 1
    if count <= 1 or len(names) <= 2:
        yield from (read_one(name, limits) for name in names)
        return
    size = max(1, min(MAX_CHUNK, len(names) // (count * 4)))
    chunks = [names[i : i + size] for i in range(0, len(names), size)]
    yield from _pooled(chunks, count, limits)


def collect(target: str | Path) -> tuple[list[Path], list[Path]]:
    """The documents in a folder (recursively, in name order), and the files skipped.

    Hidden files and folders are ignored; files whose suffix foidesk does not read
    are returned as skipped. A file given directly is returned as it is.
    """
    target = Path(target)
    if not target.is_dir():
        return [target], []
    found: list[Path] = []
    skipped: list[Path] = []
    for root, dirs, files in os.walk(target):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            (found if path.suffix.lower() in SUPPORTED_SUFFIXES else skipped).append(path)
    return found, skipped
