"""Text helpers shared by every renderer: cleaning, paragraphs, dates, Markdown escaping.

Text in a record comes from officers and from documents read in the wild. Before any
renderer sees it, :func:`clean` removes what no document format can carry (characters
illegal in XML 1.0, which would break a DOCX or an XHTML parser), so that hostile input
cannot break the output. HTML escaping is left to Jinja's autoescape.
"""

from __future__ import annotations

import datetime as dt
import re

_ILLEGAL_XML = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]",
)
"""Characters XML 1.0 forbids (plus DEL): C0 controls other than tab, newline and return,
lone surrogates and the two non-characters."""

_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_LIST_LINE = re.compile(r"^\s*(?:\d+[.)]|\(?[a-z]\)|[-*•])\s+\S")
_SPACES = re.compile(r"[ \t\r\n]+")

_MD_INLINE = re.compile(r"([\\`*_\[\]<>])")
_MD_LINE_START = re.compile(r"^(\s*)([#+\-=|~])", re.MULTILINE)
_MD_ORDERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def clean(text: str | None) -> str:
    """``text`` without XML-illegal characters, with Windows line ends made plain ``\\n``."""
    if not text:
        return ""
    return _ILLEGAL_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def paragraphs(text: str | None) -> list[str]:
    """Split text into paragraphs at blank lines; lines inside a paragraph are joined.

    A block whose lines are a list (``1.``, ``(a)``, ``-`` ...) keeps one paragraph per line.

    Example:
        >>> paragraphs("One\\ntwo.\\n\\nThree.")
        ['One two.', 'Three.']
    """
    cleaned = clean(text).strip()
    if not cleaned:
        return []
    blocks: list[str] = []
    for block in _BLANK_LINE.split(cleaned):
        lines = [line for line in block.split("\n") if line.strip()]
        listed = sum(1 for line in lines if _LIST_LINE.match(line)) >= 2
        blocks += lines if listed else [block]
    parts = (_SPACES.sub(" ", part).strip() for part in blocks)
    return [part for part in parts if part]


def one_line(text: str | None) -> str:
    """``text`` cleaned and collapsed to a single line."""
    return _SPACES.sub(" ", clean(text)).strip()


def long_date(day: dt.date | None) -> str:
    """A date the way UK letters write it: ``14 December 2023`` ("" for None)."""
    if day is None:
        return ""
    return f"{day.day} {day:%B %Y}"


def md_escape(text: str) -> str:
    """Escape Markdown so record text is shown as written, never as markup or raw HTML.

    Backslash-escapes the inline markup characters (including ``<`` and ``>``, so no
    raw HTML can pass through) and anything at the start of a line that would open a
    heading, list, quote or table.
    """
    escaped = _MD_INLINE.sub(r"\\\1", text)
    escaped = _MD_LINE_START.sub(r"\1\\\2", escaped)
    return _MD_ORDERED.sub(r"\1\\\2", escaped)
