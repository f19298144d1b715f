"""Extract the raw text of a document: one module per format, chosen here.

The format comes from the suffix *and* the content: a ``.pdf`` that is really an
HTML page, or a ``.txt`` that is binary junk, is a :class:`CorruptDocument`, not
a crash. Every error names the file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path, PurePath

from foidesk.errors import (
    CorruptDocument,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    ReadError,
    UnsupportedFormat,
)
from foidesk.read.extract.base import MB, Extracted, Limits, Part, time_limit
from foidesk.read.extract.docx import extract_docx
from foidesk.read.extract.eml import extract_eml
from foidesk.read.extract.html import extract_html
from foidesk.read.extract.pdf import extract_pdf
from foidesk.read.extract.sniff import SNIFF_BYTES, describe, sniff
from foidesk.read.extract.txt import extract_long_txt, extract_txt

SUFFIX_FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".eml": "eml",
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(SUFFIX_FORMATS)
"""The file suffixes foidesk reads."""
ACCEPTS: dict[str, frozenset[str]] = {
    "txt": frozenset({"text", "eml"}),
    "html": frozenset({"html", "text", "eml"}),
    "eml": frozenset({"eml", "text", "html"}),
    "pdf": frozenset({"pdf"}),
    "docx": frozenset({"zip"}),
}
"""What content each suffix's format may really hold."""
_NAMES = {"txt": "a text file", "html": "an HTML page", "eml": "an e-mail", "pdf": "a PDF"}


def format_of(name: str | PurePath) -> str:
    """The format a file name's suffix promises.

    Raises:
        UnsupportedFormat: for any other suffix, naming those that are supported.
    """
    suffix = PurePath(name).suffix.lower()
    if suffix not in SUFFIX_FORMATS:
        what = f"'{suffix}' files are" if suffix else "files without a suffix are"
        raise UnsupportedFormat(
            f"{what} not supported; foidesk reads {', '.join(SUPPORTED_SUFFIXES)}",
            source=str(name),
        )
    return SUFFIX_FORMATS[suffix]


def _mismatch(expected: str, kind: str, data: bytes, source: str) -> ReadError:
    if expected == "docx" and kind == "ole":
        if "EncryptedPackage".encode("utf-16-le") in data:
            return EncryptedDocument("the Word document is password-protected", source=source)
        return CorruptDocument(
            "not a .docx: it is an old Word .doc file; save it as .docx", source=source
        )
    wanted = "a Word .docx" if expected == "docx" else _NAMES[expected]
    return CorruptDocument(f"not {wanted}: the content is {describe(kind)}", source=source)


def _reader(
    expected: str, kind: str, limits: Limits, depth: int
) -> Callable[[bytes, str], Extracted]:
    if expected == "txt" and kind == "text":
        return lambda data, source: extract_txt(data, source=source)
    if expected == "pdf":
        return lambda data, source: extract_pdf(data, limits=limits, source=source)
    if expected == "docx":
        return lambda data, source: extract_docx(data, limits=limits, source=source)
    if expected == "eml":
        return lambda data, source: extract_eml(
            data, limits=limits, read_bytes=extract_bytes, depth=depth, source=source
        )
    if expected == "txt":
        return lambda data, source: extract_txt(data, source=source)
    return lambda data, source: extract_html(data, source=source)


def extract_bytes(
    data: bytes, name: str, limits: Limits | None = None, depth: int = 0
) -> Extracted:
    """Extract the text of a document held in memory (an e-mail attachment, say).

    Args:
        data: the document's bytes.
        name: its file name; the suffix says what it should be.
        limits: size and safety limits.
        depth: how many e-mails deep this document is attached.

    Raises:
        ReadError: (a subclass) naming ``name`` and what is wrong with it.
    """
    limits = limits or Limits()
    expected = format_of(name)
    if not data:
        raise EmptyDocument("the file is empty (0 bytes)", source=name)
    if len(data) > limits.max_bytes:
        raise _too_large(len(data), limits, name)
    kind = sniff(data[:SNIFF_BYTES])
    if kind not in ACCEPTS[expected]:
        raise _mismatch(expected, kind, data, name)
    reader = _reader(expected, kind, limits, depth)
    try:
        extracted = reader(data, name)
    except ReadError:
        raise
    except (RecursionError, Exception) as exc:  # a library choking on a damaged file
        raise CorruptDocument(
            f"could not be read as {expected} ({type(exc).__name__}: {exc})", source=name
        ) from None
    if not extracted.text.strip():
        raise EmptyDocument("the document has no text in it", source=name)
    return replace(extracted, sha256=hashlib.sha256(data).hexdigest(), size=len(data))


def _amount(size: int) -> str:
    return f"{size / MB:,.1f} MB" if size >= MB else f"{size:,} bytes"


def _too_large(size: int, limits: Limits, source: str) -> DocumentTooLarge:
    limit = f"{limits.max_bytes / MB:g} MB" if limits.max_bytes >= MB else _amount(limits.max_bytes)
    return DocumentTooLarge(
        f"the file is {_amount(size)}; the limit is {limit} (raise it with --max-size)",
        source=source,
    )


def _long_text(path: Path, size: int, limits: Limits, source: str) -> Extracted:
    """A text file over ``limits.max_text``: its start, read in bounded memory."""
    try:
        with path.open("rb") as handle:
            kind = sniff(handle.read(SNIFF_BYTES))
        if kind not in ACCEPTS["txt"]:
            raise _mismatch("txt", kind, b"", source)
        return extract_long_txt(path, size=size, cap=limits.max_text, source=source)
    except OSError as exc:
        raise ReadError(f"cannot read the file: {exc.strerror}", source=source) from None


def extract(path: str | Path, limits: Limits | None = None) -> Extracted:
    """Extract the raw text of the document at ``path``.

    Raises:
        UnsupportedFormat: a suffix foidesk does not read.
        DocumentTooLarge: a file over ``limits.max_bytes`` (checked before reading). A
            text file over ``limits.max_text`` is read only so far (``metadata["truncated"]``).
        EmptyDocument, CorruptDocument, EncryptedDocument, NeedsOCR, ZipBomb: see the
            extractors; and :class:`ReadError` for a file that cannot be opened.
    """
    limits = limits or Limits()
    path = Path(path)
    source = str(path)
    format_of(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ReadError("is a folder, not a document", source=source)
    except OSError as exc:
        raise ReadError(f"cannot open the file: {exc.strerror}", source=source) from None
    if size > limits.max_bytes:
        raise _too_large(size, limits, source)
    if size == 0:
        raise EmptyDocument("the file is empty (0 bytes)", source=source)
    with time_limit(limits.timeout, source):
        if size > limits.max_text and format_of(path) == "txt":
            return _long_text(path, size, limits, source)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ReadError(f"cannot read the file: {exc.strerror}", source=source) from None
        try:
            extracted = extract_bytes(data, source, limits)
        except ReadError as exc:
            exc.source = source
            raise
    return replace(extracted, path=source)


__all__ = [
    "SUFFIX_FORMATS",
    "SUPPORTED_SUFFIXES",
    "Extracted",
    "Limits",
    "Part",
    "extract",
    "extract_bytes",
    "format_of",
]
