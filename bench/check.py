"""Checker speed: per-response check time over the seeds and the well-formed set.

Reading is done once, outside the timing; each response is then checked
``ROUNDS`` times (with the folder as the boilerplate library, as
``foidesk check DIR`` does) and the per-check times give the p50 and p95.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from bench.runner import Figure
from foidesk.check import InMemoryLibrary, check
from foidesk.read import read_file

ROOT = Path(__file__).parents[1] / "tests" / "fixtures"
ROUNDS = 20


def _timings() -> list[float]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "wellformed").glob("*.txt"))
    responses = [read_file(p) for p in paths]
    library = InMemoryLibrary.from_responses(responses)
    check(responses[0], library=library)  # load the rules and the law catalogue once
    times = []
    for _ in range(ROUNDS):
        for response in responses:
            start = time.perf_counter()
            check(response, library=library)
            times.append((time.perf_counter() - start) * 1000)
    return times


def run() -> list[Figure]:
    """p50 and p95 of the time to check one response, in milliseconds."""
    times = _timings()
    cuts = statistics.quantiles(times, n=100)
    return [
        Figure("check", "per-response check p50", cuts[49], "ms", "< 50 ms"),
        Figure("check", "per-response check p95", cuts[94], "ms", "< 50 ms"),
        Figure("check", "responses checked", len(times), "checks", ""),
    ]


if __name__ == "__main__":
    for figure in run():
        print(f"{figure.name}: {figure.value:.2f} {figure.unit}")
