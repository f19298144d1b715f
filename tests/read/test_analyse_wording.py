"""Which way words point, and how likely a harm is said to be."""

from __future__ import annotations

import pytest

from foidesk.read.analyse.likelihood import find_likelihood
from foidesk.read.analyse.wording import conclusion, factor_side
from foidesk.record.model import Favours, Likelihood


@pytest.mark.parametrize(
    ("heading", "side"),
    [
        ("Factors favouring Disclosure", True),
        ("Considerations favouring Non-Disclosure", False),
        ("Factors against release", False),
        ("Factors favouring complying with Section 1 (1) (a) confirming that", True),
        ("Factors against complying with Section 1 (1) (a) neither confirm nor denying", False),
        ("Factors in favour of neither confirming nor denying", False),
        ("Public interest in maintaining the exemption", False),
        ("Arguments for withholding", False),
        ("Reasons for disclosure", True),
        ("Factors supporting the exemption", False),
        ("Factors against non-disclosure", True),
        ("Nothing to see here", None),
    ],
)
def test_factor_side(heading: str, side: bool | None) -> None:
    assert factor_side(heading) is side


@pytest.mark.parametrize(
    ("text", "favours"),
    [
        ("the public interest in maintaining the exemption outweighs that in disclosure", "w"),
        (
            "the public interest in neither confirming nor denying outweighs the public "
            "interest in confirming or denying",
            "w",
        ),
        (
            "the public interest in confirming or denying outweighs that in neither confirming "
            "nor denying",
            "d",
        ),
        ("the public interest in disclosure outweighs the public interest in maintaining", "d"),
        ("the public interest in providing the information is outweighed by the impact", "w"),
        ("factors in favour of disclosure are outweighed by those against", "w"),
        ("the public interest in maintaining the exemption does not outweigh disclosure", "d"),
        ("for these issues the balance test favours non-disclosure.", "w"),
        ("the balance test favours neither confirming nor denying that information is held", "w"),
        ("it is not in the public interest to release the withheld information", "w"),
        ("On balance, the public interest lies in neither confirming nor denying.", "w"),
        ("the balance falls in favour of non-disclosure", "w"),
        ("the arguments are equally balanced, so the information is released", "d"),
        (
            "The public interest in maintaining the exclusion of the duty to confirm or deny "
            "outweighs the public interest in confirming or denying.",
            "w",
        ),
        (
            "there is some public interest in release, as part of open government. However, "
            "this is outweighed by the need for safe space.",
            "w",
        ),
        (
            "issues that favour release are measured against those favouring non-disclosure. "
            "The balance favours disclosure.",
            "d",
        ),
        (
            "we have concluded that the public interest in maintaining the exemption is greater "
            "than the public interest in disclosure.",
            "w",
        ),
        (
            "In favour of disclosure, there is interest in the scheme. Against disclosure, the "
            "results are incomplete. It is reasonable in all the circumstances to withhold the "
            "information until then.",
            "w",
        ),
        ("We consider that the public interest in maintaining the exemption is stronger.", "w"),
        (
            "we consider that the public interest in withholding the report until publication "
            "outweighs the public interest in releasing it now.",
            "w",
        ),
        ("The case for disclosure is stronger.", "d"),
        (
            "Having considered both sides, we believe that the public interest is best served "
            "by withholding this information.",
            "w",
        ),
        ("It would be contrary to the public interest to reveal whether it is held.", "w"),
        (
            "In favour of disclosure is the public interest in accountability. Against "
            "disclosure is fair competition. The public interest in maintaining the exemption "
            "is stronger.",
            "w",
        ),
    ],
)
def test_conclusion(text: str, favours: str) -> None:
    found = conclusion(text)
    assert found is not None
    assert found.favours is (Favours.WITHHOLDING if favours == "w" else Favours.DISCLOSURE)
    assert 0 <= found.start < found.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "The public are entitled to know how public funds are spent.",
        "In favour of disclosure, there is a public interest in the scheme.",
        "Section 22 is qualified. In favour of release, the report is of wide interest.",
        "In favour of disclosure is the public interest in accountability for spending.",
    ],
)
def test_no_conclusion(text: str) -> None:
    assert conclusion(text) is None


@pytest.mark.parametrize(
    ("text", "likelihood", "words"),
    [
        (
            "Disclosure would be likely to prejudice the prevention of crime.",
            "would_be_likely",
            "would be likely to",
        ),
        (
            "Publication would therefore be likely to prejudice the force.",
            "would_be_likely",
            "would therefore be likely to",
        ),
        ("Release would likely assist offenders.", "would_be_likely", "would likely"),
        (
            "There is a real and significant risk of harm.",
            "would_be_likely",
            "real and significant risk",
        ),
        ("The disclosure would provide details. It could be used to attack.", "would", "would"),
        ("To disclose it could identify vulnerable systems.", "would_be_likely", "could"),
        ("Release may assist criminals.", "would_be_likely", "may"),
        (
            "Disclosure would be likely to harm; it would also reveal tactics.",
            "would_be_likely",
            "would be likely to",
        ),
        ("The information relates to investigations.", "unstated", None),
        (
            "If they were known, individuals could arrange their affairs to avoid an enquiry. "
            "This would prejudice the assessment of tax.",
            "would",
            "would",
        ),
        (
            "Nest sites could be deduced from the data, and disclosure would therefore "
            "adversely affect the protection of the environment.",
            "would",
            "would",
        ),
        (
            "Section 31(1)(a) exempts information whose disclosure would, or would be likely "
            "to, prejudice crime. Disclosure would enable fraud, and not merely that it would "
            "be likely to.",
            "would",
            "would",
        ),
        (
            "Information is exempt if its disclosure would, or would be likely to, prejudice "
            "substantially the detection of crime. Release could assist offenders.",
            "would_be_likely",
            "could",
        ),
        (
            "Disclosure of the stations would, or would be likely to, prejudice substantially "
            "the prevention of crime.",
            "would_be_likely",
            "would be likely to",
        ),
    ],
)
def test_likelihood(text: str, likelihood: str, words: str | None) -> None:
    found = find_likelihood(text)
    assert found.likelihood is Likelihood(likelihood)
    if words is None:
        assert found.start is None
    else:
        assert found.start is not None
        assert found.end is not None
        assert text[found.start : found.end] == words


def test_likely_in_passing_is_not_the_term_of_art() -> None:
    text = "They could map where their activities are likely to be detected."
    assert find_likelihood(text).likelihood is Likelihood.WOULD_BE_LIKELY
    assert text[find_likelihood(text).start or 0 :].startswith("could")
