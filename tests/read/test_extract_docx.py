"""The .docx reader (lxml over the package parts) on documents built in the test."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from foidesk.errors import CorruptDocument
from foidesk.read import read_file
from foidesk.read.extract import extract_bytes


def _save(document: object) -> bytes:
    out = io.BytesIO()
    document.save(out)  # type: ignore[attr-defined]
    return out.getvalue()


def _document() -> bytes:
    document = docx.Document()
    document.add_paragraph("Request reference: FOI 2024/0917")
    document.add_paragraph("First question", style="List Number")
    document.add_paragraph("Second question", style="List Number")
    run = document.add_paragraph().add_run("Harm")
    run.add_tab()
    run.add_text("section 31")
    run.add_break()
    run.add_text("next line")
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "Question"
    table.cell(0, 1).text = "Answer"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Merged down"
    table.cell(1, 1).text = "Held"
    table.cell(2, 1).text = "Withheld under section 31(1)(a)"
    link = parse_xml(
        f"<w:hyperlink {nsdecls('w')}><w:r><w:t>www.ico.org.uk</w:t></w:r></w:hyperlink>"
    )
    paragraph = document.add_paragraph("See ")
    paragraph._p.append(link)
    document.sections[0].header.paragraphs[0].text = "OFFICIAL"
    document.core_properties.title = "Refusal notice"
    return _save(document)


def test_body_order_numbering_tabs_breaks_merges_and_links() -> None:
    extracted = extract_bytes(_document(), "notice.docx")
    assert extracted.text.split("\n") == [
        "Request reference: FOI 2024/0917",
        "1. First question",
        "2. Second question",
        "Harm\tsection 31",
        "next line",
        "Question",
        "Answer",
        "Merged down",
        "Held",
        "Withheld under section 31(1)(a)",
        "See www.ico.org.uk",
    ]
    assert extracted.metadata["headers"] == "OFFICIAL"
    assert extracted.metadata["title"] == "Refusal notice"


def _rewrite(data: bytes, name: str, content: bytes | None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename != name:
                target.writestr(item, source.read(item))
            elif content is not None:
                target.writestr(item, content)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("word/document.xml", b"<w:document", "not a readable Word .docx"),
        ("word/document.xml", b"<?xml version='1.0'?><root/>", "no document body"),
        (
            "word/styles.xml",
            b"<w:styles xmlns:w='x'><w:style <w:numPr>",
            "not a readable Word .docx",
        ),
    ],
)
def test_damaged_parts_are_refused_in_one_line(name: str, content: bytes, message: str) -> None:
    with pytest.raises(CorruptDocument, match=message) as caught:
        extract_bytes(_rewrite(_document(), name, content), "notice.docx")
    assert "\n" not in str(caught.value)


def test_entities_are_not_expanded() -> None:
    data = _document()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml")
    evil = xml.replace(
        b"<w:document", b'<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:document', 1
    ).replace(b"First question", b"&e;")
    if evil.startswith(b"<?xml"):
        head, _, rest = evil.partition(b"?>")
        evil = head + b"?>" + rest
    extracted = extract_bytes(_rewrite(data, "word/document.xml", evil), "notice.docx")
    assert "root:" not in extracted.text


def test_a_letterhead_and_reference_in_the_page_header_are_read(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Leeds City Council"
    document.sections[0].footer.paragraphs[0].text = "Our reference: FOI-LCC-25-04412"
    document.add_paragraph("Dear Ms Okafor,")
    document.add_paragraph(
        "We are refusing your request under section 12 of the Freedom of Information Act "
        "2000, as the cost of compliance would exceed the appropriate limit."
    )
    path = tmp_path / "letter.docx"
    path.write_bytes(_save(document))
    record = read_file(path)
    assert record.authority == "Leeds City Council"
    assert record.reference == "FOI-LCC-25-04412"
    assert "The authority's name was not found." not in record.notes
