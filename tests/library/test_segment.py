"""Paragraphs, sentences and labels: pure functions over text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from foidesk.library.labels import heading_part, label_blocks
from foidesk.library.segment import norm_hash, paragraphs, sentences, tidy
from foidesk.record.model import Claim, Response, Source
from tests.library.conftest import seed_path, seed_response


def test_hard_wrapped_paragraph_broken_by_blank_lines_is_joined() -> None:
    text = (
        "In addition anything that places that confidence at risk would undermine \n\nany "
        "trust or confidence. \n\nNext one.\n"
    )
    blocks = paragraphs(text)
    assert [b.text for b in blocks] == [
        (
            "In addition anything that places that confidence at risk would undermine any "
            "trust or confidence."
        ),
        "Next one.",
    ]


def test_heading_line_inside_a_block_is_cut_out() -> None:
    text = (
        "Any incident would affect National Security.\n Section 31(3) Law "
        "Enforcement\nFactors favouring release\n"
    )
    assert [b.text for b in paragraphs(text)] == [
        "Any incident would affect National Security.",
        "Section 31(3) Law Enforcement",
        "Factors favouring release",
    ]


@given(st.text(alphabet=st.sampled_from("ab. \n\tXY<u>"), max_size=200))
def test_spans_always_point_at_their_text(text: str) -> None:
    for block in paragraphs(text):
        assert 0 <= block.start < block.end <= len(text)
        assert (
            tidy(text[block.start : block.end]) == block.text
            or "\n" in text[block.start : block.end]
        )


def test_sentences_keep_abbreviations() -> None:
    text = "Access, destruction, etc., dismissively. Section 1 (1) (a) applies, as s.24 (2) does."
    assert sentences(text) == [
        "Access, destruction, etc., dismissively.",
        "Section 1 (1) (a) applies, as s.24 (2) does.",
    ]


def test_norm_hash_ignores_case_punctuation_and_space() -> None:
    assert norm_hash("The public  are entitled,\nto know.") == norm_hash(
        "the public are entitled to know"
    )
    assert norm_hash("to know") != norm_hash("to knew")


def test_heading_parts() -> None:
    assert heading_part("Harm") == "harm"
    assert heading_part("Evidence of Harm") == "harm"
    assert heading_part("Considerations favouring Non-Disclosure") == "factors_against"
    assert heading_part("S31 - Factors Favouring Disclosure:") == "factors_for"
    assert heading_part("Balancing Test") == "balance"
    assert heading_part("The harm is clear. And more.") is None


def test_seed_labels_follow_the_headings() -> None:
    response = seed_response("001")
    blocks = paragraphs(response.source.text or "")
    labels = label_blocks(response, blocks)
    by_start = {
        b.text[:30]: (lab.part, lab.side, lab.claim) for b, lab in zip(blocks, labels, strict=True)
    }
    assert by_start["Security measures are put in p"] == ("factors_against", "against", 0)
    assert by_start["Confirmation that information "] == ("factors_for", "for", 1)
    assert by_start["To confirm or deny whether a c"] == ("harm", "harm", 0)


def test_single_claim_response_gives_every_paragraph_that_claim() -> None:
    text = seed_path("002").read_text(encoding="utf-8")
    response = Response(claims=[Claim(citation="31")], source=Source(text=text))
    blocks = paragraphs(text)
    assert {label.claim for label in label_blocks(response, blocks)} == {0}
