"""The words of the regimes are counted only as far as the verdict needs, with the same verdict.

:func:`foidesk.read.analyse.confidence.assess` counts the regimes' words fully only for the
note on a text that is not a response; a response with claims is not counted at all.
The verdict (and the note's count) must be what the full count gives.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from foidesk.read.analyse.confidence import LAW_KEYWORDS, STRONG_LAW_KEYWORDS, assess, law_words
from foidesk.record.model import Claim, Regime, Response
from tests.read.analyse_helpers import read

PIECES = [*LAW_KEYWORDS, *STRONG_LAW_KEYWORDS, "your request", "thank you for your", " ", "x"]


def _full(lower: str) -> int:
    return sum(w in lower for w in LAW_KEYWORDS) + sum(w in lower for w in STRONG_LAW_KEYWORDS)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join), st.integers(1, 4))
def test_law_words_counts_up_to_enough(text: str, enough: int) -> None:
    assert law_words(text) == _full(text)
    assert law_words(text, enough=enough) == min(_full(text), enough)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join), st.booleans())
def test_verdict_is_that_of_the_full_count(text: str, claimed: bool) -> None:
    claims = [Claim(citation="31(1)(a)", regime=Regime.FOIA)] if claimed else []
    verdict = assess(text, Response(claims=claims))
    law = _full(text.lower()) + (2 if claimed else 0)
    addressed = any(
        w in text.lower() for w in ("your request", "thank you for your", "internal review")
    )
    expected = law >= 2 and (addressed or claimed)
    assert verdict.is_foi_response == expected
    if not expected:
        assert f"has {law} word(s)" in verdict.notes[0]


def test_a_short_disclosure_with_a_review_right_is_a_response() -> None:
    text = (
        "South Cambridgeshire District Council\n\nFOI Response - Reference 12345\n\nRequest:\n"
        "Please provide the number of fixed penalty notices issued for fly-tipping.\n\n"
        "Response:\nThe information you requested is set out below: 41, 58 and 73.\n\n"
        "If you are not satisfied with this response, you can ask for an internal review."
    )
    record = read(text)
    assert record.is_foi_response
    assert record.confidence >= 0.8
