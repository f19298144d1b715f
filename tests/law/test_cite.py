"""The citation parser against a table of citations from real practice.

Each row: the text, the citations expected (``"31(1)(a) eir:12(5)(b)"``: keys
in order, each optionally prefixed with its regime, FOIA by default) and,
where useful, the exact words of each span (``|``-separated).
"""

from __future__ import annotations

import doctest

import pytest

import foidesk.law.cite as cite_module
from foidesk.law import FoundCitation, Regime, find_citations

CitationRow = tuple[str, str, str | None]


def expected(spec: str) -> list[tuple[str, Regime]]:
    """``"31(1)(a) eir:12(5)(b)"`` -> ``[("31(1)(a)", FOIA), ("12(5)(b)", EIR)]``."""
    out: list[tuple[str, Regime]] = []
    for item in spec.split():
        regime, _, key = item.rpartition(":")
        out.append((key, Regime(regime) if regime else Regime.FOIA))
    return out


def got(found: list[FoundCitation]) -> list[tuple[str, Regime]]:
    return [(c.key, c.regime) for c in found]


def check_row(text: str, spec: str, spans: str | None, regime: Regime = Regime.FOIA) -> None:
    found = find_citations(text, regime=regime)
    assert got(found) == expected(spec), text
    for c in found:
        assert text[c.start : c.end] == c.text
    if spans is not None:
        assert [c.text for c in found] == spans.split("|")


# The examples the issue names.
ISSUE: list[CitationRow] = [
    ("Section 31(1)(a)(b)", "31(1)(a) 31(1)(b)", "Section 31(1)(a)(b)|Section 31(1)(a)(b)"),
    ("Sections 24 and 31", "24 31", "Sections 24|31"),
    (
        "Section 24 (2) National Security Section 31 (3) Law Enforcement",
        "24(2) 31(3)",
        "Section 24 (2)|Section 31 (3)",
    ),
    ("s.24 (2)", "24(2)", "s.24 (2)"),
    ("S31", "31", "S31"),
    ("Section 31(3) Law Enforcement", "31(3)", "Section 31(3)"),
    (
        "Section 31(3) Law Enforcement of the Freedom of Information Act 2000",
        "31(3)",
        "Section 31(3)",
    ),
    (
        "Section 38(1)(a)(b) Health and Safety of the Freedom of Information Act",
        "38(1)(a) 38(1)(b)",
        None,
    ),
    ("section 40(5A)", "40(5A)", None),
    ("Regulation 12(5)(b)", "eir:12(5)(b)", "Regulation 12(5)(b)"),
    ("s12 of the Act", "12", "s12"),
    ("Section 1 (1) (a)", "1(1)(a)", "Section 1 (1) (a)"),
    ("S31 - Factors Favouring Non-Disclosure", "31", "S31"),
    ("(s31)", "31", "s31"),
    ("section 40(2) and (3)", "40(2) 40(3)", "section 40(2)|(3)"),
    ("sections 30(1)(a), 31(1)(a) and 38", "30(1)(a) 31(1)(a) 38", "sections 30(1)(a)|31(1)(a)|38"),
    ("s.40(5B)(a)(i)", "40(5B)(a)(i)", "s.40(5B)(a)(i)"),
    ("Regs 12(4)(b) and 12(5)(e)", "eir:12(4)(b) eir:12(5)(e)", "Regs 12(4)(b)|12(5)(e)"),
    ("regulation 13", "eir:13", None),
    ("section 43(2) of the Freedom of Information Act 2000", "43(2)", "section 43(2)"),
    ("Section 35(1)(a) of FOISA", "foisa:35(1)(a)", "Section 35(1)(a)"),
    ("s.17(1)", "17(1)", None),
    ("section 1(1)(a) of the Freedom of Information Act", "1(1)(a)", None),
    ("s 21", "21", "s 21"),
    ("§31", "31", "§31"),
    ("Sec. 31", "31", "Sec. 31"),
    ("section 99(1)", "99(1)", None),
]

