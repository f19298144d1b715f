"""Stray markup left in extracted text: inline tags such as ``<u>`` and HTML entities."""

from __future__ import annotations

import html
import re

from foidesk.read.cleaners.base import Context, step
from foidesk.read.cleaners.offsets import Edit

_INLINE_TAG = re.compile(
    r"</?(?:u|b|i|em|strong|span|font|sup|sub|s|strike|small|big|mark|ins|del|a)"
    r"(?:\s[^<>\n]*)?/?>",
    re.IGNORECASE,
)
_BREAK_TAG = re.compile(r"<(?:br|/?p|/?div|/?li)(?:\s[^<>\n]*)?/?>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACE_ENTITIES = frozenset({"\u00a0", "\u2002", "\u2003", "\u2009", "\u202f"})


def _entity(match: re.Match[str]) -> str | None:
    value = html.unescape(match.group())
    if value == match.group():
        return None
    if value in _SPACE_ENTITIES:
        return " "
    return value


@step("markup")
def markup(text: str, context: Context) -> list[Edit]:
    """Drop inline tags (``<u>``, ``<b>``, ``<i>`` ...), break on ``<br>``/``<p>``, decode entities.

    Only known tag names are touched, so ``<name@example.org>`` and ``a < b > c``
    stay as they are.
    """
    if "<" not in text and "&" not in text:
        return []
    edits = [Edit(m.start(), m.end(), "") for m in _INLINE_TAG.finditer(text)]
    edits += [Edit(m.start(), m.end(), "\n") for m in _BREAK_TAG.finditer(text)]
    for m in _ENTITY.finditer(text):
        value = _entity(m)
        if value is not None:
            edits.append(Edit(m.start(), m.end(), value))
    edits.sort()
    return edits
