"""The four formats: accessible HTML, DOCX with Word styles and properties, tagged PDF.

DOCX and PDF are compared by their extracted text and metadata, never their bytes.
"""

from __future__ import annotations

import io
import itertools
import re
from functools import cache

import docx
import lxml.html
import pypdf
import pytest

from foidesk.write import load_draft, load_style, render_notice
from tests.write.helpers import EXAMPLE_FILES, EXAMPLES, HOUSE_STYLE

REFUSAL = EXAMPLES / "refusal-public-interest.yaml"


@cache
def rendered(name: str, fmt: str) -> bytes:
    return render_notice(
        load_draft(EXAMPLES / name), fmt, style=load_style(HOUSE_STYLE), check=False
    )


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_html_is_accessible_and_self_contained(path: object) -> None:
    html = render_notice(load_draft(EXAMPLES / str(path)), "html", check=False).decode()
    tree = lxml.html.document_fromstring(html)
    assert tree.get("lang") == "en-GB"
    assert len(tree.findall(".//h1")) == 1
    levels = [int(el.tag[1]) for el in tree.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels[0] == 1
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), levels
    for landmark in ("header", "main", "footer"):
        assert len(tree.findall(f".//{landmark}")) >= 1
    assert tree.findall(".//script") == []
    assert len(tree.findall(".//style")) == 1
    assert tree.findall(".//link") == []
    assert tree.findall(".//img") == []
    assert not re.search(r"\b(?:src|href)\s*=", html)
    assert not re.search(r"\bon\w+\s*=", html)
    assert tree.find(".//title").text


def test_html_carries_the_metadata() -> None:
    tree = lxml.html.document_fromstring(rendered("refusal-public-interest.yaml", "html"))
    meta = {m.get("name"): m.get("content") for m in tree.iter("meta") if m.get("name")}
    assert meta["author"] == "West Midlands Police"
    assert meta["dcterms.created"] == "2022-03-28"
    assert "section 31(1)(a)" in meta["keywords"]


def test_docx_uses_word_styles_for_each_part() -> None:
    document = docx.Document(io.BytesIO(rendered("partial-disclosure.yaml", "docx")))
    styles = {(p.style.name, p.text) for p in document.paragraphs}
    assert ("Title", "Freedom of Information request 2024/0412") in styles
    assert ("Heading 1", "Our response") in styles
    assert ("Heading 1", "Exemption: section 40(2)") in styles  # long titles go in the text
    assert ("Heading 2", "Why the exemption applies") in styles
    numbered = [p.text for p in document.paragraphs if p.style.name == "List Number"]
    assert len(numbered) == 3
    assert numbered[0].startswith("Question: How many parking fines")
    assert {p.style.name for p in document.paragraphs} <= {
        "Title",
        "Subtitle",
        "Heading 1",
        "Heading 2",
        "Normal",
        "Quote",
        "List Number",
        "List Continue",
    }


def test_docx_header_footer_and_properties() -> None:
    document = docx.Document(io.BytesIO(rendered("refusal-public-interest.yaml", "docx")))
    section = document.sections[0]
    assert "Our reference: 658A/22" in section.header.paragraphs[0].text
    footer = section.footer.paragraphs[0]
    assert "Date: 28 March 2022" in footer.text
    assert 'w:instr="PAGE"' in footer._p.xml
    props = document.core_properties
    assert props.title == "Freedom of Information request 658A/22"
    assert props.author == "West Midlands Police"
    assert props.subject == "Refusal notice under the Freedom of Information Act 2000"
    assert "section 31(1)(b)" in props.keywords
    assert props.language == "en-GB"
    assert props.created is not None
    assert props.created.date().isoformat() == "2022-03-28"


def blocks_of(html: bytes) -> list[str]:
    """The text of each block of the page's main part, as a reader would see it."""
    tree = lxml.html.document_fromstring(html.replace(b"<br>", b" "))
    main = tree.find(".//main")
    tags = ("h1", "h2", "h3", "p")
    return [squash(el.text_content()) for el in main.iter(*tags) if squash(el.text_content())]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("name", ["refusal-public-interest.yaml", "ncnd.yaml"])
def test_docx_and_pdf_carry_the_same_text_as_the_html(name: str, fmt: str) -> None:
    blocks = blocks_of(rendered(name, "html"))
    data = rendered(name, fmt)
    if fmt == "docx":
        document = docx.Document(io.BytesIO(data))
        text = "\n".join(squash(p.text) for p in document.paragraphs)
        for block in blocks:
            assert block in text, block
        return
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    joined = "".join("".join(page.extract_text().split()) for page in pages)
    joined = re.sub(r"Ourreference:[^·]*·Date:\d{1,2}[A-Z][a-z]+\d{4}|Page\d+of\d+", "", joined)
    for block in blocks:
        assert "".join(block.split()) in joined, block


def test_pdf_metadata_language_and_tags() -> None:
    reader = pypdf.PdfReader(io.BytesIO(rendered("ncnd.yaml", "pdf")))
    info = reader.metadata
    assert info is not None
    assert info.title == "Freedom of Information request 1267A/21"
    assert info.author == "West Midlands Police"
    assert (
        info.subject
        == "Refusal notice: neither confirm nor deny under the Freedom of Information Act 2000"
    )
    assert "section 31(3)" in str(info.get("/Keywords"))
    assert str(info.get("/CreationDate", "")).startswith("D:20210702")
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"]
    footer_text = reader.pages[0].extract_text()
    assert "Page 1 of" in footer_text


def test_pdf_refuses_remote_urls() -> None:
    from foidesk.write.pdf import _fetcher

    fetcher = _fetcher()
    for url in ("http://example.com/x.css", "https://fonts.example/f.woff2", "ftp://h/x"):
        with pytest.raises(ValueError, match="does not fetch remote"):
            fetcher.fetch(url)
    assert fetcher.fetch("data:text/plain,ok") is not None
