"""Public interest arguments in running prose (FOIA s2(1)(b), s2(2)(b), s17(3)): each
sentence's side, and a letter's factors for and against read from them."""

from __future__ import annotations

import pytest

from foidesk.read.analyse.arguments import argument_side
from tests.read.analyse_helpers import read

FOR, AGAINST = True, False

SIDES: list[tuple[str, bool | None, bool | None]] = [
    ("There is a public interest in openness.", None, FOR),
    ("We recognise that there is a general public interest in transparency.", None, FOR),
    ("There is an inherent public interest in the loan charge.", None, FOR),
    ("We acknowledge the public interest in knowing how the force uses drones.", None, FOR),
    ("In favour of disclosure, the public has an interest in laboratory safety.", None, FOR),
    ("In favour of confirming or denying, there is a public interest in policing.", None, FOR),
    ("Public awareness would favour a disclosure as it would aid debate.", None, FOR),
    ("Release would increase public understanding of the decision.", None, FOR),
    (
        "However, there is a stronger public interest in the Trust obtaining value for money.",
        FOR,
        AGAINST,
    ),
    ("However, complying would divert officers from their work.", FOR, AGAINST),
    (
        "Against that, there is a strong public interest in ministers receiving candid advice.",
        FOR,
        AGAINST,
    ),
    ("Against disclosure, the force has a duty to protect licence holders.", None, AGAINST),
    ("On the other hand, public safety favour retention of the information.", FOR, AGAINST),
    (
        "There is a strong public interest in protecting legal professional privilege.",
        None,
        AGAINST,
    ),
    ("There is a public interest in not undermining investigations.", None, AGAINST),
    ("This is outweighed by the public interest in not weakening our forces.", FOR, AGAINST),
    ("However, this is outweighed by the public interest in allowing frank advice.", FOR, AGAINST),
    (
        "We have weighed this against the public interest in preserving the integrity of research "
        "and we consider the latter outweighs the former.",
        FOR,
        AGAINST,
    ),
    ("Diverting staff for weeks is not in the public interest.", FOR, AGAINST),
    # the weighing itself, and sentences that argue nothing
    ("On balance, the public interest favours withholding the information.", FOR, None),
    (
        "We have concluded that the public interest in maintaining the exemption outweighs the "
        "public interest in disclosure.",
        FOR,
        None,
    ),
    ("The public interest favours withholding the information.", AGAINST, None),
    (
        "It would not be in the public interest to confirm whether the information is held.",
        None,
        None,
    ),
    (
        "This is a qualified exemption and requires the application of the public interest test.",
        None,
        None,
    ),
    ("Section 42 is a qualified exemption.", None, None),
    ("For example, the names of officers are not given.", None, None),
    ("We recognise the public interest in the effectiveness of a major investment.", None, FOR),
    (
        "Revealing whether such information exists would inform the public about its measures.",
        None,
        FOR,
    ),
    ("The Trust acknowledges the public interest in protecting patient data.", None, AGAINST),
    (
        "There is no public interest in maintaining an exception for information not held.",
        None,
        None,
    ),
    ("Set against this, the security of the country is of paramount importance.", FOR, AGAINST),
    (
        "We accept there is a strong public interest in the safety of high-rise buildings.",
        None,
        FOR,
    ),
    (
        "It also took account of the public interest in the Trust being able to obtain beds at the "
        "best available price.",
        FOR,
        AGAINST,
    ),
]


@pytest.mark.parametrize(("sentence", "previous", "side"), SIDES, ids=[s[0][:40] for s in SIDES])
def test_the_side_of_a_sentence(sentence: str, previous: bool | None, side: bool | None) -> None:
    assert argument_side(sentence, previous) is side


LETTER = """Ministry of Defence
Our Reference: FOI2025/02114

Thank you for your request under the Freedom of Information Act 2000.

The information is withheld under section 26(1)(b) of the Act.

Section 26(1)(b) has been applied because disclosure would prejudice the capability of the \
armed forces.

{test}

If you are not satisfied with this response you may ask for an internal review.
"""


def test_unlabelled_factors_in_one_paragraph_are_split_from_the_balance() -> None:
    test = (
        "This is a qualified exemption and subject to public interest testing. We acknowledge the "
        "public interest in openness about support to Ukraine. This is outweighed by the public "
        "interest in not weakening the effectiveness of forces co-operating with our own. The "
        "balance of public interest therefore lies in withholding the information."
    )
    (claim,) = read(LETTER.format(test=test)).claims
    assert claim.pit is not None
    assert [f.text for f in claim.pit.factors_for] == [
        "We acknowledge the public interest in openness about support to Ukraine."
    ]
    assert [f.text[:31] for f in claim.pit.factors_against] == ["This is outweighed by the publi"]
    assert claim.pit.balance is not None
    assert claim.pit.balance.text.startswith("This is a")
    assert claim.pit.favours is not None
    assert claim.pit.favours.value == "withholding"


