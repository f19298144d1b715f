"""Reading an authority's closure days from TOML and JSON."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from foidesk.clock import Closure, load_closures
from foidesk.errors import ClockError, DateError


def test_toml_closures(tmp_path: Path) -> None:
    path = tmp_path / "closures.toml"
    path.write_text(
        '[[closure]]\ndate = 2026-12-24\nreason = "Christmas Eve"\n\n'
        '[[closure]]\ndate = "31/12/2026"\n',
        encoding="utf-8",
    )
    assert load_closures(path) == (
        Closure(date(2026, 12, 24), "Christmas Eve"),
        Closure(date(2026, 12, 31), "office closed"),
    )


@pytest.mark.parametrize(
    "text",
    [
        '{"closures": [{"date": "2026-12-24", "reason": "Christmas Eve"}]}',
        '[{"date": "24 December 2026", "reason": "Christmas Eve"}]',
    ],
)
def test_json_closures(tmp_path: Path, text: str) -> None:
    path = tmp_path / "closures.json"
    path.write_text(text, encoding="utf-8")
    assert load_closures(path) == (Closure(date(2026, 12, 24), "Christmas Eve"),)


@pytest.mark.parametrize(
    ("name", "text", "error", "message"),
    [
        ("c.toml", "closure = 3", ClockError, "expected a list of closures"),
        ("c.toml", "[[closure]]\nreason = 'x'\n", ClockError, "closure 1 has no date"),
        ("c.toml", "[[closure]\n", ClockError, "not valid toml"),
        ("c.json", "[{", ClockError, "not valid json"),
        ("c.json", '[{"date": "31/02/2026"}]', DateError, "closure 1: '31/02/2026' is not a real"),
        ("c.json", '[{"date": 20261224}]', ClockError, "must be text or a TOML date"),
        ("c.json", '[{"date": "2026-12-24", "reason": ""}]', ClockError, "empty or non-text"),
    ],
)
def test_bad_closure_files_name_the_file(
    tmp_path: Path, name: str, text: str, error: type[Exception], message: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(error, match=message) as info:
        load_closures(path)
    assert str(path) in str(info.value)


def test_missing_closure_file(tmp_path: Path) -> None:
    with pytest.raises(ClockError, match="cannot read closure days"):
        load_closures(tmp_path / "nope.toml")
