"""The Response record: JSON round trip, schema, spans and field rules."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from foidesk.record import (
    Claim,
    DatedItem,
    DateRole,
    Favours,
    Harm,
    Likelihood,
    Outcome,
    Passage,
    PublicInterestTest,
    Response,
    Source,
    Span,
    response_schema,
)


def _ncnd_record() -> Response:
    text = "Section 24 (2) National Security Section 31 (3) Law Enforcement"
    return Response(
        reference="1267A/21",
        reference_span=Span(start=0, end=8),
        authority="West Midlands Police",
        outcome=Outcome.NCND,
        dates=[DatedItem(role=DateRole.DOCUMENT, date=dt.date(2023, 12, 14))],
        claims=[
            Claim(
                citation="24(2)",
                ncnd=True,
                span=Span(start=0, end=14),
                harm=Harm(text="would allow criminals", likelihood=Likelihood.WOULD),
                pit=PublicInterestTest(
                    factors_for=[Passage(text="accountability")],
                    factors_against=[Passage(text="mosaic")],
                    balance=Passage(text="balance favours NCND"),
                    favours=Favours.WITHHOLDING,
                ),
            )
        ],
        source=Source(path="x.txt", format="txt", text=text),
    )


def test_json_round_trip_keeps_every_field() -> None:
    record = _ncnd_record()
    again = Response.model_validate_json(record.model_dump_json())
    assert again == record
    assert again.claims[0].pit is not None
    assert again.claims[0].pit.favours is Favours.WITHHOLDING


def test_quote_returns_source_text_under_span() -> None:
    record = _ncnd_record()
    assert record.quote(record.claims[0].span) == "Section 24 (2)"
    assert record.quote(None) == ""


def test_span_end_before_start_is_rejected() -> None:
    with pytest.raises(ValidationError, match="before its start"):
        Span(start=5, end=2)


def test_unknown_fields_are_rejected() -> None:
    with pytest.raises(ValidationError, match="extra"):
        Response.model_validate({"reference": "1", "outcomes": "refused"})


def test_bad_outcome_is_rejected() -> None:
    with pytest.raises(ValidationError, match="outcome"):
        Response.model_validate({"outcome": "rejected"})


def test_lookups_by_citation_and_role() -> None:
    record = _ncnd_record()
    assert record.claim("24(2)") is record.claims[0]
    assert record.claim("31(3)") is None
    assert record.date(DateRole.DOCUMENT) == dt.date(2023, 12, 14)
    assert record.date(DateRole.RECEIVED) is None


def test_schema_names_the_required_fields() -> None:
    schema = response_schema()
    props = schema["properties"]
    for field in ("reference", "authority", "regime", "outcome", "claims", "source"):
        assert field in props
    claim = schema["$defs"]["Claim"]["properties"]
    for field in ("citation", "ncnd", "harm", "pit", "span"):
        assert field in claim
    pit = schema["$defs"]["PublicInterestTest"]["properties"]
    assert {"factors_for", "factors_against", "balance", "conclusion"} <= set(pit)
    assert set(schema["$defs"]["Outcome"]["enum"]) == {o.value for o in Outcome}
    json.dumps(schema)  # the schema itself is JSON


_spans = st.builds(
    lambda a, b: Span(start=min(a, b), end=max(a, b)),
    st.integers(0, 10_000),
    st.integers(0, 10_000),
)


@given(
    reference=st.one_of(st.none(), st.text(max_size=30)),
    outcome=st.sampled_from(list(Outcome)),
    citations=st.lists(st.sampled_from(["31(1)(a)", "24(2)", "40(2)", "12"]), max_size=4),
    ncnd=st.booleans(),
    span=_spans,
    factors=st.lists(st.text(max_size=50), max_size=3),
)
def test_round_trip_property(
    reference: str | None,
    outcome: Outcome,
    citations: list[str],
    ncnd: bool,
    span: Span,
    factors: list[str],
) -> None:
    record = Response(
        reference=reference,
        outcome=outcome,
        claims=[
            Claim(
                citation=c,
                ncnd=ncnd,
                span=span,
                pit=PublicInterestTest(factors_for=[Passage(text=f) for f in factors]),
            )
            for c in citations
        ],
    )
    assert Response.model_validate_json(record.model_dump_json()) == record
