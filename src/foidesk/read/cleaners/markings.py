"""Lines that are page furniture, not content: page numbers and protective markings.

Government Security Classifications put ``OFFICIAL`` (formerly ``NOT PROTECTIVELY
MARKED``) at the head and foot of each page; word processors add ``Page 3 of 7``.
"""

from __future__ import annotations

import re

from foidesk.read.cleaners.base import Context, step
from foidesk.read.cleaners.lines import Line, line_with_break
from foidesk.read.cleaners.offsets import Edit

MARKING = re.compile(
    r"(?:(?:security\s+)?classification\s*:\s*)?"
    r"(?:official(?:\s*[-–:]\s*(?:sensitive|public|for\s+public\s+release))?"
    r"|not\s+protectively\s+marked|unclassified|protect|restricted)",
    re.IGNORECASE,
)
PAGE_NUMBER = re.compile(
    r"(?:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s+of\s+\d{1,4}|[-–]\s*\d{1,4}\s*[-–])",
    re.IGNORECASE,
)


def is_marking(line: str) -> bool:
    """True when the whole line is a page number or a protective marking."""
    stripped = line.strip()
    return bool(MARKING.fullmatch(stripped) or PAGE_NUMBER.fullmatch(stripped))


_LINE = re.compile(
    rf"\n[ \t]*(?:{MARKING.pattern}|{PAGE_NUMBER.pattern})[ \t]*(?=\n)", re.IGNORECASE
)
"""A whole marking line, matched from the newline before it: the text is searched with a
newline put at each end, so the scan can jump from newline to newline."""


@step("markings")
def markings(text: str, context: Context) -> list[Edit]:
    """Drop lines that are only a page number (``Page 3 of 7``, ``- 3 -``) or a marking."""
    edits = []
    for m in _LINE.finditer(f"\n{text}\n"):
        line = Line(m.start(), m.end() - 1, m.group()[1:])
        start, end = line_with_break(text, line)
        edits.append(Edit(start, end, ""))
    return _merge(edits)


def _merge(edits: list[Edit]) -> list[Edit]:
    merged: list[Edit] = []
    for edit in edits:
        if merged and edit.start < merged[-1].end:
            last = merged.pop()
            edit = Edit(last.start, max(last.end, edit.end), "")
        merged.append(edit)
    return merged
