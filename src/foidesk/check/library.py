"""Paragraph libraries: how often a passage appears word for word in other responses.

The boilerplate rule (BP02) asks a :class:`ParagraphLibrary` how many *other*
responses contain each passage of the response being checked. The future
precedent library will implement the protocol over its database; here is an
in-memory one built from a set of responses, used by ``foidesk check DIR``
(every other file in the folder is the library) and by the tests.

Passages are compared as sentences of eight words or more, after folding case,
punctuation and white space, so a hard line break from a PDF or a different
paragraph layout does not hide a copy.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from typing import Protocol

from foidesk.check.text import sentences, word_count
from foidesk.record.model import Response

MIN_WORDS = 8
"""Shorter sentences ("Balancing test") are shared by every response and prove nothing."""


def normalise(passage: str) -> str:
    """``passage`` folded for comparison: lower case, words only, single spaces."""
    return " ".join(re.findall(r"[a-z0-9]+", passage.lower().replace("’", "'")))


def digest(passage: str) -> str:
    """The key a library stores ``passage`` under (a hash of its normalised form)."""
    return hashlib.sha1(normalise(passage).encode("utf-8"), usedforsecurity=False).hexdigest()[:20]


def units(text: str) -> Iterator[tuple[int, int, str]]:
    """The passages of ``text`` a library compares: ``(start, end, digest)`` per sentence."""
    for start, end in sentences(text):
        if word_count(text[start:end]) >= MIN_WORDS:
            yield start, end, digest(text[start:end])


def response_key(response: Response) -> str:
    """A stable key for a response: its file's hash, else its path, else its text's hash."""
    if response.source.sha256:
        return response.source.sha256
    if response.source.path:
        return response.source.path
    text = response.source.text or response.model_dump_json()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ParagraphLibrary(Protocol):
    """Anything that can say how many responses contain a passage."""

    def count(self, passage_digest: str, *, excluding: str | None = None) -> int:
        """How many responses contain the passage, not counting the one keyed ``excluding``."""
        ...


class InMemoryLibrary:
    """A :class:`ParagraphLibrary` over a set of responses held in memory.

    Example:
        >>> from foidesk.record import Response, Source
        >>> text = "The public interest is not what interests the public at large."
        >>> lib = InMemoryLibrary.from_responses([Response(source=Source(text=text))])
        >>> lib.count(digest(text))
        1
    """

    def __init__(self) -> None:
        self._holders: dict[str, set[str]] = {}

    @classmethod
    def from_responses(cls, responses: Iterable[Response]) -> InMemoryLibrary:
        """A library holding every passage of every response with source text."""
        library = cls()
        for response in responses:
            library.add(response)
        return library

    def add(self, response: Response) -> None:
        """Add the passages of ``response`` (nothing, if it has no source text)."""
        key = response_key(response)
        for _, _, passage_digest in units(response.source.text or ""):
            self._holders.setdefault(passage_digest, set()).add(key)

    def count(self, passage_digest: str, *, excluding: str | None = None) -> int:
        """How many responses contain the passage, not counting ``excluding``."""
        holders = self._holders.get(passage_digest, set())
        return len(holders - {excluding}) if excluding is not None else len(holders)
