"""The draft decision as a Response record: every Span points at its own text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from foidesk.desk.decision import DraftFields, problems, to_response
from foidesk.record.model import Outcome

words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)


@given(
    request=words,
    harm=words,
    factors_for=words,
    balance=words,
    citations=st.lists(st.sampled_from(["31(1)(a)", "40(2)", "24(1)", "30"]), max_size=3),
    outcome=st.sampled_from([o.value for o in Outcome]),
)
def test_spans_point_at_their_text(
    request: str,
    harm: str,
    factors_for: str,
    balance: str,
    citations: list[str],
    outcome: str,
) -> None:
    fields = DraftFields(
        reference="1A/26",
        received=dt.date(2026, 1, 5),
        request_text=request,
        outcome=outcome,
        citations=", ".join(citations),
        ncnd=False,
        harm=harm,
        factors_for=factors_for,
        factors_against="",
        balance=balance,
    )
    response = to_response(fields)
    text = response.source.text or ""
    assert response.source.format == "desk"
    assert len(response.claims) == len(citations)
    if response.request and response.request.span:
        span = response.request.span
        assert text[span.start : span.end] == request.strip()
    for claim in response.claims:
        assert claim.span is not None
        assert claim.citation in text[claim.span.start : claim.span.end]
    if response.claims and response.claims[0].harm and response.claims[0].harm.span:
        span = response.claims[0].harm.span
        assert text[span.start : span.end] == harm.strip()


def test_refusal_without_exemption_is_a_problem() -> None:
    fields = DraftFields("1A/26", dt.date(2026, 1, 5), "x", "refused", "", False, "", "", "", "")
    assert problems(to_response(fields))
    lawful = DraftFields(
        "1A/26", dt.date(2026, 1, 5), "x", "refused", "31(1)(a)", False, "harm", "", "", ""
    )
    assert len(problems(to_response(lawful))) < len(problems(to_response(fields)))