# Police forces.
POLICE: list[CitationRow] = [
    ("Sections 23(5), 24(2), 30(3), 31(3) and 40(5)", "23(5) 24(2) 30(3) 31(3) 40(5)", None),
    (
        "Section 23(5) and Section 24(2) are being cited",
        "23(5) 24(2)",
        "Section 23(5)|Section 24(2)",
    ),
    ("Section 40(2)(a)(b) Personal Information", "40(2)(a) 40(2)(b)", None),
    ("Section 38(1)(a)(b) Health and Safety", "38(1)(a) 38(1)(b)", None),
    ("Section 31(1)(a)(b)(c) Law Enforcement", "31(1)(a) 31(1)(b) 31(1)(c)", None),
    (
        "Section 24 (1) and Section 31 (1) (a)",
        "24(1) 31(1)(a)",
        "Section 24 (1)|Section 31 (1) (a)",
    ),
    ("SECTION 31 - LAW ENFORCEMENT", "31", "SECTION 31"),
    ("Section 30(2)(a)(i) Investigations", "30(2)(a)(i)", None),
    ("the duty in s1(1)(a) does not arise", "1(1)(a)", "s1(1)(a)"),
    ("within 20 working days (s.10)", "10", "s.10"),
    ("FOIA s.31(1)(a) and (b)", "31(1)(a) 31(1)(b)", "s.31(1)(a)|(b)"),
    ("Section 23(1) or 24(1)", "23(1) 24(1)", None),
    ("Section 24(1) and/or 24(2)", "24(1) 24(2)", None),
    ("section 31(1)(g) and 31(2)(b)", "31(1)(g) 31(2)(b)", None),
    ("Section\n31(3)", "31(3)", "Section\n31(3)"),
    ("Section\u00a031(1)(a)", "31(1)(a)", "Section\u00a031(1)(a)"),
    ("<u>Section 31 Law Enforcement</u>", "31", "Section 31"),
    ("s38(1)(a)&(b)", "38(1)(a) 38(1)(b)", "s38(1)(a)|(b)"),
    ("section 31(1)(a)–(c)", "31(1)(a) 31(1)(b) 31(1)(c)", None),
    ("Section 40(2) – Personal Information", "40(2)", None),
    ("s.30(1)(a)/(b)", "30(1)(a) 30(1)(b)", "s.30(1)(a)|(b)"),
]

# Councils and NHS bodies.
COUNCILS: list[CitationRow] = [
    (
        "The information is exempt under section 40(2) of the Freedom of Information Act 2000.",
        "40(2)",
        None,
    ),
    ("Section 43(2) Commercial Interests", "43(2)", None),
    ("S.40(2) – Personal information", "40(2)", "S.40(2)"),
    ("s40(2) and s40(3A)(a)", "40(2) 40(3A)(a)", "s40(2)|s40(3A)(a)"),
    ("sections 40(2) & 41", "40(2) 41", None),
    ("s.21/s.22", "21 22", "s.21|s.22"),
    ("Section 21 – Information reasonably accessible to the applicant", "21", None),
    ("exempt by virtue of s.22 (information intended for future publication)", "22", None),
    ("Section 12(2) - cost of compliance exceeds the appropriate limit", "12(2)", None),
    ("We consider your request vexatious under s.14(1) FOIA", "14(1)", "s.14(1)"),
    ("section 14(2) (repeated requests)", "14(2)", None),
    ("section 40(1) (the applicant's own personal data)", "40(1)", "section 40(1)"),
    ("Section 41(1) – information provided in confidence", "41(1)", None),
    ("Section 44(1)(a) of the FOIA, prohibitions on disclosure", "44(1)(a)", None),
    ("section 10 of the Act requires a response", "10", None),
    ("your right to complain under section 50 of the Act", "50", None),
    ("section 16 (duty to provide advice and assistance)", "16", None),
    ("a refusal notice under section 17(1) of the Act", "17(1)", None),
    ("Sections 21, 22 and 23", "21 22 23", None),
    ("sections 21, 22, and 23", "21 22 23", None),
    ("ss.21-23", "21 22 23", "ss.21|ss.21-23|23"),
    ("sections 21 to 23", "21 22 23", None),
    ("ss. 30 and 31", "30 31", "ss. 30|31"),
    ("s 12 of the Act", "12", None),
    ("Sect. 38", "38", "Sect. 38"),
    ("§ 40(2)", "40(2)", "§ 40(2)"),
    ("Sec. 43(2)", "43(2)", None),
    ("sections 10 and 12 months later", "10", "sections 10"),
    ("section 10, 20 working days", "10", "section 10"),
]

