"""Statistics: by outcome, exemption, NCND rate, authority and month; CSV and charts."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from foidesk.errors import LibraryError
from foidesk.library.charts import write_charts
from foidesk.library.stats import Row, library_stats, write_csv


def _table(rows: list[Row]) -> dict[str, tuple[int, int]]:
    return {r.key: (r.responses, r.ncnd) for r in rows}


def test_counts(seeded: str) -> None:
    stats = library_stats(using=seeded)
    assert (stats.total, stats.ncnd) == (5, 1)
    assert stats.ncnd_rate == pytest.approx(0.2)
    assert _table(stats.by_outcome) == {"refused": (3, 0), "ncnd": (1, 1), "partial": (1, 0)}
    assert _table(stats.by_exemption) == {"s31": (5, 1), "s24": (2, 1)}
    assert _table(stats.by_authority) == {"West Midlands Police": (5, 1)}
    assert _table(stats.by_month) == {
        "2021-03": (1, 1),
        "2022-02": (1, 0),
        "2022-06": (1, 0),
        "2023-12": (1, 0),
        "unknown": (1, 0),
    }


def test_filters(seeded: str) -> None:
    stats = library_stats(
        date_from=dt.date(2022, 1, 1), date_to=dt.date(2022, 12, 31), using=seeded
    )
    assert stats.total == 2
    assert library_stats(authority="kent", using=seeded).total == 0


def test_csv(seeded: str, tmp_path: Path) -> None:
    path = write_csv(library_stats(using=seeded), tmp_path / "stats.csv")
    rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    assert rows[0] == {
        "table": "total",
        "key": "all",
        "responses": "5",
        "ncnd": "1",
        "ncnd_rate": "0.2000",
    }
    assert {
        "table": "exemption",
        "key": "s24",
        "responses": "2",
        "ncnd": "1",
        "ncnd_rate": "0.5000",
    } in rows


@pytest.mark.parametrize(("fmt", "magic"), [("png", b"\x89PNG"), ("svg", b"<?xml")])
def test_charts(seeded: str, tmp_path: Path, fmt: str, magic: bytes) -> None:
    files = write_charts(library_stats(using=seeded), tmp_path / "charts", fmt=fmt)
    assert [f.name for f in files] == [
        f"outcomes.{fmt}",
        f"exemptions.{fmt}",
        f"ncnd_by_authority.{fmt}",
        f"months.{fmt}",
    ]
    assert all(f.read_bytes().startswith(magic) for f in files)


def test_unknown_chart_format(seeded: str, tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="'gif' is not one of png, svg"):
        write_charts(library_stats(using=seeded), tmp_path, fmt="gif")


def test_csv_to_a_folder_that_does_not_exist_is_a_clear_error(seeded: str, tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="cannot write the CSV"):
        write_csv(library_stats(using=seeded), tmp_path / "no" / "such" / "x.csv")
