"""Factors for and against (FOIA s17(3)) under inline labels, and the rights paragraph
(s17(7)) that ends them (issue 4 follow-up)."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from tests.read.analyse_helpers import parts_of, read, read_path

WELLFORMED = FIXTURES / "wellformed"

LETTER = """Our ref: FOI 1234

Dear Requester,

You asked for the contract prices. We are withholding the unit rates under section 43(2) of \
the Freedom of Information Act 2000.

Section 43(2) - Commercial interests

Releasing the unit rates would be likely to prejudice the commercial interests of the \
contractor, because competitors could undercut its rates in the retender.

Public interest test

{body}

{rights}

Yours sincerely
"""

FOR = "there is a public interest in transparency about how the council spends money."
AGAINST = "a fair and competitive retender is in the public interest and would distort bids."
RIGHTS = (
    "If you are dissatisfied with our response, you may ask for an internal review within 40 "
    "working days."
)


@pytest.mark.parametrize(
    ("body", "label_for", "label_against"),
    [
        (
            f"Factors in favour of disclosure – {FOR}\n\nFactors against disclosure – {AGAINST}",
            "Factors in favour of disclosure",
            "Factors against disclosure",
        ),
        (
            f"Factors favouring disclosure — {FOR}\n\nFactors favouring non-disclosure - {AGAINST}",
            "Factors favouring disclosure",
            "Factors favouring non-disclosure",
        ),
        (
            f"For disclosure: {FOR}\n\nAgainst disclosure: {AGAINST}",
            "For disclosure",
            "Against disclosure",
        ),
        (
            f"In favour of disclosure, {FOR}\n\nAgainst disclosure, {AGAINST}",
            "In favour of disclosure",
            "Against disclosure",
        ),
        (
            f"In favour of release, {FOR}\n\nIn favour of maintaining the exemption, {AGAINST}",
            "In favour of release",
            "In favour of maintaining the exemption",
        ),
        (
            f"We have weighed the public interest. In favour of disclosure: {FOR}\n\n"
            f"In favour of maintaining the exemption: {AGAINST}",
            "In favour of disclosure",
            "In favour of maintaining the exemption",
        ),
        (
            f"Regulation 12(2) does not apply here. Arguments for disclosure: {FOR}\n\n"
            f"Arguments against disclosure: {AGAINST}",
            "Arguments for disclosure",
            "Arguments against disclosure",
        ),
    ],
)
def test_inline_factor_labels_carry_the_factor_on_their_line(
    body: str, label_for: str, label_against: str
) -> None:
    record = read(LETTER.format(body=body, rights=RIGHTS))
    (claim,) = record.claims
    assert claim.pit is not None
    assert [f.text for f in claim.pit.factors_for] == [FOR]
    assert [f.text for f in claim.pit.factors_against] == [AGAINST]
    headings = {s.heading: s.kind for s in record.sections}
    assert headings[label_for] == "factors_for"
    assert headings[label_against] == "factors_against"


@pytest.mark.parametrize(
    "line",
    [
        "Section 43(2) - Commercial interests of the contractor and of the council",
        "Harm - disclosure would be likely to prejudice the commercial interests of the contractor",
        "We have weighed it. Note: the figures are estimates for the year ending in March.",
    ],
)
def test_a_dash_or_a_colon_alone_does_not_make_a_factors_heading(line: str) -> None:
    record = read(LETTER.format(body=line, rights=RIGHTS))
    assert not [s for s in record.sections if s.kind in ("factors_for", "factors_against")]


@pytest.mark.parametrize(
    "rights",
    [
        RIGHTS,
        "An internal review can be requested within 40 working days by writing to foi@x.gov.uk.",
        "The Information Commissioner can consider a complaint once our own complaints procedure "
        "has been used. See ico.org.uk.",
        "To request a review, write to us within 40 working days. You may then complain to the "
        "Information Commissioner under section 50.",
        "Any complaint about this response should be sent to the FOI team; you may then apply to "
        "the Information Commissioner.",
    ],
)
def test_a_rights_paragraph_ends_the_factors_and_goes_to_rights(rights: str) -> None:
    body = f"Factors favouring disclosure: {FOR}\n\nFactors favouring non-disclosure: {AGAINST}"
    record = read(LETTER.format(body=body, rights=rights))
    (claim,) = record.claims
    assert claim.pit is not None
    assert [f.text for f in claim.pit.factors_against] == [AGAINST]
    assert record.rights is not None
    assert record.rights.text == rights


def test_guidance_of_the_commissioner_is_a_factor_not_the_rights() -> None:
    guidance = (
        "The Information Commissioner's guidance says that commercial sensitivity fades "
        "with time, and these rates are current."
    )
    body = f"Factors favouring non-disclosure: {AGAINST}\n\n{guidance}"
    record = read(LETTER.format(body=body, rights=RIGHTS))
    (claim,) = record.claims
    assert claim.pit is not None
    assert [f.text for f in claim.pit.factors_against] == [AGAINST, guidance]


@pytest.mark.parametrize(
    ("name", "citation", "parts"),
    [
        ("08_council_s43_contract", "43(2)", ["harm", "factors_for", "factors_against"]),
        ("11_council_eir_commercial", "12(5)(e)", ["harm", "factors_for", "factors_against"]),
        ("13_department_s35_policy", "35(1)(a)", ["factors_for", "factors_against", "balance"]),
        ("16_foisa_police_scotland_s35", "35(1)(a)", ["harm"]),
        ("16_foisa_police_scotland_s35", "35(1)(b)", ["harm"]),
        ("21_police_s30_investigation", "30(1)(a)(i)", ["factors_for", "factors_against"]),
        ("23_university_s43_trade_secret", "43(1)", ["factors_for", "factors_against"]),
    ],
)
def test_wellformed_factors_and_harm_are_read(name: str, citation: str, parts: list[str]) -> None:
    record = read_path(WELLFORMED / f"{name}.txt")
    claim = next(c for c in record.claims if c.citation == citation)
    assert set(parts) <= set(parts_of(claim))


def test_wellformed_23_rights_are_not_a_factor() -> None:
    record = read_path(WELLFORMED / "23_university_s43_trade_secret.txt")
    (claim,) = record.claims
    assert claim.pit is not None
    assert not any("internal review" in f.text for f in claim.pit.factors_against)
    assert record.rights is not None
    assert "internal review" in record.rights.text


def test_wellformed_16_harm_is_the_paragraph_under_the_exemption_heading() -> None:
    record = read_path(WELLFORMED / "16_foisa_police_scotland_s35.txt")
    for claim in record.claims:
        assert claim.harm is not None
        assert "prejudice substantially the detection of road traffic offences" in claim.harm.text


@pytest.mark.parametrize(
    "balance",
    [
        "We conclude that the balance of the public interest favours withholding the rates.",
        "We are satisfied that the public interest in maintaining the exemption outweighs "
        "the public interest in disclosure.",
        "I have concluded that the public interest favours withholding the rates.",
    ],
)
def test_a_closing_weighing_paragraph_is_the_balance_not_a_factor(balance: str) -> None:
    body = f"For disclosure: {FOR}\n\nAgainst disclosure: {AGAINST}\n\n{balance}"
    (claim,) = read(LETTER.format(body=body, rights=RIGHTS)).claims
    assert claim.pit is not None
    assert [f.text for f in claim.pit.factors_against] == [AGAINST]
    assert claim.pit.balance is not None
    assert claim.pit.balance.text == balance


ITEMS = """Shropshire Council
Our ref: EIR 2025/0117

Item 1 - draft viability assessment

The Council is withholding the draft under regulation 12(4)(d) of the EIR, as it is material \
still in the course of completion.

Public interest in disclosure:
- the strong local interest in the scheme.

Public interest in maintaining the exception:
- officers need space to test the figures.

Having weighed these, the Council has decided that the public interest in maintaining the \
exception outweighs the public interest in disclosure.

Item 2 - flooding

Your request for all flooding records is too general, so regulation 12(4)(c) applies. Please \
tell us the area and period you are interested in.
"""


def test_a_test_under_one_numbered_item_serves_that_items_exception() -> None:
    claims = {c.citation: c for c in read(ITEMS).claims}
    assert claims["12(4)(d)"].pit is not None
    assert claims["12(4)(d)"].pit.factors_for
    assert claims["12(4)(c)"].pit is None
