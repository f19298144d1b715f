"""Numbered questions and the answer to each, with its own outcome.

Requests often ask several things ("1. How many ...? 2. Please provide ...").
Responses answer them one by one in a few layouts: the question then
"Answer:"/"Response:"/"A1:" under it; the question then its answer paragraph;
or the request listed in full and then the answers numbered again. Each
answer's outcome is read from its own words and the provisions it cites,
by the same rules as the whole response.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from foidesk.law.catalogue import Catalogue
from foidesk.law.cite import FoundCitation
from foidesk.law.model import Regime
from foidesk.read.analyse.document import Doc
from foidesk.read.analyse.items import ITEM, Item, items, pair, question_of, split_bare
from foidesk.read.analyse.outcome import SIGNALS, decide, signals
from foidesk.record.model import Answer, Claim, Outcome

ANSWER_LABEL = re.compile(
    r"^(?:\*\*)?(?:A(?:nswer)?\s*\d{0,2}|Response\s*\d{0,2}|Reply|Our response|"
    r"(?:West Midlands Police|Force|Council) response)\s*[.:)\-–]\s*(?:\*\*)?\s*",
    re.IGNORECASE,
)
"""A label that opens an answer: "Answer:", "A1:", "Response:"."""

QUESTION_LIKE = re.compile(
    r"\?\s*$|^(?:how|what|when|which|who|where|why|is|are|does|do|did|has|have|can|could|"
    r"please|provide|a copy|copies|copy|details|the number|number|list|any|whether|total|"
    r"confirm|all|information|i would like|state)\b",
    re.IGNORECASE,
)


def _own_text(item: Item) -> tuple[str, int, int]:
    """A labelled answer's own text: after its label, with the lines under it."""
    match = ITEM.match(item.line.text)
    lead = match.start("text") if match else 0
    lines = [item.line, *item.answer_lines]
    text = " ".join([item.line.text[lead:], *(ln.text for ln in lines[1:])]).strip()
    return text, item.line.start + lead, lines[-1].end


def _same_question(item: Item, again: Item) -> bool:
    """True when a numbered item repeats the question (the answer follows it)."""
    first, second = _words(question_of(item)), _words(question_of(again))
    return bool(first) and first[:8] == second[:8]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _answer_text(item: Item) -> tuple[str, int, int] | None:
    if item.answered_by is None and not item.bare and _labelled_answer(item):
        return _own_text(item)
    source = item.answered_by
    row = (source or item).row
    if row is not None:
        return (row.answer, row.start, row.end) if row.answer else None
    lead = 0
    if item.bare and source is None:
        lines = split_bare(item)[1]
    elif source is not None and source.bare:
        lines = split_bare(source)[1]
    elif source is None:
        lines = list(item.answer_lines)
    elif _same_question(item, source):
        lines = list(source.answer_lines)
    else:
        lines = [source.line, *source.answer_lines]
        first = ITEM.match(source.line.text)
        lead = first.start("text") if first else 0
    if not lines:
        return None
    label = ANSWER_LABEL.match(lines[0].text[lead:])
    if label is not None:
        lead += label.end()
    start = lines[0].start + lead
    end = lines[-1].end
    text = " ".join([lines[0].text[lead:], *(ln.text for ln in lines[1:])]).strip()
    return (text, start, end) if text else None


def find_answers(
    doc: Doc,
    found: list[FoundCitation],
    claims: list[Claim],
    regime: Regime,
    law: Catalogue,
    *,
    stops: frozenset[int] = frozenset(),
) -> list[Answer]:
    """Each numbered question with its answer and outcome, when there are two or more.

    Args:
        doc: the document.
        found: every citation found, to say which provisions each answer cites.
        claims: the response's claims.
        regime: the response's regime.
        law: the catalogue.
        stops: indexes of heading lines, which end an answer.
    """
    numbered = pair(items(doc, stops))
    questions = [
        i
        for i in numbered
        if i.answered_by or QUESTION_LIKE.search(question_of(i)) or _labelled_answer(i)
    ]
    if len(questions) < 2:
        return []
    return [_answer(doc, item, found, claims, regime, law, stops) for item in questions]


def _answer(
    doc: Doc,
    item: Item,
    found: list[FoundCitation],
    claims: list[Claim],
    regime: Regime,
    law: Catalogue,
    stops: frozenset[int],
) -> Answer:
    """One question's answer, with the claims it relies on and its own outcome."""
    answered = _answer_text(item)
    text, start, end = answered if answered else ("", item.line.start, item.line.end)
    keys = _cited(doc, found, claims, start, _listed_after(doc, end, stops))
    said = signals(text)
    outcome = Outcome.OTHER
    if text:
        outcome = decide([c for c in claims if c.citation in keys], regime, said, law)
        outcome = _from_words(said) if outcome is Outcome.OTHER else outcome
    if outcome is Outcome.NOT_HELD and _figure_before(text, said["not_held"].start):
        outcome = Outcome.DISCLOSED
    if outcome is Outcome.REFUSED and _figure_before(text, _withheld_at(text)):
        outcome = Outcome.PARTIAL
    return Answer(
        number=item.number,
        question="" if _labelled_answer(item) and item.answered_by is None else question_of(item),
        answer=text,
        outcome=outcome,
        span=doc.span(item.line.start, max(end, item.line.end)),
        citations=keys,
    )


