"""A harm stated in prose under FOISA's own words (FOISA s35(1): "would, or would be likely
to, prejudice substantially") is read as the claim's harm."""

from __future__ import annotations

import pytest

from tests.read.analyse_helpers import read

LETTER = """Police Scotland
Our reference: IM-FOI-2025-0001

Freedom of Information (Scotland) Act 2002

The information is exempt under section 35(1)(a) of the Act.

{harm}

The public interest favours withholding the information.
"""


@pytest.mark.parametrize(
    "harm",
    [
        "Disclosure would, or would be likely to, prejudice substantially the prevention of "
        "crime, because it would show where officers are deployed.",
        "Disclosure would or would be likely to prejudice substantially the prevention of crime.",
    ],
)
def test_foisa_wording_is_a_harm(harm: str) -> None:
    (claim,) = read(LETTER.format(harm=harm)).claims
    assert claim.harm is not None
    assert claim.harm.text.startswith("Disclosure would")


DEPARTMENT = """Department for Education
Ref: 2025-0004417

The information is withheld under sections 35(1)(a) and 36(2)(b)(i) of the Freedom of \
Information Act 2000. Section 36(2)(b)(i) exempts information whose disclosure would, or \
would be likely to, inhibit the free and frank provision of advice.

Annex A

Section 35(1)(a) - Formulation or development of government policy

The information relates to the development of the government's response to the pay review.

Section 36(2)(b)(i) - Prejudice to the effective conduct of public affairs

The qualified person considers that disclosure would be likely to inhibit officials from \
providing free and frank advice to ministers in future.
"""


def test_a_harm_under_its_own_heading_not_the_law_quoted_before() -> None:
    claims = {c.citation: c for c in read(DEPARTMENT).claims}
    assert claims["35(1)(a)"].harm is None  # class based: no harm to show
    harm = claims["36(2)(b)(i)"].harm
    assert harm is not None
    assert harm.text.startswith("The qualified person considers")
    assert harm.likelihood.value == "would_be_likely"


def test_the_law_quoted_then_the_reasons_the_reasons_are_the_harm() -> None:
    text = (
        "Peak District National Park Authority\nReference: EIR 2025/0042\n\nThe closed session "
        "report is withheld under regulation 12(5)(d) of the EIR, which allows a public "
        "authority to refuse to disclose information to the extent that its disclosure would "
        "adversely affect the confidentiality of proceedings.\n\nThe report was considered in "
        "closed session. Disclosure while the case is live would adversely affect that "
        "confidentiality.\n"
    )
    (claim,) = read(text).claims
    assert claim.harm is not None
    assert claim.harm.text.startswith("The report was considered")


def test_the_law_quoted_with_reasons_and_nothing_else_is_still_the_harm() -> None:
    text = (
        "Anytown Council\nOur ref: EIR 123\n\nThe Council is withholding the advice under "
        "regulation 12(5)(b) of the EIR, which applies where disclosure would adversely affect "
        "the course of justice. The advice attracts legal professional privilege.\n"
    )
    (claim,) = read(text).claims
    assert claim.harm is not None
    assert claim.harm.likelihood.value == "would"


def test_a_harm_under_a_heading_naming_two_exemptions_serves_both() -> None:
    text = (
        "Foreign Office\nOur ref: FOI2025/0001\n\nThe telegrams are withheld under sections "
        "27(1)(a) and 38(1)(b) of the Freedom of Information Act 2000.\n\nSection 27(1)(a) and "
        "38(1)(b): international relations and safety\n\nReleasing the telegrams would be "
        "likely to damage relations with Kenya, and section 38 applies as it would endanger "
        "the safety of our sources.\n"
    )
    claims = {c.citation: c for c in read(text).claims}
    assert claims["27(1)(a)"].harm is not None
    assert claims["38(1)(b)"].harm is not None


def test_a_decision_heading_at_the_top_does_not_hide_the_reasoning_below_it() -> None:
    text = (
        "Department for Overseas Trade\nOur ref: DOT/FOI/24/1930\n\nDecision\n\nWe are "
        "withholding the assessment under section 27(1)(a) of the Freedom of Information Act "
        "2000.\n\nThe negotiations are continuing, and disclosure would prejudice relations "
        "between the United Kingdom and Estovia.\n\nThere is a public interest in scrutiny of "
        "trade talks. However, there is a stronger public interest in effective negotiation. "
        "On balance, the public interest in maintaining the exemption outweighs the public "
        "interest in disclosure.\n"
    )
    (claim,) = read(text).claims
    assert claim.harm is not None
    assert claim.harm.text.startswith("The negotiations are continuing")
    assert claim.pit is not None
    assert len(claim.pit.factors_for) == 1
    assert len(claim.pit.factors_against) == 1


def test_a_harm_with_words_between_would_and_the_harm() -> None:
    text = (
        "Essex Police\nReference: 25/1234\n\nEssex Police can neither confirm nor deny that it "
        "holds the information, by virtue of section 24(2) of the Freedom of Information Act "
        "2000.\n\nConfirming or denying would also be likely to harm national security, because "
        "hostile actors would learn which airports are watched.\n"
    )
    (claim,) = read(text).claims
    assert claim.harm is not None
    assert claim.harm.likelihood.value == "would_be_likely"
