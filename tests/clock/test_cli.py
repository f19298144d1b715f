"""``foidesk deadline``: JSON for programs, a panel for people, one line for bad input."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from foidesk.cli.app import app, main

runner = CliRunner()


def _json(*args: str) -> dict[str, object]:
    result = runner.invoke(app, ["deadline", *args, "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_json_has_due_date_and_explanation() -> None:
    data = _json("18/12/2026")
    assert data["due"] == "2027-01-21"
    explanation = data["explanation"]
    assert isinstance(explanation, list)
    christmas = next(row for row in explanation if row["date"] == "2026-12-25")
    assert christmas == {
        "date": "2026-12-25",
        "weekday": "Fri",
        "counted": False,
        "reason": "skipped: Christmas Day",
        "working_day_number": None,
        "closure": None,
    }
    assert sum(1 for row in explanation if row["counted"]) == 20
    assert data["status"] is None


@pytest.mark.parametrize(
    ("args", "due"),
    [
        (["2027-03-24", "--regime", "foisa"], "2027-04-22"),
        (["1 Mar 2027", "--clarification-sought", "2/3/27", "--clarified", "8/3/27"], "2027-04-08"),
        (["1/2/2027", "--fees-notice", "8/2/2027", "--fee-paid", "10/2/2027"], "2027-03-04"),
        (["18/12/2026", "--pit-extension", "20"], "2027-02-18"),
        (["18/12/2026", "--regime", "eir", "--complex-voluminous"], "2027-02-18"),
        (["19/12/2026", "--receipt-rule", "next-working-day"], "2027-01-22"),
        # 23:30 UTC on Wed 8 Jul 2026 is Thu 9 Jul in London. WD1 Fri 10; skip Mon 13 (Boyne
        # substitute); WD2-5 14-17; WD6-10 20-24; WD11-15 27-31; skip Mon 3 Aug (Scotland);
        # WD16-19 Tue 4-Fri 7; WD20 Mon 10 Aug. (Read as Wednesday it would be Fri 7 Aug.)
        (["2026-07-08T23:30:00+00:00"], "2026-08-10"),
    ],
)
def test_options_reach_the_library(args: list[str], due: str) -> None:
    assert _json(*args)["due"] == due


def test_status_and_after_response_dates() -> None:
    data = _json(
        "23/11/2026",
        "--today",
        "24/12/2026",
        "--responded",
        "10/12/2026",
        "--review-requested",
        "5/1/2027",
    )
    assert data["status"] == {
        "kind": "answered_in_time",
        "today": "2026-12-24",
        "working_days": 8,
        "text": "answered in time on Thu 10 Dec 2026 (8 working days to spare)",
    }
    after = data["after_response"]
    assert isinstance(after, dict)
    labels = [period["label"] for period in after["periods"]]
    assert labels[0] == "ask for an internal review by"
    assert "review decision due by" in labels


def test_panel_and_explain_table() -> None:
    result = runner.invoke(app, ["deadline", "18/12/2026", "--explain", "--today", "5/1/2027"])
    assert result.exit_code == 0, result.output
    assert "Due: Thu 21 Jan 2027" in result.stdout
    assert "in time: due in 12 working days" in result.stdout
    assert "Christmas Day" in result.stdout
    assert "working day 20" in result.stdout


def test_on_hold_panel() -> None:
    result = runner.invoke(app, ["deadline", "1/3/2027", "--clarification-sought", "2/3/2027"])
    assert result.exit_code == 0, result.output
    assert "On hold" in result.stdout


def test_closures_file(tmp_path: Path) -> None:
    path = tmp_path / "closures.toml"
    path.write_text('[[closure]]\ndate = 2026-12-22\nreason = "training"\n', encoding="utf-8")
    data = _json("23/11/2026", "--closures", str(path))
    assert (data["due"], data["internal_target"]) == ("2026-12-22", "2026-12-21")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["12/18/2026"], "US month/day order"),
        (["31/02/2026"], "February 2026 has 28 days"),
        (["2026-13-01"], "there is no month 13"),
        (["1/3/2027", "--clarified", "8/3/2027"], "before any clarification was sought"),
        (["1/2/2027", "--fees-notice", "8/2/2027", "--fee-paid", "3/2/2027"], "before any fee"),
        (["20/12/2028"], "outside the years whose bank holidays foidesk knows"),
        (["18/12/2026", "--regime", "foisa", "--pit-extension", "5"], "no public interest"),
        (["2026-07-08T23:30:00"], "has no time zone"),
        (["2026-07-08T25:30:00+00:00"], "cannot read"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    args: list[str],
    message: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "argv", ["foidesk", "deadline", *args])
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("foidesk: error: ")
    assert message in err
    assert err.count("\n") == 1
