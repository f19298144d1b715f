"""Cut a response's text into paragraphs and sentences, and normalise them.

Pure functions, no database: the library stores what these return, and the argument bank
and the similarity measures compare what these return.

A paragraph is a block of text between blank lines. Hard-wrapped lines are joined, and a
block that stops mid-sentence is joined to the next one when that starts in lower case (PDF
extraction often breaks a paragraph across a page or a blank line). Offsets are kept, so each
paragraph is a span of ``Response.source.text``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_BLANK = re.compile(r"\n[ \t\r\f\v]*\n")
_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,40}>")
_WORD = re.compile(r"[^\W_]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'’”)]?\s+(?=[\"'‘“(]?[A-Z0-9])")
_ENDS_SENTENCE = re.compile(r"[.!?:;][\"'’”)]?\s*$")


@dataclass(frozen=True)
class Block:
    """A paragraph: its tidy text and its span ``[start, end)`` in the source text."""

    text: str
    start: int
    end: int


def tidy(text: str) -> str:
    """The text with markup tags dropped and runs of white space made one space."""
    return _SPACE.sub(" ", _TAG.sub("", text)).strip()


def words(text: str) -> list[str]:
    """The lower-case words of ``text`` (letters and digits; punctuation dropped)."""
    return [w.lower() for w in _WORD.findall(_TAG.sub(" ", text))]


def normalise(text: str) -> str:
    """The words of ``text`` joined by single spaces: the form compared for reuse."""
    return " ".join(words(text))


def norm_hash(text: str) -> str:
    """sha256 (hex) of the normalised text: equal for paragraphs equal word for word."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def _is_heading_line(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(words(stripped)) <= 10 and not stripped.endswith((".", ",", ";"))


def _split_headings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a heading line out of a block that has no blank line around it."""
    cuts: list[tuple[int, int]] = []
    here = start
    previous_ended = True
    offset = start
    for line in text[start:end].splitlines(keepends=True):
        heading = previous_ended and _is_heading_line(line)
        if heading and offset > here:
            cuts.append((here, offset))
            here = offset
        if heading:
            cuts.append((here, offset + len(line)))
            here = offset + len(line)
        if line.strip():
            previous_ended = heading or bool(_ENDS_SENTENCE.search(line))
        offset += len(line)
    if end > here:
        cuts.append((here, end))
    return cuts


def _raw_blocks(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for gap in _BLANK.finditer(text):
        spans.extend(_split_headings(text, start, gap.start()))
        start = gap.end()
    spans.extend(_split_headings(text, start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _continues(previous: str, following: str) -> bool:
    """True when ``following`` carries on the sentence ``previous`` left unfinished."""
    head = following.lstrip()
    return bool(head) and head[0].islower() and not _ENDS_SENTENCE.search(previous)


def paragraphs(text: str) -> list[Block]:
    """The paragraphs of ``text`` in order, each with its span."""
    merged: list[tuple[int, int]] = []
    for start, end in _raw_blocks(text):
        if merged and _continues(text[merged[-1][0] : merged[-1][1]], text[start:end]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    blocks = []
    for start, end in merged:
        raw = text[start:end]
        lead = len(raw) - len(raw.lstrip())
        trail = len(raw.rstrip())
        tidied = tidy(raw)
        if tidied:
            blocks.append(Block(tidied, start + lead, start + trail))
    return blocks


def sentences(text: str) -> list[str]:
    """The sentences of one (tidy) paragraph."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def shingles(text: str, size: int = 3) -> set[str]:
    """The word ``size``-grams of ``text`` (the whole text when it is shorter)."""
    tokens = words(text)
    if len(tokens) <= size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def jaccard(left: set[str], right: set[str]) -> float:
    """|A ∩ B| / |A ∪ B|, 0.0 for two empty sets."""
    union = len(left | right)
    return len(left & right) / union if union else 0.0
