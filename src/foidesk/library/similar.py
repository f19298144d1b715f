"""The closest past responses to a new one, and why: ``foidesk similar FILE|--text``.

Candidates come from the full-text index (the query's key terms), from paragraphs stored
word for word, and from responses citing the same sections. Each candidate is scored on:

* key terms: cosine similarity of tf-idf vectors over the query's key terms (weight 0.5);
* reused passages: the share of the query's sentences found in the candidate, allowing
  small edits (word 3-gram Jaccard >= 0.5, as in the argument bank) (weight 0.3);
* exemptions: Jaccard similarity of the sections cited (weight 0.2).

Each result says which terms, passages and exemptions it shares.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from foidesk.library.labels import HEADING, section_of
from foidesk.library.models import StoredClaim, StoredParagraph, StoredResponse
from foidesk.library.reuse import JACCARD, MIN_WORDS
from foidesk.library.search import paragraph_frequencies, search
from foidesk.library.segment import norm_hash, sentences, shingles, words
from foidesk.library.store import labelled_blocks
from foidesk.library.terms import cosine, term_counts, top_terms, weigh
from foidesk.record.model import Response

WEIGHTS = {"terms": 0.5, "passages": 0.3, "exemptions": 0.2}
VECTOR_TERMS = 40
KEY_TERMS = 12
MAX_CANDIDATES = 100


@dataclass
class Similar:
    """A past response close to the query, with the reasons."""

    response_id: int
    source: str
    reference: str
    outcome: str
    score: float
    term_score: float
    passage_score: float
    exemption_score: float
    shared_terms: list[str] = field(default_factory=list)
    shared_passages: list[str] = field(default_factory=list)
    shared_exemptions: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The result as plain JSON data."""
        return {
            "source": self.source,
            "reference": self.reference,
            "outcome": self.outcome,
            "score": round(self.score, 4),
            "why": {
                "key_terms": self.shared_terms,
                "term_similarity": round(self.term_score, 4),
                "reused_passages": self.shared_passages,
                "passage_share": round(self.passage_score, 4),
                "exemptions": self.shared_exemptions,
                "exemption_similarity": round(self.exemption_score, 4),
            },
        }


@dataclass
class _Query:
    texts: list[str]
    sentences: list[tuple[str, set[str]]]
    weights: dict[str, float]
    rarity: dict[str, float]
    keys: list[str]
    sections: set[str]
    hashes: set[str]


def _query(response: Response, using: str) -> _Query:
    blocks = labelled_blocks(response)
    texts = [b.text for b, label in blocks if label.part != HEADING] or [b.text for b, _ in blocks]
    if response.request and response.request.text not in texts:
        texts.append(response.request.text)
    counts = term_counts(texts)
    vocabulary = top_terms({t: float(c) for t, c in counts.items()}, VECTOR_TERMS * 2)
    frequencies = paragraph_frequencies(vocabulary, using=using)
    total = StoredParagraph.objects.using(using).count()
    weights = weigh({t: counts[t] for t in vocabulary}, frequencies, total)
    weights = {t: weights[t] for t in top_terms(weights, VECTOR_TERMS)}
    rarity = weigh(dict.fromkeys(weights, 1), frequencies, total)
    units = [s for text in texts for s in sentences(text) if len(words(s)) >= MIN_WORDS]
    return _Query(
        texts=texts,
        sentences=[(s, shingles(s)) for s in units],
        weights=weights,
        rarity=rarity,
        keys=top_terms(weights, KEY_TERMS),
        sections={section_of(c.citation) for c in response.claims},
        hashes={norm_hash(t) for t in texts},
    )


def _candidates(query: _Query, exclude: set[int], using: str) -> list[int]:
    found: dict[int, None] = {}
    if query.keys:
        for hit in search(" ".join(query.keys), match="any", limit=300, using=using):
            found.setdefault(hit.response_id)
    same = StoredParagraph.objects.using(using).filter(norm_hash__in=list(query.hashes)[:500])
    found.update(dict.fromkeys(same.values_list("response_id", flat=True)[:300]))
    if query.sections:
        cited = StoredClaim.objects.using(using).filter(section__in=query.sections)
        found.update(dict.fromkeys(cited.values_list("response_id", flat=True)[:300]))
    return [rid for rid in found if rid not in exclude][:MAX_CANDIDATES]


