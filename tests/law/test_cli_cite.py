"""``foidesk cite``: the table for people, JSON for programs, --strict, and bad input."""

from __future__ import annotations

import json
import sys

import pytest
from typer.testing import CliRunner

from foidesk.cli.app import app, main

runner = CliRunner()


def cite_json(*args: str, stdin: str | None = None) -> list[dict[str, object]]:
    result = runner.invoke(app, ["cite", *args, "--json"], input=stdin)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, list)
    return data


def test_json_lists_every_citation_with_span_and_text() -> None:
    text = "Applicable exemption: Section 31(1)(a)(b) and section 99(1)"
    assert cite_json(text) == [
        {
            "citation": "31(1)(a)",
            "span": {"start": 22, "end": 41},
            "regime": "foia",
            "known": True,
            "text": "Section 31(1)(a)(b)",
        },
        {
            "citation": "31(1)(b)",
            "span": {"start": 22, "end": 41},
            "regime": "foia",
            "known": True,
            "text": "Section 31(1)(a)(b)",
        },
        {
            "citation": "99(1)",
            "span": {"start": 46, "end": 59},
            "regime": "foia",
            "known": False,
            "text": "section 99(1)",
        },
    ]


@pytest.mark.parametrize(
    ("regime", "expected"),
    [("foia", "foia"), ("foisa", "foisa"), ("FOISA", "foisa"), ("eir", "foia")],
)
def test_regime_option_sets_the_default_for_sections(regime: str, expected: str) -> None:
    [found] = cite_json("section 35(1)(a)", "--regime", regime)
    assert (found["citation"], found["regime"]) == ("35(1)(a)", expected)


def test_regulation_is_eir_whatever_the_regime() -> None:
    [found] = cite_json("Regulation 12(5)(b)", "--regime", "foisa")
    assert (found["citation"], found["regime"], found["known"]) == ("12(5)(b)", "eir", True)


def test_text_from_standard_input() -> None:
    found = cite_json("-", stdin="Factors favouring disclosure (s31)\nS31 - Factors")
    assert [(f["citation"], f["text"]) for f in found] == [("31", "s31"), ("31", "S31")]


def test_no_citation_is_an_empty_json_list() -> None:
    result = runner.invoke(app, ["cite", "20 working days", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_no_citation_tells_people_on_stderr() -> None:
    result = runner.invoke(app, ["cite", "section of the community"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "No citation" in result.stderr


def test_table_for_people() -> None:
    result = runner.invoke(app, ["cite", "s.40(2) and regulation 13(1)"])
    assert result.exit_code == 0
    for words in ("40(2)", "FOIA", "13(1)", "EIR", "0-7", "12-28", "citation", "known"):
        assert words in result.stdout
    assert result.stderr.strip() == "2 citation(s), 0 unknown."


def test_strict_passes_when_everything_is_known() -> None:
    result = runner.invoke(app, ["cite", "Section 31(3)", "--strict", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["known"] is True


def test_strict_fails_with_one_line_on_unknown(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["foidesk", "cite", "s.31 and section 99(1)", "--strict"])
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == 2
    summary, error = capsys.readouterr().err.splitlines()
    assert summary == "2 citation(s), 1 unknown."
    assert error.startswith("foidesk: error: 1 unknown provision")
    assert "has no section 99(1)" in error


def test_bad_regime_is_a_usage_error() -> None:
    result = runner.invoke(app, ["cite", "s.31", "--regime", "gdpr"])
    assert result.exit_code == 2
    assert "gdpr" in result.stderr
    assert "Traceback" not in result.output