def test_an_argument_without_the_words_follows_one_that_has_them() -> None:
    test = (
        "Public interest test\n\nThere is a public interest in the transparency of "
        "policing.\n\nHowever, the force will not place in the public domain what would let "
        "offenders avoid detection.\n\nOn balance, the public interest in maintaining the "
        "exemption outweighs the public interest in disclosure."
    )
    (claim,) = read(LETTER.format(test=test)).claims
    assert claim.pit is not None
    assert [f.text[:22] for f in claim.pit.factors_for] == ["There is a public inte"]
    assert [f.text[:22] for f in claim.pit.factors_against] == ["However, the force wil"]


def test_a_paragraph_far_from_the_public_interest_gives_no_factor() -> None:
    test = (
        "However, the information about budgets is published in our annual report.\n\n"
        "On balance, the public interest in maintaining the exemption outweighs the public "
        "interest in disclosure."
    )
    (claim,) = read(LETTER.format(test=test)).claims
    assert claim.pit is not None
    assert claim.pit.factors_for == []
    assert claim.pit.factors_against == []


def test_a_labelled_factor_part_ends_at_the_paragraph_that_weighs_it() -> None:
    text = (
        "University of Manchester\nRequest ref: FOI/2025/0388\n\nWe are withholding the report "
        "under section 22 of the Freedom of Information Act 2000.\n\nIn favour of disclosure, "
        "the public has an interest in laboratory safety.\n\nAgainst disclosure, publishing "
        "early would deprive readers of the context.\n\nWe consider that the public interest "
        "favours withholding the report until the planned publication date.\n\nParts of the "
        "report would in any event be exempt under section 41(1).\n\nPlease contact us if you "
        "would like to be told when the report is published.\n"
    )
    claim = read(text).claims[0]
    assert claim.citation == "22"
    assert claim.pit is not None
    assert [f.text[:12] for f in claim.pit.factors_against] == ["publishing e"]
    assert claim.pit.balance is not None
    assert claim.pit.balance.text.startswith("We consider that the public interest favours")
    assert claim.pit.favours is not None
    assert claim.pit.favours.value == "withholding"


@pytest.mark.parametrize("mark", [",", ":"])
def test_one_paragraph_with_both_labels_is_split_into_its_sides(mark: str) -> None:
    text = (
        "Environment Agency\nOur ref: EIR-2025-0042\n\nThe appendices are withheld under "
        "regulation 12(5)(e) of the Environmental Information Regulations 2004.\n\n"
        f"In favour of disclosure{mark} there is a public interest in openness about quarrying. "
        f"The EIR presume disclosure. Against disclosure{mark} there is a public interest in "
        "protecting commercially confidential information. We consider that the public interest "
        "in maintaining the exception outweighs that in disclosure.\n\nEmissions information: "
        "regulation 12(9) does not apply.\n"
    )
    claim = read(text).claims[0]
    assert claim.pit is not None
    assert [f.text[:14] for f in claim.pit.factors_for] == ["there is a pub", "The EIR presum"]
    assert [f.text[:18] for f in claim.pit.factors_against] == [f"Against disclosure{mark}"[:18]]
    assert claim.pit.balance is not None
    assert claim.pit.balance.text.startswith("We consider that")
    assert claim.pit.favours is not None
    assert claim.pit.favours.value == "withholding"


def test_information_not_held_under_the_eir_gets_no_public_interest_test() -> None:
    text = (
        "Norfolk County Council\nOur ref: EIR-2025-0042\n\nThe Council does not hold the survey "
        "you asked for, so regulation 12(4)(a) of the Environmental Information Regulations 2004 "
        "applies.\n\nThere is no public interest in maintaining an exception for information "
        "that does not exist. However, the public interest in transparency is served by the "
        "figures we have given.\n"
    )
    (claim,) = read(text).claims
    assert claim.citation == "12(4)(a)"
    assert claim.pit is None


def test_a_label_standing_as_its_own_sentence_gives_its_side_to_the_rest() -> None:
    test = (
        "Public interest test\n\nArguments for disclosure. There is a high level of local "
        "interest in the quarry.\n\nArguments against disclosure. The report sets out our legal "
        "strategy. Publishing it would give the operator an unfair advantage.\n\nOn balance, "
        "the public interest in maintaining the exemption outweighs the public interest in "
        "disclosure."
    )
    (claim,) = read(LETTER.format(test=test)).claims
    assert claim.pit is not None
    assert [f.text[:18] for f in claim.pit.factors_for] == ["There is a high le"]
    assert [f.text[:18] for f in claim.pit.factors_against] == [
        "The report sets ou",
        "Publishing it woul",
    ]
