"""How sure the reader is of a record, and whether the text is an FOI response at all.

A text is read as a response to an information request when it speaks the
language of the regimes (the Acts, exemptions, the public interest, the duty
to confirm or deny, the Information Commissioner) and either addresses a
requester ("your request", "you asked", "please find") or carries the headed
reasoning of a refusal (harm, factors, balance). A recipe, a news article, an
invoice or lorem ipsum does neither and is marked ``is_foi_response=False``.

Confidence starts high and falls for each thing the reader could not do, each
with a note a person can act on; a record whose outcome could not be read at
all falls below 0.5.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from foidesk.read.analyse.anchor_index import lowered
from foidesk.read.analyse.anchors import finditer_at_anchors
from foidesk.record.model import Outcome, Response

LAW_KEYWORDS = (
    "freedom of information",
    "foi",
    "environmental information regulations",
    "exempt",
    "public interest",
    "confirm or deny",
    "confirm nor deny",
    "information commissioner",
    "section ",
    "regulation ",
    "disclos",
    "request for information",
    " held",
    "cost limit",
    "appropriate limit",
    "vexatious",
    "internal review",
)
"""Words of the access regimes (looked for in the lower-cased text); each counts once. The
internal review is the regimes' own remedy (FOIA s17(7), s45 code; FOISA s20; EIR reg 11)."""

TO_REQUESTER = r"\byour (?:request|e-?mail|letter|questions?)\b|\byou (?:asked|requested)\b"
"""Words that answer someone's request ("your request", "you asked")."""
RESPONSE_WORDS = re.compile(
    TO_REQUESTER + r"|\byou wrote\b|"
    r"\bthank you for your\b|\bplease find\b|\binternal review\b|\b(?:we|i) (?:can|cannot|"
    r"am able|are able|hold|do not hold|have considered)\b|\bneither confirm\b|"
    r"\bthe (?:force|council|department|authority|trust)\b",
    re.IGNORECASE,
)
"""Words addressed to a requester."""
RESPONSE_STARTS = (
    "you",
    "thank you",
    "please find",
    "internal review",
    "we ",
    "i ",
    "neither",
    "the ",
)
"""The words every match of :data:`RESPONSE_WORDS` starts with (after its ``\\b``)."""

REASONING_KINDS = frozenset({"harm", "factors_for", "factors_against", "balance", "exemption"})


@dataclass(slots=True)
class Assessment:
    """The verdict on a record: is it a response, how sure, and why."""

    is_foi_response: bool
    confidence: float
    notes: list[str] = field(default_factory=list)


STRONG_LAW_KEYWORDS = (
    "freedom of information",
    "environmental information regulations",
    "confirm nor deny",
    "confirm or deny",
    "information commissioner",
    "exemption",
)
"""Words that only the regimes use: each counts a second time."""


PRESS_MARKERS = (
    "for immediate release",
    "notes to editors",
    "press release",
    "news release",
    "media release",
)
"""Words of a press release: with nothing addressed to a requester, not a response."""
_TO_REQUESTER = re.compile(TO_REQUESTER)


def _press_release(lower: str, response: Response) -> bool:
    """True for a press release that mentions the Act but answers no one (no claims, no
    "your request")."""
    if response.claims or not any(marker in lower for marker in PRESS_MARKERS):
        return False
    return _TO_REQUESTER.search(lower) is None


def _distinct(
    pattern: re.Pattern[str], text: str, lower: str, starts: tuple[str, ...], limit: int = 4
) -> int:
    """How many different matches of ``pattern`` the text has, counting up to ``limit``
    (every match starts with one of ``starts``)."""
    seen: set[str] = set()
    for match in finditer_at_anchors(pattern, text, lower, starts):
        seen.add(match.group(0).lower())
        if len(seen) >= limit:
            break
    return len(seen)


def law_words(lower: str, *, enough: int | None = None) -> int:
    """How many words of the regimes ``lower`` has (:data:`LAW_KEYWORDS`, and
    :data:`STRONG_LAW_KEYWORDS` once more), counting only up to ``enough`` when given."""
    count = 0
    for word in LAW_KEYWORDS + STRONG_LAW_KEYWORDS:
        if word in lower:
            count += 1
            if count == enough:
                break
    return count


OUTSIDE_NOTE = (
    "The writer says the Act does not apply to it (not a public authority for its purposes): "
    "the outcome is other and the provisions it cites are mentions."
)
OUTSIDE_CONFIDENCE = 0.8
"""The confidence of a record whose outcome is other because the Act does not apply."""


def assess(text: str, response: Response, *, outside: bool = False) -> Assessment:
    """Judge whether ``text`` is an FOI response and how far its record can be trusted.

    With ``outside`` (the writer says the Act does not apply to it: FOIA s3, Schedule 1)
    the outcome is other for a known reason: a note says so, instead of an unread outcome.
    """
    verdict = _judge(text, response, outside)
    if outside:
        verdict.notes.append(OUTSIDE_NOTE)
    return verdict


def _judge(text: str, response: Response, outside: bool) -> Assessment:
    """:func:`assess` but for the note on a writer outside the Act."""
    lower = lowered(text)
    addressed = _distinct(RESPONSE_WORDS, text, lower, RESPONSE_STARTS, limit=3)
    reasoning = sum(1 for s in response.sections if s.kind in REASONING_KINDS)
    # The count itself is needed only for the note on a text that is not a response; a
    # response with claims has enough words of the regimes whatever the text says.
    law = 2 if response.claims else law_words(lower, enough=2)
    if _press_release(lower, response):
        return Assessment(
            False,
            0.1,
            [
                "This text reads as a press release (it has the words of one and answers no "
                "request), not as a response to an information request."
            ],
        )
    if law < 2 or (addressed == 0 and reasoning < 2 and not response.claims):
        law = law_words(lower)
        return Assessment(
            False,
            0.1,
            [
                "This text does not read as a response to an information request: it has "
                f"{law} word(s) of the FOI, FOISA or EIR regimes and {addressed} addressed to a "
                "requester. Check that the right file was given."
            ],
        )
    score = 1.0
    notes: list[str] = []
    if response.outcome is Outcome.OTHER and not outside:
        score -= 0.5
        notes.append(
            "Could not tell how the request was answered (disclosed, refused, not held ...): "
            "no decision wording or exemption was found. Read the response and set the outcome."
        )
    if reasoning >= 2 and not response.claims:
        score -= 0.3
        notes.append(
            "The text has headed reasoning (harm or public interest) but no exemption could be "
            "read from it; the citation may be missing or written in an unusual way."
        )
    if response.reference is None:
        score -= 0.05
        notes.append("No reference number was found.")
    if response.authority is None:
        score -= 0.05
        notes.append("The authority's name was not found.")
    if len(text.strip()) < 200:
        score -= 0.2
        notes.append("The text is very short; the record may be incomplete.")
    if outside and response.outcome is Outcome.OTHER:
        score = max(score - 0.5, OUTSIDE_CONFIDENCE)
    return Assessment(True, round(max(0.05, min(1.0, score)), 2), notes)
