"""Word .docx: paragraphs and tables in document order, list numbers drawn in.

Headers and footers are not part of the text (they repeat on every page and are
rarely content); they are kept apart in the metadata (``headers``, ``footers``).
Each paragraph is one line; each table cell's paragraphs are lines of their own,
so a side-by-side Welsh/English table reads as alternating paragraphs.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from foidesk.errors import CorruptDocument
from foidesk.read.extract.base import Extracted, Limits
from foidesk.read.extract.numbering import Numbering
from foidesk.read.extract.zipcheck import open_docx_zip

_P = qn("w:p")
_TBL = qn("w:tbl")
_SDT = qn("w:sdt")
_SDT_CONTENT = qn("w:sdtContent")


def _blocks(parent: Any, container: Any) -> Iterator[Paragraph | Table]:
    for child in container.iterchildren():
        if child.tag == _P:
            yield Paragraph(child, parent)
        elif child.tag == _TBL:
            yield Table(child, parent)
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _blocks(parent, content)


def _lines(parent: Any, container: Any, numbering: Numbering) -> Iterator[str]:
    for block in _blocks(parent, container):
        if isinstance(block, Paragraph):
            label = numbering.label(block)
            text = block.text
            yield f"{label} {text}" if label and text.strip() else text
            continue
        seen: list[Any] = []
        for row in block.rows:
            for cell in row.cells:
                if any(cell._tc is done for done in seen):
                    continue
                seen.append(cell._tc)
                yield from _lines(cell, cell._tc, numbering)


def _furniture(document: Any, which: str) -> str:
    texts: list[str] = []
    for section in document.sections:
        part = getattr(section, which)
        if part.is_linked_to_previous:
            continue
        text = "\n".join(p.text for p in part.paragraphs if p.text.strip())
        if text and text not in texts:
            texts.append(text)
    return "\n".join(texts)


def extract_docx(data: bytes, *, limits: Limits, source: str | None = None) -> Extracted:
    """Read a Word .docx after checking it is not a zip bomb.

    Raises:
        ZipBomb, EncryptedDocument, CorruptDocument: see :func:`open_docx_zip`.
    """
    open_docx_zip(data, limits=limits, source=source).close()

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise CorruptDocument(f"not a readable Word .docx ({exc})", source=source) from None
    except Exception as exc:  # lxml and zip errors from a damaged part
        raise CorruptDocument(
            f"not a readable Word .docx ({type(exc).__name__}: {exc})", source=source
        ) from None
    numbering = Numbering(document)
    body = document.element.body
    text = "\n".join(_lines(document, body, numbering))
    props = document.core_properties
    metadata = {
        "title": props.title or "",
        "author": props.author or "",
        "headers": _furniture(document, "header"),
        "footers": _furniture(document, "footer"),
    }
    return Extracted(
        text=text,
        format="docx",
        sha256="",
        metadata={key: value for key, value in metadata.items() if value},
    )
