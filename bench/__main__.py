"""Run every benchmark and print one table (see docs/performance.md)."""

from __future__ import annotations

from bench.runner import main

main()
