"""Properties of analyse() on any text: it never raises, and every span it
records lies inside the raw text."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from foidesk.record.model import Response, Span
from tests.read.analyse_helpers import read

FRAGMENTS = [
    "Harm\n\n",
    "Factors favouring disclosure\n\n",
    "Factors against disclosure:\n",
    "Balancing Test\n\n",
    "Section 31(1)(a)(b) – Law enforcement\n",
    "section 24(2) and 31(3)",
    "regulation 12(5)(b) of the EIR",
    "neither confirm nor deny ",
    "the information is not held. ",
    "would be likely to prejudice ",
    "Request Reference: 1267A/21\n",
    "Our ref: ",
    "14/12/2023 ",
    "1. How many?\n",
    "Answer: 12\n",
    "Harm: ",
    "<u>",
    "</u>",
    "http://example.org/a.pdf ",
    "\n",
    "\n\n",
    " ",
    ":",
    "(",
    ")",
]


def _spans(value: Any) -> list[Span]:
    if isinstance(value, Span):
        return [value]
    if isinstance(value, list):
        return [s for item in value for s in _spans(item)]
    if isinstance(value, BaseModel):
        return [s for name in type(value).model_fields for s in _spans(getattr(value, name))]
    return []


def _check(record: Response, text: str) -> None:
    assert record.source.text == text
    for span in _spans(record):
        assert 0 <= span.start <= span.end <= len(text)
    assert 0.0 <= record.confidence <= 1.0


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=30))
def test_never_raises_and_spans_stay_inside(pieces: list[str]) -> None:
    text = "".join(pieces)
    _check(read(text), text)


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode(text: str) -> None:
    _check(read(text), text)


def test_empty_text_is_not_a_response() -> None:
    record = read("")
    assert record.is_foi_response is False
    assert record.confidence < 0.5
    assert record.notes