LABELLED_ANSWER = re.compile(r"^(?:\*\*)?(?:question|part)\s*\(?\w{1,2}\)?\s*:\s+\S", re.I)
"""An answer under its question's label, the question not repeated ("Question 2: the figures
are withheld ...")."""


def _labelled_answer(item: Item) -> bool:
    """An answer standing under its question's label alone: "Question 2: the figures are
    withheld ...", or a bare "Part (a)" heading with the answer below it."""
    if item.bare and not item.reply:
        return not split_bare(item)[0] and bool(item.answer_lines)
    return LABELLED_ANSWER.match(item.line.text) is not None and not QUESTION_LIKE.search(
        question_of(item)
    )


def _cited(
    doc: Doc, found: list[FoundCitation], claims: list[Claim], start: int, end: int
) -> list[str]:
    """The claims an answer relies on: those cited between ``start`` and ``end``, each once
    (procedural sections it mentions, such as s17, are no ground of the answer)."""
    claimed = {c.citation for c in claims}
    return list(dict.fromkeys(f.key for f in found if start <= f.start < end and f.key in claimed))


def _listed_after(doc: Doc, end: int, stops: frozenset[int]) -> int:
    """Where an answer's citations end: past the exemption headings that follow an answer
    ending with a colon ("... exempt by virtue of the following exemptions:")."""
    before = end - 1
    while before >= 0 and doc.text[before].isspace():
        before -= 1
    if before < 0 or doc.text[before] != ":":
        return end
    last = end
    for line in doc.lines[doc.line_at(end).index + 1 :]:
        if line.blank:
            continue
        if line.index not in stops:
            break
        last = line.end
    return last


FIGURE = re.compile(
    r"£\s?\d|\b\d{1,3}(?:,\d{3})+\b|\b(?!(?:19|20)\d\d\b)\d+\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:were|was|are|is|have|has|had)\b"
)
"""A figure given in an answer: "£1.2m", "21,730", "58 potholes were reported" (not a year)."""


_PROVISION_BEFORE = re.compile(r"\b(?:sections?|regulations?|reg\.?|s\.?)\s?$", re.IGNORECASE)
"""A number that follows these words is a provision ("Section 22 is a qualified ..."), not a
figure."""


_CITED = re.compile(r"\b(?:sections?|regulations?|reg\.?|s\.)\s?\d", re.IGNORECASE)


def _withheld_at(text: str) -> int:
    """Where an answer first withholds: its first words of refusal or first provision cited."""
    places = [m.start() for m in (SIGNALS["refused"].search(text), _CITED.search(text)) if m]
    return min(places, default=0)


def _figure_before(text: str, at: int) -> bool:
    """True when an answer gives a figure before it says something is not held or withheld
    ("21,730 were found to involve fraud or error ... We do not hold a breakdown"; "143
    agents were paid £11.6 million ... The names are exempt"): the question is answered,
    and only a detail is not held or is withheld."""
    return any(
        not _PROVISION_BEFORE.search(text, max(0, m.start() - 14), m.start())
        for m in FIGURE.finditer(text, 0, at)
    )


def _from_words(said: Mapping[str, object]) -> Outcome:
    """An answer's outcome from its words alone, when it cites nothing that decides it: a
    plain answer gives the information; "neither confirm nor deny" or "exempt from
    disclosure" before the exemptions' own headings keeps it."""
    if not said:
        return Outcome.DISCLOSED
    if "ncnd" in said:
        return Outcome.NCND
    if "refused" in said and "disclosed" not in said:
        return Outcome.REFUSED
    return Outcome.OTHER


def combine(answers: list[Answer]) -> Outcome | None:
    """The outcome of the whole response from its answers, when they differ."""
    outcomes = {a.outcome for a in answers} - {Outcome.OTHER}
    if not outcomes:
        return None
    if len(outcomes) == 1:
        return next(iter(outcomes))
    given = outcomes & {Outcome.DISCLOSED, Outcome.PARTIAL}
    kept = outcomes & {Outcome.REFUSED, Outcome.NCND, Outcome.PARTIAL}
    if given and kept:
        return Outcome.PARTIAL
    if outcomes <= {Outcome.DISCLOSED, Outcome.NOT_HELD}:
        return Outcome.DISCLOSED
    return None
