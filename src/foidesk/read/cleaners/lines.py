"""Helpers for steps that work a line at a time."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple


class Line(NamedTuple):
    """One line of the text: ``text[start:end]``, without its newline."""

    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        """True for an empty or all-space line."""
        return not self.text.strip()


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    """The lines of ``text[start:end]`` with their offsets (split on ``\\n`` only)."""
    stop = len(text) if end is None else end
    pos = start
    while pos <= stop:
        nl = text.find("\n", pos, stop)
        if nl < 0:
            if pos < stop or pos == start:
                yield Line(pos, stop, text[pos:stop])
            return
        yield Line(pos, nl, text[pos:nl])
        pos = nl + 1
    return


PART_MARKER = re.compile(r"^\[\[(?:attachment|part): [^\n\]]*\]\]$", re.MULTILINE)
"""The line the e-mail extractor puts before each part (``[[attachment: notice.pdf]]``)."""


def parts(text: str) -> list[tuple[int, int]]:
    """The ranges of the parts of a text (an e-mail's body and attachments), split at markers.

    A text without markers is one part. Steps that judge a whole document (its wrap
    width, its running headers) judge each part on its own.
    """
    if "[[" not in text:  # every marker opens with it: skip the line-by-line scan
        return [(0, len(text))]
    bounds = [0]
    for match in PART_MARKER.finditer(text):
        bounds += [match.start(), match.end()]
    bounds.append(len(text))
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


def line_with_break(text: str, line: Line) -> tuple[int, int]:
    """The range of ``line`` together with the newline after it (or before it, at the end)."""
    if line.end < len(text):
        return line.start, line.end + 1
    if line.start > 0:
        return line.start - 1, line.end
    return line.start, line.end
