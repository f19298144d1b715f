"""Spacing and layout: page breaks, line indentation, runs of spaces, blank lines."""

from __future__ import annotations

import re

from foidesk.read.cleaners.base import Context, step
from foidesk.read.cleaners.lines import PART_MARKER
from foidesk.read.cleaners.offsets import Edit

_PAGE_BREAK = re.compile(r"\n*\f\n*")
_EDGE_SPACE = re.compile(r"^[ ]+|[ ]+$", re.MULTILINE)
_INNER_SPACE = re.compile(r"(?<=\S)[ ]{2,}(?=\S)")
_BREAKS = re.compile(r"\n+")


@step("part_markers", formats=frozenset({"eml"}))
def part_markers(text: str, context: Context) -> list[Edit]:
    """Drop the ``[[attachment: name]]`` lines that separate the parts of an e-mail."""
    return [Edit(m.start(), m.end(), "") for m in PART_MARKER.finditer(text)]


@step("page_breaks")
def page_breaks(text: str, context: Context) -> list[Edit]:
    """Make each page break (form feed) a line break; a paragraph may run on over it."""
    return [Edit(m.start(), m.end(), "\n") for m in _PAGE_BREAK.finditer(text)]


@step("trim_lines")
def trim_lines(text: str, context: Context) -> list[Edit]:
    """Drop spaces at the start and end of each line and squeeze runs of spaces to one."""
    edits = [
        Edit(m.start(), m.end(), "") for m in _EDGE_SPACE.finditer(text) if m.end() > m.start()
    ]
    edits += [Edit(m.start() + 1, m.end(), "") for m in _INNER_SPACE.finditer(text)]
    edits.sort()
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
