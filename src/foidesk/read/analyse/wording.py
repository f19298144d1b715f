"""Which way words point: towards disclosure or towards withholding.

Headings of public interest factors and the conclusions of balancing tests say
the same two things in many words: "Factors favouring Non-Disclosure",
"Considerations against complying with section 1(1)(a)", "the public interest
in maintaining the exemption outweighs ...", "the balance test favours neither
confirming nor denying". This module reads the direction from a data table of
objects (disclosure, release, confirming ... against non-disclosure,
withholding, maintaining the exemption, neither confirming nor denying) and
direction words (favouring, for, in favour of ... against), so new wordings
need a word in a table rather than a new rule. FOIA s2(1)(b) and s2(2)(b)
decide by "outweighs", so a tie ("equally balanced") favours disclosure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from foidesk.record.model import Favours

NCND_STATEMENT = (
    r"\bneither\s+confirm(?:s|ing|ed)?\s+n?or\s+den(?:y|ies|ying|ied)\b|"
    r"\b(?:refuses?|declines?|unable|not able)\s+to\s+(?:confirm\s+or\s+deny|reveal\s+whether)|"
    r"\b(?:will\s+not|cannot|can\s+not|can't)\s+(?:either\s+)?confirm\s+or\s+deny\b"
)
"""The authority's words that it neither confirms nor denies holding the information
(FOIA s1(1)(a), s2(1)): "neither confirm nor deny", "cannot confirm or deny" ..."""

WITHHOLD_WORDS = (
    r"non[- ]?disclos\w*",
    r"nondisclos\w*",
    r"non[- ]?release",
    r"not (?:to )?(?:disclos|releas|confirm|provid|publish)\w*",
    r"withh[oe]ld\w*",
    r"maintain\w*",
    r"neither\s+confirm\w*\s+n?or\s+den\w*",
    r"neither",
    r"exempt\w*",
    r"refus\w*",
    r"secrecy",
    r"protect\w*",
    r"exclu\w+",
)
"""Objects meaning the information stays withheld (or its existence unconfirmed)."""

DISCLOSE_WORDS = (
    r"disclos\w*",
    r"releas\w*",
    r"confirm\w*",
    r"comply\w*",
    r"complying",
    r"provid\w*",
    r"publi(?:sh|cation)\w*",
    r"openness",
    r"transparen\w*",
)
"""Objects meaning the information is given out (or its existence confirmed)."""

OBJECT = re.compile(
    r"\b(?:(?P<neg>" + "|".join(WITHHOLD_WORDS) + r")|(?P<pos>" + "|".join(DISCLOSE_WORDS) + r"))",
    re.IGNORECASE,
)
DIRECTION = re.compile(
    r"\b(?:(?P<against>against|not favou?ring|opposing|weighing against)"
    r"|(?P<for>in favou?r of|favou?r(?:ing|s)?|supporting|supports?|for|in))\b",
    re.IGNORECASE,
)

_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:clearly\s+|significantly\s+)?$")
_NEGATED = re.compile(r"\b(?:not|does not|do not|did not|cannot|can ?not)\s+$", re.IGNORECASE)
_OUTWEIGH = re.compile(
    r"\boutweigh(?:s|ed)?\b|\bis\s+(?:greater|stronger|weightier)\s+than\b", re.IGNORECASE
)
_FAVOURS = re.compile(
    r"\b(?:favou?rs?|favou?ring|in favou?r of|lies (?:with|in)|rests (?:with|in)|"
    r"falls in favou?r of|weighs in favou?r of)\s+",
    re.IGNORECASE,
)
_NOT_IN_PUBLIC_INTEREST = re.compile(
    r"\bnot (?:be )?in the (?:wider |best )?(?:public interest|interests? of the public) to "
    r"(?:disclos|releas|confirm|provid|publish)",
    re.IGNORECASE,
)
_STRONGER = re.compile(
    r"\b(?:is|are)\s+(?:the\s+)?(?:stronger|greater|weightier)\s*(?=[.;,]|$)", re.IGNORECASE
)
"""A comparison with its second half left out: "the public interest in maintaining the
exemption is stronger"."""
_BEST_SERVED = re.compile(
    r"\bpublic\s+interest\s+(?:is|would\s+be)\s+(?:best\s+)?served\s+by\s+", re.I
)
_CONTRARY = re.compile(
    r"\b(?:contrary\s+to|against)\s+the\s+public\s+interest\s+to\s+"
    r"(?:disclos|releas|confirm|reveal|provid|publish)",
    re.IGNORECASE,
)
"""Withholding said another way: "it would be contrary to the public interest to reveal ..."."""
_REASONABLE_TO_WITHHOLD = re.compile(
    r"\b(?:reasonable|appropriate|right)\s+(?:in\s+all\s+the\s+circumstances\s+)?to\s+"
    r"(?:withhold|maintain\s+the\s+exemption)",
    re.IGNORECASE,
)
"""The s22 wording: "it is reasonable in all the circumstances to withhold the information"."""
_LABEL_START = re.compile(r"(?:^|[.:]\s+|\n)$")
"""Before a "favour" word that opens its sentence: "In favour of disclosure, ..." is a label."""
_DUTY = re.compile(r"\bduty to confirm or deny\b", re.IGNORECASE)
"""The name of the duty (FOIA s1(6)) is not an argument for confirming or denying."""
_HAS_SUBJECT = re.compile(r"\bpublic interest\b", re.IGNORECASE)
_TIE = re.compile(r"\b(?:equally|evenly) balanced\b", re.IGNORECASE)


