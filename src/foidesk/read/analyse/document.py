"""The cleaned text as lines and paragraphs, with spans back into the raw text.

Every analyser step works on :class:`Doc`: the cleaned text split once into
lines (offsets of their stripped content) and grouped into paragraphs. A
paragraph ends at a blank line, at a heading or at a list item, so the reader
works on text the cleaner has joined (one paragraph a line) as well as on
hard-wrapped text it has not.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar, cast

from foidesk.read.analyse.anchor_index import lowered
from foidesk.read.clean import CleanText
from foidesk.record.model import Span

LIST_ITEM = re.compile(
    r"^(?:[-•◦*▪·]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s|\([ivx]{1,4}\)\s|[QA]\d{1,2}\b)"
)
"""A line that starts a list item: a bullet, "1.", "(a)", "(iv)", "Q1"."""

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]]+", re.IGNORECASE)
"""A web address in running text."""

_SPACE = re.compile(r"\s+")
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the cleaned text, stripped of surrounding spaces.

    Attributes:
        index: position among the document's lines.
        start: offset of the first non-space character (or of the line, if blank).
        end: offset after the last non-space character.
        text: the stripped text.
    """

    index: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        """True for a line with nothing but spaces."""
        return not self.text


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph: consecutive lines of running text, as offsets into the cleaned text."""

    start: int
    end: int
    text: str
    """The paragraph with its line breaks joined by single spaces."""


def split_lines(text: str) -> list[Line]:
    """Every line of ``text`` with the offsets of its stripped content."""
    lines: list[Line] = []
    pos = 0
    for index, piece in enumerate(text.split("\n")):
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            start = pos + lead
            lines.append(Line(index, start, start + len(stripped), stripped))
        else:
            lines.append(Line(index, pos, pos, ""))
        pos += len(piece) + 1
    return lines


def tidy(text: str) -> str:
    """Collapse runs of white space to one space and strip the ends."""
    return _SPACE.sub(" ", text).strip()


def links_in(text: str) -> list[str]:
    """The web addresses in ``text``, in order, without trailing punctuation, each once."""
    found: list[str] = []
    if "://" not in text and "ww." not in text.lower():
        return found  # every address has one or the other: skip the slow scan
    for match in URL.finditer(text):
        url = match.group(0).rstrip(".,;:!?")
        if url not in found:
            found.append(url)
    return found


class Doc:
    """The cleaned text of one response, split into lines, with span mapping.

    Args:
        clean: the cleaned text and the raw text it came from.
    """

    def __init__(self, clean: CleanText) -> None:
        self.clean = clean
        self.text = clean.text
        self.raw = clean.raw
        self.lines = split_lines(clean.text)
        self._line_starts = [line.start for line in self.lines]
        self._paragraphs: tuple[Block, ...] | None = None
        self._blocks: dict[tuple[int, int], tuple[Block, ...]] = {}
        self._lower: str | None = None
        self._memo: dict[str, object] = {}

    def memo(self, key: str, make: Callable[[], _T]) -> _T:
        """``make()``, worked out once a document: for what several steps ask of it."""
        if key not in self._memo:
            self._memo[key] = make()
        return cast(_T, self._memo[key])

    @property
    def lower(self) -> str:
        """The cleaned text in lower case, made once."""
        if self._lower is None:
            self._lower = lowered(self.text)
        return self._lower

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        """Every paragraph of the whole text (``blocks(0, len(text))``), split once."""
        if self._paragraphs is None:
            self._paragraphs = tuple(self.blocks(0, len(self.text)))
        return self._paragraphs

    def span(self, start: int, end: int) -> Span:
        """The raw-text span of the cleaned range ``[start, end)``."""
        raw_start, raw_end = self.clean.to_raw(start, end)
        return Span(start=raw_start, end=raw_end)

    def line_at(self, offset: int) -> Line:
        """The line holding the cleaned-text ``offset``."""
        return self.lines[max(0, bisect_right(self._line_starts, offset) - 1)]

    def blocks(self, start: int, end: int, *, breaks: frozenset[int] = frozenset()) -> list[Block]:
        """The paragraphs of the cleaned range ``[start, end)``.

        Args:
            start: where the range begins in the cleaned text.
            end: where it ends (exclusive).
            breaks: indexes of lines that must start a new paragraph (headings).
        """
        if breaks:
            return self._split_blocks(start, end, breaks)
        found = self._blocks.get((start, end))
        if found is None:
            found = self._blocks[start, end] = tuple(self._split_blocks(start, end, breaks))
        return list(found)

    def _split_blocks(self, start: int, end: int, breaks: frozenset[int]) -> list[Block]:
        """:meth:`blocks`, worked out (the same range is asked for once a claim)."""
        blocks: list[Block] = []
        current: list[Line] = []

        def close() -> None:
            if current:
                text = " ".join(line.text for line in current)
                blocks.append(Block(current[0].start, current[-1].end, text))
                current.clear()

        for line in self.lines[self.line_at(start).index :]:
            if line.start >= end:
                break
            if line.blank:
                close()
                continue
            if line.end <= start:
                continue
            if line.index in breaks or LIST_ITEM.match(line.text) or _ends_sentence(current):
                close()
            current.append(_clip(line, start, end))
        close()
        return blocks


def _ends_sentence(current: list[Line]) -> bool:
    """True when the paragraph so far ends a sentence on a short line (a wrapped
    paragraph fills its lines; a short line ending in a full stop ends a paragraph)."""
    if not current:
        return False
    last = current[-1].text
    return last.endswith((".", ":", "?", "!")) and len(last) < 60


def _clip(line: Line, start: int, end: int) -> Line:
    if line.start >= start and line.end <= end:
        return line
    lo = max(line.start, start)
    hi = min(line.end, end)
    offset = lo - line.start
    piece = line.text[offset : offset + (hi - lo)]
    stripped = piece.strip()
    lead = len(piece) - len(piece.lstrip())
    return Line(line.index, lo + lead, lo + lead + len(stripped), stripped)
