"""The record's legal invariants (record/validate.py), against the real law catalogue."""

from __future__ import annotations

import pytest

from foidesk.errors import InvalidRecord
from foidesk.law import Regime
from foidesk.record import (
    Claim,
    Outcome,
    Passage,
    PublicInterestTest,
    Response,
    Severity,
    ensure_valid,
    validate,
)

PIT = PublicInterestTest(
    factors_for=[Passage(text="accountability")],
    factors_against=[Passage(text="harm to law enforcement")],
    balance=Passage(text="the balance favours withholding"),
)


def codes(response: Response) -> list[str]:
    return [p.code for p in validate(response)]


@pytest.mark.parametrize(
    ("outcome", "claims", "expected"),
    [
        # A qualified exemption with its public interest test: sound.
        (Outcome.REFUSED, [Claim(citation="31(1)(a)", pit=PIT)], []),
        # Qualified (s2(2)(b)) but no public interest test.
        (Outcome.REFUSED, [Claim(citation="31(1)(a)")], ["pit-missing"]),
        # Absolute (s2(3)(g)): no test needed, and giving one is only a warning.
        (Outcome.REFUSED, [Claim(citation="41(1)")], []),
        (Outcome.REFUSED, [Claim(citation="41(1)", pit=PIT)], ["pit-not-needed"]),
        # NCND through the limb that excludes the duty to confirm or deny (s31(3)).
        (Outcome.NCND, [Claim(citation="31(3)", ncnd=True, pit=PIT)], []),
        # s21 is the one exemption with no NCND limb.
        (Outcome.NCND, [Claim(citation="21", ncnd=True)], ["ncnd-not-available"]),
        # A provision the Act does not have.
        (Outcome.REFUSED, [Claim(citation="99(1)")], ["unknown-provision", "outcome-disagrees"]),
        # Outcome and claims disagree.
        (Outcome.NCND, [Claim(citation="31(1)(a)", pit=PIT)], ["outcome-disagrees"]),
        (Outcome.DISCLOSED, [Claim(citation="31(1)(a)", pit=PIT)], ["outcome-disagrees"]),
        (Outcome.REFUSED, [], ["outcome-disagrees"]),
        # Any part of s12 (or s14) supports the cost-limit (or vexatious) outcome.
        (Outcome.COST_LIMIT, [Claim(citation="12(1)")], []),
        (Outcome.VEXATIOUS, [Claim(citation="14(1)")], []),
        (Outcome.COST_LIMIT, [Claim(citation="12")], []),
        (Outcome.VEXATIOUS, [Claim(citation="14")], []),
        (Outcome.VEXATIOUS, [Claim(citation="12")], ["outcome-disagrees"]),
        (Outcome.NOT_HELD, [], []),
        (Outcome.DISCLOSED, [], []),
        (Outcome.PARTIAL, [Claim(citation="40(2)")], []),
    ],
)
def test_foia_rules(outcome: Outcome, claims: list[Claim], expected: list[str]) -> None:
    assert codes(Response(outcome=outcome, claims=claims)) == expected


def test_eir_not_held_exception_is_allowed_with_not_held_outcome() -> None:
    claim = Claim(citation="12(4)(a)", regime=Regime.EIR, pit=PIT)
    assert codes(Response(regime=Regime.EIR, outcome=Outcome.NOT_HELD, claims=[claim])) == []


def test_eir_exception_is_qualified() -> None:
    claim = Claim(citation="12(5)(b)", regime=Regime.EIR)
    assert codes(Response(regime=Regime.EIR, outcome=Outcome.REFUSED, claims=[claim])) == [
        "pit-missing"
    ]


def test_ensure_valid_lists_every_error_and_ignores_warnings() -> None:
    bad = Response(
        outcome=Outcome.NCND,
        claims=[Claim(citation="31(1)(a)"), Claim(citation="21", ncnd=True)],
    )
    with pytest.raises(InvalidRecord) as caught:
        ensure_valid(bad, source="draft.json")
    assert len(caught.value.problems) == 2
    assert "claims[0].pit" in caught.value.problems[0]
    assert "claims[1].ncnd" in caught.value.problems[1]
    assert str(caught.value).startswith("draft.json: ")
    warning_only = Response(outcome=Outcome.REFUSED, claims=[Claim(citation="41(1)", pit=PIT)])
    assert [p.severity for p in validate(warning_only)] == [Severity.WARNING]
    assert ensure_valid(warning_only) is warning_only