def object_sign(text: str) -> int:
    """+1 when the first object in ``text`` is disclosure, -1 when withholding, 0 if none."""
    match = OBJECT.search(text)
    if match is None:
        return 0
    return -1 if match.group("neg") else 1


def factor_side(heading: str) -> bool | None:
    """True when a factors heading lists factors for disclosure, False when against.

    ``None`` when the heading says neither (no direction and no object).

    Example:
        >>> factor_side("Considerations favouring Non-Disclosure")
        False
        >>> factor_side("Factors against complying with Section 1 (1) (a)")
        False
    """
    direction = DIRECTION.search(heading)
    if direction is None:
        sign = object_sign(heading)
        return None if sign == 0 else sign > 0
    towards = -1 if direction.group("against") else 1
    sign = object_sign(heading[direction.end() :]) or object_sign(heading) or 1
    return towards * sign > 0


@dataclass(frozen=True, slots=True)
class Verdict:
    """A statement of which way the public interest came out, with its offsets."""

    favours: Favours
    start: int
    end: int


def _last_object(text: str) -> int:
    sign = 0
    for match in OBJECT.finditer(text):
        sign = -1 if match.group("neg") else 1
    return sign


_INTEREST_IN = re.compile(r"\binterests?\s+in\s+", re.IGNORECASE)


def _subject_sign(before: str) -> int:
    """The side of what outweighs: the first object after its last "interest in" ("the public
    interest in withholding the report until publication outweighs ..." is withholding,
    whatever follows), else the last object before "outweighs"."""
    ends = [m.end() for m in _INTEREST_IN.finditer(before)]
    sign = object_sign(before[ends[-1] :]) if ends else 0
    return sign or _last_object(before)


def _outweigh_verdicts(text: str) -> list[Verdict]:
    verdicts = []
    for match in _OUTWEIGH.finditer(text):
        sentence_start = max(text.rfind(".", 0, match.start()), match.start() - 200, 0)
        before = _DUTY.sub("duty", text[sentence_start : match.start()])
        sign = _subject_sign(before)
        if sign == 0 and not _HAS_SUBJECT.search(before):
            sign = _last_object(
                _DUTY.sub("duty", text[max(0, match.start() - 200) : match.start()])
            )
        if sign == 0:
            sign = -object_sign(text[match.end() : match.end() + 120])
        if sign == 0:
            continue
        if _PASSIVE.search(before) or text[match.end() : match.end() + 3] == " by":
            sign = -sign
        if _NEGATED.search(before):
            sign = -sign
        favours = Favours.DISCLOSURE if sign > 0 else Favours.WITHHOLDING
        verdicts.append(Verdict(favours, match.start(), match.end()))
    return verdicts


def _is_label(text: str, match: re.Match[str]) -> bool:
    """True for "In favour of disclosure, ..." or "In favour of disclosure is ..." opening a
    sentence: a factor's label, not a verdict."""
    if not _LABEL_START.search(text, max(0, match.start() - 3), match.start()):
        return False
    rest = text[match.end() : match.end() + 50]
    words = re.match(r"(?:[\w-]+\s+){0,3}?[\w-]+(?:,|\s+(?:is|are)\s)", rest)
    return words is not None


def _partial_comparisons(text: str) -> list[Verdict]:
    """Verdicts said by one side alone: "the public interest in maintaining the exemption is
    stronger", "the public interest is best served by withholding this information"."""
    found = []
    for match in _STRONGER.finditer(text):
        sentence = max(text.rfind(".", 0, match.start()) + 1, match.start() - 200, 0)
        sign = _last_object(_DUTY.sub("duty", text[sentence : match.start()]))
        if sign:
            favours = Favours.DISCLOSURE if sign > 0 else Favours.WITHHOLDING
            found.append(Verdict(favours, match.start(), match.end()))
    for match in _BEST_SERVED.finditer(text):
        sign = object_sign(text[match.end() : match.end() + 40])
        if sign:
            favours = Favours.DISCLOSURE if sign > 0 else Favours.WITHHOLDING
            found.append(Verdict(favours, match.start(), match.end()))
    return found


def verdicts(text: str) -> list[Verdict]:
    """Every statement in ``text`` of which way the public interest came out, in order."""
    found = _outweigh_verdicts(text)
    for match in _FAVOURS.finditer(text):
        sign = object_sign(text[match.end() : match.end() + 40])
        if sign and _is_label(text, match):
            continue
        if sign:
            favours = Favours.DISCLOSURE if sign > 0 else Favours.WITHHOLDING
            found.append(Verdict(favours, match.start(), match.end()))
    for match in _NOT_IN_PUBLIC_INTEREST.finditer(text):
        found.append(Verdict(Favours.WITHHOLDING, match.start(), match.end()))
    for match in _REASONABLE_TO_WITHHOLD.finditer(text):
        found.append(Verdict(Favours.WITHHOLDING, match.start(), match.end()))
    for match in _CONTRARY.finditer(text):
        found.append(Verdict(Favours.WITHHOLDING, match.start(), match.end()))
    found.extend(_partial_comparisons(text))
    for match in _TIE.finditer(text):
        found.append(Verdict(Favours.DISCLOSURE, match.start(), match.end()))
    found.sort(key=lambda v: v.start)
    return found


@lru_cache(maxsize=256)
def conclusion(text: str) -> Verdict | None:
    """The last statement of which way the balance came out, if ``text`` has one.

    Example:
        >>> conclusion("the public interest in maintaining the exemption outweighs that "
        ...            "in disclosure").favours.value
        'withholding'
    """
    found = verdicts(text)
    return found[-1] if found else None
