"""For every rule: responses on which it should fire, and near misses on which it should not.

``tests/check/test_rules.py`` runs each example through its rule alone and fails
if a registered rule lacks a firing or a non-firing example here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from foidesk.check import InMemoryLibrary, ParagraphLibrary
from foidesk.law import Regime
from foidesk.record import Citation, DateRole, Outcome, Response
from tests.check.factories import AGAINST, BALANCE, FOR, GOOD_TEXT, HARM, REQUEST, RIGHTS, Doc, good

Build = Callable[[], Response]


@dataclass(frozen=True)
class Example:
    """One response and whether ``code`` should fire on it."""

    code: str
    fires: bool
    name: str
    build: Build
    library: Callable[[], ParagraphLibrary | None] = lambda: None


def _swap(old: str, new: str) -> str:
    assert old in GOOD_TEXT
    return GOOD_TEXT.replace(old, new)


def _with_claim(text: str, citation: str, written: str, **kwargs: object) -> Response:
    doc = Doc(text)
    claim = doc.claim(citation, written, **kwargs)  # type: ignore[arg-type]
    outcome = Outcome.NCND if claim.ncnd else Outcome.REFUSED
    return doc.response([claim], outcome=outcome, request=REQUEST if REQUEST in text else None)


def _harm_variant(harm: str) -> Response:
    text = _swap(HARM, harm)
    return _with_claim(text, "31(1)(a)", "section 31(1)(a)", harm=harm, factors_for=[FOR])


BARE_31 = "We withhold the locations under section 31 of the Act."
NO_REASON = "We withhold the information under section 31(1)(a).\n\n" + RIGHTS
S21 = (
    "Section 21 applies because the camera locations are published on our website at "
    "https://www.example.police.uk/cameras and are reasonably accessible to you there."
)
NCND_HARM = (
    "To confirm or deny whether we hold information about covert cameras on the A38 would "
    "tell offenders whether the route is watched, and so would prejudice the prevention "
    "and detection of crime."
)
NCND_TEXT = (
    "We can neither confirm nor deny whether we hold the information you requested, by virtue "
    f"of section 31(3).\n\n{NCND_HARM}\n\n{RIGHTS}"
)
OLD_LINK = "http://library.college.police.uk/docs/APP-Community-Security-Policy-2014.pdf"
EQUAL = "The arguments on each side are equally balanced, so we have decided to withhold."
CONTRARY = (
    "We consider that the public interest in disclosure outweighs the public interest in "
    "maintaining the exemption."
)


def _library_with(text: str) -> ParagraphLibrary:
    other = Doc(text).response(path="other.txt")
    return InMemoryLibrary.from_responses([other])


_BASE: tuple[Example, ...] = (
    # S17: the notice itself
    Example(
        "S1701",
        True,
        "withheld, nothing cited",
        lambda: Doc("We are withholding this information as it is sensitive.").response(),
    ),
    Example("S1701", False, "good notice", good),
    Example(
        "S1701",
        False,
        "cited in the text though the record has no claim",
        lambda: Doc("We withhold it under section 40(2).").response(),
    ),
    Example("S1702", True, "bare section 31", lambda: _with_claim(BARE_31, "31", "section 31")),
    Example("S1702", False, "31(1)(a)", good),
    Example(
        "S1702", False, "section 21 has one limb", lambda: _with_claim(S21, "21", "Section 21")
    ),
    Example(
        "S1703",
        True,
        "no harm, no reason",
        lambda: _with_claim(NO_REASON, "31(1)(a)", "section 31(1)(a)"),
    ),
    Example("S1703", False, "harm given", good),
    Example("S1703", False, "class fact given", lambda: _with_claim(S21, "21", "Section 21")),
    Example(
        "S1703",
        False,
        "personal data named as the reason in the same sentence",
        lambda: _with_claim(
            "The names of junior officers in the reports have been redacted under section "
            "40(2), as they are the personal data of third parties whose identities are not "
            "public.\n\n" + RIGHTS,
            "40(2)",
            "section 40(2)",
        ),
    ),
    Example(
        "S1703",
        False,
        "s22: the plan to publish given before the citation",
        lambda: _with_claim(
            "The Council holds the draft results of the review. The Council intends to publish "
            "the review, with its recommendations, as part of the report to Cabinet in May "
            "2025. This information is exempt under section 22(1) of the Act.\n\n" + RIGHTS,
            "22(1)",
            "section 22(1)",
        ),
    ),
    Example("S1704", True, "no rights paragraph", lambda: good(rights="")),
    Example(
        "S1704",
        True,
        "ICO only",
        lambda: good(rights="You may complain to the Information Commissioner."),
    ),
    Example("S1704", False, "rights given", good),
    Example(
        "S1704",
        False,
        "complaint to the department heard by a review panel",
        lambda: good(
            rights="If you are unhappy with the way your request has been handled, you should "
            "make a complaint to the department within two months. Your complaint will be "
            "considered by an independent review panel. You may then contact the Information "
            "Commissioner's Office."
        ),
    ),
    Example("S1705", True, "no rights paragraph", lambda: good(rights="")),
    Example(
        "S1705",
        True,
        "FOISA notice naming the UK ICO",
        lambda: Doc(
            "Section 35(1)(a) applies. You may require a review under section 20. You may then "
            "complain to the Information Commissioner's Office."
        ).response(regime=Regime.FOISA),
    ),
    Example(
        "S1705",
        False,
        "FOISA notice naming the Scottish Information Commissioner",
        lambda: Doc(
            "Section 35(1)(a) applies. You may require a review under section 20, and then "
            "apply to the Scottish Information Commissioner under section 47."
        ).response(regime=Regime.FOISA),
    ),
    Example("S1705", False, "rights given", good),
    # PRJ: the prejudice test
    Example(
        "PRJ01",
        True,
        "bare 31, no interest named",
        lambda: _with_claim(
            BARE_31 + " Disclosure would allow offenders to avoid the cameras.",
            "31",
            "section 31",
            harm="Disclosure would allow offenders to avoid the cameras.",
        ),
    ),
    Example(
        "PRJ01",
        False,
        "bare 31, interest named in words",
        lambda: _with_claim(
            BARE_31 + " Disclosure would prejudice the prevention and detection of crime.",
            "31",
            "section 31",
            harm="Disclosure would prejudice the prevention and detection of crime.",
        ),
    ),
    Example("PRJ01", False, "31(1)(a) cited", good),
    Example(
        "PRJ02",
        True,
        "bare assertion",
        lambda: _harm_variant("Disclosure would prejudice law enforcement."),
    ),
    Example("PRJ02", False, "causal and specific", good),
    Example(
        "PRJ02",
        False,
        "the way it would happen, given as what people could do",
        lambda: _harm_variant(
            "If the risk indicators were known, taxpayers could arrange their affairs round "
            "them, and this would prejudice the collection of tax."
        ),
    ),
    Example(
        "PRJ03",
        True,
        "no likelihood words",
        lambda: _harm_variant("Releasing the camera locations is a matter of concern to us."),
    ),
    Example("PRJ03", False, "would", good),
    Example(
        "PRJ04",
        True,
        "could only",
        lambda: _harm_variant("The camera locations could be used by offenders to avoid them."),
    ),
    Example(
        "PRJ04",
        True,
        "EIR: likely is below 'would adversely affect'",
        lambda: _with_claim(
            "Regulation 12(5)(b) applies: disclosure would be likely to affect the inquiry.",
            "12(5)(b)",
            "Regulation 12(5)(b)",
            harm="disclosure would be likely to affect the inquiry.",
            regime=Regime.EIR,
        ),
    ),
    Example("PRJ04", False, "would", good),
    Example(
        "PRJ04",
        False,
        "would be likely to, FOIA",
        lambda: _harm_variant(
            "Disclosure would be likely to prejudice the prevention of crime on the A38 by "
            "showing offenders where the cameras are."
        ),
    ),
    Example(
        "PRJ05",
        True,
        "would and would be likely to",
        lambda: _harm_variant(
            "Disclosure would prejudice the prevention of crime on the A38, and would be likely "
            "to prejudice the detection of crime elsewhere."
        ),
    ),
    Example(
        "PRJ05",
        False,
        "one level of prejudice, its consequence said with 'would'",
        lambda: _harm_variant(
            "Disclosure would be likely to prejudice the detection of crime, because it would "
            "allow offenders to avoid the cameras. The scheme is likely to be reviewed."
        ),
    ),
    Example(
        "PRJ05",
        False,
        "the statutory formula, then one level",
        lambda: _harm_variant(
            "Section 31(1)(a) applies where disclosure would, or would be likely to, prejudice "
            "the prevention of crime. Here disclosure would be likely to prejudice it."
        ),
    ),
    Example("PRJ05", False, "would only", good),
    # PIT: the public interest test
    Example(
        "PIT01",
        True,
        "qualified, no test",
        lambda: _with_claim(HARM, "31(1)(a)", "section 31(1)(a)", harm=HARM),
    ),
    Example("PIT01", False, "test given", good),
    Example("PIT01", False, "absolute, no test", lambda: _with_claim(S21, "21", "Section 21")),
    Example(
        "PIT02",
        True,
        "absolute with a test",
        lambda: _with_claim(
            f"{S21}\n\n{FOR}\n\n{AGAINST}",
            "21",
            "Section 21",
            factors_for=[FOR],
            factors_against=[AGAINST],
        ),
    ),
    Example("PIT02", False, "qualified with a test", good),
    Example(
        "PIT03",
        True,
        "no factor for disclosure",
        lambda: _with_claim(
            f"We withhold the locations under section 31(1)(a).\n\n{HARM}\n\n{AGAINST}\n\n"
            f"{BALANCE}\n\n{RIGHTS}",
            "31(1)(a)",
            "section 31(1)(a)",
            harm=HARM,
            factors_against=[AGAINST],
            balance=BALANCE,
        ),
    ),
    Example("PIT03", False, "both sides", good),
    Example(
        "PIT04",
        True,
        "factors, no conclusion",
        lambda: _with_claim(
            _swap(BALANCE, ""),
            "31(1)(a)",
            "section 31(1)(a)",
            harm=HARM,
            factors_for=[FOR],
            factors_against=[AGAINST],
        ),
    ),
    Example("PIT04", False, "conclusion given", good),
    Example("PIT05", True, "balance favours disclosure", lambda: good(balance=CONTRARY)),
    Example("PIT05", False, "balance favours the exemption", good),
    Example(
        "PIT04",
        False,
        "the conclusion says one side is stronger",
        lambda: good(
            balance="We consider that the public interest in maintaining the exemption is stronger."
        ),
    ),
    Example(
        "PIT05",
        False,
        "'In favour of disclosure,' labels a factor in the balancing paragraph",
        lambda: good(
            balance="In favour of disclosure, there is interest in the scheme. Against disclosure, "
            "the results are incomplete. It is reasonable in all the circumstances to withhold "
            "the information until then."
        ),
    ),
    Example("PIT06", True, "equally balanced, withheld", lambda: good(balance=EQUAL)),
    Example("PIT06", False, "outweighs", good),
    Example(
        "PIT07",
        True,
        "loss of confidence",
        lambda: good(against="Disclosure would undermine public confidence in the police service."),
    ),
    Example(
        "PIT07",
        True,
        "embarrassment",
        lambda: good(against="The figures would embarrass the force."),
    ),
    Example(
        "PIT07",
        True,
        "requester's motive",
        lambda: good(against="The requester's motive appears to be a campaign."),
    ),
    Example(
        "PIT07",
        True,
        "misunderstanding",
        lambda: good(against="The public could misinterpret the camera figures."),
    ),
    Example("PIT07", False, "relevant factors only", good),
    Example(
        "PIT08",
        True,
        "withholding argument listed for disclosure",
        lambda: good(for_="Disclosure would undermine investigations on the A38."),
    ),
    Example(
        "PIT08",
        True,
        "disclosure argument listed against",
        lambda: good(against="Disclosure would promote transparency about cameras."),
    ),
    Example("PIT08", False, "factors on their own sides", good),
    # NCND
    Example(
        "NCND01",
        True,
        "NCND under 31(1)(a)",
        lambda: _with_claim(
            NCND_TEXT.replace("section 31(3)", "section 31(1)(a)"),
            "31(1)(a)",
            "section 31(1)(a)",
            ncnd=True,
        ),
    ),
    Example(
        "NCND01",
        True,
        "NCND under s21, which has no limb",
        lambda: _with_claim(S21, "21", "Section 21", ncnd=True),
    ),
    Example(
        "NCND01",
        False,
        "NCND under 31(3)",
        lambda: _with_claim(NCND_TEXT, "31(3)", "section 31(3)", ncnd=True, harm=NCND_HARM),
    ),
    Example(
        "NCND02",
        True,
        "harm from disclosing",
        lambda: _with_claim(
            NCND_TEXT + "\n\nTo disclose the locations would help offenders.",
            "31(3)",
            "section 31(3)",
            ncnd=True,
            harm="To disclose the locations would help offenders.",
        ),
    ),
    Example(
        "NCND02",
        False,
        "harm from confirming",
        lambda: _with_claim(NCND_TEXT, "31(3)", "section 31(3)", ncnd=True, harm=NCND_HARM),
    ),
    Example(
        "NCND03",
        True,
        "the withheld information",
        lambda: _with_claim(
            NCND_TEXT + "\n\nThe withheld information is sensitive.",
            "31(3)",
            "section 31(3)",
            ncnd=True,
            harm=NCND_HARM,
        ),
    ),
    Example(
        "NCND03",
        False,
        "hypothetical wording",
        lambda: _with_claim(NCND_TEXT, "31(3)", "section 31(3)", ncnd=True, harm=NCND_HARM),
    ),
    Example(
        "NCND03",
        False,
        "'withheld information' outside NCND",
        lambda: good(balance=BALANCE + " The withheld information is the list of locations."),
    ),
    # BP: boilerplate
    Example(
        "BP01",
        True,
        "generic harm",
        lambda: _harm_variant(
            "Any disclosure that would have a negative effect on our core functions of law "
            "enforcement would not be in the best interests of the public."
        ),
    ),
    Example("BP01", False, "harm about the cameras", good),
    Example("BP02", True, "copied word for word", good, lambda: _library_with(GOOD_TEXT)),
    Example(
        "BP02",
        False,
        "library of other subjects",
        good,
        lambda: _library_with(
            "We hold no information about parking fines issued on the ring road in the years "
            "you asked about, so we cannot provide any figures at all."
        ),
    ),
    Example("BP02", False, "no library", good),
    # HK: housekeeping
    Example(
        "HK01",
        True,
        "footer from another request",
        lambda: good(footer="10/05/2024 987B_PIT_01"),
    ),
    Example(
        "HK01",
        False,
        "footer of the same request",
        lambda: good(footer="10/05/2024 1234A_PIT_01"),
    ),
    Example(
        "HK02",
        True,
        "two years",
        lambda: good(footer="Please quote reference 1234A/23 in any reply."),
    ),
    Example("HK02", False, "one form", good),
    Example(
        "HK03",
        True,
        "date after the document",
        lambda: good(opening="We received it on 20/06/2024."),
    ),
    Example(
        "HK03",
        False,
        "deadline after the document",
        lambda: good(opening="Please ask for any review by 5 July 2024."),
    ),
    Example("HK03", False, "no dates after the document", good),
    Example(
        "HK04",
        True,
        "retired College of Policing library, 2014",
        lambda: good(footer=f"See {OLD_LINK}"),
    ),
    Example(
        "HK04",
        False,
        "current https link",
        lambda: good(footer="See https://www.college.police.uk/app/information-management"),
    ),
    Example(
        "HK05",
        True,
        "no exemption",
        lambda: Doc("Thank you for your request. The information is attached.").response(
            outcome=Outcome.DISCLOSED
        ),
    ),
    Example("HK05", False, "exemption found", good),
)


def dates_example() -> Response:
    """A response whose received date is after its sent date."""
    return Doc("Reply.").response(
        dates=[(DateRole.RECEIVED, "2024-06-01"), (DateRole.SENT, "2024-05-01")]
    )


FOISA_S18 = (
    "Under section 18(1) of FOISA, the Service refuses to reveal whether the information exists "
    "or is held by it. If it existed, it would be exempt under section 35(1)(f)."
)


def foisa_s18_example() -> Response:
    """A FOISA refusal to reveal: s18(1) (procedural, so a mention) beside the exemption."""
    doc = Doc(FOISA_S18)
    record = doc.response(
        [doc.claim("35(1)(f)", "section 35(1)(f)", ncnd=True, regime=Regime.FOISA)],
        outcome=Outcome.NCND,
        regime=Regime.FOISA,
    )
    record.mentions = [
        Citation(
            citation="18(1)",
            regime=Regime.FOISA,
            text="section 18(1)",
            span=doc.span("section 18(1)"),
        )
    ]
    return record


EXTRA: tuple[Example, ...] = (
    Example("NCND01", False, "FOISA: the exemption cited beside s18(1)", foisa_s18_example),
    Example(
        "NCND01",
        False,
        "exemption cited beside its NCND limb",
        lambda: Doc(NCND_TEXT + " See also section 31(1)(a).").response(
            [
                Doc(NCND_TEXT + " See also section 31(1)(a).").claim(
                    "31(3)", "section 31(3)", ncnd=True
                ),
                Doc(NCND_TEXT + " See also section 31(1)(a).").claim(
                    "31(1)(a)", "section 31(1)(a)", ncnd=True
                ),
            ],
            outcome=Outcome.NCND,
        ),
    ),
    Example(
        "PIT01",
        True,
        "EIR manifestly unreasonable, no test",
        lambda: _with_claim(
            "We refuse under regulation 12(4)(b) as the request would take 3,000 hours.",
            "12(4)(b)",
            "regulation 12(4)(b)",
            regime=Regime.EIR,
        ),
    ),
)

EXAMPLES: tuple[Example, ...] = _BASE + EXTRA
