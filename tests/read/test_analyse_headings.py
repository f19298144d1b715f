"""Heading detection and classification (foidesk.read.analyse.headings)."""

from __future__ import annotations

import pytest

from foidesk.read.analyse.document import Doc
from foidesk.read.analyse.headings import classify, find_headings, normalise
from foidesk.read.clean import clean


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        # the seeds
        ("Harm", "harm"),
        ("Evidence of Harm", "harm"),
        (
            "Section 30(c) – Substantial prejudice to effective conduct of public affairs",
            "exemption",
        ),
        ("Section 36(2)(b)(i) – Prejudice to the effective conduct of public affairs", "exemption"),
        ("Section 36 - Prejudice to effective conduct of public affairs - Harm", "harm"),
        ("Section 31 - Prejudice to law enforcement", "harm"),
        ("Harm in confirming or denying that information is held", "harm"),
        ("Overall Harm", "harm"),
        ("Factors favouring Disclosure", "factors_for"),
        ("Considerations favouring Non-Disclosure", "factors_against"),
        ("S31 - Factors Favouring Non-Disclosure:", "factors_against"),
        ("S31 - Factors Favouring Disclosure:", "factors_for"),
        ("Factors against release", "factors_against"),
        ("Factors favouring release", "factors_for"),
        ("Factors favouring disclosure (s31)", "factors_for"),
        ("Factors against disclosure (s31)", "factors_against"),
        (
            "Section 24 (2) National Security - Factors favouring complying with Section 1 (1) (a) "
            "confirming that information is held.",
            "factors_for",
        ),
        (
            "<u>Section 31 Law Enforcement – Factors against complying with Section 1 (1) (a) "
            "neither</u> confirm nor denying that information is held.",
            "factors_against",
        ),
        ("Balancing Test", "balance"),
        ("Balance test", "balance"),
        ("Public Interest Considerations", "public_interest"),
        ("Public Interest Test", "public_interest"),
        ("Exemption - Section 31- Law Enforcement", "exemption"),
        ("Section 31(3) Law Enforcement", "exemption"),
        # other authorities
        ("Public interest in favour of disclosure", "factors_for"),
        ("Public interest in maintaining the exemption", "factors_against"),
        ("Arguments for maintaining the exemption", "factors_against"),
        ("Factors in favour of neither confirming nor denying", "factors_against"),
        ("Factors favouring confirmation or denial for Section 24", "factors_for"),
        ("Section 30 - In favour of disclosure", "factors_for"),
        ("Section 30 - Against disclosure", "factors_against"),
        ("Public interest considerations favouring withholding", "factors_against"),
        ("**4. Public interest factors for disclosure**", "factors_for"),
        ("Ffactorau o blaid datgelu / Factors favouring disclosure", "factors_for"),
        ("Prejudice test", "harm"),
        ("Conclusion", "conclusion"),
        ("Decision", "conclusion"),
        ("Your right to complain", "rights"),
        ("Internal review and complaints", "rights"),
        ("Right of appeal", "rights"),
        ("Your request", "request"),
        ("You asked", "request"),
        ("Our response", "answer"),
        ("Applicable exemption: Section 31(1)(a)(b) – Law enforcement", "exemption"),
        ("Background", "other"),
    ],
)
def test_classify(heading: str, kind: str) -> None:
    assert classify(heading) == kind


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("<u>Harm</u>", "Harm"),
        ("**3. Harm**", "Harm"),
        ("S31 - Factors Favouring Non-Disclosure:", "S31 - Factors Favouring Non-Disclosure"),
        ("2) Balancing test -", "Balancing test"),
        ("## Decision", "Decision"),
    ],
)
def test_normalise(line: str, text: str) -> None:
    assert normalise(line) == text


def _headings(text: str) -> list[tuple[str, str]]:
    return [(h.text, h.kind) for h in find_headings(Doc(clean(text)))]


def test_inline_heading_keeps_its_body_on_the_line() -> None:
    text = "Harm: The disclosure would allow offenders to avoid detection in the area.\n"
    found = find_headings(Doc(clean(text + "\nMore text follows here.\n")))
    assert [(h.text, h.kind, h.inline) for h in found] == [("Harm", "harm", True)]
    assert text[found[0].body_start :].startswith("The disclosure")


@pytest.mark.parametrize(
    "text",
    [
        # a wrapped line of running text is not a heading
        "Policing is an information-led activity, and information assurance (which includes\n"
        "Factors favouring the approach taken by forces across the country and their partners\n"
        "were considered at length.\n",
        # an address block is not a run of headings
        "Great Minster House\n33 Horseferry Road\nLondon SW1P 4DR\n\nDear Sir\n",
        # a table row is not a heading
        "Provider | Contract start | Contract value\n\nProvider A | April 2022 | £4,200,000\n",
        # a sentence is not a heading
        "The information is not held by the Council.\n\nYours sincerely\n",
    ],
)
def test_not_headings(text: str) -> None:
    assert _headings(text) == []


def test_headings_of_a_short_notice() -> None:
    text = (
        "Section 31(1)(a) - Law enforcement\n\nSome explanation of the exemption here.\n\n"
        "Harm\n\nDisclosure would help offenders.\n\n"
        "Factors favouring disclosure\n\nTransparency.\n\n"
        "Factors against disclosure\n\nOperations would suffer.\n\nBalance test\n\n"
        "The public interest in maintaining the exemption outweighs that in disclosure.\n"
    )
    assert _headings(text) == [
        ("Section 31(1)(a) - Law enforcement", "exemption"),
        ("Harm", "harm"),
        ("Factors favouring disclosure", "factors_for"),
        ("Factors against disclosure", "factors_against"),
        ("Balance test", "balance"),
    ]
