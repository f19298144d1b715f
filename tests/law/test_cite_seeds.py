"""Every citation in the five West Midlands Police seed responses, with its words."""

from __future__ import annotations

import pytest

from foidesk.law import Regime, find_citations
from tests.conftest import SEEDS

S1A = ("1(1)(a)", "Section 1 (1) (a)")
S242 = ("24(2)", "Section 24 (2)")

SEED_CITATIONS: dict[str, list[tuple[str, str]]] = {
    # "Exemption - Section 31- Law Enforcement"
    "000_a355f34424c18a61.txt": [("31", "Section 31")],
    "001_96071d9538d3eab2.txt": [
        # "the duty in Section 1 (1) (a) of the Freedom of Information Act 2000 does not apply"
        S1A,
        # "Section 24 (2) National Security Section 31 (3) Law Enforcement"
        S242,
        ("31(3)", "Section 31 (3)"),
        # "Sections 24 and 31 being prejudice based qualified exemptions"
        ("24", "Sections 24"),
        ("31", "31"),
        # "Section 24 (2) National Security - Factors favouring complying with Section 1 (1) (a)"
        S242,
        S1A,
        S242,
        S1A,
        # "<u>Section 31 Law Enforcement – Factors favouring complying with Section 1 (1) (a)"
        ("31", "Section 31"),
        S1A,
        ("31", "Section 31"),
        S1A,
    ],
    # "Factors favouring disclosure (s31)", "Factors against disclosure (s31)"
    "002_258b3735ce721700.txt": [("31", "s31"), ("31", "s31")],
    # "Section 24 National Security", " Section 31(3) Law Enforcement"
    "003_0e83a39d8c64f2a9.txt": [("24", "Section 24"), ("31(3)", "Section 31(3)")],
    "004_a2e15f230fc0ca9a.txt": [
        # "Applicable exemption: Section 31(1)(a)(b) – Law enforcement"
        ("31(1)(a)", "Section 31(1)(a)(b)"),
        ("31(1)(b)", "Section 31(1)(a)(b)"),
        # "S31 - Factors Favouring Disclosure:", "S31 - Factors Favouring Non-Disclosure:"
        ("31", "S31"),
        ("31", "S31"),
    ],
}


@pytest.mark.parametrize(("name", "expected"), sorted(SEED_CITATIONS.items()))
def test_seed_citations(name: str, expected: list[tuple[str, str]]) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    found = find_citations(text)
    assert [(c.key, c.text) for c in found] == expected
    assert all(c.regime is Regime.FOIA for c in found)
    assert all(text[c.start : c.end] == c.text for c in found)


def test_every_seed_is_covered() -> None:
    assert sorted(path.name for path in SEEDS.glob("*.txt")) == sorted(SEED_CITATIONS)


@pytest.mark.parametrize("name", sorted(SEED_CITATIONS))
def test_seed_citations_are_known(name: str) -> None:
    found = find_citations((SEEDS / name).read_text(encoding="utf-8"))
    assert found
    assert all(c.known for c in found), [c.key for c in found if not c.known]
