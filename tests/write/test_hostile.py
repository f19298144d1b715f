"""Hostile text in a record cannot break any format or inject markup."""

from __future__ import annotations

import io

import docx
import lxml.html
import pypdf
import pytest

from foidesk.record.model import (
    Answer,
    Claim,
    Favours,
    Harm,
    Outcome,
    Passage,
    PublicInterestTest,
    Response,
)
from foidesk.write import render_notice

SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'
CONTROL = "bell\x07 null\x00 escape\x1b form\x0c vt\x0b del\x7f end"


def hostile(text: str, size: int = 1) -> Response:
    """A refusal with ``text`` in every free-text field."""
    passage = Passage(text=text * size)
    return Response(
        reference=f"H/1 {text}",
        authority=f"Authority {text}",
        outcome=Outcome.REFUSED,
        request=passage,
        answers=[Answer(number="1", question=text, answer=text)],
        claims=[
            Claim(
                citation="31(1)(a)",
                scope=text,
                harm=Harm(text=text * size),
                pit=PublicInterestTest(
                    factors_for=[passage],
                    factors_against=[passage],
                    balance=passage,
                    conclusion=Passage(text=text),
                    favours=Favours.WITHHOLDING,
                ),
            )
        ],
    )


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
@pytest.mark.parametrize("text", [SCRIPT, CONTROL], ids=["script", "control"])
def test_hostile_text_is_shown_not_obeyed(text: str, fmt: str) -> None:
    data = render_notice(hostile(text), fmt, check=False)
    if fmt == "docx":
        document = docx.Document(io.BytesIO(data))
        body = "\n".join(p.text for p in document.paragraphs)
        shown = SCRIPT if text == SCRIPT else "bell null escape form vt del end"
        assert body.count(shown) >= 5
        return
    out = data.decode()
    assert not any(ch in out for ch in "\x00\x07\x1b\x0b\x0c\x7f")
    if text == CONTROL:
        assert out.count("bell null escape form vt del end") >= 5
    elif fmt == "html":
        tree = lxml.html.document_fromstring(data)
        assert tree.findall(".//script") == []
        assert tree.findall(".//img") == []
        assert out.count("&lt;script&gt;") >= 5
    else:
        assert "<script>" not in out
        assert out.count("\\<script\\>") >= 5


def test_hostile_text_in_pdf() -> None:
    data = render_notice(hostile(SCRIPT + " " + CONTROL), "pdf", check=False)
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert "<script>" in text  # shown as text, not run


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_a_one_megabyte_paragraph_is_written_whole(fmt: str) -> None:
    word = "harm "
    big = word * (1_000_000 // len(word))
    response = hostile("x").model_copy(
        update={"claims": [hostile("x").claims[0].model_copy(update={"harm": Harm(text=big)})]}
    )
    data = render_notice(response, fmt, check=False)
    if fmt == "docx":
        document = docx.Document(io.BytesIO(data))
        longest = max(len(p.text) for p in document.paragraphs)
        assert longest >= len(big.strip())
    else:
        assert len(data) > 1_000_000
        assert big.strip() in data.decode()


@pytest.mark.slow
def test_a_long_paragraph_lays_out_as_pdf() -> None:
    """250 KB here to keep the suite quick; 1 MB lays out too (about 35 s, 200 pages)."""
    big = "harm " * 50_000
    response = hostile("x")
    claim = response.claims[0].model_copy(update={"harm": Harm(text=big)})
    data = render_notice(response.model_copy(update={"claims": [claim]}), "pdf", check=False)
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) > 30
    ending = " ".join(page.extract_text() for page in reader.pages[-2:])
    assert "Yours sincerely" in ending  # laid out to the end, nothing cut
