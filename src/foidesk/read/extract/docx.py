"""Word .docx: paragraphs and tables in document order, list numbers drawn in.

The parts are read straight from the zip with lxml (``word/document.xml``,
``numbering.xml``, ``styles.xml``, the headers and footers), a few milliseconds a
document, after the zip-bomb checks of :mod:`foidesk.read.extract.zipcheck`.

Headers and footers are not part of the text (they repeat on every page and are
rarely content); they are kept apart in the metadata (``headers``, ``footers``).
Each paragraph is one line; each table cell's paragraphs are lines of their own,
so a side-by-side Welsh/English table reads as alternating paragraphs.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from typing import cast

from lxml import etree

from foidesk.errors import CorruptDocument
from foidesk.read.extract.base import Extracted, Limits
from foidesk.read.extract.numbering import Numbering, w
from foidesk.read.extract.parts import DocxParts, Element
from foidesk.read.extract.zipcheck import open_docx_zip

_P, _TBL, _SDT, _SDT_CONTENT = w("p"), w("tbl"), w("sdt"), w("sdtContent")
_TR, _TC, _TC_PR, _V_MERGE, _VAL = w("tr"), w("tc"), w("tcPr"), w("vMerge"), w("val")
_TEXT = etree.XPath(
    "w:r/*[self::w:t or self::w:tab or self::w:br or self::w:cr or self::w:noBreakHyphen"
    " or self::w:ptab] | w:hyperlink/w:r/*[self::w:t or self::w:tab or self::w:br or self::w:cr"
    " or self::w:noBreakHyphen or self::w:ptab]",
    namespaces={"w": w("")[1:-1]},
)
_AS_TEXT = {w("tab"): "\t", w("ptab"): "\t", w("cr"): "\n", w("noBreakHyphen"): "-"}
_T, _BR, _TYPE = w("t"), w("br"), w("type")


def paragraph_text(paragraph: Element) -> str:
    """The text of a ``w:p`` as Word shows it: runs and hyperlinks, tabs and line breaks."""
    out: list[str] = []
    nodes: list[Element] = cast("list[Element]", _TEXT(paragraph))
    for node in nodes:
        tag = node.tag
        if tag == _T:
            out.append(node.text or "")
        elif tag == _BR:
            out.append("\n" if node.get(_TYPE, "textWrapping") == "textWrapping" else "")
        else:
            out.append(_AS_TEXT[tag])
    return "".join(out)


def _blocks(container: Element) -> Iterator[Element]:
    for child in container.iterchildren(_P, _TBL, _SDT):
        if child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _blocks(content)
        else:
            yield child


def _merged_below(cell: Element) -> bool:
    """True for a cell that continues a vertical merge (its text is the cell above's)."""
    props = cell.find(_TC_PR)
    merge = props.find(_V_MERGE) if props is not None else None
    return merge is not None and merge.get(_VAL, "continue") == "continue"


def _cells(table: Element) -> Iterator[Element]:
    """Each cell once, row by row: a merged cell is read where it starts."""
    for row in table.iterchildren(_TR):
        for cell in row.iterchildren(_TC):
            if not _merged_below(cell):
                yield cell


def _lines(container: Element, numbering: Numbering) -> Iterator[str]:
    for block in _blocks(container):
        if block.tag == _P:
            label = numbering.label(block)
            text = paragraph_text(block)
            yield f"{label} {text}" if label and text.strip() else text
        else:
            for cell in _cells(block):
                yield from _lines(cell, numbering)


def _furniture(parts: DocxParts, body: Element, which: str) -> str:
    texts: list[str] = []
    for root in parts.furniture(body, which):
        lines = (paragraph_text(p) for p in root.iterchildren(_P))
        text = "\n".join(line for line in lines if line.strip())
        if text and text not in texts:
            texts.append(text)
    return "\n".join(texts)


def extract_docx(data: bytes, *, limits: Limits, source: str | None = None) -> Extracted:
    """Read a Word .docx after checking it is not a zip bomb.

    Raises:
        ZipBomb, EncryptedDocument, CorruptDocument: see :func:`open_docx_zip`.
    """
    archive = open_docx_zip(data, limits=limits, source=source)
    try:
        parts = DocxParts(archive)
        body = parts.body()
        numbering = Numbering(parts.part("numbering"), parts.numbered_styles())
        text = "\n".join(_lines(body, numbering))
        metadata = parts.core_properties()
        metadata["headers"] = _furniture(parts, body, "header")
        metadata["footers"] = _furniture(parts, body, "footer")
    except (KeyError, ValueError, OSError, zipfile.BadZipFile, etree.LxmlError) as exc:
        raise CorruptDocument(
            f"not a readable Word .docx ({type(exc).__name__}: {exc})", source=source
        ) from None
    finally:
        archive.close()
    return Extracted(
        text=text,
        format="docx",
        sha256="",
        metadata={key: value for key, value in metadata.items() if value},
    )
