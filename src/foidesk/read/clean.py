"""Clean extracted text for the analyser, keeping a map back to the raw text.

The analyser reads :attr:`CleanText.text`; every span it records must point into
:attr:`CleanText.raw` (which becomes ``Response.source.text``), so it maps each
range back with :meth:`CleanText.to_raw`.

The cleaned text has one paragraph, heading or list item a line, blocks
separated by a blank line; running headers and footers, page markings, stray
markup and Welsh paragraphs of a bilingual page are gone; list bullets are
``- ``. The steps are in :mod:`foidesk.read.cleaners`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from foidesk.read.cleaners import PIPELINE, STEPS, Context, OffsetMap


@dataclass(frozen=True)
class CleanText:
    """Cleaned text and the raw text it came from.

    Attributes:
        raw: the text as extracted (``Response.source.text``); spans point here.
        text: the cleaned text the analyser reads.
    """

    raw: str
    text: str
    offsets: OffsetMap = field(repr=False, compare=False, default_factory=OffsetMap)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` range of :attr:`text` to the matching range of :attr:`raw`.

        The range covers every raw character the cleaned characters came from
        (and anything dropped between them).

        Raises:
            ValueError: when the range is not inside the text or is reversed.
        """
        if not 0 <= start <= end <= len(self.text):
            size = len(self.text)
            raise ValueError(f"range {start}:{end} is not inside the text (length {size})")
        return self.offsets.raw_range(start, end)

    def copied(self, index: int) -> bool:
        """True when ``text[index]`` is an unchanged copy of a raw character, not a substitution."""
        return self.offsets.copied(index)


CHUNK = 1 << 20
"""Texts longer than twice this many characters are cleaned a piece at a time (split at a
blank line), so memory stays bounded: the steps never copy more than a piece."""


def _piece_ends(raw: str) -> list[int]:
    ends = []
    pos = CHUNK
    while pos < len(raw) - CHUNK:
        cut = raw.find("\n\n", pos, pos + CHUNK)
        if cut < 0:
            cut = raw.find("\n", pos, pos + CHUNK)
        end = cut + 1 if cut >= 0 else pos
        ends.append(end)
        pos = end + CHUNK
    ends.append(len(raw))
    return ends


def _clean_in_pieces(raw: str, format: str) -> CleanText:
    texts: list[str] = []
    offsets = OffsetMap()
    start = 0
    for end in _piece_ends(raw):
        piece = clean(raw[start:end], format=format)
        if piece.text:
            if texts:
                texts.append("\n\n")
                offsets.insert(2, start)
            texts.append(piece.text)
            offsets.extend(piece.offsets, start)
        start = end
    return CleanText(raw=raw, text="".join(texts), offsets=offsets)


def clean(raw: str, *, format: str = "txt", steps: Sequence[str] | None = None) -> CleanText:
    """Clean ``raw`` text extracted from a document of the given format.

    Args:
        raw: the text as extracted.
        format: txt, docx, pdf, html or eml; some steps only apply to some formats.
        steps: names of the steps to run (default: every registered step, in order).

    Raises:
        KeyError: when ``steps`` names a step that does not exist.
    """
    if steps is None and len(raw) > 2 * CHUNK:
        return _clean_in_pieces(raw, format)
    context = Context(format=format)
    chosen = [STEPS[name] for name in steps] if steps is not None else list(PIPELINE)
    text = raw
    offsets = OffsetMap(len(raw))
    for item in chosen:
        edits = item.edits(text, context)
        if edits:
            text, offsets = offsets.apply(text, edits)
    return CleanText(raw=raw, text=text, offsets=offsets)


__all__ = ["CleanText", "clean"]
