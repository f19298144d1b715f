"""Shared fixtures: the five seed responses, unchanged from ../shared/seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = FIXTURES / "seeds"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """The five West Midlands Police seed responses, in name order."""
    return sorted(SEEDS.glob("*.txt"))
