"""PDF: the text layer, page by page, through pypdfium2 (PDFium, the fast one).

Pages are separated by a form feed (``\\f``) and their starts kept in
:attr:`Extracted.pages`, so running headers and footers can be found. A PDF with
no text layer but with images is a scan: :class:`NeedsOCR`.
"""

from __future__ import annotations

import ctypes
import re
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from foidesk.errors import CorruptDocument, EmptyDocument, EncryptedDocument, NeedsOCR
from foidesk.read.extract.base import Extracted, Limits

MIN_CHARS_PER_PAGE = 10
"""Fewer text characters a page than this, on pages with images, is a scan."""


def _open(data: bytes, source: str | None) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedDocument(
                "the PDF is password-protected; save an unprotected copy first", source=source
            ) from None
        raise CorruptDocument(f"not a readable PDF ({exc})", source=source) from None


def _has_images(page: pdfium.PdfPage) -> bool:
    return any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3))


PARAGRAPH_GAP = 1.3
"""A line further below the one before than this many times the page's usual line pitch
starts a new paragraph (a blank line is put between them)."""
_LINE_END = re.compile(r"\r\n|\r|\n")


def _baseline(textpage: pdfium.PdfTextPage, start: int, end: int) -> float | None:
    """The baseline height of the first printed character in ``[start, end)``."""
    x, y = ctypes.c_double(), ctypes.c_double()
    for index in range(start, min(end, start + 8)):
        found = pdfium_c.FPDFText_GetCharOrigin(textpage.raw, index, x, y)
        if found and pdfium_c.FPDFText_IsGenerated(textpage.raw, index) != 1:
            return y.value
    return None


def paragraph_breaks(baselines: list[float | None]) -> set[int]:
    """Which lines start a paragraph, from the vertical gaps between baselines.

    The usual line pitch of a page is the lower quartile of the downward steps from
    one line to the next; a step more than :data:`PARAGRAPH_GAP` times that is a
    paragraph break. A page whose lines are all one step apart has none.
    """
    steps = [
        (k, above - below)
        for k, (above, below) in enumerate(pairwise(baselines), start=1)
        if above is not None and below is not None and above - below > 0.5
    ]
    if len(steps) < 2:
        return set()
    pitches = sorted(step for _, step in steps)
    usual = pitches[len(pitches) // 4]
    return {k for k, step in steps if step > PARAGRAPH_GAP * usual}


def _page_text(page: pdfium.PdfPage) -> str:
    textpage = page.get_textpage()
    try:
        text: str = textpage.get_text_range()
        ends = list(_LINE_END.finditer(text))
        starts = [0] + [m.end() for m in ends]
        stops = [m.start() for m in ends] + [len(text)]
        breaks = paragraph_breaks(
            [_baseline(textpage, a, b) for a, b in zip(starts, stops, strict=True)]
        )
    finally:
        textpage.close()
    lines = [text[a:b] for a, b in zip(starts, stops, strict=True)]
    text = "".join(
        ("\n\n" if k in breaks else "\n") + line if k else line for k, line in enumerate(lines)
    )
    text = text.replace("\f", "\n")
    # PDFium marks a hyphen at a line end with U+FFFE and drops the line break.
    text = text.replace("\ufffe", "-\n").replace("\x02", "-\n")
    return text if text.endswith("\n") or not text else text + "\n"


def extract_pdf(data: bytes, *, limits: Limits, source: str | None = None) -> Extracted:
    """Read the text layer of a PDF.

    Raises:
        EncryptedDocument: when it needs a password to open.
        CorruptDocument: when PDFium cannot read it.
        NeedsOCR: when its pages are images with no text layer.
        EmptyDocument: when it has neither text nor images.
    """
    document = _open(data, source)
    try:
        count = len(document)
        texts: list[str] = []
        images = 0
        for index in range(min(count, limits.max_pages)):
            page = document[index]
            try:
                texts.append(_page_text(page))
                if len(texts[-1].strip()) < MIN_CHARS_PER_PAGE and _has_images(page):
                    images += 1
            finally:
                page.close()
        metadata = {k.lower(): str(v) for k, v in document.get_metadata_dict().items() if v}
    except pdfium.PdfiumError as exc:
        raise CorruptDocument(f"not a readable PDF ({exc})", source=source) from None
    finally:
        document.close()
    chars = sum(len(text.strip()) for text in texts)
    if images and chars < MIN_CHARS_PER_PAGE * max(len(texts), 1):
        raise NeedsOCR(
            f"the PDF has no text layer ({images} of {count} pages are images); "
            "run it through OCR first (for example ocrmypdf)",
            source=source,
        )
    if not chars:
        raise EmptyDocument(f"the PDF has no text in it ({count} pages)", source=source)
    pages = []
    offset = 0
    for text in texts:
        pages.append(offset)
        offset += len(text) + 1
    metadata["pages"] = str(count)
    if count > limits.max_pages:
        metadata["pages_read"] = str(limits.max_pages)
    return Extracted(
        text="\f".join(texts), format="pdf", sha256="", metadata=metadata, pages=tuple(pages)
    )
