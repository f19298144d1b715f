"""Collects the benchmark suites and prints their figures as one Rich table.

Each suite is a module in ``bench/`` with ``run() -> list[Figure]``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from rich.console import Console
from rich.table import Table

SUITES: tuple[str, ...] = ("read", "check", "write", "library")


@dataclass(frozen=True)
class Figure:
    """One measured figure."""

    suite: str
    name: str
    value: float
    unit: str
    target: str = ""


def main() -> None:
    """Run every suite and print the table."""
    table = Table(title="foidesk benchmarks")
    for column in ("suite", "measure", "value", "unit", "target"):
        table.add_column(column)
    for name in SUITES:
        module = importlib.import_module(f"bench.{name}")
        for fig in module.run():
            table.add_row(fig.suite, fig.name, f"{fig.value:,.2f}", fig.unit, fig.target)
    Console().print(table)
