"""Properties of the checker over arbitrary text: it never crashes, and it quotes truly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from foidesk.check import check
from foidesk.check.library import normalise
from foidesk.check.text import paragraphs, sentences
from foidesk.record import Claim, Outcome, Response, Source

WORDS = st.sampled_from(
    [
        "the", "withheld", "information", "would", "could", "be", "likely", "to", "prejudice",
        "section", "31(1)(a)", "31(3)", "confirm", "deny", "public", "interest", "outweighs",
        "equally", "balanced", "http://example.org/2001/doc.pdf", "1234A/21", "12/05/2030",
        ".", ",", "\n", "\n\n", "internal", "review", "Information", "Commissioner",
    ]
)  # fmt: skip
TEXTS = st.lists(WORDS, max_size=80).map(" ".join) | st.text(max_size=300)


@settings(max_examples=60, deadline=None)
@given(text=TEXTS, ncnd=st.booleans())
def test_check_never_fails_and_quotes_its_spans(text: str, ncnd: bool) -> None:
    response = Response(
        outcome=Outcome.NCND if ncnd else Outcome.REFUSED,
        claims=[Claim(citation="31(3)" if ncnd else "31", ncnd=ncnd)],
        source=Source(text=text),
    )
    for finding in check(response).findings:
        if finding.span is not None:
            assert finding.quote == text[finding.span.start : finding.span.end]


@given(text=TEXTS)
def test_sentences_and_paragraphs_are_ordered_trimmed_slices(text: str) -> None:
    for split in (sentences, paragraphs):
        last = 0
        for start, end in split(text):
            assert last <= start < end <= len(text)
            assert text[start:end] == text[start:end].strip()
            last = end


@given(text=st.text(max_size=200))
def test_normalise_is_idempotent(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)