# Government departments.
DEPARTMENTS: list[CitationRow] = [
    (
        "section 35(1)(a) (formulation of government policy) and section 36(2)(b)(ii)",
        "35(1)(a) 36(2)(b)(ii)",
        None,
    ),
    (
        "the exemption at section 36(2)(b)(i) and (ii) and (c)",
        "36(2)(b)(i) 36(2)(b)(ii) 36(2)(c)",
        None,
    ),
    ("section 27(1)(a), (b), (c) and (d)", "27(1)(a) 27(1)(b) 27(1)(c) 27(1)(d)", None),
    ("section 27(1)(a) and 27(2)", "27(1)(a) 27(2)", None),
    ("section 42(1) legal professional privilege", "42(1)", None),
    ("the Section 45 Code of Practice", "45", "Section 45"),
    ("section 2(2)(b) public interest test", "2(2)(b)", None),
    ("section 37(1)(ad) the conferring of honours", "37(1)(ad)", None),
    ("section 31(1)(a) to (c)", "31(1)(a) 31(1)(b) 31(1)(c)", None),
    ("Section 22A - research", "22A", "Section 22A"),
    ("section 40(2) by virtue of section 40(3A)(a)", "40(2) 40(3A)(a)", None),
    ("Section 17(7) internal review", "17(7)", None),
    ("s.41 of FOIA", "41", "s.41"),
]

# Scotland (FOISA).
SCOTLAND: list[CitationRow] = [
    ("section 35(1)(a) of FOISA", "foisa:35(1)(a)", None),
    (
        "s.38(1)(b) of the Freedom of Information (Scotland) Act 2002",
        "foisa:38(1)(b)",
        "s.38(1)(b)",
    ),
    ("section 30(b)(i) and (ii) of FOISA", "foisa:30(b)(i) foisa:30(b)(ii)", None),
    ("section 12(1) of FOISA (excessive cost of compliance)", "foisa:12(1)", None),
    ("FOISA section 17(1) notice", "foisa:17(1)", "section 17(1)"),
    ("FOISA s.25", "foisa:25", "s.25"),
    ("FOISA 35(1)(a)", "foisa:35(1)(a)", "FOISA 35(1)(a)"),
    (
        "section 33(1)(b) of the Freedom of Information (Scotland) Act 2002 (FOISA)",
        "foisa:33(1)(b)",
        None,
    ),
    ("sections 27(1) and 27(2) of FOISA", "foisa:27(1) foisa:27(2)", None),
    ("section 39(1) of FoISA (health, safety and the environment)", "foisa:39(1)", None),
    ("Section 36(1) FOISA – confidentiality", "foisa:36(1)", None),
    ("Freedom of Information (Scotland) Act 2002 section 38(1)(b)", "foisa:38(1)(b)", None),
]

# Environmental Information Regulations.
EIR: list[CitationRow] = [
    ("regulation 12(5)(a)", "eir:12(5)(a)", None),
    ("Reg. 12(4)(d)", "eir:12(4)(d)", "Reg. 12(4)(d)"),
    ("EIR 12(5)(e)", "eir:12(5)(e)", "EIR 12(5)(e)"),
    ("regulation 13(1) of the EIR", "eir:13(1)", "regulation 13(1)"),
    ("Regulation 12(4)(a) – information not held", "eir:12(4)(a)", None),
    (
        "regulations 12(4)(b) and 12(5)(b) of the Environmental Information Regulations 2004",
        "eir:12(4)(b) eir:12(5)(b)",
        None,
    ),
    ("under Regulation 7(1) to extend the time", "eir:7(1)", None),
    ("regulation 12(1)(b) the public interest", "eir:12(1)(b)", None),
    ("reg 12(5)(f) interests of the person who provided it", "eir:12(5)(f)", None),
    ("regulation 13(1) and 13(2A)(a)", "eir:13(1) eir:13(2A)(a)", None),
    ("EIRs 12(4)(e)", "eir:12(4)(e)", None),
    ("EIR reg 12(5)(e)", "eir:12(5)(e)", "reg 12(5)(e)"),
    ("regulation 14 refusal notice", "eir:14", None),
    ("regulation 12(9) emissions", "eir:12(9)", None),
    ("section 12(5)(b) of the EIR", "eir:12(5)(b)", "section 12(5)(b)"),
]

