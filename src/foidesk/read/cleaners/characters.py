"""Character-level steps: line endings, invisible characters, odd spaces, Unicode hyphens."""

from __future__ import annotations

import re

from foidesk.read.cleaners.base import Context, step
from foidesk.read.cleaners.offsets import Edit

_SEPARATORS = "\r\u2028\u2029\x0b\x85"
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x85]")
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")
_SPACES = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")


def _has_any(text: str, chars: str) -> bool:
    return any(char in text for char in chars)


@step("newlines")
def newlines(text: str, context: Context) -> list[Edit]:
    """Make every line ending ``\\n`` (CRLF, CR, Unicode line separators)."""
    if not _has_any(text, _SEPARATORS):
        return []
    return [Edit(m.start(), m.end(), "\n") for m in _NEWLINES.finditer(text)]


@step("invisible")
def invisible(text: str, context: Context) -> list[Edit]:
    """Drop soft hyphens, zero-width characters and byte order marks."""
    if text.isascii() or not _has_any(text, _INVISIBLE_CHARS):
        return []
    return [Edit(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)]


@step("spaces")
def spaces(text: str, context: Context) -> list[Edit]:
    """Make tabs, no-break and other odd spaces a plain space."""
    if text.isascii() and "\t" not in text:
        return []
    return [Edit(m.start(), m.end(), " ") for m in _SPACES.finditer(text)]


_HYPHEN_CHARS = "\u2010\u2011"
_HYPHENS = re.compile(f"[{_HYPHEN_CHARS}]")


@step("hyphens")
def hyphens(text: str, context: Context) -> list[Edit]:
    """Make the Unicode hyphen and non-breaking hyphen (U+2010, U+2011, which PDF makers
    such as WeasyPrint write at a line break) a plain hyphen, so broken words can be mended."""
    if text.isascii() or not _has_any(text, _HYPHEN_CHARS):
        return []
    return [Edit(m.start(), m.end(), "-") for m in _HYPHENS.finditer(text)]
