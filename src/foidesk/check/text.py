"""Text helpers for the rules: phrase patterns, sentences, content words, links, dates.

Responses arrive hard-wrapped (a PDF line break can fall inside any phrase), so
every phrase pattern here matches any run of white space between its words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n\s*\n")
URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()]+", re.IGNORECASE)


def phrases(*alternatives: str) -> re.Pattern[str]:
    """A case-insensitive pattern matching any of ``alternatives`` as whole words.

    A space in an alternative matches any run of white space (line breaks
    included); the alternatives may themselves hold regular expressions.
    """
    body = "|".join(alt.replace(" ", r"\s+") for alt in alternatives)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])", re.IGNORECASE)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` offsets of each sentence of ``text``, white space trimmed.

    A blank line ends a sentence too, except where it falls inside one (the line
    before ends in a lower-case word or a comma and the next starts in lower case),
    as page breaks in extracted PDFs often do.
    """
    start = 0
    for match in SENTENCE_END.finditer(text):
        if match.group().count("\n") >= 2 and _runs_on(text, match.start(), match.end()):
            continue
        yield from _trimmed(text, start, match.start())
        start = match.end()
    yield from _trimmed(text, start, len(text))


def _runs_on(text: str, before: int, after: int) -> bool:
    previous = text[:before].rstrip()[-1:]
    following = text[after:].lstrip()[:1]
    return bool(previous) and (previous.islower() or previous in ",;") and following.islower()


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        yield start + lead, start + lead + len(stripped)


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` offsets of each paragraph (blocks between blank lines)."""
    start = 0
    for match in re.finditer(r"\n[ \t\r\f\v]*\n", text):
        yield from _trimmed(text, start, match.start())
        start = match.end()
    yield from _trimmed(text, start, len(text))


STOPWORDS = frozenset(
    """a about above after again against all also an and any are as at be because been before
    being below between both but by can could did do does doing down during each either few
    for from further had has have having he her here hers him his how i if in into is it
    its itself just may me might more most must my neither no nor not now of off on once
    only or other our ours out over own same shall she should so some such than that the
    their them then there these they this those through to too under until up upon very was
    we were what when where which while who whom why will with within without would you
    your yours yourself whether i'm we're it's there's etc per via please thank thanks dear
    regards kind""".split()  # noqa: SIM905
)

GENERIC_WORDS = frozenset(
    """information request requested requests requester disclose disclosed disclosure
    disclosing release released releasing public interest exemption exemptions section
    sections act freedom held hold holds provide provided providing details detail copy
    copies regarding relating related relation respect know like number numbers data record
    records response respond answer answers ask asked asking year years date dates force
    council authority department police service services please""".split()  # noqa: SIM905
)
"""Words that every FOI response and request shares: no evidence of a specific argument."""


def stem(word: str) -> str:
    """A light stem: lower case, possessive and plural endings and -ing/-ed removed."""
    word = word.lower().replace("’", "'").strip("'-")
    word = word.removesuffix("'s")
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> set[str]:
    """The stems of the words of ``text`` that carry its subject.

    Stop words and the words every FOI response shares are left out.
    """
    found = set()
    for match in WORD.finditer(text):
        word = match.group().lower()
        if len(word) < 3 or word in STOPWORDS or word in GENERIC_WORDS:
            continue
        stemmed = stem(word)
        if stemmed not in GENERIC_WORDS:
            found.add(stemmed)
    return found


def word_count(text: str) -> int:
    """How many words ``text`` has."""
    return sum(1 for _ in WORD.finditer(text))


def links(text: str) -> Iterator[tuple[int, int, str]]:
    """Each web address in ``text`` as ``(start, end, url)``, trailing punctuation dropped."""
    for match in URL.finditer(text):
        url = match.group().rstrip(".,;:")
        yield match.start(), match.start() + len(url), url


MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/-]|\.\d)")
WORDED_DATE = re.compile(
    r"(?<!\w)(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
    r"\.?,?\s+(\d{4})(?!\d)",
    re.IGNORECASE,
)


def dates(text: str) -> Iterator[tuple[int, int, dt.date]]:
    """Each day-month-year date in ``text`` (UK order) as ``(start, end, date)``.

    Impossible dates (31/02/2024) are skipped: they are not dates at all.
    """
    for match in NUMERIC_DATE.finditer(text):
        day, month, year = (int(part) for part in match.groups())
        found = _date(year, month, day)
        if found is not None:
            yield match.start(), match.end(), found
    for match in WORDED_DATE.finditer(text):
        found = _date(int(match.group(3)), MONTHS[match.group(2).lower()], int(match.group(1)))
        if found is not None:
            yield match.start(), match.end(), found


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
