"""Benchmarks of the precedent library, on a generated corpus.

* ingest rate: generated response files read by the real reader and stored (files/s), and
  the store alone in bulk batches, as the Dask path does (records/s);
* search latency, p50 and p95 over a fixed set of queries, at 10,000, 100,000 and 1,000,000
  paragraphs on SQLite (target: p95 under 50 ms at 1,000,000).

The large databases are built by inserting paragraphs directly in bulk (the FTS5 index is
kept by its triggers) and cached in ``bench/out/`` (git-ignored), so only the first run
pays for them. ``python -m bench.library`` runs this suite alone.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.runner import Figure

OUT = Path(__file__).parent / "out"
SIZES = (10_000, 100_000, 1_000_000)
PARAGRAPHS_PER_RESPONSE = 10
INGEST_FILES = 200
QUERIES = 200
SEED = 20240601
SUITE = "library"

_CONTENT_TEXT = """
cyber attack suppliers software firewall ransomware network server cloud data centre
surveillance camera drone firearms taser overtime budget contract vehicle fleet custody
stop search knife burglary fraud hate domestic abuse missing persons informant covert
tactics deployment intelligence terrorism counter protest football helicopter dog handler
forensic laboratory dna fingerprint body worn video radio airwave control room emergency
response times complaint misconduct vetting recruitment training diversity salary pension
sickness absence estate building lease energy
"""
_FILLER_TEXT = """
the of and to in that would be information public interest police force disclosure request
held not this which may with could as for it is on are by or an we our any release section
exemption confirm deny harm balance factors favour law enforcement prevention detection
crime security national community serve activity operational
"""
_CONTENT = _CONTENT_TEXT.split()
_FILLER = _FILLER_TEXT.split()


def _vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    syllables = ["ka", "lo", "mi", "ter", "vo", "sen", "ra", "pol", "dex", "un", "ber", "tis"]
    invented = {"".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(6000)}
    words = _FILLER + _CONTENT + sorted(invented - set(_FILLER) - set(_CONTENT))
    weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(words))]
    return words, weights


def _paragraph(rng: random.Random, words: list[str], weights: list[float]) -> str:
    chosen = rng.choices(words, weights, k=rng.randint(35, 90))
    chosen += rng.sample(_CONTENT, 2)
    rng.shuffle(chosen)
    return " ".join(chosen).capitalize() + "."


def _queries(rng: random.Random, words: list[str]) -> list[str]:
    pool = _CONTENT + words[len(_FILLER) + len(_CONTENT) : len(_FILLER) + len(_CONTENT) + 1500]
    return [" ".join(rng.sample(pool, rng.choice((1, 2, 2, 3)))) for _ in range(QUERIES)]


def _build(path: Path, paragraphs: int) -> None:
    """Create a migrated library at ``path`` holding ``paragraphs`` generated paragraphs."""
    from foidesk.library.django_setup import migrate, setup

    partial = path.with_suffix(".partial")
    for stale in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        stale.unlink(missing_ok=True)
    alias = setup(f"sqlite:///{partial}")
    migrate(alias)
    from django.db import connections

    connections[alias].close()
    rng = random.Random(SEED + paragraphs)
    words, weights = _vocabulary(rng)
    outcomes = ["refused", "partial", "ncnd", "disclosed", "not_held"]
    sections = ["31", "24", "40", "43", "38", "30", "21", "12"]
    db = sqlite3.connect(partial)
    db.execute("PRAGMA synchronous=OFF")
    with db:
        db.execute("INSERT INTO library_authority (id, name) VALUES (1, 'Generated Police')")
        for start in range(0, paragraphs // PARAGRAPHS_PER_RESPONSE, 5_000):
            responses, claims, rows = [], [], []
            last = min(start + 5_000, paragraphs // PARAGRAPHS_PER_RESPONSE)
            for rid in range(start + 1, last + 1):
                outcome = rng.choice(outcomes)
                date = f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                ncnd = outcome == "ncnd"
                source, sha, ref = f"/corpus/{rid}.txt", f"{rid:064x}", f"{rid}/24"
                stamp = "2024-01-01 00:00:00"
                row = (rid, source, sha, str(rid), "txt", ref, 1, "foia", outcome, ncnd, date)
                responses.append((*row, "", "{}", stamp))
                section = rng.choice(sections)
                claims.append((rid, rid, 0, f"{section}(1)(a)", section, "foia", ncnd, "", ""))
                for position in range(PARAGRAPHS_PER_RESPONSE):
                    text = _paragraph(rng, words, weights)
                    digest = f"{hash(text) & (2**256 - 1):064x}"
                    rows.append((rid, position, text, digest, "other", ""))
            db.executemany(
                "INSERT INTO library_response (id, source_path, sha256, key, format, reference,"
                " authority_id, regime, outcome, ncnd, date, request_text, record, ingested_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                responses,
            )
            db.executemany(
                "INSERT INTO library_claim (id, response_id, position, citation, section, regime,"
                " ncnd, likelihood, scope) VALUES (?,?,?,?,?,?,?,?,?)",
                claims,
            )
            db.executemany(
                "INSERT INTO library_paragraph (response_id, position, text, norm_hash, part, side)"
                " VALUES (?,?,?,?,?,?)",
                rows,
            )
    with db:
        db.execute("INSERT INTO library_paragraph_fts(library_paragraph_fts) VALUES ('optimize')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    partial.rename(path)


def _latencies(alias: str, queries: list[str]) -> list[float]:
    from foidesk.library.search import SearchFilters, search

    filters = [SearchFilters(), SearchFilters(exemption="31"), SearchFilters(ncnd=True)]
    search(queries[0], using=alias)  # open the connection, warm the cache
    timings = []
    for number, query in enumerate(queries):
        start = time.perf_counter()
        search(query, filters=filters[number % 3], limit=20, using=alias)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def _percentile(values: list[float], share: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(share * 100) - 1]


def _search_figures() -> list[Figure]:
    from foidesk.library.django_setup import setup

    OUT.mkdir(exist_ok=True)
    figures = []
    for size in SIZES:
        path = OUT / f"library-{size}.sqlite3"
        if not path.exists():
            started = time.perf_counter()
            _build(path, size)
            built = time.perf_counter() - started
            figures.append(Figure(SUITE, f"build {size:,} paragraphs (cached)", built, "s"))
        alias = setup(f"sqlite:///{path}")
        words, _ = _vocabulary(random.Random(SEED + size))
        timings = _latencies(alias, _queries(random.Random(SEED), words))
        target = "p95 < 50 ms" if size == 1_000_000 else ""
        p50, p95 = _percentile(timings, 0.5), _percentile(timings, 0.95)
        figures.append(Figure(SUITE, f"search p50 @ {size:,} paragraphs", p50, "ms"))
        figures.append(Figure(SUITE, f"search p95 @ {size:,} paragraphs", p95, "ms", target))
    return figures


def _ingest_figures() -> list[Figure]:
    from foidesk.library.django_setup import migrate, setup
    from foidesk.read import read_file

    rng = random.Random(SEED)
    words, weights = _vocabulary(rng)
    with tempfile.TemporaryDirectory() as home:
        corpus = Path(home) / "corpus"
        corpus.mkdir()
        for number in range(INGEST_FILES):
            body = "\n\n".join(_paragraph(rng, words, weights) for _ in range(12))
            text = f"Request Reference: {number}/24\n\nHarm\n\n{body}\n\nBalancing Test\n\n"
            (corpus / f"{number:04d}.txt").write_text(text, encoding="utf-8")
        alias = setup(f"sqlite:///{Path(home) / 'ingest.sqlite3'}")
        migrate(alias)
        from foidesk.library.ingest import ingest
        from foidesk.library.store import Incoming, save_responses

        started = time.perf_counter()
        report = ingest([corpus], using=alias, workers=None)
        elapsed = time.perf_counter() - started
        assert report.counts["stored"] == INGEST_FILES, report.counts
        records = [read_file(p) for p in sorted(corpus.glob("*.txt"))]
        bulk = setup(f"sqlite:///{Path(home) / 'bulk.sqlite3'}")
        migrate(bulk)
        started = time.perf_counter()
        for start in range(0, len(records), 100):
            batch = records[start : start + 100]
            items = [
                Incoming(r, f"/bulk/{start + i}.txt", f"{start + i:064x}")
                for i, r in enumerate(batch)
            ]
            save_responses(items, using=bulk)
        stored = time.perf_counter() - started
    return [
        Figure(
            SUITE, f"ingest (read + store), {INGEST_FILES} files", INGEST_FILES / elapsed, "files/s"
        ),
        Figure(SUITE, "store in bulk batches of 100", len(records) / stored, "records/s"),
    ]


def run() -> list[Figure]:
    """Every figure of the library suite."""
    return _ingest_figures() + _search_figures()


if __name__ == "__main__":
    for figure in run():
        sys.stdout.write(f"{figure.name}: {figure.value:,.2f} {figure.unit} {figure.target}\n")
