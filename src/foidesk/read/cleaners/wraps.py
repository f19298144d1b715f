"""Hard-wrapped lines joined back into paragraphs, and line-break hyphens mended.

Text taken from a PDF (or saved from one, like the seed response ``003``) breaks
each paragraph into lines of about the same width. A line is joined to the next
when it is long (near the wrap width) and the next line does not start a list
item; across a blank line only when the sentence plainly runs on (no closing
punctuation, the next line starts in lower case). Short lines (headings, the
last line of a paragraph) are never joined.

A word split at the end of a line (``informa-`` / ``tion``) is mended
(``information``); the hyphen is kept when the document writes the word with a
hyphen elsewhere, or the first part is a prefix that keeps one (``cyber-attack``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container

from foidesk.read.cleaners.base import Context, step, word_set
from foidesk.read.cleaners.lines import Line, iter_lines, parts
from foidesk.read.cleaners.lists import is_item
from foidesk.read.cleaners.offsets import Edit

MIN_WIDTH = 50
"""Narrower than this, short lines are a list or an address, not wrapped prose."""
MAX_WIDTH = 160
"""Wider than this, lines are whole paragraphs, not wrapped."""
LONG = 0.6
"""A line this share of the wrap width or longer runs on into the next."""
FITS = 0.92
"""A line shorter than this share of the width, with room for the next word, ended on purpose."""
KEEP_HYPHEN = word_set(
    """
    cyber self non well ex cross e x long short high low full part third first second day
    anti co counter mid semi multi inter follow
    """
)
FIELD = re.compile(r"[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}: \S")
"""A line that is a labelled field (``Date: 12 March 2024``, ``Our ref: 123``): never run on."""
HEADING_LINE = re.compile(
    r"^(?:(?:section|regulation|s\.?)\s?\d[\w()]*\s*[-–—:]\s*)?(?:(?:public interest )?"
    r"(?:factors?|considerations?|arguments?)\b|public interest\b|harm\b|evidence of harm\b|"
    r"balanc(?:e|ing)\b|conclusion\b|decision\b)[^.!?;,]{0,80}$",
    re.IGNORECASE,
)
"""A heading of the reasoning on a line of its own ("Section 24(2) – factors favouring
confirmation or denial"): the paragraph on the next line is not its continuation."""
_URL_BROKEN = re.compile(r"(?:https?:|www\.)\S*[/_=?&#]$")
"""A web address broken at one of its separators (``http://`` / ``library.example/x``)."""
_CLOSED = tuple(".!?:;)]\"'”’")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LAST_WORD = re.compile(r"([^\W\d_]+)-$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _last_word(text: str) -> re.Match[str] | None:
    """``_LAST_WORD.search(text)``, skipping the scan of a line that cannot end with a
    hyphen (``$`` also matches before a final newline)."""
    if not text.endswith(("-", "-\n")):
        return None
    return _LAST_WORD.search(text)


def wrap_width(lines: list[Line]) -> int:
    """The wrap width: the 95th percentile of the lengths of non-blank lines."""
    lengths = sorted(len(line.text) for line in lines if not line.blank)
    if not lengths:
        return 0
    return lengths[int(0.95 * (len(lengths) - 1))]


def _width(text: str, start: int, end: int) -> int:
    lengths = sorted(len(line) for line in text[start:end].split("\n") if line.strip())
    return lengths[int(0.95 * (len(lengths) - 1))] if lengths else 0


class Vocabulary:
    """The words of a text (lower case), gathered only when a hyphen first needs them."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = {w.lower() for w in _WORD.findall(self._text)}
        return word in self._words


def keep_hyphen(left: str, right: str, vocabulary: Container[str]) -> bool:
    """Whether ``left-`` at a line end and ``right`` on the next line is a hyphenated word."""
    left, right = left.lower(), right.lower()
    if f"{left}-{right}" in vocabulary:
        return True
    if left + right in vocabulary:
        return False
    return left in KEEP_HYPHEN


def _heading_after_sentence(first: str, second: str, long: float) -> bool:
    """A short capitalised line without a full stop after a finished sentence: a heading."""
    return (
        first.endswith((".", "!", "?", ":"))
        and len(second) < long
        and second[0].isupper()
        and not second.endswith(_CLOSED)
    )


def _paragraph_end(first: str, second: str, width: int) -> bool:
    """A finished sentence on a line the next word would have fitted on: the paragraph ends."""
    word = _FIRST_WORD.match(second)
    room = len(first) + 1 + (len(word.group()) if word else 1)
    return first.endswith((".", "!", "?")) and room < FITS * width


def _table_row(text: str) -> bool:
    """A row of a table written as text (``1 | question | answer``): rows are never joined."""
    return text.count(" | ") >= 1 or text.startswith("|")


def _joins(first: Line, second: Line, blanks: int, width: int) -> bool:
    long = LONG * width
    if len(first.text) < long or is_item(second.text) or FIELD.match(second.text):
        return False
    if "|" in second.text and _table_row(second.text) and _table_row(first.text):
        return False
    if second.text[:1].isupper() and HEADING_LINE.match(first.text):
        return False
    if _paragraph_end(first.text, second.text, width):
        return False
    if blanks == 0:
        return not first.text.endswith(":") and not _heading_after_sentence(
            first.text, second.text, long
        )
    return blanks <= 2 and not first.text.endswith(_CLOSED) and second.text[0].islower()


def _hyphenated(first: str, second: str) -> bool:
    """A word broken over the line end (``informa-`` / ``tion``), whatever the width."""
    return bool(_last_word(first)) and second[0].islower() and not is_item(second)


def _join(first: Line, second: Line, vocabulary: Container[str]) -> Edit:
    left = _last_word(first.text)
    if left and second.text[0].islower():
        right = _FIRST_WORD.match(second.text)
        if right and keep_hyphen(left.group(1), right.group(), vocabulary):
            return Edit(first.end, second.start, "")
        return Edit(first.end - 1, second.start, "")
    if _URL_BROKEN.search(first.text):
        return Edit(first.end, second.start, "")
    return Edit(first.end, second.start, " ")


@step("wraps", formats=frozenset({"txt", "pdf", "eml"}))
def wraps(text: str, context: Context) -> list[Edit]:
    """Join hard-wrapped lines into paragraphs and mend words hyphenated at a line break."""
    hyphens = "-\n" in text
    if not hyphens and not any(
        MIN_WIDTH <= _width(text, a, b) <= MAX_WIDTH for a, b in parts(text)
    ):
        return []
    vocabulary = Vocabulary(text)
    edits: list[Edit] = []
    for start, end in parts(text):
        edits += _wraps(list(iter_lines(text, start, end)), vocabulary)
    return edits


def _wraps(lines: list[Line], vocabulary: Container[str]) -> list[Edit]:
    width = wrap_width(lines)
    wrapped = MIN_WIDTH <= width <= MAX_WIDTH
    content = [(i, line) for i, line in enumerate(lines) if not line.blank]
    edits = []
    for (i, first), (j, second) in itertools.pairwise(content):
        runs_on = wrapped and _joins(first, second, j - i - 1, width)
        if runs_on or (j == i + 1 and _hyphenated(first.text, second.text)):
            edits.append(_join(first, second, vocabulary))
    return edits
