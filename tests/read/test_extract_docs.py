"""docx, pdf, html and eml extraction on the generated fixtures (tests/fixtures/make_files.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidesk.read import clean, extract, read_file
from foidesk.read.extract import extract_bytes
from foidesk.read.extract.numbering import format_number, letters, roman
from tests.fixtures import make_files

FILES = Path(__file__).parents[1] / "fixtures" / "files"


def test_docx_paragraphs_tables_and_numbering_in_order() -> None:
    extracted = extract(FILES / "response.docx")
    lines = extracted.text.splitlines()
    order = [
        "Request reference: FOI 2024/0917",
        "1. How many ANPR cameras does the force operate?",
        "2. Where is each camera located?",
        "Harm",
        "• section 31(1)(a), the prevention or detection of crime",
        "Question",
        "1. Number of cameras",
        "Withheld under section 31(1)(a)",
    ]
    positions = [lines.index(line) for line in order]
    assert positions == sorted(positions)
    assert extracted.format == "docx"


def test_docx_headers_and_footers_are_kept_apart() -> None:
    extracted = extract(FILES / "response.docx")
    assert make_files.HEADER not in extracted.text
    assert make_files.FOOTER not in extracted.text
    assert extracted.metadata["headers"] == make_files.HEADER
    assert extracted.metadata["footers"] == make_files.FOOTER


@pytest.mark.parametrize(
    ("number", "fmt", "label"),
    [
        (4, "decimal", "4"),
        (4, "lowerRoman", "iv"),
        (14, "upperRoman", "XIV"),
        (2, "lowerLetter", "b"),
        (28, "lowerLetter", "bb"),
        (3, "upperLetter", "C"),
    ],
)
def test_word_numbering_formats(number: int, fmt: str, label: str) -> None:
    assert format_number(number, fmt) == label
    assert roman(1994) == "mcmxciv"
    assert letters(0) == "0"


def test_bilingual_docx_cleans_to_english() -> None:
    extracted = extract(FILES / "bilingual.docx")
    assert "Mae'r wybodaeth" in extracted.text
    cleaned = clean(extracted.text, format="docx")
    assert "Mae'r wybodaeth" not in cleaned.text
    assert "The information is held but is exempt under section 31." in cleaned.text


def test_pdf_keeps_page_boundaries_and_cleans_running_lines() -> None:
    extracted = extract(FILES / "response.pdf")
    assert extracted.format == "pdf"
    assert extracted.metadata["pages"] == "3"
    assert len(extracted.pages) == 3
    assert extracted.text.count("\f") == 2
    for start in extracted.pages[1:]:
        assert extracted.text[start - 1] == "\f"
        assert extracted.text[start:].startswith(make_files.HEADER)
    cleaned = clean(extracted.text, format="pdf")
    assert make_files.HEADER not in cleaned.text
    assert make_files.FOOTER not in cleaned.text
    assert "Page 2 of 3" not in cleaned.text
    assert "prejudice the prevention and detection of crime." in cleaned.text
    assert "multi-agency approach" in cleaned.text


def test_pdf_paragraphs_come_back_whole() -> None:
    cleaned = clean(extract(FILES / "response.pdf").text, format="pdf")
    paragraphs = cleaned.text.split("\n\n")
    for heading, body in make_files.PARAGRAPHS:
        assert heading in paragraphs
        assert body.replace("preven-tion", "prevention") in paragraphs


def test_html_keeps_main_content_and_drops_site_chrome() -> None:
    extracted = extract(FILES / "disclosure.html")
    cleaned = clean(extracted.text, format="html").text
    assert extracted.format == "html"
    assert extracted.metadata["title"] == "FOI 2024/0917 ANPR cameras"
    for kept in ("FOI 2024/0917: ANPR camera locations", "Request & response published on 12 March",
                 "Balancing test", "- section 31(1)(a)", make_files.RIGHTS):  # fmt: skip
        assert kept in cleaned
    for gone in (
        "cookies",
        "Disclosure log",
        "Related requests",
        "Copyright",
        "analytics",
        "font-family",
    ):
        assert gone not in extracted.text


def test_html_without_main_falls_back_to_the_densest_block() -> None:
    page = (
        b"<html><body><div class='links'><a href='a'>Home</a> <a href='b'>News</a></div>"
        b"<div><p>" + make_files.OPENING[1].encode() + b"</p><p>Second paragraph.</p></div>"
        b"<div><a href='x'>Terms</a> <a href='y'>Accessibility</a></div></body></html>"
    )
    text = extract_bytes(page, "page.html").text
    assert text.startswith("Your request for information")
    assert "Home" not in text
    assert "Accessibility" not in text


def test_eml_body_and_attachments_are_parts() -> None:
    extracted = extract(FILES / "reply.eml")
    assert extracted.format == "eml"
    names = [part.name for part in extracted.parts]
    assert names == ["body", "response.pdf", "response.docx"]
    assert [part.format for part in extracted.parts] == ["txt", "pdf", "docx"]
    body = extracted.parts[0]
    assert extracted.text[body.start : body.end].startswith("Dear Requester,")
    pdf = extracted.parts[1]
    assert make_files.OPENING[0] in extracted.text[pdf.start : pdf.end]
    assert extracted.metadata["subject"].endswith("FOI 2024/0917")
    cleaned = clean(extracted.text, format="eml").text
    assert "[[attachment:" not in cleaned
    assert any(block.startswith("Date: Tue, 12 Mar 2024") for block in cleaned.split("\n\n"))


def test_eml_bad_attachment_is_recorded_not_fatal() -> None:
    data = make_files.reply_eml(
        [("broken.pdf", b"<html>not a pdf</html>", "application/pdf"),
         ("photo.png", b"\x89PNG\r\n", "image/png")]
    )  # fmt: skip
    extracted = extract_bytes(data, "reply.eml")
    broken = {part.name: part for part in extracted.parts}
    assert broken["broken.pdf"].error is not None
    assert "not a PDF" in broken["broken.pdf"].error
    assert "not supported" in (broken["photo.png"].error or "")
    assert "Please find attached" in extracted.text


@pytest.mark.parametrize("name", ["response.pdf", "response.docx", "disclosure.html", "reply.eml"])
def test_every_format_reads_into_a_response_with_spans_in_the_raw_text(name: str) -> None:
    response = read_file(FILES / name)
    assert response.source.text == extract(FILES / name).text
    assert response.source.format == Path(name).suffix.lstrip(".")
    assert response.claims
    assert {c.citation for c in response.claims} & {"31(1)(a)", "31(1)(b)", "31"}
    spans = [claim for claim in response.claims if claim.span is not None]
    assert spans
    for claim in spans:
        assert response.quote(claim.span) == claim.text
