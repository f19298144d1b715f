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
