"""Where the anchor words stand in a lower-cased text, found in one pass and remembered.

The anchored searches (:mod:`foidesk.read.analyse.anchors`) start from the places their
anchor words stand. A response is searched for about ninety such words, by a dozen
steps, in two texts (the cleaned one and the raw one); one ``str.find`` scan a word
read every text some ninety times over. Here one Aho-Corasick automaton
(``pyahocorasick``) holding every anchor word asked for so far finds them all in one
pass, and the positions of the last few texts are remembered, so each text is read once.
Without ``pyahocorasick`` each word is found with ``str.find`` (the same positions).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

try:  # a dependency; without it (an environment not yet reinstalled) words are found one by one
    import ahocorasick

    AUTOMATON = True
except ImportError:  # pragma: no cover
    AUTOMATON = False

MAX_TEXTS = 4
"""How many texts' positions are remembered (a document's cleaned and raw texts)."""
MAX_LENGTH = 1 << 20
"""Longer texts are scanned each time, not remembered (the cache must not keep them alive)."""

_lock = threading.Lock()
_words: set[str] = set()
_automaton: Any = None
_cache: dict[str, dict[str, list[int]]] = {}
_lowered: list[tuple[str, str]] = []


def lowered(text: str) -> str:
    """``text.lower()``, worked out once for each of the last few texts: the steps of the
    reader each want the cleaned (or raw) text in lower case, and lower-casing a text that
    is not ASCII costs several microseconds a kilobyte."""
    for seen, lower in _lowered:
        if seen is text:
            return lower
    lower = text.lower()
    if len(text) <= MAX_LENGTH:
        _lowered.insert(0, (text, lower))
        del _lowered[MAX_TEXTS:]
    return lower


def find_all(text: str, word: str) -> list[int]:
    """Every offset of ``word`` in ``text`` (overlapping ones too), by ``str.find``."""
    found: list[int] = []
    at = text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _build(words: Iterable[str]) -> Any:
    """An automaton that finds ``words``."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, (word, len(word) - 1))
    automaton.make_automaton()
    return automaton


def _register(words: Iterable[str]) -> Any:
    """Add ``words`` to the automaton (rebuilt, the remembered positions dropped)."""
    global _automaton
    with _lock:
        new = {word for word in words if word} - _words
        if new:
            _words.update(new)
            _automaton = _build(sorted(_words))
            _cache.clear()
        return _automaton


def _scan(lower: str, automaton: Any) -> dict[str, list[int]]:
    """The offsets of every word of ``automaton`` in ``lower``, by word (absent when none)."""
    found: dict[str, list[int]] = {}
    for end, (word, back) in automaton.iter(lower):
        offsets = found.get(word)
        if offsets is None:
            found[word] = [end - back]
        else:
            offsets.append(end - back)
    return found


def _remember(lower: str, found: dict[str, list[int]]) -> None:
    """Keep the offsets found in ``lower`` for the next step that asks (a few texts)."""
    if len(lower) <= MAX_LENGTH:
        if len(_cache) >= MAX_TEXTS:
            _cache.pop(next(iter(_cache)), None)
        _cache[lower] = found


def _index(lower: str, anchors: tuple[str, ...]) -> dict[str, list[int]]:
    """Offsets by word in ``lower``, of every registered word (``anchors`` among them); a
    word not in the dictionary does not occur. Each text is scanned once."""
    automaton = _automaton
    if automaton is None or not _words.issuperset(filter(None, anchors)):
        automaton = _register(anchors)
    found = _cache.get(lower)
    if found is None:
        found = _scan(lower, automaton)
        _remember(lower, found)
    return found


def _found_one_by_one(lower: str, anchors: tuple[str, ...]) -> dict[str, list[int]]:
    """Offsets by word in ``lower`` of ``anchors`` at least, by ``str.find`` (without
    pyahocorasick), each word found once a text."""
    found = _cache.get(lower)
    if found is None:
        found = {}
        _remember(lower, found)
    for anchor in anchors:
        if anchor not in found:
            found[anchor] = find_all(lower, anchor)
    return found


def anchor_positions(lower: str, anchors: tuple[str, ...]) -> list[tuple[int, int]]:
    """Every (offset, length) of an anchor word in ``lower``, in order of offset (then length).

    The same list as finding each anchor with ``str.find`` (:func:`find_all`) and sorting.
    """
    found = _index(lower, anchors) if AUTOMATON else _found_one_by_one(lower, anchors)
    out: list[tuple[int, int]] = []
    for anchor in anchors:
        offsets = found.get(anchor) if anchor else find_all(lower, anchor)
        if offsets:
            size = len(anchor)
            out.extend([(at, size) for at in offsets])
    out.sort()
    return out
