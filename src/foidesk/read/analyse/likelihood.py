"""The level of likelihood a harm statement claims (Hogan v IC, EA/2005/0026, step 3).

A prejudice-based exemption applies where disclosure "would" prejudice (more
probable than not) or "would be likely to" prejudice (a real and significant
risk). Responses write the lower level in many ways ("would be likely to",
"would likely", "is likely to", "could", "may", "might"). The explicit term of
art wins wherever it stands; otherwise the first modal verb followed by a verb of
prejudice ("would prejudice", "could damage") sets the level, or failing that the
first modal verb of the statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foidesk.read.analyse.anchors import finditer_lower
from foidesk.record.model import Likelihood

LIKELY = re.compile(
    r"\bwould\s+(?:(?:therefore|also|still|then|in\s+turn)\s+)?(?:be\s+)?(?:very\s+|highly\s+)?"
    r"likely\s+to\b|\bwould\s+likely\b|"
    r"\breal\s+and\s+significant\s+risk\b|\b(?:is|are)\s+(?:very\s+|highly\s+)?likely\s+to\s+"
    r"(?:prejudice|harm|endanger|damage|undermine|inhibit|compromise|assist|allow|enable|put|"
    r"affect|reveal|jeopardi[sz]e)\b",
    re.IGNORECASE,
)
"""The term of art for the lower level, and its close variants."""

MODAL = re.compile(r"\b(?P<would>would|will)\b|\b(?P<lower>could|may|might)\b", re.IGNORECASE)
"""Modal verbs: "would" (the higher level) or "could"/"may"/"might" (the lower)."""

LAW_WINDOW = 160
"""How far before "would ..." the words describing the law are looked for."""
STATUTE_PAIR = re.compile(r"\bwould,?\s+or\s+would\s+be\s+likely\s+to,?", re.IGNORECASE)
"""The statute's own words for both levels (FOIA s31(1), "would, or would be likely to,")."""
DESCRIBES_LAW = re.compile(
    r"\b(?:exempts?|is\s+exempt|applies(?:\s+to)?|covers|provides\s+that|engaged|allows\s+"
    r"(?:\w+\s+){0,3}?to\s+(?:refuse|withhold)(?:\s+to\s+disclose)?)\s+(?:\w+\s+){0,4}?"
    r"(?:whose|which|where|if|when|that)\s+(?:its\s+|the\s+)?(?:disclosure|release)?"
    r"(?:\s+under\s+this\s+Act)?\s*$",
    re.IGNORECASE,
)
"""Words before "would ... prejudice" that make it the statute's test, not a harm ("exempts
information whose disclosure would, or would be likely to, ..."): where the law is quoted,
the harm statement's level is set by its other words."""
_NOT_MERELY = re.compile(
    r"\bnot\s+(?:merely|simply|just|only)\s+(?:that\s+)?(?:\w+\s+){0,2}$", re.I
)
"""Words that set the lower level aside: "would prejudice ..., and not merely that it would
be likely to"."""

PREJUDICE_AFTER = re.compile(
    r"\s+(?:(?:therefore|also|then|thus|in\s+turn|clearly|seriously|significantly)\s+)?"
    r"(?:prejudic|harm|endanger|damag|undermin|inhibit|compromis|jeopardi[sz]|impair|"
    r"adversely\s+affect|put\s+\w+(?:\s+\w+)?\s+at\s+risk)"
)
"""A verb of prejudice right after a modal: the modal that states the level of the harm
("This would prejudice ...") rather than of a step towards it ("individuals could
arrange their affairs ...")."""
_NOT_HARM = re.compile(r"^\s+(?:not|also|therefore)?\s*(?:help|be\s+useful|reassure)", re.I)


@dataclass(frozen=True, slots=True)
class LikelihoodFinding:
    """The level claimed and the offsets of the words that claim it."""

    likelihood: Likelihood
    start: int | None = None
    end: int | None = None


def find_likelihood(text: str) -> LikelihoodFinding:
    """The likelihood claimed in a harm statement.

    Example:
        >>> find_likelihood("Disclosure would be likely to prejudice ...").likelihood.value
        'would_be_likely'
        >>> find_likelihood("Disclosure would reveal tactics.").likelihood.value
        'would'
    """
    lower = text.lower()  # both patterns run as their lower-cased twins (the same spans)
    pairs = [
        m.span()
        for m in finditer_lower(STATUTE_PAIR, text, lower)
        if DESCRIBES_LAW.search(text, max(0, m.start() - LAW_WINDOW), m.start())
    ]
    for likely in finditer_lower(LIKELY, text, lower):
        if _inside(likely.start(), pairs) or _NOT_MERELY.search(
            lower, max(0, likely.start() - 40), likely.start()
        ):
            continue
        return LikelihoodFinding(Likelihood.WOULD_BE_LIKELY, likely.start(), likely.end())
    modals = [
        m
        for m in finditer_lower(MODAL, text, lower)
        if not _inside(m.start(), pairs) and not _NOT_HARM.match(text[m.end() : m.end() + 30])
    ]
    chosen = next((m for m in modals if PREJUDICE_AFTER.match(lower, m.end())), None)
    chosen = chosen or (modals[0] if modals else None)
    if chosen is not None:
        level = Likelihood.WOULD if chosen.group("would") else Likelihood.WOULD_BE_LIKELY
        return LikelihoodFinding(level, chosen.start(), chosen.end())
    if pairs:
        return LikelihoodFinding(Likelihood.WOULD_BE_LIKELY, pairs[0][0], pairs[0][1])
    return LikelihoodFinding(Likelihood.UNSTATED)


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)
