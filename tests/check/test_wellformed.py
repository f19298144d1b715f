"""Well-formed responses, written as a careful officer would, give no error-level finding.

They cover police forces, councils, departments, an NHS trust and a university;
FOIA, FOISA and the EIR; refusals under s12, s14, s21, s22, s27, s30, s31, s35,
s36, s38, s40, s41 and s43; NCND done right; partial and full disclosure and
information not held. A false alarm here costs an officer's trust in the tool.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from foidesk.check import Severity, check
from foidesk.law import Regime
from foidesk.read import read_file
from foidesk.record import Outcome, Response
from tests.conftest import FIXTURES

WELLFORMED = sorted((FIXTURES / "wellformed").glob("*.txt"))


@cache
def _response(path: Path) -> Response:
    return read_file(path)


def test_there_are_at_least_twenty() -> None:
    assert len(WELLFORMED) >= 20


@pytest.mark.parametrize("path", WELLFORMED, ids=lambda p: p.stem)
def test_no_error_level_finding(path: Path) -> None:
    report = check(_response(path))
    errors = [
        f"{f.code}: {f.message} [{f.quote}]"
        for f in report.findings
        if f.severity is Severity.ERROR
    ]
    assert errors == []


@pytest.mark.parametrize("path", WELLFORMED, ids=lambda p: p.stem)
def test_no_warning_about_the_rights_or_the_ncnd_wording(path: Path) -> None:
    codes = check(_response(path)).codes()
    assert not {"S1704", "S1705", "NCND03", "PIT07"} & set(codes)


def test_the_set_is_varied() -> None:
    responses = [_response(p) for p in WELLFORMED]
    regimes = {r.regime for r in responses}
    outcomes = {r.outcome for r in responses}
    assert regimes == {Regime.FOIA, Regime.FOISA, Regime.EIR}
    assert {Outcome.NCND, Outcome.PARTIAL, Outcome.REFUSED, Outcome.DISCLOSED} <= outcomes
    cited = {c.citation.split("(")[0] for r in responses for c in r.claims}
    assert {"12", "14", "21", "31", "40", "43"} <= cited
