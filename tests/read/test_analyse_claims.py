"""Claims, mentions, NCND flags and outcomes read from short passages."""

from __future__ import annotations

import pytest

from tests.read.analyse_helpers import read


@pytest.mark.parametrize(
    ("text", "claims", "mentions"),
    [
        (
            "The information is exempt under section 31(1)(a)(b) of the Act.",
            ["31(1)(a)", "31(1)(b)"],
            [],
        ),
        (
            "We have not relied on Section 12. The information is exempt under section 43(2).",
            ["43(2)"],
            ["12"],
        ),
        (
            "The duty in section 1(1)(a) of the Act does not apply by virtue of section 24(2).",
            ["24(2)"],
            ["1(1)(a)"],
        ),
        (
            "You may complain to the Information Commissioner under section 50. Section 17 "
            "requires us to explain; section 16 advice is given below. Section 40(2) applies.",
            ["40(2)"],
            ["50", "17", "16"],
        ),
        (
            "We are refusing your request under section 12 because the cost of compliance "
            "would exceed the appropriate limit.",
            ["12"],
            [],
        ),
        (
            "Section 14(1) applies: the request is vexatious.",
            ["14(1)"],
            [],
        ),
        (
            "Sections 24 and 31 are engaged. Section 24(2) and section 31(3) apply.",
            ["24(2)", "31(3)"],
            [],
        ),
        (
            "Exemption - Section 31 - Law Enforcement. Section 31 applies to this information.",
            ["31"],
            [],
        ),
        (
            "We have considered section 12, but the cost limit has not been applied. Section "
            "31(1)(a) applies.",
            ["31(1)(a)"],
            ["12"],
        ),
        (
            "The names would be likely to be exempt under section 40(2), but we have not gone "
            "on to consider this. Section 43(2) applies.",
            ["43(2)"],
            ["40(2)"],
        ),
        (
            "Section 40(2) applies to the names, but not to the job titles, which are released.",
            ["40(2)"],
            [],
        ),
        (
            "s.40 applies only where the exemptions set out in sections 28 to 30 do not.",
            ["40"],
            ["28", "29", "30"],
        ),
        (
            "Rather than section 30, we have relied on section 31(1)(a).",
            ["31(1)(a)"],
            ["30"],
        ),
        (
            "Section 44(2) of the Freedom of Information Act applies. Section 18(1) of the "
            "Commissioners for Revenue and Customs Act 2005 prohibits disclosure, and section 23 "
            "of that Act makes it an absolute exemption.",
            ["44(2)"],
            [],
        ),
        (
            "Section 31(1)(a) applies. We have not found it necessary to consider whether "
            "section 36 of the Act would also apply.",
            ["31(1)(a)"],
            ["36"],
        ),
        (
            "Section 40(2) applies. We also considered section 38 (health and safety), but it "
            "has not been necessary to rely on it.",
            ["40(2)"],
            ["38"],
        ),
        (
            "We refuse under section 12(1). If you narrow your request, section 40(2) or section "
            "43(2) may apply to some of the documents.",
            ["12(1)"],
            ["40(2)", "43(2)"],
        ),
        (
            "The original response withheld the figures under section 22(1). For section 22 to "
            "apply, the authority must have intended to publish. I have therefore decided to "
            "overturn the original decision, and the information is provided below.",
            [],
            ["22(1)", "22"],
        ),
        (
            "Our earlier response withheld the names under section 40(2). I have decided to "
            "uphold the original decision.",
            ["40(2)"],
            [],
        ),
        (
            "I uphold the decision under section 31(1)(a). I have not upheld the reliance on "
            "section 38, as there is no evidence of any danger.",
            ["31(1)(a)"],
            ["38"],
        ),
        (
            "Section 31(1)(a) applies. Section 38 was also cited, but I have seen no evidence "
            "of danger to anyone, and that exemption is withdrawn.",
            ["31(1)(a)"],
            ["38"],
        ),
        (
            "Section 44(1)(a) applies. Section 28(2) of the Health and Safety at Work etc. Act "
            "1974 prohibits disclosure, except as set out in section 28(3) to (7) of that Act. "
            "Disclosure is an offence under section 393(10).",
            ["44(1)(a)"],
            [],
        ),
        (
            "Section 23 of the Freedom of Information Act 2000 applies, and section 24 of that "
            "Act applies too.",
            ["23", "24"],
            [],
        ),
    ],
)
def test_claims_and_mentions(text: str, claims: list[str], mentions: list[str]) -> None:
    record = read(text)
    assert [c.citation for c in record.claims] == claims
    assert [m.citation for m in record.mentions] == mentions


def test_regulations_are_eir_claims() -> None:
    record = read(
        "This request falls under the Environmental Information Regulations 2004. The "
        "information is withheld under regulation 12(5)(b); section 39 of the FOIA applies."
    )
    assert record.regime.value == "eir"
    assert [(c.citation, c.regime.value) for c in record.claims] == [("12(5)(b)", "eir")]
    assert [(m.citation, m.regime.value) for m in record.mentions] == [("39", "foia")]


def test_foisa_regime() -> None:
    record = read(
        "Under the Freedom of Information (Scotland) Act 2002 the information is exempt "
        "under section 35(1)(a). You may apply to the Scottish Information Commissioner."
    )
    assert record.regime.value == "foisa"
    assert [(c.citation, c.regime.value) for c in record.claims] == [("35(1)(a)", "foisa")]


