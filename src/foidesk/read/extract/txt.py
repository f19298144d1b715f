"""Plain text in any encoding: BOMs, UTF-8, UTF-16 with or without a BOM, and the
Windows-1252 "smart quotes" of text saved from Word, guessed by charset-normalizer."""

from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path

from charset_normalizer import from_bytes

from foidesk.errors import CorruptDocument, EmptyDocument
from foidesk.read.extract.base import MB, Extracted

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
GUESS_BYTES = 512 * 1024
"""How much of a file charset-normalizer looks at to guess its encoding."""
MAX_CONTROL_SHARE = 0.01
"""More control characters than this share of the text means it is not text at all."""
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_LATIN = ("cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "mac_roman")


def _bom(data: bytes) -> tuple[str, int] | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _is_utf8(data: bytes, chunk: int = 1024 * 1024) -> bool:
    """True when ``data`` is valid UTF-8 (checked a chunk at a time, to keep memory flat)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    try:
        for start in range(0, len(data), chunk):
            decoder.decode(view[start : start + chunk])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
WESTERN_HIGH_SHARE = 0.05
"""Text that is nearly all ASCII, with a few high bytes Windows-1252 defines, is Windows-1252
(Word's smart quotes and dashes, £, é): no need to ask charset-normalizer."""


def _western(sample: bytes) -> bool:
    high = [byte for byte in sample if byte >= 0x80]
    if not high or len(high) > WESTERN_HIGH_SHARE * len(sample):
        return False
    return not _CP1252_UNDEFINED.intersection(high)


def guess_encoding(data: bytes) -> str:
    """The encoding of ``data``: its BOM, else UTF-8 when it decodes, else a guess."""
    found = _bom(data)
    if found:
        return found[0]
    sample = data[:GUESS_BYTES]
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return utf16
    if _is_utf8(data):
        return "utf-8"
    if _western(sample):
        return "cp1252"
    best = from_bytes(sample).best()
    guess = best.encoding if best is not None else "cp1252"
    if guess in _LATIN:
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            return guess
        return "cp1252"
    return guess


def decode(data: bytes, *, source: str | None = None) -> tuple[str, str]:
    """Decode text bytes; return the text (without BOM) and the encoding used.

    Raises:
        EmptyDocument: when there is no text.
        CorruptDocument: when the bytes are not text (binary junk).
    """
    if not data:
        raise EmptyDocument("the file is empty (0 bytes)", source=source)
    encoding = guess_encoding(data)
    skip = (_bom(data) or ("", 0))[1]
    text = codecs.decode(memoryview(data)[skip:], encoding, errors="replace")
    check_text(text, source=source)
    return text, encoding


def check_text(text: str, *, source: str | None) -> None:
    """Refuse text that is empty or mostly control characters / undecodable bytes."""
    sample = text[:GUESS_BYTES]
    if not sample.strip():
        raise EmptyDocument("the file has no text in it (only white space)", source=source)
    bad = len(_BAD_CHARS.findall(sample))
    if bad > MAX_CONTROL_SHARE * len(sample):
        raise CorruptDocument(
            "not a text file: it is binary data (control characters or undecodable bytes)",
            source=source,
        )


def extract_txt(data: bytes, *, source: str | None = None) -> Extracted:
    """Read a plain-text document (any encoding)."""
    text, encoding = decode(data, source=source)
    return Extracted(text=text, format="txt", sha256="", metadata={"encoding": encoding})


STREAM_CHUNK = 1024 * 1024
"""How much of a long text file is hashed at a time."""


def _head_and_digest(path: Path, cap: int) -> tuple[bytes, str]:
    """The first ``cap`` bytes of a file and the SHA-256 of all of it (read a chunk at a time)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        head = handle.read(cap)
        digest.update(head)
        while chunk := handle.read(STREAM_CHUNK):
            digest.update(chunk)
    return head, digest.hexdigest()


def _decode_head(head: bytes, source: str) -> tuple[str, str]:
    """Decode the start of a longer text, dropping a character or line cut off at the end."""
    cut = head.rfind(b"\n")
    encoding = guess_encoding(head[: cut + 1] if cut > 0 else head)
    skip = (_bom(head) or ("", 0))[1]
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    text: str = decoder.decode(memoryview(head)[skip:], final=False)
    line_end = text.rfind("\n")
    if line_end > len(text) // 2:
        text = text[: line_end + 1]
    check_text(text, source=source)
    return text, encoding


def extract_long_txt(path: Path, *, size: int, cap: int, source: str) -> Extracted:
    """Read the first ``cap`` bytes of a text file longer than that, in bounded memory.

    The whole file is hashed, a chunk at a time; only the start is decoded (to the
    last whole line) and kept. ``metadata["truncated"]`` says how much was read.

    Raises:
        EmptyDocument, CorruptDocument: as :func:`decode`.
    """
    head, digest = _head_and_digest(path, cap)
    text, encoding = _decode_head(head, source)
    read = f"the first {cap / MB:,.1f} MB of {size / MB:,.1f} MB"
    metadata = {"encoding": encoding, "truncated": read}
    return Extracted(
        text=text, format="txt", sha256=digest, path=source, size=size, metadata=metadata
    )
