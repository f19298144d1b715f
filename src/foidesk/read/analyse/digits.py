"""Scanning for patterns that start with a digit, trying them only at the digits.

Python's ``re`` cannot skip ahead to a ``\\d`` the way it skips to a literal: a pattern
that opens with ``\\d`` is tried at every character, about ten nanoseconds each, so a
few such patterns cost a good part of reading a letter. Most letters hold a few dozen
digits; :func:`finditer_digits` finds them with ``str.find`` and tries the pattern only
there, giving the same matches as ``pattern.finditer(text)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from foidesk.read.analyse.anchors import matches_at

_ASCII_BYTES = bytes(range(128))
_DIGITS = "0123456789"


def digit_positions(text: str) -> list[int] | None:
    """Every offset in ``text`` that ``\\d`` matches, in order; None when the text holds a
    decimal digit outside ASCII ("٣"), which ``\\d`` matches but ``str.find`` of the ten
    ASCII digits would miss (the caller then scans the usual way)."""
    if not text.isascii():
        rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
        if any(char.isdecimal() for char in rest.decode("utf-8", "surrogatepass")):
            return None
    found: list[int] = []
    for digit in _DIGITS:
        at = text.find(digit)
        while at >= 0:
            found.append(at)
            at = text.find(digit, at + 1)
    found.sort()
    return found


def finditer_digits(
    pattern: re.Pattern[str], text: str, positions: list[int] | None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts with ``\\d``,
    tried only at ``positions`` (from :func:`digit_positions`; None scans the usual way).

    A search tries each offset in turn and takes the first that matches; where no digit
    stands no match can start, so trying the digits alone finds the same matches.
    """
    if positions is None:
        yield from pattern.finditer(text)
        return
    yield from matches_at(pattern, text, positions)
