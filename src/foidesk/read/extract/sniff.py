"""What a file really is, from its first bytes (magic numbers), whatever its suffix says."""

from __future__ import annotations

import re

SNIFF_BYTES = 4096

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"\x89PNG", "png image"),
    (b"\xff\xd8\xff", "jpeg image"),
    (b"GIF8", "gif image"),
    (b"II*\x00", "tiff image"),
    (b"MM\x00*", "tiff image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!", "rar archive"),
    (b"7z\xbc\xaf", "7z archive"),
    (b"\x7fELF", "program"),
    (b"{\\rtf", "rtf"),
)
DESCRIPTIONS = {
    "pdf": "a PDF",
    "zip": "a zip archive",
    "ole": "an old Office file (.doc, .xls) or a password-protected Office file",
    "html": "an HTML page",
    "eml": "an e-mail",
    "text": "plain text",
    "binary": "binary data",
    "rtf": "a Rich Text (.rtf) file",
}
_HTML = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_HTML_INSIDE = re.compile(rb"<(?:body|div|p|table|head)\b", re.I)
_HEADER = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]?\S?.*$")
_MAIL_HEADERS = (b"from:", b"received:", b"mime-version:", b"message-id:", b"return-path:")


def describe(kind: str) -> str:
    """A kind in words, for messages (``a PDF``, ``an HTML page``)."""
    return DESCRIPTIONS.get(kind, f"a {kind}" if " " in kind else kind)


def _looks_binary(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        even = head[0::2].count(0)
        odd = head[1::2].count(0)
        utf16 = max(even, odd) > 0.3 * len(head) / 2 and min(even, odd) < 0.05 * len(head) / 2
        return not utf16
    controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32 or byte == 127)
    return controls > 0.02 * len(head)


def _looks_like_mail(head: bytes) -> bool:
    block = head.split(b"\n\n", 1)[0].replace(b"\r", b"")
    lines = [line for line in block.split(b"\n") if line and not line[:1].isspace()]
    if len(lines) < 2 or not all(_HEADER.match(line) for line in lines[:3]):
        return False
    lowered = block.lower()
    return any(lowered.startswith(h) or b"\n" + h in lowered for h in _MAIL_HEADERS)


def sniff(head: bytes) -> str:
    """The kind of content: pdf, zip, ole, html, eml, text, binary, or an image/archive kind."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if _looks_binary(head[:SNIFF_BYTES]):
        return "binary"
    if _HTML.match(head):
        return "html"
    if _looks_like_mail(head):
        return "eml"
    if _HTML_INSIDE.search(head) and head.lstrip()[:1] == b"<":
        return "html"
    return "text"
