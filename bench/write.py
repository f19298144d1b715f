"""Benchmark: time to write a typical notice in each format (``python -m bench``).

The typical notice is ``examples/refusal-public-interest.yaml`` (two qualified
exemptions, each with harm and a public interest test; about 1,000 words) in the
example house style. Each format is rendered several times after a warm-up; the
median is reported. The self-check (the checker run over the notice before it is
written) is timed on its own, as it is the same for every format.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from bench.runner import Figure

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "refusal-public-interest.yaml"
STYLE = ROOT / "examples" / "house-style.toml"
TARGETS = {"md": "", "html": "< 100 ms", "docx": "< 100 ms", "pdf": "< 1000 ms"}
RUNS = {"md": 30, "html": 30, "docx": 20, "pdf": 8}


def _median_ms(action: Callable[[], object], runs: int) -> float:
    action()  # warm-up: imports, template compilation, font loading
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run() -> list[Figure]:
    """Median milliseconds to render the typical notice in each format, and to self-check."""
    from foidesk.write import load_draft, load_style, render_notice
    from foidesk.write.context import build_notice
    from foidesk.write.html import render_html
    from foidesk.write.notice import NOTICE_HTML
    from foidesk.write.selfcheck import findings_for

    draft = load_draft(EXAMPLE)
    style = load_style(STYLE)
    figures = []
    for fmt, target in TARGETS.items():
        ms = _median_ms(
            lambda fmt=fmt: render_notice(draft, fmt, style=style, check=False), RUNS[fmt]
        )
        figures.append(Figure("write", f"render {fmt}", ms, "ms", target))
    html = render_html(build_notice(draft, style), NOTICE_HTML)
    ms = _median_ms(lambda: findings_for(draft.response, html, None), 20)
    figures.append(Figure("write", "self-check (any format)", ms, "ms"))
    return figures


if __name__ == "__main__":
    for figure in run():
        print(f"{figure.name:28} {figure.value:9.1f} {figure.unit}  {figure.target}")