# Mentions that are not citations of FOIA, FOISA or the EIR.
NOT_CITATIONS = [
    "section 29 of the Data Protection Act 2018",
    "Article 6 of the UK GDPR",
    "section 1 of the Official Secrets Act",
    "Police Act 1997 Part V",
    "20 working days",
    "section of the community",
    "paragraph 3",
    "paragraphs 3 and 4",
    "Schedule 2, Part 1, paragraph 5 of the DPA 2018",
    "DPA s.29",
    "s.29 DPA",
    "section 29(1) of the DPA",
    "section 170 of the Data Protection Act 2018",
    "sections 29 and 31 of the Data Protection Act 2018",
    "Section 2.3 of our policy",
    "section 3 of this letter",
    "see section 4 of the attached guidance",
    "regulation 4 of the Freedom of Information and Data Protection (Appropriate Limit and Fees)"
    " Regulations 2004",
    "regulation 10(5)(b) of the Environmental Information (Scotland) Regulations 2004",
    "Section 8 of the Human Rights Act 1998",
    "section 113B of the Police Act 1997",
    "Freedom of Information Act 2000",
    "EIR 2004",
    "FOIA 2000",
    "the courts 3 times",
    "it's 20 days",
    "subsection (3)",
    "subsection 3",
    "sub-section 3",
    "FOI 12345",
    "PACE s.24",
    "s.24 PACE",
    "section 1 of the Computer Misuse Act 1990",
    "section 28(2) of the Health and Safety at Work etc. Act 1974",
    "Howden House, Sheffield S1 2HH",
    "section 4 of the application",
    "section 2 of the report",
    "Leeds LS2 9JT and Bristol BS1 5TR",
    "section 31 March",
    "reference s21st",
    "section 1234",
]


@pytest.mark.parametrize(("text", "spec", "spans"), ISSUE)
def test_issue_examples(text: str, spec: str, spans: str | None) -> None:
    check_row(text, spec, spans)


@pytest.mark.parametrize(
    ("text", "spec", "spans"), POLICE + COUNCILS + DEPARTMENTS + SCOTLAND + EIR
)
def test_real_practice(text: str, spec: str, spans: str | None) -> None:
    check_row(text, spec, spans)


def test_table_is_large_enough() -> None:
    assert len(POLICE + COUNCILS + DEPARTMENTS + SCOTLAND + EIR) >= 60


@pytest.mark.parametrize("text", NOT_CITATIONS)
def test_not_a_citation(text: str) -> None:
    assert find_citations(text) == []


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("section 29 of the Data Protection Act 2018 and section 40(2) of FOIA", "40(2)"),
        ("under the DPA 2018. Section 40(2) applies", "40(2)"),
        ("Article 6(1)(f) UK GDPR and section 40(2)", "40(2)"),
        ("section 31 in this case", "31"),
        ("under the UK GDPR, section 40(2) applies", "40(2)"),
        ("Under the Act s.17 requires a notice", "17"),
        ("the Regulations reg 12(5)(b)", "eir:12(5)(b)"),
        ("the Section 46 Code section 5", "46"),
        ("section 3 of the Code", ""),
        ("the Police Act s.29 and section 31", "31"),
        ("FOIA s.31 and section 24 of the DPA", "31"),
        ("DPA ss.29 and 31", ""),
        ("section 40(2), the UK GDPR and the DPA 2018", "40(2)"),
        ("section 40(2) under the UK GDPR principles", "40(2)"),
        ("the Freedom of Information (Scotland) Act 2002 (FOISA) section 30(b)", "foisa:30(b)"),
        ("section 31 of the exemptions cited", "31"),
        (
            "Section 35(1)(a) Law Enforcement of the Freedom of Information (Scotland) Act 2002",
            "35(1)(a)",
        ),
    ],
)
def test_other_acts_do_not_swallow_neighbours(text: str, spec: str) -> None:
    assert got(find_citations(text)) == expected(spec)


