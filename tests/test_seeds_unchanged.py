"""The seeds in tests/fixtures are byte-for-byte the ones in ../shared/seeds."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEEDS

SHARED = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def test_five_seeds_are_present() -> None:
    assert len(list(SEEDS.glob("*.txt"))) == 5


def test_seeds_match_shared_copy_when_present() -> None:
    if not SHARED.is_dir():  # a checkout without ../shared beside it
        return
    for shared in sorted(SHARED.glob("*.txt")):
        assert (SEEDS / shared.name).read_bytes() == shared.read_bytes(), shared.name