def _shared_passages(query: _Query, texts: Iterable[str]) -> list[str]:
    index: dict[str, list[int]] = defaultdict(list)
    sizes: list[int] = []
    for text in texts:
        for sentence in sentences(text):
            grams = shingles(sentence)
            for gram in grams:
                index[gram].append(len(sizes))
            sizes.append(len(grams))
    shared = []
    for sentence, grams in query.sentences:
        overlap: dict[int, int] = defaultdict(int)
        for gram in grams:
            for other in index.get(gram, ()):
                overlap[other] += 1
        if any(n / (len(grams) + sizes[o] - n) >= JACCARD for o, n in overlap.items()):
            shared.append(sentence)
    return shared


def _score(query: _Query, row: StoredResponse, texts: list[str], sections: set[str]) -> Similar:
    counts = term_counts(texts)
    vector = {t: (1.0 + math.log(counts[t])) * w for t, w in query.rarity.items() if counts[t]}
    term_score = cosine(query.weights, vector)
    passages = _shared_passages(query, texts)
    passage_score = len(passages) / len(query.sentences) if query.sentences else 0.0
    union = query.sections | sections
    exemption_score = len(query.sections & sections) / len(union) if union else 0.0
    score = (
        WEIGHTS["terms"] * term_score
        + WEIGHTS["passages"] * passage_score
        + WEIGHTS["exemptions"] * exemption_score
    )
    return Similar(
        response_id=int(row.pk),
        source=row.source_path or row.reference or f"response {row.pk}",
        reference=row.reference,
        outcome=row.outcome,
        score=score,
        term_score=term_score,
        passage_score=passage_score,
        exemption_score=exemption_score,
        shared_terms=[t for t in query.keys if counts[t]],
        shared_passages=passages,
        shared_exemptions=sorted(query.sections & sections, key=_section_order),
    )


def _section_order(section: str) -> tuple[int, str]:
    digits = "".join(ch for ch in section if ch.isdigit())
    return (int(digits) if digits else 0, section)


def similar(
    response: Response, *, limit: int = 10, exclude_self: bool = True, using: str = "default"
) -> list[Similar]:
    """The ``limit`` stored responses closest to ``response``, closest first, with reasons.

    Args:
        response: the new response (read from a file, or built from request text).
        limit: how many to return.
        exclude_self: leave out stored copies of the same file (same sha256 or path).
        using: the database alias.
    """
    query = _query(response, using)
    exclude: set[int] = set()
    if exclude_self and (response.source.sha256 or response.source.path):
        same = StoredResponse.objects.using(using).filter(
            sha256=response.source.sha256 or "-"
        ) | StoredResponse.objects.using(using).filter(source_path=response.source.path or "-")
        exclude = {int(pk) for pk in same.values_list("pk", flat=True)}
    ids = _candidates(query, exclude, using)
    sections: dict[int, set[str]] = defaultdict(set)
    for rid, section in (
        StoredClaim.objects.using(using)
        .filter(response_id__in=ids)
        .values_list("response_id", "section")
    ):
        sections[rid].add(section)
    texts: dict[int, list[str]] = defaultdict(list)
    paragraphs = StoredParagraph.objects.using(using).filter(response_id__in=ids)
    for rid, text in paragraphs.exclude(part=HEADING).values_list("response_id", "text"):
        texts[rid].append(text)
    rows = (
        StoredResponse.objects.using(using)
        .filter(pk__in=ids)
        .only("pk", "source_path", "reference", "outcome")
    )
    results = [_score(query, row, texts[int(row.pk)], sections[int(row.pk)]) for row in rows]
    results = [r for r in results if r.score > 0]
    results.sort(key=lambda r: (-r.score, r.source))
    return results[:limit]