@pytest.mark.parametrize(
    ("text", "ncnd"),
    [
        (
            "We can neither confirm nor deny that information is held, by virtue of section 31(3).",
            {"31(3)": True},
        ),
        (
            "We neither confirm nor deny holding information by virtue of the following "
            "exemptions:\n\nSection 24 National Security\nSection 23(5)\n",
            {"24": True, "23(5)": True},
        ),
        (
            "Please find attached the figures you asked for. Names are exempt under section "
            "40(2). For question 3 we neither confirm nor deny under section 30(3).",
            {"40(2)": False, "30(3)": True},
        ),
        (
            "The information is exempt under section 21 as it is available on our website.",
            {"21": False},
        ),
        (
            "The Council cannot confirm or deny whether it holds this information, relying "
            "on section 31(3).",
            {"31(3)": True},
        ),
        (
            "We can't confirm or deny that any such information is held: section 23(5) and "
            "section 24(2) apply.",
            {"23(5)": True, "24(2)": True},
        ),
        (
            "Question 1\n\nHMRC cannot confirm or deny whether it holds information about an "
            "identifiable person: section 44(2) applies.\n\nQuestion 2\n\nWe hold the advice, "
            "but it is withheld under section 42(1) (legal professional privilege).",
            {"44(2)": True, "42(1)": False},
        ),
        (
            "Our reply to (1)\n\nThe force holds this information. However, it is exempt by "
            "virtue of section 31(1)(a).\n\nOur reply to (2)\n\nThe force can neither confirm "
            "nor deny that it holds any information, by virtue of section 31(3).",
            {"31(1)(a)": False, "31(3)": True},
        ),
        (
            "The force can neither confirm nor deny whether it holds this information. If it "
            "were held, it would be exempt under section 31(1)(a), and section 31(3) applies.",
            {"31(1)(a)": True, "31(3)": True},
        ),
    ],
)
def test_ncnd_flags(text: str, ncnd: dict[str, bool]) -> None:
    record = read(text)
    assert {c.citation: c.ncnd for c in record.claims} == ncnd


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "I can confirm that the Council holds this information. Please find attached the "
            "report you requested.",
            "disclosed",
        ),
        ("The information you requested is not held by the Council.", "not_held"),
        ("We do not hold any recorded information about this.", "not_held"),
        (
            "Complying would exceed the appropriate limit of 18 hours under section 12(1).",
            "cost_limit",
        ),
        ("Section 14(1) applies because the request is vexatious.", "vexatious"),
        (
            "We can neither confirm nor deny whether we hold information: section 23(5) applies.",
            "ncnd",
        ),
        ("The information is exempt from disclosure under section 43(2).", "refused"),
        (
            "Please find attached some of the information. The remainder is exempt under "
            "section 40(2).",
            "partial",
        ),
        ("Thank you for your letter, which we will answer shortly.", "other"),
        (
            "The Council cannot confirm or deny whether it holds this information, relying "
            "on sections 31(3) and 40(5B). Your rights are attached.",
            "ncnd",
        ),
        (
            "We cannot confirm or deny whether information is held (section 30(3)). Details "
            "of the complaints procedure are enclosed.",
            "ncnd",
        ),
        ("The spreadsheets you asked for have been attached.", "disclosed"),
        (
            "This information is withheld under regulation 12(4)(a) of the EIR as it is not held.",
            "not_held",
        ),
        (
            "Some of it is provided with this letter and the rest is withheld under section 43(2).",
            "partial",
        ),
        (
            "The monitoring results are disclosed in full. The appendices are withheld under "
            "regulation 12(5)(e).",
            "partial",
        ),
        (
            "The minutes of the meeting (item 2) are enclosed. The closed session report is "
            "withheld under regulation 12(5)(d).",
            "partial",
        ),
        ("We are providing the figures below: 12 in 2023 and 15 in 2024.", "disclosed"),
        (
            "Please find attached our response to your request. The information is exempt "
            "under section 35(1)(a).",
            "refused",
        ),
        (
            "Publishing partial modelling would mislead. The information is exempt under "
            "section 35(1)(a).",
            "refused",
        ),
        ("Information not held.", "not_held"),
        (
            "Your rights are attached. The information is exempt under section 40(2).",
            "refused",
        ),
    ],
)
def test_outcome(text: str, outcome: str) -> None:
    assert read(text).outcome.value == outcome


def test_outcome_span_quotes_the_deciding_words() -> None:
    record = read("Sadly the information you asked for is not held by the force.")
    assert record.quote(record.outcome_span) == "is not held"


def test_a_body_the_act_does_not_cover_relies_on_nothing() -> None:
    record = read(
        "National Crime Agency\n\nThe National Crime Agency is not listed in Schedule 1 to the "
        "Freedom of Information Act 2000 and is therefore not a public authority for the "
        "purposes of that Act. Information relating to it falls within section 23(3)(n) of the "
        "Act."
    )
    assert record.outcome.value == "other"
    assert record.claims == []
    assert [m.citation for m in record.mentions] == ["23(3)(n)"]
    assert any("does not apply" in note for note in record.notes)


def test_another_body_outside_the_act_changes_nothing() -> None:
    record = read(
        "The Council does not hold the assessment. The footbridge is owned by the Harbour "
        "Commissioners, who are not a public authority for the purposes of the Freedom of "
        "Information Act 2000. The names are exempt under section 40(2)."
    )
    assert [c.citation for c in record.claims] == ["40(2)"]
