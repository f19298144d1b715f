"""``foidesk check`` and ``foidesk rules`` at the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from foidesk.check import all_rules
from foidesk.cli.app import app, main
from foidesk.errors import CheckError
from tests.conftest import FIXTURES, SEEDS

runner = CliRunner()
SEED_001 = next(SEEDS.glob("001_*.txt"))
GOOD = FIXTURES / "wellformed" / "01_police_anpr_partial.txt"
TWO_REFERENCES = """Our reference: 4411A/24

We withhold the exact locations under section 31(1)(a) because disclosure would allow
offenders to avoid the cameras, and so would prejudice the prevention of crime.

For disclosure: transparency about the use of cameras. Against disclosure: offenders would
avoid them. The public interest in maintaining the exemption outweighs the public interest in
disclosure.

You may ask for an internal review, and then complain to the Information Commissioner under
section 50 (ico.org.uk).

10/05/2024 9876B_PIT_01
"""


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout


def test_rules_json_lists_the_catalogue() -> None:
    code, out = _run("rules", "--json")
    assert code == 0
    rules = json.loads(out)
    assert [r["code"] for r in rules] == [r.code for r in all_rules()]
    assert all(r["reason"] and r["fix"] and r["provision"] for r in rules)


def test_rules_table_names_every_code() -> None:
    code, out = _run("rules")
    assert code == 0
    assert all(rule.code in out for rule in all_rules())


def test_explain_one_rule() -> None:
    code, out = _run("check", "--explain", "s1702")
    assert code == 0
    assert "S1702" in out
    assert "s17(1)(b)" in out


def test_explain_unknown_code_is_a_check_error() -> None:
    result = runner.invoke(app, ["check", "--explain", "XX99"])
    assert isinstance(result.exception, CheckError)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["check", "--explain", "XX99"], "no rule has the code 'XX99'"),
        (["check", "/no/such/file.txt"], "/no/such/file.txt: no such file or folder"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    args: list[str],
    needle: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "argv", ["foidesk", *args])
    with pytest.raises(SystemExit) as stop:
        main()
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert needle in err
    assert len(err.strip().splitlines()) == 1


def test_seed_fails_the_gate_with_exit_1() -> None:
    code, out = _run("check", str(SEED_001))
    assert code == 1
    assert "S1704" in out
    assert "library.college.police.uk" in out


def test_well_formed_passes_the_gate_with_exit_0() -> None:
    code, _ = _run("check", str(GOOD))
    assert code == 0


def test_json_report_shape() -> None:
    code, out = _run("check", str(SEED_001), "--format", "json")
    assert code == 1
    (report,) = json.loads(out)
    assert report["source"].endswith(SEED_001.name)
    assert report["reference"] == "1267A/21"
    keys = {"code", "severity", "title", "message", "span", "quote", "fix", "provision"}
    assert all(set(f) == keys for f in report["findings"])
    text = SEED_001.read_text(encoding="utf-8")
    for finding in report["findings"]:
        if finding["span"]:
            assert text[finding["span"]["start"] : finding["span"]["end"]] == finding["quote"]


def test_sarif_is_2_1_0_with_the_catalogue_as_rules() -> None:
    code, out = _run("check", str(SEED_001), "--format", "sarif")
    assert code == 1
    log = json.loads(out)
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.code for r in all_rules()]
    assert run["results"]
    text = SEED_001.read_text(encoding="utf-8")
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in {"error", "warning", "note"}
        region = result["locations"][0]["physicalLocation"].get("region")
        if region:
            start, length = region["charOffset"], region["charLength"]
            assert text[start : start + length] == region["snippet"]["text"]


def test_requester_hides_officer_only_findings(tmp_path: Path) -> None:
    path = tmp_path / "two_refs.txt"
    path.write_text(TWO_REFERENCES, encoding="utf-8")
    _, officer = _run("check", str(path), "--format", "json")
    _, requester = _run("check", str(path), "--format", "json", "--for", "requester")
    officer_codes = [f["code"] for f in json.loads(officer)[0]["findings"]]
    requester_findings = json.loads(requester)[0]["findings"]
    assert "HK01" in officer_codes
    assert "HK01" not in [f["code"] for f in requester_findings]


def test_requester_fix_says_what_to_ask() -> None:
    _, out = _run("check", str(SEED_001), "--format", "json", "--for", "requester")
    fixes = [f["fix"] for f in json.loads(out)[0]["findings"]]
    assert fixes
    assert all(not fix.startswith("Add ") for fix in fixes)


def test_folder_goes_on_past_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path), "--format", "json"])
    assert result.exit_code == 2
    reports = json.loads(result.stdout)
    assert [Path(r["source"]).name for r in reports] == ["good.txt"]
    assert "empty.txt" in result.stderr


def test_folder_of_seeds_uses_the_others_as_library() -> None:
    code, out = _run("check", str(SEEDS), "--format", "json")
    assert code == 1
    assert len(json.loads(out)) == 5


def test_json_record_can_be_checked(tmp_path: Path) -> None:
    record = tmp_path / "record.json"
    record.write_text(
        json.dumps({"outcome": "refused", "source": {"text": "We refuse your request."}}),
        encoding="utf-8",
    )
    code, out = _run("check", str(record), "--format", "json")
    assert code == 1
    codes = [f["code"] for f in json.loads(out)[0]["findings"]]
    assert {"S1701", "S1704", "S1705", "HK05"} <= set(codes)


def test_requester_text_report_says_ask_not_fix() -> None:
    _, out = _run("check", str(SEED_001), "--for", "requester")
    assert "ask: " in out
    assert "fix: " not in out
