"""Some eighty responses written in the styles of many authorities, each with its
expected reading (tests/fixtures/responses/<name>.expected.json: reference, outcome,
regime, every claim with its NCND flag, the parts of the reasoning it carries and
their likelihood and verdict). The first forty were written by hand from the text; the
rest are letters from two reviews of sixty new responses whose readings matched a
reviewer's independent hand-written expectation on every field it covered.

Keys an expected file leaves out are not checked; ``without_cleaning_steps`` (with a
``why``) names cleaning steps left out for that one document; ``dates`` lists the dated
items (other than role "other") the record must contain; ``max_confidence`` is
an upper bound for texts that cannot be read with confidence.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from foidesk.record.model import Response
from foidesk.record.validate import validate
from tests.conftest import FIXTURES
from tests.read.analyse_helpers import claim_summary, read_path

RESPONSES = FIXTURES / "responses"
CASES = sorted(RESPONSES.glob("*.txt"))


def _expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    return data


@pytest.fixture(scope="module")
def records() -> dict[str, Response]:
    return {
        path.stem: read_path(path, skip=_expected(path).get("without_cleaning_steps", ()))
        for path in CASES
    }


def test_there_are_at_least_thirty_documents() -> None:
    assert len(CASES) >= 30
    assert all(p.with_suffix(".expected.json").exists() for p in CASES)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_reference_authority_regime_outcome(path: Path, records: dict[str, Response]) -> None:
    expected = _expected(path)
    record = records[path.stem]
    for field in ("reference", "authority", "regime", "outcome", "is_foi_response"):
        if field in expected:
            got = getattr(record, field)
            got = got.value if hasattr(got, "value") else got
            assert got == expected[field], f"{path.stem}: {field}"


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_claims_and_their_parts(path: Path, records: dict[str, Response]) -> None:
    expected = _expected(path)
    record = records[path.stem]
    assert [claim_summary(c) for c in record.claims] == expected["claims"]


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_mentions_request_rights_dates(path: Path, records: dict[str, Response]) -> None:
    expected = _expected(path)
    record = records[path.stem]
    if "mentions" in expected:
        assert [m.citation for m in record.mentions] == expected["mentions"]
    assert (record.request is not None) == expected["request"]
    assert (record.rights is not None) == expected["rights"]
    dated = {(d.role.value, d.date.isoformat()) for d in record.dates}
    for role, day in expected["dates"]:
        assert (role, day) in dated


@pytest.mark.parametrize(
    "path",
    [p for p in CASES if "answers" in _expected(p)],
    ids=lambda p: p.stem,
)
def test_numbered_answers(path: Path, records: dict[str, Response]) -> None:
    expected = _expected(path)["answers"]
    got = [
        {"number": a.number, "outcome": a.outcome.value, "citations": a.citations}
        for a in records[path.stem].answers
    ]
    assert got == expected
    assert all(a.question and a.answer for a in records[path.stem].answers)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_confidence_and_notes(path: Path, records: dict[str, Response]) -> None:
    expected = _expected(path)
    record = records[path.stem]
    if "max_confidence" in expected:
        assert record.confidence < expected["max_confidence"]
        assert record.notes, "a record read without confidence must say why"
    else:
        assert record.confidence >= 0.8


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_outcome_agrees_with_claims(path: Path, records: dict[str, Response]) -> None:
    problems = [p for p in validate(records[path.stem]) if p.code == "outcome-disagrees"]
    assert problems == []


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_every_span_quotes_its_item(path: Path, records: dict[str, Response]) -> None:
    record = records[path.stem]
    raw = record.source.text or ""
    for claim in record.claims:
        assert claim.span is not None
        assert record.quote(claim.span) == claim.text
    for mention in record.mentions:
        assert record.quote(mention.span) == mention.text
    if record.reference is not None:
        assert record.quote(record.reference_span) == record.reference
    for dated in record.dates:
        assert dated.span is not None
        assert 0 <= dated.span.start < dated.span.end <= len(raw)
    for section in record.sections:
        assert section.span is not None
        assert section.heading.split()[0].strip("*") in record.quote(section.span)
