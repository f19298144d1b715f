"""Phase two of the citation parser: turn the parts of a citing expression into keys.

A key has four levels: section, subsection ``(1)``, paragraph ``(a)`` and
sub-paragraph ``(i)`` (see ``KEY_PATTERN`` in :mod:`foidesk.law.catalogue`).
Brackets go down a level while they can; a bracket at a level already filled
is an alternative to what was there (``31(1)(a)(b)``), so the key so far is
reported and the new one replaces it. The one real ambiguity, ``(i)``/``(v)``
/``(x)`` after a paragraph, is settled through the catalogue.
"""

from __future__ import annotations

from foidesk.law import cite_patterns as pat
from foidesk.law.catalogue import Catalogue
from foidesk.law.cite_scan import Group, Piece
from foidesk.law.model import Regime

SECTION, SUBSECTION, PARAGRAPH, SUBPARAGRAPH = range(4)
MAX_RANGE = 20
"""A range of whole sections wider than this is read as its two ends only."""

KeySpan = tuple[str, int, int]


def known(law: Catalogue, regime: Regime, key: str) -> bool:
    """Whether the catalogue has this provision (False for a regime it does not hold)."""
    try:
        return law.find(regime, key) is not None
    except KeyError:  # a small test catalogue without this regime
        return False


def format_key(path: list[str | None]) -> str:
    """``["31", "1", "a", None]`` -> ``"31(1)(a)"``."""
    head, *rest = (part for part in path if part is not None)
    return head + "".join(f"({part})" for part in rest)


def _next_letter(before: str, token: str) -> bool:
    return len(before) == len(token) == 1 and ord(token) == ord(before) + 1


class _KeyBuilder:
    """Walks the pieces of one group, reporting each key with the span of its piece."""

    def __init__(self, regime: Regime, law: Catalogue) -> None:
        self.regime = regime
        self.law = law
        self.path: list[str | None] = [None, None, None, None]
        self.dirty = False
        self.span = (0, 0)
        self.found: list[KeySpan] = []

    def emit(self) -> None:
        if self.dirty:
            self.found.append((format_key(self.path), *self.span))
            self.dirty = False

    def deepest(self) -> int:
        return max(level for level, part in enumerate(self.path) if part is not None)

    def level_of(self, token: str) -> int:
        """The level a bracket belongs at, given what is already on the path."""
        if token[0].isdigit():
            return SUBSECTION
        if not pat.ROMAN_REGEX.match(token) or self.path[PARAGRAPH] is None:
            return PARAGRAPH
        if self.path[SUBPARAGRAPH] is not None:
            return SUBPARAGRAPH
        return self._roman_level(token)

    def _roman_level(self, token: str) -> int:
        """``(i)`` after ``(h)``: sub-paragraph of (h), or paragraph (i)? Ask the catalogue."""
        paragraph = self.path[PARAGRAPH]
        assert paragraph is not None
        as_sub = format_key([*self.path[:PARAGRAPH], paragraph, token])
        as_para = format_key([*self.path[:PARAGRAPH], token, None])
        sub_known = known(self.law, self.regime, as_sub)
        para_known = known(self.law, self.regime, as_para)
        if sub_known != para_known:
            return SUBPARAGRAPH if sub_known else PARAGRAPH
        return PARAGRAPH if _next_letter(paragraph, token) else SUBPARAGRAPH

    def put(self, level: int, token: str) -> None:
        if level <= self.deepest():
            self.emit()
        self.path[level] = token
        for deeper in range(level + 1, len(self.path)):
            self.path[deeper] = None
        self.dirty = True

    def fill(self, level: int, token: str, start: int, end: int) -> None:
        """Report what lies between the last key and ``token`` in a range (``(a) to (c)``)."""
        before = self.path[level]
        if before is None or level == SUBPARAGRAPH:
            return
        between = _between(before, token)
        saved = self.path.copy()
        for middle in between:
            self.path[level] = middle
            for deeper in range(level + 1, len(self.path)):
                self.path[deeper] = None
            self.found.append((format_key(self.path), start, end))
        self.path = saved

    def add(self, piece: Piece, previous: Piece | None) -> None:
        self.emit()
        self.span = (piece.start, piece.end)
        ranged = piece.ranged and previous is not None
        range_start = previous.start if previous is not None else piece.start
        if piece.number is not None:
            if ranged and not piece.tokens and previous is not None and not previous.tokens:
                self.fill(SECTION, piece.number, range_start, piece.end)
            self.path = [piece.number, None, None, None]
            self.dirty = True
            tokens = piece.tokens
        else:
            first = piece.tokens[0]
            level = self.level_of(first)
            if ranged:
                self.fill(level, first, range_start, piece.end)
            self.put(level, first)
            tokens = piece.tokens[1:]
        for token in tokens:
            self.put(self.level_of(token), token)


def _between(before: str, after: str) -> list[str]:
    """What lies strictly between two whole numbers or two single letters, else nothing."""
    if before.isdigit() and after.isdigit():
        low, high = int(before), int(after)
        if 0 < high - low <= MAX_RANGE:
            return [str(n) for n in range(low + 1, high)]
        return []
    single = len(before) == len(after) == 1 and before.isalpha() and after.isalpha()
    if single and before.islower() and after.islower() and before < after:
        return [chr(c) for c in range(ord(before) + 1, ord(after))]
    return []


def keys_of(group: Group, regime: Regime, law: Catalogue) -> list[KeySpan]:
    """Every key a group cites, in order, each with the span of the words that cite it."""
    builder = _KeyBuilder(regime, law)
    previous: Piece | None = None
    for piece in group.pieces:
        builder.add(piece, previous)
        previous = piece
    builder.emit()
    return builder.found
