"""Searching a long text only around the words every match must contain.

Python's ``re`` tries a pattern at every position of the text; a long alternation
(the names of forty police forces, the ways of saying "please find attached") costs
a great deal on a text of several thousand characters, and more when case is
ignored. :func:`anchored` and :func:`first_anchored` try the pattern only in a
window around each anchor word, and run a case-insensitive pattern as its
lower-cased twin on the lower-cased text (the same matches, found much faster).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from foidesk.read.analyse.anchor_index import anchor_positions

_UPPER_ESCAPE = re.compile(r"\\[A-Z]|\(\?P[<=]\w*[A-Z]")
"""Escapes and group names that lower-casing a pattern would change (``\\S``, ``\\B``)."""
_WORD_START: dict[re.Pattern[str], re.Pattern[str]] = {}


@cache
def _twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of a case-insensitive pattern, for lower-cased text.

    Python's ``re`` cannot skip ahead on literals it must compare without case, so a long
    case-insensitive alternation is several times slower than its lower-cased twin run on
    the lower-cased text; on text that :func:`_folds_simply` they find the same matches.
    """
    if not pattern.flags & re.IGNORECASE or _UPPER_ESCAPE.search(pattern.pattern):
        return None
    source = pattern.pattern.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


def _folds_simply(text: str, lower: str) -> bool:
    """True when ignoring case in ``text`` is the same as lower-casing it: no character
    grows when lower-cased, and no dotless i or long s (which match "i" and "s")."""
    return len(lower) == len(text) and "ı" not in lower and "ſ" not in lower


def word_start(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Register ``pattern`` (``\\b`` and then names that begin with a letter) to be searched
    without its leading ``\\b``, the boundary checked by hand: ``re`` then jumps straight to
    the names' first letters. Returns ``pattern``."""
    if not pattern.pattern.startswith(r"\b"):
        raise ValueError(f"pattern does not start with \\b: {pattern.pattern[:20]!r}")
    _WORD_START[pattern] = re.compile(pattern.pattern[2:], pattern.flags)
    return pattern


def _search(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``pattern.search(text, lo, hi)``, faster for a pattern registered by :func:`word_start`."""
    bare = _WORD_START.get(pattern)
    if bare is None:
        return pattern.search(text, lo, hi)
    match = bare.search(text, lo, hi)
    while match is not None:
        at = match.start()
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            return pattern.match(text, at, hi)
        match = bare.search(text, at + 1, hi)
    return None


def _originals(
    pattern: re.Pattern[str], text: str, found: list[re.Match[str]]
) -> list[re.Match[str]] | None:
    """The matches of ``pattern`` in ``text`` where its twin matched the lower-cased text
    (None if one differs, which :func:`_folds_simply` rules out)."""
    out = []
    for twin_match in found:
        match = pattern.match(text, twin_match.start(), twin_match.endpos)
        if match is None or match.span() != twin_match.span():
            return None
        out.append(match)
    return out


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
    A case-insensitive pattern runs as its lower-cased twin on ``lower`` when that is the same.
    """
    twin = _twin(pattern)
    if twin is not None and _folds_simply(text, lower):
        found = _originals(pattern, text, _anchored(twin, lower, lower, anchors, back, ahead))
        if found is not None:
            return found
    return _anchored(pattern, text, lower, anchors, back, ahead)


def _anchored(
    pattern: re.Pattern[str],
    text: str,
    lower: str,
    anchors: tuple[str, ...],
    back: int,
    ahead: int,
) -> list[re.Match[str]]:
    """:func:`anchored` with the pattern as given."""
    found: dict[int, re.Match[str]] = {}
    for at, size in _anchor_positions(lower, anchors):
        for match in _window_matches(pattern, text, at, size, back, ahead):
            found.setdefault(match.start(), match)
    return [found[key] for key in sorted(found)]


def _anchor_positions(lower: str, anchors: tuple[str, ...]) -> list[tuple[int, int]]:
    """Every (offset, length) of an anchor word in ``lower``, in order of offset."""
    return anchor_positions(lower, anchors)


def _window_matches(
    pattern: re.Pattern[str], text: str, at: int, size: int, back: int, ahead: int
) -> list[re.Match[str]]:
    """The matches :func:`anchored` finds around the anchor at ``at``, in order."""
    lo = max(0, at - back)
    hi = min(len(text), at + size + ahead)
    out: list[re.Match[str]] = []
    match = _search(pattern, text, lo, hi)
    while match is not None and match.start() <= at:
        if match.end() == hi < len(text):
            match = pattern.match(text, match.start()) or match
        out.append(match)
        match = _search(pattern, text, max(match.end(), match.start() + 1), hi)
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
    twin = _twin(pattern)
    if twin is not None and _folds_simply(text, lower):
        best = _first_anchored(twin, lower, lower, anchors, back, ahead, last)
        found = _originals(pattern, text, [best] if best is not None else [])
        if found is not None:
            return found[0] if found else None
    return _first_anchored(pattern, text, lower, anchors, back, ahead, last)


def _first_anchored(
    pattern: re.Pattern[str],
    text: str,
    lower: str,
    anchors: tuple[str, ...],
    back: int,
    ahead: int,
    last: bool,
) -> re.Match[str] | None:
    """:func:`first_anchored` with the pattern as given."""
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
        first = _first_window_match(pattern, text, at, size, back, ahead)
        if first is not None and (best is None or first.start() < best.start()):
            best = first
    return best


def _first_window_match(
    pattern: re.Pattern[str], text: str, at: int, size: int, back: int, ahead: int
) -> re.Match[str] | None:
    """The first of :func:`_window_matches` (None if none), without looking for the rest."""
    lo = max(0, at - back)
    hi = min(len(text), at + size + ahead)
    match = _search(pattern, text, lo, hi)
    if match is None or match.start() > at:
        return None
    if match.end() == hi < len(text):
        match = pattern.match(text, match.start()) or match
    return match


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


def finditer_lower(
    pattern: re.Pattern[str], text: str, lower: str | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, run as the pattern's lower-cased twin on the lower-cased
    text where that finds the same: the matches have the same offsets, but their groups
    are lower-cased. For callers that want only where the matches are."""
    lower = text.lower() if lower is None else lower
    twin = _twin(pattern)
    if twin is not None and _folds_simply(text, lower):
        return twin.finditer(lower)
    return pattern.finditer(text)


def finditer_at_anchors(
    pattern: re.Pattern[str], text: str, lower: str, anchors: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """:func:`finditer_lower` for a pattern whose every match *starts* with one of the
    anchors (in ``lower``, the lower-cased text): the twin is tried only where an anchor
    stands. A scan tries each offset in turn, and no match can start anywhere else, so
    the matches are the same (their groups lower-cased, as :func:`finditer_lower` gives)."""
    twin = _twin(pattern)
    if twin is None or not _folds_simply(text, lower):
        yield from finditer_lower(pattern, text, lower)
        return
    yield from matches_at(twin, lower, (at for at, _ in _anchor_positions(lower, anchors)))


def matches_at(
    pattern: re.Pattern[str], text: str, offsets: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts at one of
    ``offsets`` (in order): the pattern is tried only there, and a match hides the offsets
    it covers, as a scan's next search starts where the last match ended."""
    pos = 0
    for at in offsets:
        if at < pos:
            continue
        match = pattern.match(text, at)
        if match is not None:
            yield match
            pos = max(match.end(), at + 1)
