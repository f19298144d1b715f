"""The five West Midlands Police seeds against their golden readings.

The golden files (tests/fixtures/golden/<seed>.json) are a stable projection of
the record (tests/read/analyse_helpers.projection: passages as their first
words, spans as the words they quote). They were written by
tests/fixtures/golden/regen.py and then checked by hand against each seed;
this test compares and never regenerates. What was checked, seed by seed:

000 (PIT annex, two pages): reference 1771A comes from the running footer
    "14/12/2023 1771A_PIT_01" (the only reference in the text); authority from
    the running header; document date 14/12/2023 from the same footer. One
    claim, "31", kept as written in "Exemption - Section 31- Law Enforcement"
    (no subsection is invented). Harm: "would provide ..." - likelihood
    "would" (judgement call: the harm goes on with "could be used" and "could
    take the form"; the first modal sets the level and the checker flags the
    mix). Two factors for disclosure, four against ("Considerations favouring
    Non-Disclosure"). The balancing test runs on to the second page; its
    conclusion is the closing "Therefore, it is my opinion ..." and favours
    withholding ("maintaining the exemptions outweighs ..."). Outcome refused.
001 (NCND): reference from "Request Reference: 1267A/21". Claims 24(2) and
    31(3), both NCND; "Sections 24 and 31" fold into them; s1(1)(a) is a
    mention. The one harm ("Harm in confirming or denying ...") serves both.
    24(2) gets the two "Section 24 (2) National Security - Factors ..." parts,
    31(3) the two underlined "Section 31 Law Enforcement - Factors ..." parts
    (a bare "Section 31" heading attaches to the 31(3) claim). The balancing
    test serves both, carries the College of Policing link and favours
    neither confirming nor denying (withholding). Outcome ncnd.
002 (PIT annex): no reference label - "502A-22" at the head of the first line
    is taken as the reference. The only citation is "(s31)" in the factor
    headings, so the claim is "31". Harm "Evidence of Harm" ("would render"),
    one factor each way, the balance favours non-disclosure. Outcome refused.
003 (NCND, hard-wrapped PDF text): no reference anywhere (none is invented).
    Authority West Midlands Police (the College of Policing is only named in
    running text). Claims 24 (heading "Section 24 National Security") and
    31(3), both NCND: the response favours "neither confirming nor denying",
    even though it also says "the withheld information" - NCND wins for the
    outcome and the checker flags the contradiction. The harm at the top
    serves both (likelihood would_be_likely from "could identify" - judgement
    call). 24 has one factor for and six against; 31(3) one for and two
    against; the single balancing test after both serves both (withholding).
004 (PIT annex): "Request Reference: 658A/22"; "Section 31(1)(a)(b)" gives two
    claims, 31(1)(a) and 31(1)(b), each with the harm ("would reveal"), the
    "S31 - Factors ..." parts (one for, three against) and the balance, which
    concludes "not in the public interest to release" (withholding).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, SEEDS
from tests.read.analyse_helpers import projection, read_path

GOLDEN = FIXTURES / "golden"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def test_every_seed_has_a_golden_file() -> None:
    assert len(SEED_FILES) == 5
    assert {p.stem for p in SEED_FILES} == {p.stem for p in GOLDEN.glob("*.json")}


@pytest.mark.parametrize("seed", SEED_FILES, ids=[p.stem[:3] for p in SEED_FILES])
def test_seed_matches_its_golden_reading(seed: Path) -> None:
    golden = json.loads((GOLDEN / f"{seed.stem}.json").read_text(encoding="utf-8"))
    assert projection(read_path(seed)) == golden


@pytest.mark.parametrize(
    ("stem", "reference", "outcome", "claims"),
    [
        ("000", "1771A", "refused", [("31", False)]),
        ("001", "1267A/21", "ncnd", [("24(2)", True), ("31(3)", True)]),
        ("002", "502A-22", "refused", [("31", False)]),
        ("003", None, "ncnd", [("24", True), ("31(3)", True)]),
        ("004", "658A/22", "refused", [("31(1)(a)", False), ("31(1)(b)", False)]),
    ],
)
def test_seed_headline_facts(
    stem: str, reference: str | None, outcome: str, claims: list[tuple[str, bool]]
) -> None:
    """The facts a reviewer checks first, stated here as well as in the golden files."""
    seed = next(p for p in SEED_FILES if p.stem.startswith(stem))
    record = read_path(seed)
    assert record.reference == reference
    assert record.outcome.value == outcome
    assert [(c.citation, c.ncnd) for c in record.claims] == claims
    assert record.authority == "West Midlands Police"
    assert all(c.harm is not None and c.pit is not None for c in record.claims)
