"""Find passages reused across responses, allowing small edits (the argument bank's engine).

The unit compared is the sentence: forces reuse arguments a sentence or a few sentences at a
time, and the same argument sits in paragraphs cut differently from one letter to the next.

1. Every sentence of six words or more becomes a set of word 3-gram shingles.
2. MinHash signatures go into a locality-sensitive hash index (datasketch ``MinHashLSH``)
   to find candidate pairs quickly; each candidate is verified with the exact Jaccard
   similarity of the shingle sets (>= :data:`JACCARD`), so small edits ("the community
   that we serve") still match and different arguments do not.
3. Matching sentences are joined into groups; a group found in two or more responses is
   reused. Groups that always follow one another (in every response that uses them) are
   chained into one passage, so a reused paragraph is reported once, not per sentence.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from datasketch import MinHash, MinHashLSH  # type: ignore[import-untyped]

from foidesk.library.segment import jaccard, normalise, sentences, shingles, words

JACCARD = 0.5
"""Two sentences are the same argument when their 3-gram shingle sets overlap this much."""
LSH_THRESHOLD = 0.4
"""Candidate threshold of the LSH index: a little under :data:`JACCARD`, to miss fewer."""
NUM_PERM = 128
MIN_WORDS = 6
SEED = 7


@dataclass(frozen=True)
class ParagraphRef:
    """A stored paragraph, as the argument bank sees it."""

    paragraph_id: int
    response_id: int
    source: str
    """The response's source file (or its reference, for a record with no file)."""
    position: int
    text: str
    side: str = ""
    exemptions: tuple[str, ...] = ()
    """Citations the paragraph argues for (its claim's, else the response's claims)."""


@dataclass(frozen=True)
class _Unit:
    response_id: int
    seq: int
    key: str
    text: str
    paragraph: ParagraphRef


@dataclass
class Occurrence:
    """One response's copy of a reused passage."""

    response_id: int
    source: str
    text: str
    paragraph_ids: list[int]
    sides: list[str]
    exemptions: list[str]


@dataclass
class ReusedPassage:
    """A passage found in two or more responses, with every copy."""

    text: str
    members: list[Occurrence]
    sides: list[str] = field(default_factory=list)
    exemptions: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many distinct responses use the passage."""
        return len({m.response_id for m in self.members})

    @property
    def sources(self) -> list[str]:
        """The source of each response using the passage, sorted, without repeats."""
        return sorted({m.source for m in self.members})


def _units(paragraphs: Iterable[ParagraphRef]) -> list[_Unit]:
    units: list[_Unit] = []
    seq: Counter[int] = Counter()
    ordered = sorted(paragraphs, key=lambda p: (p.response_id, p.position))
    for paragraph in ordered:
        for sentence in sentences(paragraph.text):
            if len(words(sentence)) < MIN_WORDS:
                continue
            rid = paragraph.response_id
            units.append(_Unit(rid, seq[rid], normalise(sentence), sentence, paragraph))
            seq[rid] += 1
    return units


class _Joiner:
    """Union-find over sentence keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        root = self.parent.setdefault(key, key)
        while root != self.parent[root]:
            root = self.parent[root]
        while key != root:
            key, self.parent[key] = self.parent[key], root
        return root

    def join(self, left: str, right: str) -> None:
        a, b = self.find(left), self.find(right)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _similar_keys(keys: Sequence[str]) -> _Joiner:
    joiner = _Joiner()
    index = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM, weights=(0.2, 0.8))
    shingled = {key: shingles(key) for key in keys}
    for key in keys:
        joiner.find(key)
        signature = MinHash(num_perm=NUM_PERM, seed=SEED)
        signature.update_batch([s.encode("utf-8") for s in shingled[key]])
        for other in index.query(signature):
            if jaccard(shingled[key], shingled[other]) >= JACCARD:
                joiner.join(key, other)
        index.insert(key, signature)
    return joiner


def _groups(units: list[_Unit]) -> dict[tuple[int, int], str]:
    """Map (response, seq) to its group, for groups used by two or more responses."""
    joiner = _similar_keys(sorted({u.key for u in units}))
    responses: dict[str, set[int]] = defaultdict(set)
    for unit in units:
        responses[joiner.find(unit.key)].add(unit.response_id)
    return {
        (u.response_id, u.seq): joiner.find(u.key)
        for u in units
        if len(responses[joiner.find(u.key)]) > 1
    }


def _links(group_of: dict[tuple[int, int], str]) -> dict[str, str]:
    """Group g -> group h when, wherever g is used, h comes next (and only after g)."""
    after: dict[str, set[str | None]] = defaultdict(set)
    before: dict[str, set[str | None]] = defaultdict(set)
    for (rid, seq), group in group_of.items():
        after[group].add(group_of.get((rid, seq + 1)))
        before[group].add(group_of.get((rid, seq - 1)))
    links: dict[str, str] = {}
    for group, nexts in after.items():
        (only,) = nexts if len(nexts) == 1 else (None,)
        if only is not None and only != group and before[only] == {group}:
            links[group] = only
    return links


def reused_passages(paragraphs: Iterable[ParagraphRef]) -> list[ReusedPassage]:
    """Passages used by two or more responses, most used first (see the module docstring)."""
    units = _units(paragraphs)
    by_place = {(u.response_id, u.seq): u for u in units}
    group_of = _groups(units)
    links = _links(group_of)
    heads = set(group_of.values()) - set(links.values())
    passages = []
    for head in heads:
        chain = [head]
        while chain[-1] in links and links[chain[-1]] not in chain:
            chain.append(links[chain[-1]])
        starts = [place for place, group in group_of.items() if group == head]
        members = [
            _occurrence([by_place[(r, s + i)] for i in range(len(chain))]) for r, s in starts
        ]
        passages.append(_passage(members))
    passages.sort(key=lambda p: (-p.count, p.text))
    return passages


def _occurrence(units: list[_Unit]) -> Occurrence:
    first = units[0].paragraph
    ids = list(dict.fromkeys(u.paragraph.paragraph_id for u in units))
    sides = sorted({u.paragraph.side for u in units if u.paragraph.side})
    exemptions = sorted({e for u in units for e in u.paragraph.exemptions})
    text = " ".join(u.text for u in units)
    return Occurrence(first.response_id, first.source, text, ids, sides, exemptions)


def _passage(members: list[Occurrence]) -> ReusedPassage:
    members.sort(key=lambda m: (m.source, m.response_id))
    variants = Counter(normalise(m.text) for m in members)
    best = max(members, key=lambda m: (variants[normalise(m.text)], -members.index(m)))
    return ReusedPassage(
        text=best.text,
        members=members,
        sides=sorted({s for m in members for s in m.sides}),
        exemptions=sorted({e for m in members for e in m.exemptions}),
    )
