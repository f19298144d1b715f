"""Collects the benchmark suites and prints their figures as one Rich table.

Each suite is a module in ``bench/`` with ``run() -> list[Figure]``. ``python -m bench`` runs
them all; ``python -m bench read library`` runs only those named.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass

from rich.console import Console
from rich.table import Table

SUITES: tuple[str, ...] = ("read", "check", "write", "library", "desk")


@dataclass(frozen=True)
class Figure:
    """One measured figure."""

    suite: str
    name: str
    value: float
    unit: str
    target: str = ""


def chosen(argv: list[str]) -> tuple[str, ...]:
    """The suites named on the command line (all of them when none is named)."""
    unknown = [name for name in argv if name not in SUITES]
    if unknown:
        raise SystemExit(
            f"bench: unknown suite {', '.join(unknown)}; choose from {', '.join(SUITES)}"
        )
    return tuple(argv) or SUITES


def main(argv: list[str] | None = None) -> None:
    """Run the chosen suites (``python -m bench [SUITE ...]``) and print one table."""
    names = chosen(sys.argv[1:] if argv is None else argv)
    table = Table(title="foidesk benchmarks")
    for column in ("suite", "measure", "value", "unit", "target"):
        table.add_column(column)
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        for fig in module.run():
            table.add_row(fig.suite, fig.name, f"{fig.value:,.2f}", fig.unit, fig.target)
    console = Console()
    if not console.is_terminal:
        console = Console(width=140)  # piped into a file: keep each figure on one line
    console.print(table)
