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
