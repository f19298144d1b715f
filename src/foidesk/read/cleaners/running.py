"""Running page headers and footers: lines repeated at page-like intervals.

A PDF keeps page boundaries as form feeds (``\\f``); a text file saved from a
PDF or Word usually does not, but still repeats the header and footer once a
page (the seed response ``000`` repeats ``14/12/2023 1771A_PIT_01`` and
``West Midlands Police Freedom of Information``). A line is running when:

* with page breaks: it sits among the first or last few lines of at least two
  pages and of a good share of all pages;
* without: it repeats, one copy is at the very top or bottom of the document,
  and the copies are a page apart; or it repeats three times or more at
  regular, page-like intervals.

Section headings that merely repeat ("Harm", "Factors favouring disclosure" in
a response that relies on two exemptions) are never running lines.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict

from foidesk.read.cleaners.base import Context, step
from foidesk.read.cleaners.lines import Line, iter_lines, line_with_break, parts
from foidesk.read.cleaners.offsets import Edit

EDGE_LINES = 3
"""How many non-blank lines at the top and bottom of a page can be header or footer."""
PAGE_GAP = 600
"""The fewest characters between two copies of a running line (about a third of a page)."""
MAX_LINE = 120
HEADING_WORDS = re.compile(
    r"\b(?:harm|factors?|favou?ring|balanc\w*|public interest|conclusions?|decision|exemptions?"
    r"|section|regulation|question|request|answer|disclosure|evidence|considerations?)\b",
    re.IGNORECASE,
)
_HASHES = re.compile(r"#+")
_DIGIT_TO_HASH = str.maketrans("0123456789", "##########")


def line_key(line: str) -> str:
    """How lines are compared: case, spacing and the digits of page numbers ignored."""
    key = " ".join(line.split()).lower().translate(_DIGIT_TO_HASH)
    return _HASHES.sub("#", key) if "##" in key else key


def _pages(text: str, start: int, end: int) -> list[list[Line]]:
    pages: list[list[Line]] = []
    for chunk in text[start:end].split("\f"):
        stop = start + len(chunk)
        pages.append([ln for ln in iter_lines(text, start, stop) if not ln.blank])
        start = stop + 1
    return pages


def _candidate(line: Line) -> bool:
    return 2 < len(line.text.strip()) <= MAX_LINE


def _looks_like_heading(key: str) -> bool:
    words = key.split()
    return (len(words) < 3 and "#" not in key) or bool(HEADING_WORDS.search(key))


def _paged(pages: list[list[Line]]) -> list[Line]:
    seen: dict[str, list[Line]] = defaultdict(list)
    for lines in pages:
        edge = lines[:EDGE_LINES] + lines[max(EDGE_LINES, len(lines) - EDGE_LINES) :]
        for key, group in _by_key(edge).items():
            seen[key].append(group[0])
    running = []
    for key, found in seen.items():
        pages_with = len(found)
        enough = pages_with >= 2 and pages_with >= 0.4 * len(pages)
        if enough and (
            pages_with >= 3 or not _looks_like_heading(key) or _has_reference(found[0].text)
        ):
            running.extend(found)
    return running


_REFERENCE = re.compile(r"\d{4,}|\d+[/-]\d+")


def _has_reference(line: str) -> bool:
    """True for a line carrying a reference number ("FOI request 202505-0321"): a footer,
    however like a heading its words are."""
    return _REFERENCE.search(line) is not None


def _by_key(lines: list[Line]) -> dict[str, list[Line]]:
    groups: dict[str, list[Line]] = defaultdict(list)
    for line in lines:
        if _candidate(line):
            groups[line_key(line.text)].append(line)
    return groups


def _regular(gaps: list[int]) -> bool:
    return min(gaps) >= PAGE_GAP and max(gaps) <= 3 * min(gaps)


def _unpaged(lines: list[Line]) -> list[Line]:
    if len(lines) < 4:
        return []
    edges = {id(line) for line in lines[:2] + lines[-2:]}
    running = []
    for key, group in _by_key(lines).items():
        if len(group) < 2 or _looks_like_heading(key):
            continue
        gaps = [b.start - a.end for a, b in itertools.pairwise(group)]
        at_edge = any(id(line) in edges for line in group)
        if (at_edge and min(gaps) >= PAGE_GAP) or (len(group) >= 3 and _regular(gaps)):
            running.extend(group)
    return running


def _repeats(text: str) -> bool:
    """Cheap test: could any short line occur twice (compared as :func:`line_key` does)?

    Lines are compared with case, spaces, digits and ``#`` left out, which is coarser
    than :func:`line_key`, so no repeat it would find is missed; the work is done on
    the whole text at once (str methods in C), not line by line.
    """
    loose = text.lower()
    for drop in " \t#0123456789":
        loose = loose.replace(drop, "")
    seen: set[str] = set()
    for raw, key in zip(text.split("\n"), loose.split("\n"), strict=True):
        if 2 < len(raw) <= MAX_LINE * 2:
            if key in seen:
                return True
            seen.add(key)
    return False


@step("running_lines")
def running_lines(text: str, context: Context) -> list[Edit]:
    """Drop running page headers and footers (lines repeated at page-like intervals)."""
    if "\f" not in text and not _repeats(text):
        return []
    found: list[Line] = []
    for start, end in parts(text):
        pages = _pages(text, start, end)
        found += _paged(pages) if len(pages) > 1 else _unpaged(pages[0])
    edits = sorted({line_with_break(text, line) for line in found})
    merged: list[Edit] = []
    for start, end in edits:
        if merged and start < merged[-1].end:
            start = merged.pop().start
        merged.append(Edit(start, end, ""))
    return merged
