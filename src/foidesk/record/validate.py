"""Validate a Response record against what the law requires of it.

These are the record's own invariants, not the checker's style rules:

* every claim cites a provision that exists in its regime;
* a qualified claim carries a public interest test (FOIA s2(1)(b), s2(2)(b),
  s17(3)); an absolute claim needs none (s2(3));
* an NCND claim cites a provision that has a limb excluding the duty to
  confirm or deny (FOIA s1(1)(a), s2(1); the limbs such as 24(2), 31(3));
* the outcome agrees with the claims.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from foidesk.errors import InvalidRecord
from foidesk.law.catalogue import Catalogue, catalogue, parent_key
from foidesk.law.model import Provision, ProvisionKind, Regime, Status
from foidesk.record.model import Claim, Outcome, Response

WITHHOLDING_KINDS = frozenset({ProvisionKind.EXEMPTION, ProvisionKind.EXCEPTION})

COST_LIMIT = {Regime.FOIA: "12", Regime.FOISA: "12", Regime.EIR: "12(4)(b)"}
"""Where the cost limit lives: FOIA s12, FOISA s12, and for the EIR a manifestly
unreasonable request under regulation 12(4)(b). Any subsection of it counts."""
VEXATIOUS = {Regime.FOIA: "14", Regime.FOISA: "14", Regime.EIR: "12(4)(b)"}
NOT_HELD_EXCEPTION = "12(4)(a)"
"""EIR regulation 12(4)(a): the one exception that says the information is not held."""


class Severity(StrEnum):
    """How bad a validation problem is."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One way a record falls short of what the law requires."""

    code: str
    message: str
    path: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def _ancestors(key: str) -> list[str]:
    found = []
    parent = parent_key(key)
    while parent is not None:
        found.append(parent)
        parent = parent_key(parent)
    return found


def _resolve(claim: Claim, law: Catalogue) -> Provision | None:
    return law.find(claim.regime, claim.citation)


def _claim_problems(index: int, claim: Claim, law: Catalogue) -> list[Problem]:
    path = f"claims[{index}]"
    provision = _resolve(claim, law)
    if provision is None:
        word = "regulation" if claim.regime is Regime.EIR else "section"
        return [
            Problem(
                "unknown-provision",
                f"{claim.regime.instrument} has no {word} {claim.citation}",
                f"{path}.citation",
            )
        ]
    problems: list[Problem] = []
    if provision.status is Status.QUALIFIED and claim.pit is None:
        problems.append(
            Problem(
                "pit-missing",
                f"{provision.label} is qualified: a public interest test is required (s2, s17(3))",
                f"{path}.pit",
            )
        )
    if provision.status is Status.ABSOLUTE and claim.pit is not None:
        problems.append(
            Problem(
                "pit-not-needed",
                f"{provision.label} is absolute: no public interest test is needed (s2(3))",
                f"{path}.pit",
                Severity.WARNING,
            )
        )
    if claim.ncnd and law.ncnd_limb(claim.regime, claim.citation) is None:
        problems.append(
            Problem(
                "ncnd-not-available",
                f"{provision.label} has no provision excluding the duty to confirm or deny",
                f"{path}.ncnd",
            )
        )
    return problems


def _outcome_problems(response: Response, law: Catalogue) -> list[Problem]:
    outcome = response.outcome
    keys = {c.citation for c in response.claims}
    keys |= {key for c in response.claims for key in _ancestors(c.citation)}
    withholding = [
        c
        for c in response.claims
        if (p := _resolve(c, law)) is not None and p.kind in WITHHOLDING_KINDS
    ]
    ncnd = [c for c in response.claims if c.ncnd]

    def problem(message: str) -> Problem:
        return Problem("outcome-disagrees", message, "outcome")

    regime = response.regime
    if outcome is Outcome.NCND and not ncnd:
        return [problem("outcome is ncnd but no claim neither confirms nor denies")]
    if ncnd and outcome not in (Outcome.NCND, Outcome.PARTIAL):
        return [problem(f"a claim neither confirms nor denies but the outcome is {outcome}")]
    if outcome in (Outcome.REFUSED, Outcome.PARTIAL) and not withholding:
        return [problem(f"outcome is {outcome} but no exemption is claimed")]
    if outcome is Outcome.COST_LIMIT and COST_LIMIT[regime] not in keys:
        return [problem(f"outcome is cost_limit but {COST_LIMIT[regime]} is not claimed")]
    if outcome is Outcome.VEXATIOUS and VEXATIOUS[regime] not in keys:
        return [problem(f"outcome is vexatious but {VEXATIOUS[regime]} is not claimed")]
    if outcome is Outcome.DISCLOSED and withholding:
        return [problem("outcome is disclosed but an exemption is claimed (use partial)")]
    if outcome is Outcome.NOT_HELD and any(c.citation != NOT_HELD_EXCEPTION for c in withholding):
        return [problem("outcome is not_held but an exemption is claimed")]
    return []


def validate(response: Response, law: Catalogue | None = None) -> list[Problem]:
    """Every way ``response`` breaks what the law requires, errors and warnings.

    Args:
        response: the record to validate.
        law: the catalogue to validate against (the shared one by default).

    Returns:
        The problems found; an empty list when the record is sound.
    """
    law = law or catalogue()
    problems: list[Problem] = []
    for index, claim in enumerate(response.claims):
        problems.extend(_claim_problems(index, claim, law))
    problems.extend(_outcome_problems(response, law))
    return problems


def ensure_valid(response: Response, *, source: str | None = None) -> Response:
    """Return ``response`` unchanged, or raise listing every error-level problem.

    Raises:
        InvalidRecord: when any error-level problem is found.
    """
    errors = [p for p in validate(response) if p.severity is Severity.ERROR]
    if errors:
        lines = [str(p) for p in errors]
        raise InvalidRecord(
            f"the record breaks {len(errors)} rule(s) of the law: " + "; ".join(lines),
            problems=lines,
            source=source,
        )
    return response
