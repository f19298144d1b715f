"""The request restated in the letter's own words (FOIA s8(1)(c): the information asked
for), when it is not quoted."""

from __future__ import annotations

import pytest

from tests.read.analyse_helpers import read

OPENINGS = [
    (
        "You asked for all emails sent by the School of Chemistry since 1 January 2019.",
        "all emails sent by the School of Chemistry since 1 January 2019.",
    ),
    (
        "I refer to your request dated 4 February 2025 in which you asked for the full business "
        "case for the proposed plant at Peterhead.",
        "the full business case for the proposed plant at Peterhead.",
    ),
    (
        "I write in response to your request received on 5th February 2025 for a copy of the "
        "legal advice the Council received in 2024.",
        "a copy of the legal advice the Council received in 2024.",
    ),
    (
        "Thank you for your request for information received on 3 October 2023 regarding the "
        "number of drones owned by the division.",
        "the number of drones owned by the division.",
    ),
    (
        "You asked whether a named officer was dismissed in 2024 and, if so, why.",
        "a named officer was dismissed in 2024 and, if so, why.",
    ),
]

LETTER = """Anytown Council
Our ref: FOI 1234

{opening}

The information is exempt under section 43(2) of the Freedom of Information Act 2000, as \
disclosure would be likely to prejudice the commercial interests of the Council.

If you are dissatisfied you may request an internal review within 40 working days.
"""


@pytest.mark.parametrize(("opening", "asked"), OPENINGS, ids=[o[0][:30] for o in OPENINGS])
def test_a_restated_request_is_the_request(opening: str, asked: str) -> None:
    record = read(LETTER.format(opening=opening))
    assert record.request is not None
    assert record.request.text == asked
    assert record.quote(record.request.span) == asked


@pytest.mark.parametrize(
    "opening",
    [
        "Thank you for your request for information, which we received on 24 August 2023.",
        "We are withholding the report you asked for, but we will publish it in September.",
        "Your email about an internal review of request FOI 1200 was received on 2 May.",
    ],
)
def test_words_that_restate_nothing_are_no_request(opening: str) -> None:
    assert read(LETTER.format(opening=opening)).request is None


@pytest.mark.parametrize(
    ("opening", "first_words"),
    [
        (
            "Thank you for your request of 23rd May 2025, under the Act, seeking the following "
            'information:\n\n"How much did the BBC spend on the documentary?"',
            "How much did the BBC spend",
        ),
        (
            "Thank you for your request for the following information about the station car "
            "parks:\n\n(a) the review of car park usage;\n(b) the number of spaces.",
            "(a) the review of car park usage",
        ),
    ],
)
def test_a_request_introduced_as_the_following_information(opening: str, first_words: str) -> None:
    record = read(LETTER.format(opening=opening))
    assert record.request is not None
    assert record.request.text.startswith(first_words)