@pytest.mark.parametrize(
    ("text", "default", "spec"),
    [
        ("section 35(1)(a)", Regime.FOISA, "foisa:35(1)(a)"),
        ("section 35(1)(a) of the Act", Regime.FOISA, "foisa:35(1)(a)"),
        ("section 35(1)(a) of the Freedom of Information Act 2000", Regime.FOISA, "35(1)(a)"),
        ("regulation 12(5)(b)", Regime.FOISA, "eir:12(5)(b)"),
        ("regulation 12(5)(b)", Regime.FOIA, "eir:12(5)(b)"),
        ("section 39", Regime.EIR, "39"),
        ("section 39 of FOISA", Regime.EIR, "foisa:39"),
        ("FOIA 31(1)(a)", Regime.FOISA, "31(1)(a)"),
    ],
)
def test_regime_from_default_and_named_act(text: str, default: Regime, spec: str) -> None:
    assert got(find_citations(text, regime=default)) == expected(spec)


def test_citations_come_in_text_order_with_offsets() -> None:
    text = "We rely on s.40(2). Regulation 13 also applies, as does Section 31(1)(a)(b)."
    found = find_citations(text)
    assert [(c.key, c.start, c.end) for c in found] == [
        ("40(2)", 11, 18),
        ("13", 20, 33),
        ("31(1)(a)", 56, 75),
        ("31(1)(b)", 56, 75),
    ]
    assert [c.section for c in found] == ["40", "13", "31", "31"]


@pytest.mark.parametrize(
    ("text", "key", "known"),
    [
        ("section 31(1)(a)", "31(1)(a)", True),
        ("Section 24 (2)", "24(2)", True),
        ("section 1(1)(a)", "1(1)(a)", True),
        ("regulation 12(5)(b)", "12(5)(b)", True),
        ("section 99(1)", "99(1)", False),
        ("section 31(1)(z)", "31(1)(z)", False),
        ("regulation 12(5)(h)", "12(5)(h)", False),
        ("section 31(7)", "31(7)", False),
    ],
)
def test_known_through_the_real_catalogue(text: str, key: str, known: bool) -> None:
    [found] = find_citations(text)
    assert (found.key, found.known) == (key, known)


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        # (h) then (i): the catalogue has 31(2)(i) and no 31(2)(h)(i): two paragraphs.
        ("section 31(2)(h)(i)", "31(2)(h) 31(2)(i)"),
        # the catalogue has 36(2)(b)(i): a sub-paragraph.
        ("section 36(2)(b)(i)", "36(2)(b)(i)"),
        ("section 36(2)(b)(i)(ii)", "36(2)(b)(i) 36(2)(b)(ii)"),
        # no 31(1)(a)(i) but a 31(1)(i): paragraphs (a) and (i).
        ("section 31(1)(a)(i)", "31(1)(a) 31(1)(i)"),
        # neither 31(2)(c)(ii) nor 31(2)(ii): (ii) is only ever a sub-paragraph.
        ("section 31(2)(c)(ii)", "31(2)(c)(ii)"),
    ],
)
def test_roman_or_letter_through_the_real_catalogue(text: str, spec: str) -> None:
    assert got(find_citations(text)) == expected(spec)


def test_docstring_examples_hold() -> None:
    result = doctest.testmod(cite_module)
    assert result.attempted >= 1
    assert result.failed == 0


@pytest.mark.parametrize(
    ("text", "spec", "spans"),
    [
        ("exempt under subsection 31(2)(a) of the Act", "31(2)(a)", "subsection 31(2)(a)"),
        ("Subsection 31(2)(a) applies", "31(2)(a)", "Subsection 31(2)(a)"),
        ("sub-section 40(5A)(b)", "40(5A)(b)", "sub-section 40(5A)(b)"),
        ("sub section 24(1) applies", "24(1)", "sub section 24(1)"),
        ("subsections 31(2)(a) and (b)", "31(2)(a) 31(2)(b)", "subsections 31(2)(a)|(b)"),
        ("subsection 12 of the Act", "", None),
    ],
)
def test_subsection_with_a_bracket_introduces_a_section(
    text: str, spec: str, spans: str | None
) -> None:
    check_row(text, spec, spans)
