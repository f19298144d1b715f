"""Reading benchmark: documents a second by format, where the time goes, and memory.

Run with ``python -m bench.read`` (or ``make bench`` once ``read`` is in
``bench.runner.SUITES``). The corpus is generated into bench/out/ on first use
(``bench/corpus.py``). Figures:

* documents a second for txt (10,000), docx (1,000) and pdf (1,000) read with
  :func:`foidesk.read.read_many` over every core (wall clock);
* per document CPU time of extraction, cleaning and analysis, in one process;
* analysis (clean + analyse) documents a second per core on the text corpus;
* peak resident memory reading 1,000 and 10,000 text documents (parent plus
  largest worker), and reading one 200 MB text file with the limit raised (its first
  4 MB analysed, the record marked truncated).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from itertools import islice

from bench.corpus import big_text, corpus
from bench.runner import Figure

SUITE = "read"
TXT_RATE = 10_000
"""Text documents timed for the rate: the whole generated corpus (about 25 s on 2 cores)."""
SAMPLE = 200
"""Documents a format timed step by step in one process."""


def _pool_rate(kind: str, limit: int | None = None) -> Figure:
    from foidesk.read import read_many

    paths = sorted(corpus(kind).iterdir())[:limit]
    started = time.perf_counter()
    failed = [outcome.error for outcome in read_many(paths) if not outcome.ok]
    elapsed = time.perf_counter() - started
    if failed:
        raise RuntimeError(f"{len(failed)} of the {kind} corpus failed to read: {failed[0]}")
    cores = os.cpu_count() or 1
    return Figure(
        SUITE, f"{kind}: {len(paths):,} docs, {cores} cores", len(paths) / elapsed, "docs/s"
    )


def _split(kind: str) -> list[Figure]:
    from foidesk.read.analyse import analyse
    from foidesk.read.clean import clean
    from foidesk.read.extract import extract
    from foidesk.record.model import Source

    paths = list(islice(sorted(corpus(kind).iterdir()), SAMPLE))
    warm = extract(paths[0])  # load the statutes and compile the patterns untimed
    analyse(clean(warm.text, format=warm.format), source=Source(path=str(paths[0])))
    times = {"extract": 0.0, "clean": 0.0, "analyse": 0.0}
    for path in paths:
        start = time.process_time()
        extracted = extract(path)
        middle = time.process_time()
        cleaned = clean(extracted.text, format=extracted.format)
        after = time.process_time()
        analyse(
            cleaned, source=Source(path=str(path), format=extracted.format, text=extracted.text)
        )
        end = time.process_time()
        times["extract"] += middle - start
        times["clean"] += after - middle
        times["analyse"] += end - after
    total = sum(times.values())
    figures = [
        Figure(SUITE, f"{kind}: {step} per doc ({100 * spent / total:.0f}%)",
               1000 * spent / len(paths), "ms CPU")
        for step, spent in times.items()
    ]  # fmt: skip
    if kind == "txt":
        per_doc = (times["clean"] + times["analyse"]) / len(paths)
        figures.append(
            Figure(
                SUITE,
                "txt: analysis docs/s per core (clean + analyse)",
                1 / per_doc,
                "docs/s",
                ">= 1,000",
            )
        )
    return figures


_CHILD = """
import os, resource, sys, threading, time
from pathlib import Path
from foidesk.read import read_many

def descendants():
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    parents[int(entry)] = int(handle.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                pass
    found, todo = set(), [os.getpid()]
    while todo:
        pid = todo.pop()
        kids = [child for child, parent in parents.items() if parent == pid]
        found.update(kids)
        todo += kids
    return found

peak = {}
done = threading.Event()

def watch():
    while not done.is_set():
        for pid in descendants():
            try:
                with open(f"/proc/{pid}/status") as handle:
                    for line in handle:
                        if line.startswith("VmHWM:"):
                            peak[pid] = max(peak.get(pid, 0), int(line.split()[1]))
            except OSError:
                pass
        time.sleep(0.25)

thread = threading.Thread(target=watch, daemon=True)
thread.start()
paths = sorted(Path(sys.argv[1]).iterdir())[: int(sys.argv[2])]
failed = sum(1 for outcome in read_many(paths) if not outcome.ok)
done.set()
thread.join()
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(me, max(peak.values(), default=0), failed)
"""

_BIG = """
import resource, sys, time
from foidesk.read import read_file
from foidesk.read.extract import Limits
started = time.perf_counter()
read_file(sys.argv[1], limits=Limits(max_bytes=400 * 1024 * 1024, timeout=0))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.perf_counter() - started)
"""
"""The 200 MB file is read whole (extract, clean, analyse) with the size limit raised: the
first ``Limits.max_text`` (4 MB) is decoded and analysed, the rest only hashed."""


def _run(code: str, *args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    return result.stdout.split()


def _memory() -> list[Figure]:
    folder = str(corpus("txt"))
    figures = []
    for count in (1_000, 10_000):
        me, kids, _failed = (int(v) for v in _run(_CHILD, folder, str(count)))
        figures.append(Figure(SUITE, f"peak RSS, {count:,} txt docs (parent)", me / 1024, "MB"))
        figures.append(Figure(SUITE, f"peak RSS, {count:,} txt docs (worker)", kids / 1024, "MB"))
    rss, seconds = _run(_BIG, str(big_text()))
    name = "one 200 MB txt (read_file, 4 MB analysed)"
    figures.append(Figure(SUITE, f"peak RSS, {name}", int(rss) / 1024, "MB", "a few hundred"))
    figures.append(Figure(SUITE, f"time, {name}", float(seconds), "s"))
    return figures


def run() -> list[Figure]:
    """Every figure of the reading benchmark."""
    figures = [_pool_rate("txt", TXT_RATE), _pool_rate("docx"), _pool_rate("pdf")]
    for kind in ("txt", "docx", "pdf"):
        figures += _split(kind)
    figures += _memory()
    return figures


def main() -> None:
    """Print the figures as a table."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title="foidesk read benchmark")
    for column in ("measure", "value", "unit", "target"):
        table.add_column(column)
    for fig in run():
        table.add_row(fig.name, f"{fig.value:,.2f}", fig.unit, fig.target)
    Console().print(table)


if __name__ == "__main__":
    main()
