"""Bilingual heading lines keep their English half (Welsh Language Standards layouts)."""

from __future__ import annotations

import pytest

from foidesk.read.clean import clean
from foidesk.read.cleaners.lines import Line
from foidesk.read.cleaners.welsh import bilingual_cut

WELSH = (
    "Mae Heddlu De Cymru wedi ystyried eich cais am wybodaeth o dan Ddeddf Rhyddid "
    "Gwybodaeth 2000 ac mae'r wybodaeth yn cael ei chadw gan yr heddlu."
)
ENGLISH = (
    "South Wales Police has considered your request for information under the Freedom of "
    "Information Act 2000 and the information is held by the force."
)


@pytest.mark.parametrize(
    ("heading", "english"),
    [
        ("Niwed / Harm", "Harm"),
        ("Harm / Niwed", "Harm"),
        ("Niwed | Harm", "Harm"),
        ("Niwed|Harm", "Harm"),
        (
            "Ffactorau o blaid datgelu / Factors favouring disclosure",
            "Factors favouring disclosure",
        ),
        (
            "Factors favouring disclosure / Ffactorau o blaid datgelu",
            "Factors favouring disclosure",
        ),
        ("Prawf budd y cyhoedd | Public interest test", "Public interest test"),
        (
            "Cais Rhyddid Gwybodaeth / Freedom of Information Request",
            "Freedom of Information Request",
        ),
    ],
)
def test_bilingual_heading_keeps_english_with_exact_offsets(heading: str, english: str) -> None:
    raw = f"{WELSH}\n\n{heading}\n\n{ENGLISH}\n"
    cleaned = clean(raw, steps=["welsh"])
    lines = [line for line in cleaned.text.splitlines() if line.strip()]
    assert lines == [english, ENGLISH]
    at = cleaned.text.index(english)
    start, end = cleaned.to_raw(at, at + len(english))
    assert raw[start:end] == english
    assert raw.index(heading) <= start


@pytest.mark.parametrize(
    "line",
    [
        "Harm",
        "Niwed",
        "and/or the information",
        "Section 31 / Section 30",
        "Niwed / Niwed / Harm",
        "Niwed / ",
        "Cais / Gais",
    ],
)
def test_lines_that_are_not_a_pair_are_not_cut(line: str) -> None:
    assert bilingual_cut(Line(10, 10 + len(line), line)) is None


@pytest.mark.parametrize(
    ("line", "cut"),
    [("Niwed / Harm", (10, 18)), ("Harm / Niwed", (14, 22)), ("Niwed | Harm", (10, 18))],
)
def test_cut_ranges_are_in_text_offsets(line: str, cut: tuple[int, int]) -> None:
    assert bilingual_cut(Line(10, 10 + len(line), line)) == cut


def test_english_only_document_keeps_slashed_lines() -> None:
    raw = f"{ENGLISH}\n\nLaw enforcement / prejudice\n"
    assert clean(raw, steps=["welsh"]).text == raw
