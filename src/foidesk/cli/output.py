"""Shared output helpers: Rich for people on standard error, JSON for programs on stdout."""

from __future__ import annotations

import json
import sys
from typing import Any

from rich.console import Console

err_console = Console(stderr=True)
"""Progress, summaries and messages for people: standard error, so output can be piped."""

out_console = Console()
"""Tables and reports for people on standard output."""


def print_json(data: Any) -> None:
    """Write ``data`` as indented JSON to standard output."""
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def print_jsonl(data: Any) -> None:
    """Write ``data`` as one line of JSON to standard output."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
