"""Uploaded responses: size limit, type judged by content, then read into the library."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from foidesk.errors import FoideskError

MAX_BYTES = 5 * 1024 * 1024
"""Largest upload accepted (5 MB)."""


class UploadRefused(FoideskError):
    """An upload the desk will not read (too big, or not a kind it knows)."""


@dataclass(frozen=True)
class Kind:
    """What an upload is, judged by its bytes, and the suffix the reader expects."""

    name: str
    suffix: str


def sniff(data: bytes, filename: str) -> Kind:
    """The kind of document in ``data`` (never trusting the file name alone).

    Raises:
        UploadRefused: when it is empty, too big, or not PDF, Word (.docx), HTML or text.
    """
    if not data:
        raise UploadRefused(f"{filename}: the file is empty")
    if len(data) > MAX_BYTES:
        raise UploadRefused(f"{filename}: the file is larger than 5 MB")
    if data.startswith(b"%PDF-"):
        return Kind("PDF", ".pdf")
    if data.startswith(b"PK\x03\x04"):
        if b"word/" in data[:65536] or b"[Content_Types].xml" in data[:65536]:
            return Kind("Word", ".docx")
        raise UploadRefused(f"{filename}: a zip file that is not a Word document")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise UploadRefused(
            f"{filename}: not a PDF, Word (.docx), HTML or plain text file"
        ) from None
    if "\x00" in text:
        raise UploadRefused(f"{filename}: not a text file (it contains binary data)")
    head = text[:2048].lower()
    if "<html" in head or "<!doctype html" in head:
        return Kind("HTML", ".html")
    return Kind("text", ".txt")


def stored_name(data: bytes, kind: Kind) -> str:
    """A file name for the upload from its content (so the same file is stored once)."""
    return hashlib.sha256(data).hexdigest()[:32] + kind.suffix
