"""The offset map from cleaned text back to the raw text it came from.

Cleaning deletes, replaces and inserts characters, but every span in a Response
points into the *raw* text (``Response.source.text``). The map is a list of
segments that cover the cleaned text from start to end, in order; each segment
says which range of the raw text it came from and whether it is a plain copy
(character for character) or a substitution (a run of cleaned characters that
stands for a run of raw characters, such as ``&amp;`` → ``&``).

Segments are kept in compact arrays, so the map of a large document costs a few
machine words per edit, not per character.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable
from typing import NamedTuple


class Edit(NamedTuple):
    """Replace ``text[start:end]`` by ``replacement`` (empty to delete, start == end to insert)."""

    start: int
    end: int
    replacement: str


class OffsetMap:
    """Segments mapping a cleaned text onto its raw text.

    Args:
        length: length of the text the map starts from (the identity map of the raw text).
    """

    __slots__ = ("_exact", "_r_end", "_r_start", "_t_start", "length")

    def __init__(self, length: int = 0) -> None:
        self._t_start = array("q")
        self._r_start = array("q")
        self._r_end = array("q")
        self._exact = bytearray()
        self.length = length
        if length:
            self._append(0, 0, length, True)

    def __len__(self) -> int:
        return len(self._t_start)

    def _append(self, t_start: int, r_start: int, r_end: int, exact: bool) -> None:
        if exact and self._exact and self._exact[-1] and self._r_end[-1] == r_start:
            self._r_end[-1] = r_end
            return
        self._t_start.append(t_start)
        self._r_start.append(r_start)
        self._r_end.append(r_end)
        self._exact.append(1 if exact else 0)

    def _segment(self, index: int) -> int:
        return bisect_right(self._t_start, index) - 1

    def position(self, index: int) -> int:
        """The raw offset where the cleaned character at ``index`` starts."""
        if not self._t_start:
            return 0
        if index >= self.length:
            return self._r_end[-1]
        seg = self._segment(index)
        if self._exact[seg]:
            return self._r_start[seg] + index - self._t_start[seg]
        return self._r_start[seg]

    def raw_range(self, start: int, end: int) -> tuple[int, int]:
        """The raw range ``[start, end)`` of cleaned text came from (empty for an empty range)."""
        if start >= end or not self._t_start:
            point = self.position(start)
            return point, point
        first = self._segment(start)
        last = self._segment(end - 1)
        if self._exact[first]:
            raw_start = self._r_start[first] + start - self._t_start[first]
        else:
            raw_start = self._r_start[first]
        if self._exact[last]:
            raw_end = self._r_start[last] + end - self._t_start[last]
        else:
            raw_end = self._r_end[last]
        return raw_start, max(raw_start, raw_end)

    def copied(self, index: int) -> bool:
        """True when the cleaned character at ``index`` is an unchanged copy of a raw one."""
        if not 0 <= index < self.length:
            return False
        return bool(self._exact[self._segment(index)])

    def extend(self, other: OffsetMap, raw_shift: int) -> None:
        """Append the map of a later piece of text whose raw text starts at ``raw_shift``."""
        shift = self.length
        for seg in range(len(other._t_start)):
            self._append(
                other._t_start[seg] + shift,
                other._r_start[seg] + raw_shift,
                other._r_end[seg] + raw_shift,
                bool(other._exact[seg]),
            )
        self.length += other.length

    def insert(self, size: int, raw_at: int) -> None:
        """Append ``size`` characters of new text that stand at raw offset ``raw_at``."""
        self._append(self.length, raw_at, raw_at, False)
        self.length += size

    def _copy_range(self, into: OffsetMap, start: int, end: int, shift: int) -> None:
        """Append this map's segments restricted to text ``[start, end)``, moved by ``shift``."""
        t_starts, r_starts, r_ends, exact = self._t_start, self._r_start, self._r_end, self._exact
        count = len(t_starts)
        append = into._append
        seg = self._segment(start)
        while seg < count and t_starts[seg] < end:
            t_start = t_starts[seg]
            lo = t_start if t_start > start else start
            t_end = t_starts[seg + 1] if seg + 1 < count else self.length
            hi = t_end if t_end < end else end
            if exact[seg]:
                r_lo = r_starts[seg] + lo - t_start
                append(lo + shift, r_lo, r_lo + hi - lo, True)
            else:
                append(lo + shift, r_starts[seg], r_ends[seg], False)
            seg += 1

    def apply(self, text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
        """Apply sorted, non-overlapping edits to ``text``; return the new text and its map.

        Raises:
            ValueError: when the edits overlap, are out of order, or fall outside the text.
        """
        pieces: list[str] = []
        result = OffsetMap()
        pos = 0
        out = 0
        for start, end, replacement in edits:
            if start < pos or end < start or end > len(text):
                raise ValueError(f"edit {start}:{end} overlaps or is out of order (at {pos})")
            if start > pos:
                self._copy_range(result, pos, start, out - pos)
                pieces.append(text[pos:start])
                out += start - pos
            if replacement:
                raw_start, raw_end = self.raw_range(start, end)
                result._append(out, raw_start, raw_end, False)
                pieces.append(replacement)
                out += len(replacement)
            pos = end
        if pos < len(text):
            self._copy_range(result, pos, len(text), out - pos)
            pieces.append(text[pos:])
            out += len(text) - pos
        result.length = out
        if not pieces:
            return "", result
        return (pieces[0] if len(pieces) == 1 else "".join(pieces)), result
