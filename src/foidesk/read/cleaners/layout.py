"""Spacing and layout: page breaks, line indentation, runs of spaces, blank lines."""

from __future__ import annotations

import re

from foidesk.read.cleaners.base import Context, step
from foidesk.read.cleaners.lines import PART_MARKER
from foidesk.read.cleaners.offsets import Edit

_PAGE_BREAK = re.compile(r"\n*\f\n*")
_SPACED = ("  ", " \n", "\n ")
_SPACE_RUN = re.compile(r"[ ]{2,}|^[ ]|[ ]$", re.MULTILINE)
_BREAKS = re.compile(r"\n+")


@step("part_markers", formats=frozenset({"eml"}))
def part_markers(text: str, context: Context) -> list[Edit]:
    """Drop the ``[[attachment: name]]`` lines that separate the parts of an e-mail."""
    return [Edit(m.start(), m.end(), "") for m in PART_MARKER.finditer(text)]


@step("page_breaks")
def page_breaks(text: str, context: Context) -> list[Edit]:
    """Make each page break (form feed) a line break; a paragraph may run on over it."""
    if "\f" not in text:
        return []
    return [Edit(m.start(), m.end(), "\n") for m in _PAGE_BREAK.finditer(text)]


@step("trim_lines")
def trim_lines(text: str, context: Context) -> list[Edit]:
    """Drop spaces at the start and end of each line and squeeze runs of spaces to one."""
    if not (text.startswith(" ") or text.endswith(" ") or any(s in text for s in _SPACED)):
        return []
    edits = []
    size = len(text)
    for m in _SPACE_RUN.finditer(text):
        start, end = m.span()
        if start == 0 or end == size or text[start - 1] == "\n" or text[end] == "\n":
            edits.append(Edit(start, end, ""))
        else:
            edits.append(Edit(start + 1, end, ""))
    return edits


@step("blocks")
def blocks(text: str, context: Context) -> list[Edit]:
    """One paragraph, heading or list item a line, blocks separated by one blank line."""
    edits = []
    for m in _BREAKS.finditer(text):
        if m.start() == 0 or m.end() == len(text):
            edits.append(Edit(m.start(), m.end(), ""))
        elif m.group() != "\n\n":
            edits.append(Edit(m.start(), m.end(), "\n\n"))
    return edits
