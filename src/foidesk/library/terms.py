"""Key terms of a text: the content words that say what a request or response is about.

Words are folded to lower case, stripped of a plural ``s`` (so "attacks" meets "attack"),
and stop words are dropped. Weights are term frequency times inverse document frequency
over the library's paragraphs, so words every letter uses ("police", "information",
"public") weigh little and the subject ("cyber", "supplier", "firearms") weighs most.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping

from foidesk.library.segment import words

_STOP_TEXT = """
a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each
either etc few for from further had has have having he her here hers him his how i if
in into is it its itself just may me might more most must my no nor not now of off on
once only or other our ours out over own same shall she should so some such than that
the their theirs them then there these they this those through to too under until up
upon us very was we were what when where whether which while who whom why will with
within without would you your yours
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())
MIN_LENGTH = 3


def stem(word: str) -> str:
    """A light stem: ``attacks`` -> ``attack``, ``breaches`` -> ``breach``."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_words(text: str) -> list[str]:
    """The stemmed content words of ``text``, in order (stop words and numbers dropped)."""
    return [
        stem(w)
        for w in words(text)
        if len(w) >= MIN_LENGTH and w not in STOP_WORDS and not w.isdigit()
    ]


def term_counts(texts: Iterable[str]) -> Counter[str]:
    """How often each content word occurs in the texts."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(content_words(text))
    return counts


def weigh(
    counts: Mapping[str, int], frequencies: Mapping[str, int], total: int
) -> dict[str, float]:
    """tf-idf weight of each term: ``(1 + log tf) * idf`` with a smoothed idf."""
    weights = {}
    for term, count in counts.items():
        rarity = math.log((total + 1) / (frequencies.get(term, 0) + 1)) + 1.0
        weights[term] = (1.0 + math.log(count)) * rarity
    return weights


def top_terms(weights: Mapping[str, float], size: int) -> list[str]:
    """The ``size`` heaviest terms, heaviest first (ties in alphabetical order)."""
    return [t for t, _ in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:size]]


def cosine(left: Mapping[str, float], right: Mapping[str, float]) -> float:
    """Cosine similarity of two sparse vectors (0.0 when either is empty)."""
    dot = sum(value * right.get(term, 0.0) for term, value in left.items())
    norm = math.sqrt(sum(v * v for v in left.values())) * math.sqrt(
        sum(v * v for v in right.values())
    )
    return dot / norm if norm else 0.0
