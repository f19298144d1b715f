"""List items: bullets and numbering made plain so the analyser sees clean items.

Word and PDF bullets come through as ``•``, ``◦``, ``▪``, ``–``, ``*``, ``o`` or
as Symbol-font private-use characters (U+F0B7 ...). Each becomes ``- ``.
Numbering (``1.``, ``2)``, ``a)``, ``(iv)``) is kept as written, with one space
after it.
"""

from __future__ import annotations

import re

from foidesk.read.cleaners.base import Context, step
from foidesk.read.cleaners.offsets import Edit

BULLETS = "•◦▪▫●○■□‣⁃∙·➢►▸✓✔–—*\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8-"
BULLET = re.compile(rf"^[ ]*(?:[{re.escape(BULLETS)}]|o(?=[ ]))(?:[ \t]+|\n(?=\S))", re.MULTILINE)
NUMBER = re.compile(
    r"^[ ]*(\(?(?:\d{1,3}|[a-z]|[ivx]{1,6})[.)]|\((?:\d{1,3}|[a-z]|[ivx]{1,6})\))([ \t]+)(?=\S)",
    re.MULTILINE | re.IGNORECASE,
)
ITEM = re.compile(
    r"^(?:- |\(?(?:\d{1,3}|[a-z]|[ivx]{1,6})[.)] |\((?:\d{1,3}|[a-z]|[ivx]{1,6})\) )",
    re.IGNORECASE,
)
"""A cleaned list item's start (what :func:`bullets` leaves)."""


def is_item(line: str) -> bool:
    """True when a (trimmed) line starts a list item."""
    return bool(ITEM.match(line))


@step("bullets")
def bullets(text: str, context: Context) -> list[Edit]:
    """Make every bullet ``- `` and put one space after each number (``1.``, ``a)``, ``(iv)``)."""
    edits = []
    for m in BULLET.finditer(text):
        if m.group() == "- ":
            continue
        edits.append(Edit(m.start(), m.end(), "- "))
    for m in NUMBER.finditer(text):
        if m.group(2) != " ":
            edits.append(Edit(m.start(2), m.end(2), " "))
    edits.sort()
    return edits
