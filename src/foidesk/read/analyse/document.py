"""The cleaned text as lines and paragraphs, with spans back into the raw text.

Every analyser step works on :class:`Doc`: the cleaned text split once into
lines (offsets of their stripped content) and grouped into paragraphs. A
paragraph ends at a blank line, at a heading or at a list item, so the reader
works on text the cleaner has joined (one paragraph a line) as well as on
hard-wrapped text it has not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foidesk.read.clean import CleanText
from foidesk.record.model import Span

LIST_ITEM = re.compile(
    r"^(?:[-•◦*▪·]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s|\([ivx]{1,4}\)\s|[QA]\d{1,2}\b)"
)
"""A line that starts a list item: a bullet, "1.", "(a)", "(iv)", "Q1"."""

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]]+", re.IGNORECASE)
"""A web address in running text."""

_SPACE = re.compile(r"\s+")


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
    for match in URL.finditer(text):
        url = match.group(0).rstrip(".,;:!?")
        if url not in found:
            found.append(url)
    return found


def anchored(
    pattern: re.Pattern[str],
    text: str,
    lower: str,
    anchors: tuple[str, ...],
    *,
    back: int,
    ahead: int = 80,
) -> list[re.Match[str]]:
    """The matches of ``pattern`` that end at or after an anchor word, found by searching
    only the text just before and around each anchor (``back`` characters before it).

    Equivalent to ``pattern.finditer(text)`` for a pattern whose every match contains one
    of the anchors (in ``lower``, the lower-cased text) within ``back`` characters of its
    start, and much faster on long texts: the patterns of names are long alternations.
    """
    found: dict[int, re.Match[str]] = {}
    for anchor in anchors:
        at = lower.find(anchor)
        while at >= 0:
            lo = max(0, at - back)
            hi = min(len(text), at + len(anchor) + ahead)
            match = pattern.search(text, lo, hi)
            while match is not None and match.start() <= at:
                if match.end() == hi < len(text):
                    # the window may have cut the match short: read it again in full
                    match = pattern.match(text, match.start()) or match
                found.setdefault(match.start(), match)
                match = pattern.search(text, max(match.end(), match.start() + 1), hi)
            at = lower.find(anchor, at + 1)
    return [found[key] for key in sorted(found)]


def _anchor_positions(lower: str, anchors: tuple[str, ...]) -> list[tuple[int, int]]:
    """Every (offset, length) of an anchor word in ``lower``, in order of offset."""
    found: list[tuple[int, int]] = []
    for anchor in anchors:
        at = lower.find(anchor)
        while at >= 0:
            found.append((at, len(anchor)))
            at = lower.find(anchor, at + 1)
    found.sort()
    return found


def _window_matches(
    pattern: re.Pattern[str], text: str, at: int, size: int, back: int, ahead: int
) -> list[re.Match[str]]:
    """The matches :func:`anchored` finds around the anchor at ``at``, in order."""
    lo = max(0, at - back)
    hi = min(len(text), at + size + ahead)
    out: list[re.Match[str]] = []
    match = pattern.search(text, lo, hi)
    while match is not None and match.start() <= at:
        if match.end() == hi < len(text):
            match = pattern.match(text, match.start()) or match
        out.append(match)
        match = pattern.search(text, max(match.end(), match.start() + 1), hi)
    return out


def first_anchored(
    pattern: re.Pattern[str],
    text: str,
    lower: str,
    anchors: tuple[str, ...],
    *,
    back: int,
    ahead: int = 80,
    last: bool = False,
) -> re.Match[str] | None:
    """The first (or, with ``last``, the last) of the matches :func:`anchored` finds, with
    the same result, but stopping as soon as no later (earlier) anchor can change it: a
    match found around an anchor starts at most ``back`` characters before it."""
    positions = _anchor_positions(lower, anchors)
    best: re.Match[str] | None = None
    if last:
        for at, size in reversed(positions):
            if best is not None and at < best.start():
                break
            for match in _window_matches(pattern, text, at, size, back, ahead):
                if best is None or match.start() > best.start():
                    best = match
        return best
    for at, size in positions:
        if best is not None and at - back >= best.start():
            break
        found = _window_matches(pattern, text, at, size, back, ahead)
        if found and (best is None or found[0].start() < best.start()):
            best = found[0]
    return best


def match_at_anchor(
    pattern: re.Pattern[str], text: str, lower: str, anchors: tuple[str, ...]
) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern whose every match starts with one of the
    anchors (in ``lower``, the lower-cased text): tried only where an anchor stands."""
    if len(lower) != len(text):  # lower-casing moved the offsets ("İ"): search it all
        return pattern.search(text)
    for at, _ in _anchor_positions(lower, anchors):
        match = pattern.match(text, at)
        if match is not None:
            return match
    return None


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
        self._lower: str | None = None

    @property
    def lower(self) -> str:
        """The cleaned text in lower case, made once."""
        if self._lower is None:
            self._lower = self.text.lower()
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
        low, high = 0, len(self.lines) - 1
        while low < high:
            mid = (low + high + 1) // 2
            if self._line_starts[mid] <= offset:
                low = mid
            else:
                high = mid - 1
        return self.lines[low]

    def blocks(self, start: int, end: int, *, breaks: frozenset[int] = frozenset()) -> list[Block]:
        """The paragraphs of the cleaned range ``[start, end)``.

        Args:
            start: where the range begins in the cleaned text.
            end: where it ends (exclusive).
            breaks: indexes of lines that must start a new paragraph (headings).
        """
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
