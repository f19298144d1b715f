"""``foidesk law list`` and ``foidesk law show``."""

from __future__ import annotations

import json

import pytest
import typer
from rich.console import Console
from typer.testing import CliRunner

from foidesk.cli import law as law_cli
from foidesk.errors import MalformedCitation, UnknownProvision
from foidesk.law import catalogue
from foidesk.law.model import Regime

runner = CliRunner()
app = typer.Typer()


@app.callback()
def _root() -> None:
    """The foidesk app with only ``law`` registered, as cli/app.py registers it."""


law_cli.register(app)


def _json(*args: str) -> object:
    result = runner.invoke(app, ["law", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("regime", list(Regime))
def test_list_json_gives_every_provision_of_the_regime_in_order(regime: Regime) -> None:
    rows = _json("list", "--regime", regime.value, "--json")
    assert isinstance(rows, list)
    expected = [p.key for p in catalogue().provisions(regime)]
    assert [r["key"] for r in rows] == expected
    assert {r["regime"] for r in rows} == {regime.value}


def test_list_without_regime_covers_all_three() -> None:
    rows = _json("list", "--json")
    assert isinstance(rows, list)
    assert {r["regime"] for r in rows} == {"foia", "foisa", "eir"}
    assert len(rows) == len(list(catalogue().provisions()))


def test_list_json_carries_status_test_and_ncnd() -> None:
    rows = _json("list", "--json")
    assert isinstance(rows, list)
    row = next(r for r in rows if r["regime"] == "foia" and r["key"] == "31(1)(a)")
    assert (row["status"], row["test"], row["ncnd"]) == ("qualified", "prejudice", "31(3)")


def test_list_table_shows_keys_titles_and_ncnd_limbs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(law_cli, "out_console", Console(width=200))
    result = runner.invoke(app, ["law", "list", "--regime", "foia"])
    assert result.exit_code == 0
    for text in ("31(1)(a)", "40(5A)", "prejudice", "absolute", "NCND limb"):
        assert text in result.stdout
    assert "12(5)(b)" not in result.stdout


def test_show_section_gives_it_with_all_subsections() -> None:
    data = _json("show", "31", "--json")
    assert isinstance(data, dict)
    keys = [p["key"] for p in data["provisions"]]
    assert keys == [p.key for p in catalogue().in_section(Regime.FOIA, "31")]
    assert keys[0] == "31"
    assert "31(3)" in keys


@pytest.mark.parametrize(
    ("args", "key", "regime"),
    [
        (["31(1)(a)"], "31(1)(a)", "foia"),
        (["s.40(5a)"], "40(5A)", "foia"),
        (["12(5)(b)", "--regime", "eir"], "12(5)(b)", "eir"),
        (["35(1)(a)", "-r", "foisa"], "35(1)(a)", "foisa"),
    ],
)
def test_show_one_provision(args: list[str], key: str, regime: str) -> None:
    data = _json("show", *args, "--json")
    assert isinstance(data, dict)
    assert [(p["key"], p["regime"]) for p in data["provisions"]] == [(key, regime)]
    provision = data["provisions"][0]
    assert provision["sources"]
    assert provision["examples"]


def test_show_text_lists_sources_and_examples() -> None:
    result = runner.invoke(app, ["law", "show", "24(2)"])
    assert result.exit_code == 0
    assert "section 24(2)" in result.stdout
    assert "https://www.legislation.gov.uk/ukpga/2000/36/section/24" in result.stdout
    assert "Section 24 (2)" in result.stdout
    assert "excludes the duty to confirm or deny: yes" in result.stdout


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["99"], UnknownProvision),
        (["31(9)"], UnknownProvision),
        (["31", "--regime", "eir"], UnknownProvision),
        (["xyz"], MalformedCitation),
    ],
)
def test_show_bad_provision_raises_for_the_edge(args: list[str], error: type[Exception]) -> None:
    result = runner.invoke(app, ["law", "show", *args])
    assert result.exit_code != 0
    assert isinstance(result.exception, error)


def test_unknown_regime_is_a_usage_error() -> None:
    result = runner.invoke(app, ["law", "list", "--regime", "gdpr"])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_edge_prints_one_line_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from foidesk.cli import app as app_module  # the real edge, with every command

    monkeypatch.setattr("sys.argv", ["foidesk", "law", "show", "99"])
    with pytest.raises(SystemExit) as exit_info:
        app_module.main()
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err == "foidesk: error: Freedom of Information Act 2000 has no section 99\n"
