"""The requester's review request: each weakness, its provision, and the due date."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from foidesk.check import Finding, Severity
from foidesk.cli.app import app
from foidesk.clock import calendar_for
from foidesk.law.model import Regime
from foidesk.record.model import DatedItem, DateRole, Outcome, Response
from foidesk.write import build_letter, render_letter, review_due
from foidesk.write.review_request import as_request, weaknesses
from tests.conftest import SEEDS

RESPONSE = Response(
    reference="658A/22",
    authority="West Midlands Police",
    outcome=Outcome.REFUSED,
    dates=[DatedItem(role=DateRole.SENT, date=dt.date(2022, 3, 28))],
)


def finding(code: str, severity: Severity = Severity.ERROR, **extra: str) -> Finding:
    values = {
        "title": f"Title {code}",
        "message": f"message of {code}",
        "quote": "",
        "fix": "Ask the authority to explain why.",
        "provision": f"FOIA s{code[-2:]}",
    }
    values.update(extra)
    return Finding(
        code=code,
        severity=severity,
        title=values["title"],
        message=values["message"],
        span=None,
        quote=values["quote"],
        fix=values["fix"],
        provision=values["provision"],
    )


def test_each_weakness_is_named_with_its_provision() -> None:
    findings = [finding("S1703"), finding("PRJ03", Severity.WARNING, quote="could be used")]
    letter = build_letter(RESPONSE, findings, sent=dt.date(2022, 4, 4))
    text = render_letter(letter, "md").decode()
    assert "1\\. " not in text
    assert "**Title S1703.** Message of S1703 (FOIA s03)." in text
    assert "**Title PRJ03.** Message of PRJ03 (FOIA s03)." in text
    assert "“could be used”" in text
    assert "Please explain why." in text
    assert "response of 28 March 2022" in text
    assert "your reference 658A/22" in text


def test_info_findings_and_repeats_are_left_out() -> None:
    items = weaknesses([finding("A1"), finding("A1"), finding("B2", Severity.INFO)])
    assert [w.heading for w in items] == ["Title A1"]


@pytest.mark.parametrize(
    ("regime", "days"), [(Regime.FOIA, 20), (Regime.FOISA, 20), (Regime.EIR, 40)]
)
def test_the_review_is_due_by_the_regimes_working_days(regime: Regime, days: int) -> None:
    sent = dt.date(2023, 12, 14)
    due = review_due(regime, sent)
    assert due == calendar_for(regime).add_working_days(sent, days)
    assert due is not None
    assert due > sent + dt.timedelta(days=days)
    response = RESPONSE.model_copy(update={"regime": regime})
    text = render_letter(build_letter(response, [], sent=sent), "md").decode()
    assert f"by {due.day} {due:%B %Y}" in text
    assert f"{days} working days after you receive this request" in text


def test_a_date_outside_the_holiday_data_still_gives_a_letter() -> None:
    letter = build_letter(RESPONSE, [], sent=dt.date(1990, 1, 2))
    assert "within 20 working days" in " ".join(letter.due)


def test_without_findings_the_letter_still_asks_for_a_review() -> None:
    text = render_letter(build_letter(RESPONSE, [], sent=dt.date(2022, 4, 4)), "md").decode()
    assert "consider afresh" in text
    assert "\\[Your name\\]" in text  # escaped: shown as written, not a link


@pytest.mark.parametrize(
    ("ask", "polite"),
    [
        ("Ask the authority to explain the harm.", "Please explain the harm."),
        (
            "Ask which subsection is relied on (s17(1)(b)).",
            "Please explain which subsection is relied on (s17(1)(b)).",
        ),
        ("Point out that a tie means disclosure.", ""),
        ("Ask for an internal review anyway: the silence does not remove the right.", ""),
    ],
)
def test_advice_becomes_a_polite_request_or_is_left_out(ask: str, polite: str) -> None:
    assert as_request(ask) == polite


def test_the_cli_writes_a_review_request_from_a_seed(tmp_path: Path) -> None:
    seed = sorted(SEEDS.glob("000_*.txt"))[0]
    out = tmp_path / "review.docx"
    result = CliRunner().invoke(
        app,
        [
            "write",
            "review-request",
            str(seed),
            "-o",
            str(out),
            "--sent",
            "05/01/2024",
            "--name",
            "Sam",
        ],
    )
    assert result.exit_code == 0, result.output
    document = docx.Document(io.BytesIO(out.read_bytes()))
    text = "\n".join(p.text for p in document.paragraphs)
    assert document.paragraphs[0].text.startswith("To: West Midlands Police")
    assert "Request for an internal review" in text
    assert "FOIA s17(7)(b)" in text  # the seed gives no Commissioner particulars
    due = calendar_for(Regime.FOIA).add_working_days(dt.date(2024, 1, 5), 20)
    assert f"by {due.day} {due:%B %Y}" in text
    assert "Sam" in text
    assert document.core_properties.author == "Sam"
