"""NCND consistency: the same subject, neither confirmed nor denied here, answered there.

Neither confirming nor denying (FOIA s1(1)(a) excluded by, say, s24(2) or s31(3)) only
works if it is done consistently: once another response about the same subject has
confirmed that information is held (by disclosing it, or by refusing it under an exemption,
which admits it exists) or denied it (not held), the NCND stance is undermined, and the ICO
will ask why. This module finds such pairs in the library.

Two responses are on the same subject when their key terms (tf-idf over the request, or the
whole response where no request is quoted) are close: cosine >= :data:`MIN_SUBJECT` with at
least :data:`MIN_SHARED` shared terms, and either they cite the same exemption family (the
same section: ``31(3)`` and ``31(1)(a)`` are both s31) or the terms are very close
(>= :data:`STRONG_SUBJECT`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from foidesk.library.labels import HEADING
from foidesk.library.models import StoredClaim, StoredParagraph, StoredResponse
from foidesk.library.search import paragraph_frequencies, search
from foidesk.library.segment import sentences
from foidesk.library.terms import content_words, cosine, term_counts, top_terms, weigh

CONFIRMING = {
    "disclosed": "disclosed the information, so confirmed it is held",
    "partial": "disclosed part of the information, so confirmed it is held",
    "refused": "refused under an exemption, which confirms the information is held",
    "not_held": "said the information is not held, which denies it",
}
MIN_SUBJECT = 0.2
STRONG_SUBJECT = 0.35
MIN_SHARED = 3
SUBJECT_TERMS = 30
VOCABULARY = 80


@dataclass(frozen=True)
class Side:
    """One response of a pair, as reported."""

    response_id: int
    source: str
    reference: str
    authority: str
    outcome: str
    citations: list[str]


@dataclass
class Inconsistency:
    """An NCND response and a response on the same subject that confirmed or denied."""

    ncnd: Side
    other: Side
    stance: str
    """What the other response did: disclosed, refused (confirming), or not held (denying)."""
    subject_score: float
    shared_terms: list[str] = field(default_factory=list)
    shared_exemptions: list[str] = field(default_factory=list)
    evidence: str = ""
    """The sentence of the other response that best shows the shared subject."""

    def as_json(self) -> dict[str, Any]:
        """The pair as plain JSON data."""
        return {
            "ncnd": self.ncnd.__dict__,
            "other": self.other.__dict__,
            "why": {
                "stance": self.stance,
                "subject_similarity": round(self.subject_score, 4),
                "shared_terms": self.shared_terms,
                "same_exemption_family": self.shared_exemptions,
                "evidence": self.evidence,
            },
        }


class _Profiles:
    """Subject vectors of stored responses, computed once each."""

    def __init__(self, using: str) -> None:
        self.using = using
        self.total = StoredParagraph.objects.using(using).count()
        self.frequencies: dict[str, int] = {}
        self.vectors: dict[int, dict[str, float]] = {}
        self.texts: dict[int, list[str]] = {}

    def _text(self, rid: int) -> list[str]:
        if rid not in self.texts:
            row = StoredResponse.objects.using(self.using).only("request_text").get(pk=rid)
            rows = StoredParagraph.objects.using(self.using).filter(response_id=rid)
            body = list(rows.exclude(part=HEADING).values_list("text", flat=True))
            self.texts[rid] = [row.request_text] if row.request_text else body
        return self.texts[rid]

    def vector(self, rid: int) -> dict[str, float]:
        if rid not in self.vectors:
            counts = term_counts(self._text(rid))
            vocabulary = top_terms({t: float(c) for t, c in counts.items()}, VOCABULARY)
            missing = [t for t in vocabulary if t not in self.frequencies]
            self.frequencies.update(paragraph_frequencies(missing, using=self.using))
            weights = weigh({t: counts[t] for t in vocabulary}, self.frequencies, self.total)
            self.vectors[rid] = {t: weights[t] for t in top_terms(weights, SUBJECT_TERMS)}
        return self.vectors[rid]

    def evidence(self, rid: int, terms: set[str]) -> str:
        """The sentence of a response holding the most of ``terms``."""
        rows = StoredParagraph.objects.using(self.using).filter(response_id=rid)
        best, score = "", 0
        for text in rows.exclude(part=HEADING).values_list("text", flat=True):
            for sentence in sentences(text):
                found = len(terms & set(content_words(sentence)))
                if found > score:
                    best, score = sentence, found
        return best


def _sides(ids: Iterable[int], using: str) -> dict[int, Side]:
    citations: dict[int, list[str]] = {}
    for rid, citation in (
        StoredClaim.objects.using(using)
        .filter(response_id__in=ids)
        .values_list("response_id", "citation")
    ):
        citations.setdefault(rid, []).append(citation)
    rows = (
        StoredResponse.objects.using(using)
        .filter(pk__in=ids)
        .values_list("pk", "source_path", "reference", "authority__name", "outcome")
    )
    return {
        pk: Side(
            pk,
            path or reference or f"response {pk}",
            reference,
            name or "",
            outcome,
            citations.get(pk, []),
        )
        for pk, path, reference, name, outcome in rows
    }


def _sections(side: Side) -> set[str]:
    return {c.split("(", 1)[0] for c in side.citations}


def _candidates(profiles: _Profiles, rid: int, sections: set[str]) -> set[int]:
    keys = top_terms(profiles.vector(rid), 12)
    found = (
        {
            h.response_id
            for h in search(" ".join(keys), match="any", limit=300, using=profiles.using)
        }
        if keys
        else set()
    )
    same = StoredClaim.objects.using(profiles.using).filter(section__in=sections)
    found |= set(same.values_list("response_id", flat=True)[:500])
    confirming = StoredResponse.objects.using(profiles.using).filter(
        pk__in=found, ncnd=False, outcome__in=list(CONFIRMING)
    )
    return set(confirming.values_list("pk", flat=True))


def _compare(profiles: _Profiles, ncnd: Side, other: Side) -> Inconsistency | None:
    left, right = profiles.vector(ncnd.response_id), profiles.vector(other.response_id)
    score = cosine(left, right)
    shared = sorted(set(left) & set(right), key=lambda t: -left[t])
    family = sorted(_sections(ncnd) & _sections(other))
    if score < MIN_SUBJECT or len(shared) < MIN_SHARED:
        return None
    if not family and score < STRONG_SUBJECT:
        return None
    return Inconsistency(
        ncnd=ncnd,
        other=other,
        stance=CONFIRMING[other.outcome],
        subject_score=score,
        shared_terms=shared[:10],
        shared_exemptions=family,
        evidence=profiles.evidence(other.response_id, set(shared)),
    )


def inconsistencies(*, authority: str | None = None, using: str = "default") -> list[Inconsistency]:
    """Pairs where one response neither confirmed nor denied and another, on the same
    subject, confirmed or denied; strongest first.

    Args:
        authority: only pairs where either response is from an authority whose name
            contains this (any case).
        using: the database alias.
    """
    profiles = _Profiles(using)
    ncnd_ids = list(
        StoredResponse.objects.using(using).filter(ncnd=True).values_list("pk", flat=True)
    )
    pairs: list[Inconsistency] = []
    for rid in ncnd_ids:
        base = _sides([rid], using)[rid]
        others = _sides(_candidates(profiles, rid, _sections(base)), using)
        for other in others.values():
            found = _compare(profiles, base, other)
            if found is not None and _involves(found, authority):
                pairs.append(found)
    pairs.sort(key=lambda p: (-p.subject_score, p.ncnd.source, p.other.source))
    return pairs


def _involves(pair: Inconsistency, authority: str | None) -> bool:
    if not authority:
        return True
    wanted = authority.lower()
    return wanted in pair.ncnd.authority.lower() or wanted in pair.other.authority.lower()
