"""Whole responses in each format a disclosure-log crawl meets (a Word letter with its
letterhead in the page header, a PDF with running headers and hyphenated wraps, an HTML page
with the site's furniture, an e-mail with the request quoted below or the response attached),
read end to end. The expected readings (tests/fixtures/formats/<name>.expected.json) matched
a reviewer's independent hand-written expectation on every field it covered."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from foidesk.read import read_file
from foidesk.record.model import Response
from tests.conftest import FIXTURES
from tests.read.analyse_helpers import claim_summary

FORMATS = FIXTURES / "formats"
SUFFIXES = frozenset({".docx", ".pdf", ".html", ".eml"})
CASES = sorted(p for p in FORMATS.iterdir() if p.suffix in SUFFIXES)


def _expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (FORMATS / f"{path.stem}.expected.json").read_text(encoding="utf-8")
    )
    return data


@pytest.fixture(scope="module")
def records() -> dict[str, Response]:
    return {path.name: read_file(path) for path in CASES}


def test_every_format_is_here() -> None:
    assert {p.suffix for p in CASES} == SUFFIXES


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_the_reading(path: Path, records: dict[str, Response]) -> None:
    expected = _expected(path)
    record = records[path.name]
    for field in ("reference", "authority", "regime", "outcome", "is_foi_response"):
        got = getattr(record, field)
        assert (got.value if hasattr(got, "value") else got) == expected[field], field
    assert [claim_summary(c) for c in record.claims] == expected["claims"]
    assert [m.citation for m in record.mentions] == expected["mentions"]
    dated = [[d.role.value, d.date.isoformat()] for d in record.dates if d.role.value != "other"]
    assert dated == expected["dates"]
    answers = [
        {"number": a.number, "outcome": a.outcome.value, "citations": a.citations}
        for a in record.answers
    ]
    assert answers == expected["answers"]
    assert record.confidence >= 0.8
