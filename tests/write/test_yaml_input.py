"""Friendly YAML → Response: the mapping, and errors that name the file and line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from foidesk.errors import InvalidRecord
from foidesk.record.model import DateRole, Favours, Likelihood, Outcome
from foidesk.write import draft_from_yaml, load_draft, load_yaml
from foidesk.write.yaml_input import normalise_citation
from tests.write.helpers import EXAMPLE_FILES, EXAMPLES

REFUSAL = """\
reference: 1/24
authority: Example Police
received: 01/02/2024
sent: 2024-02-28
outcome: refused
exemptions:
  - section: s31(1)(a)
    likelihood: would be likely
    interests: [31(1)(a)]
    harm: |
      First paragraph.

      Second paragraph.
    for:
      - For one.
    against:
      - Against one.
      - Against two.
    balance: Balanced.
    favours: non-disclosure
"""


def test_a_refusal_maps_onto_the_record() -> None:
    draft = draft_from_yaml(REFUSAL, source="r.yaml")
    response = draft.response
    assert response.reference == "1/24"
    assert response.outcome is Outcome.REFUSED
    assert response.date(DateRole.RECEIVED) == dt.date(2024, 2, 1)
    assert response.date(DateRole.SENT) == dt.date(2024, 2, 28)
    (claim,) = response.claims
    assert claim.citation == "31(1)(a)"
    assert claim.harm is not None
    assert claim.harm.likelihood is Likelihood.WOULD_BE_LIKELY
    assert claim.harm.interests == ["31(1)(a)"]
    assert claim.harm.text == "First paragraph.\n\nSecond paragraph.\n"
    assert claim.pit is not None
    assert [p.text for p in claim.pit.factors_for] == ["For one."]
    assert [p.text for p in claim.pit.factors_against] == ["Against one.", "Against two."]
    assert claim.pit.balance is not None
    assert claim.pit.balance.text == "Balanced."
    assert claim.pit.favours is Favours.WITHHOLDING


def test_a_list_of_sections_gives_one_claim_each() -> None:
    text = REFUSAL.replace("section: s31(1)(a)", "section: [31(1)(a), 31(1)(b)]")
    claims = draft_from_yaml(text).response.claims
    assert [c.citation for c in claims] == ["31(1)(a)", "31(1)(b)"]
    assert claims[0].harm == claims[1].harm


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Section 31 (1)(a)", "31(1)(a)"),
        ("s.24(2)", "24(2)"),
        ("S31(3)", "31(3)"),
        ("regulation 12(5)(b)", "12(5)(b)"),
        (12, "12"),
        ("reg 12(4)(a)", "12(4)(a)"),
    ],
)
def test_citations_are_normalised(written: object, key: str) -> None:
    assert normalise_citation(written) == key


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("reference: 1\noutcome: refused\nexemption: []\n", 3, "unknown key 'exemption'"),
        ("outcome: refused\nexemptions:\n  - harm: x\n", 3, "section is required"),
        ("outcome: refused\nsent: 31/02/2024\n", 2, "sent:"),
        ("outcome: refused\n- item\n", 2, "not valid YAML"),
        ("outcome: disclosed\nanswers: 3\n", 2, "expected a list"),
        ("outcome: disclosed\nanswers:\n  - number: 1\n    answr: x\n", 4, "unknown key 'answr'"),
        (
            "outcome: refused\nexemptions:\n  - section: 31(1)(a)\n    harm: x\n",
            3,
            "public interest test is required",
        ),
        ("outcome: refused\nexemptions:\n  - section: 99(9)\n", 3, "has no section 99(9)"),
        ("outcome: maybe\n", 1, "outcome"),
    ],
)
def test_problems_name_the_file_and_line(text: str, line: int, words: str) -> None:
    with pytest.raises(InvalidRecord) as caught:
        draft_from_yaml(text, source="notice.yaml")
    message = str(caught.value)
    assert message.startswith("notice.yaml: ")
    assert f"line {line}: " in message
    assert words in message


def test_every_problem_is_reported_at_once() -> None:
    text = "outcome: refused\nfoo: 1\nbar: 2\nexemptions:\n  - harm: x\n"
    with pytest.raises(InvalidRecord) as caught:
        draft_from_yaml(text)
    assert len(caught.value.problems) == 3


@pytest.mark.parametrize("text", ["- just\n- a list\n", "plain text\n", ""])
def test_a_document_that_is_not_a_mapping_is_refused(text: str) -> None:
    with pytest.raises(InvalidRecord, match="must be a YAML mapping"):
        draft_from_yaml(text)


def test_load_yaml_names_missing_and_binary_files(tmp_path: Path) -> None:
    with pytest.raises(InvalidRecord, match="cannot open"):
        load_yaml(tmp_path / "absent.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(InvalidRecord, match="not UTF-8") as caught:
        load_yaml(bad)
    assert str(caught.value).startswith(str(bad))


def test_load_draft_by_suffix(tmp_path: Path) -> None:
    json_record = tmp_path / "r.json"
    json_record.write_text('{"reference": "9/9", "outcome": "disclosed"}', encoding="utf-8")
    assert load_draft(json_record).response.reference == "9/9"
    with pytest.raises(InvalidRecord, match=r"\.json record or a \.yaml notice"):
        load_draft(tmp_path / "r.txt")


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_every_worked_example_is_a_valid_record(path: Path) -> None:
    draft = load_draft(path)
    assert draft.response.reference
    assert draft.source == str(path)


def test_the_examples_cover_each_case() -> None:
    outcomes = {load_draft(p).response.outcome for p in EXAMPLE_FILES}
    assert outcomes == {
        Outcome.REFUSED,
        Outcome.NCND,
        Outcome.PARTIAL,
        Outcome.COST_LIMIT,
        Outcome.NOT_HELD,
    }
    assert load_draft(EXAMPLES / "cost-limit.yaml").advice.startswith("You may wish")
