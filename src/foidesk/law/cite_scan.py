"""Phase one of the citation parser: find each citing expression and its parts.

See :mod:`foidesk.law.cite` for the grammar. Nothing here knows the statutes:
this module only finds where a citation is, what its items are, and which Act
is named around it. :mod:`foidesk.law.cite_keys` turns the parts into keys.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from foidesk.law import cite_patterns as pat
from foidesk.law.model import Regime

Family = Literal["section", "regulation", "bare"]
Named = Regime | Literal["other", "act", "regs"] | None


@dataclass(frozen=True)
class Piece:
    """One item of a citation: a number with brackets, or brackets read against the last item."""

    start: int
    end: int
    number: str | None
    tokens: tuple[str, ...]
    ranged: bool


@dataclass(frozen=True)
class Group:
    """One citing expression: introducing word, items, and the Act named around it."""

    head_start: int
    start: int
    end: int
    consumed_end: int
    family: Family
    intro_regime: Regime | None
    tail: Named
    head: Named
    pieces: tuple[Piece, ...]


def _valid_token(token: str) -> bool:
    if token[0].isdigit():
        return True
    return bool(pat.ROMAN_REGEX.match(token) or pat.PARAGRAPH_REGEX.match(token))


def _read_brackets(text: str, pos: int) -> tuple[tuple[str, ...], int]:
    tokens: list[str] = []
    while (m := pat.GROUP_REGEX.match(text, pos)) and _valid_token(m["tok"]):
        tokens.append(m["tok"])
        pos = m.end()
    return tuple(tokens), pos


def _read_item(text: str, at: int, start: int, ranged: bool) -> Piece | None:
    """A number with its brackets at ``at``, or None if there is no citation there."""
    m = pat.NUMBER_REGEX.match(text, at)
    if m is None:
        return None
    tokens, end = _read_brackets(text, m.end())
    if not tokens:
        after = text[end : end + 2]
        if after[:1].isalnum() or after[:1] == "_" or (after[:1] in ".:" and after[1:].isdigit()):
            return None
        if pat.NOT_A_CITATION_REGEX.match(text, end):
            return None
    return Piece(start, end, m["num"], tokens, ranged)


def _read_relative(text: str, at: int, ranged: bool) -> Piece | None:
    """Brackets alone after a list word (``and (3)``), read against the item before."""
    tokens, end = _read_brackets(text, at)
    if not tokens:
        return None
    start = text.index("(", at)
    return Piece(start, end, None, tokens, ranged)


def _family_of(section: str | None, regulation: str | None) -> Family | None:
    if section:
        return "section"
    return "regulation" if regulation else None


def _read_next(text: str, pos: int, family: Family, repeat: bool) -> Piece | None:
    """The next item of a list or range starting at ``pos``, if any.

    ``repeat`` allows the introducing word again ("section 24 and section 31"); it is
    not allowed after an Act named in front ("DPA s.29 and section 31": two groups).
    """
    for regex, ranged in ((pat.RANGE_SEP_REGEX, True), (pat.LIST_SEP_REGEX, False)):
        sep = regex.match(text, pos)
        if sep is None:
            continue
        at = sep.end()
        again = pat.REPEAT_INTRO_REGEX.match(text, at)
        if again is not None:
            kind = _family_of(again["section"], again["regulation"])
            if not repeat or (family != "bare" and kind != family):
                return None
            return _read_item(text, again.end(), again.start(), ranged)
        piece = _read_item(text, at, at, ranged) or _read_relative(text, at, ranged)
        if piece is not None:
            return piece
    return None


def _read_tail(text: str, pos: int) -> tuple[Named, int]:
    """The Act named just after a citation, and where its name ends."""
    m = pat.ACT_TAIL_REGEX.match(text, pos)
    if m is None:
        return None, pos
    prep = (m["prep"] or "").lower()
    named: Named = None
    if m["foisa"]:
        named = Regime.FOISA
    elif m["foia"]:
        named = Regime.FOIA
    elif m["eir"]:
        named = Regime.EIR
    elif m["act"] or m["regs"]:
        named = ("act" if m["act"] else "regs") if prep else None
    elif m["other"] and prep in ("", "of"):
        # "section 45 Code of Practice" names no other Act; "section 29 DPA" does. After
        # "under" or "in" another Act is context ("40(2) under the GDPR"), not the Act cited.
        keyword_only = pat.TITLE_KEYWORD_REGEX.fullmatch(m["other"]) is not None
        named = "other" if prep or not keyword_only else None
    elif m["doc"]:
        named = "other" if prep == "of" else None
    return (named, m.end()) if named else (None, pos)


def may_name_act_before(text: str, start: int) -> bool:
    """False when no Act can be named just before ``start``, so :func:`_read_head` need not
    search: :data:`~foidesk.law.cite_patterns.ACT_HEAD_REGEX` ends with a name (or a year),
    an optional ``)`` and white space, and every name ends as
    :data:`~foidesk.law.cite_patterns.HEAD_ENDINGS` or ``HEAD_ENDING_REGEX`` says.
    Before most citations stands "under", "of" or "in", and the search is skipped."""
    before = text[max(0, start - 16) : start]
    word = before.rstrip()
    if len(word) == len(before):
        return False
    if word.endswith(")"):
        word = word[:-1]
    return (
        word.endswith(pat.HEAD_ENDINGS)
        or word[-1:].isdigit()
        or pat.HEAD_ENDING_REGEX.search(word, max(0, len(word) - 11)) is not None
    )


def _read_head(text: str, start: int) -> tuple[Named, int]:
    """The Act named just before a citation ("FOIA s.31"), and where its name starts."""
    if not may_name_act_before(text, start):
        return None, start
    m = pat.ACT_HEAD_REGEX.search(text, max(0, start - pat.HEAD_WINDOW), start)
    if m is None:
        return None, start
    if m["foisa"]:
        return Regime.FOISA, m.start()
    if m["foia"]:
        return Regime.FOIA, m.start()
    if m["eir"]:
        return Regime.EIR, m.start()
    return "other", m.start()


def _read_group(
    text: str, start: int, at: int, family: Family, intro_regime: Regime | None
) -> Group | None:
    """The citing expression whose introducing word spans ``start``..``at``."""
    first = _read_item(text, at, start, False)
    if first is None:
        return None
    pieces = [first]
    head, head_start = _read_head(text, start)
    while True:
        tail, consumed = _read_tail(text, pieces[-1].end)
        if tail is not None:
            break
        piece = _read_next(text, pieces[-1].end, family, head is None)
        if piece is None:
            break
        pieces.append(piece)
    return Group(
        head_start=head_start,
        start=start,
        end=pieces[-1].end,
        consumed_end=max(consumed, pieces[-1].end),
        family=family,
        intro_regime=intro_regime,
        tail=tail,
        head=head,
        pieces=tuple(pieces),
    )


def scan(text: str, *, bare: bool = False) -> Iterator[Group]:
    """Every citing expression in ``text``, in order; ``bare`` also reads ``31(1)`` at the start."""
    pos = 0
    if bare:
        at = len(text) - len(text.lstrip())
        group = _read_group(text, at, at, "bare", None)
        if group is not None:
            yield group
            pos = group.consumed_end
    while (m := pat.START_REGEX.search(text, pos)) is not None:
        if m["act"]:
            act = m["act"]
            intro_regime = Regime.EIR if act.startswith("EIR") else pat.ACT_INTRO_NAMES[act]
            family: Family = "regulation" if intro_regime is Regime.EIR else "section"
        else:
            intro_regime = None
            family = "section" if m["section"] or m["sub"] else "regulation"
        group = _read_group(text, m.start(), m.end(), family, intro_regime)
        if group is None:
            pos = m.end()
            continue
        yield group
        pos = group.consumed_end


def regime_of(group: Group, default: Regime) -> Regime | None:
    """The regime a group cites, or None when it cites another Act or a document."""
    if isinstance(group.tail, Regime) or group.tail == "other":
        return None if group.tail == "other" else group.tail
    if group.intro_regime is not None:
        return group.intro_regime
    if group.head == "other":
        return None
    if isinstance(group.head, Regime):
        return group.head
    if group.family == "regulation" or group.tail == "regs":
        return Regime.EIR
    if group.family == "bare" or default is not Regime.EIR:
        return default
    return Regime.FOIA
