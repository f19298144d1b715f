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
from dataclasses import dataclass, field

from foidesk.law.catalogue import Catalogue
from foidesk.law.cite import FoundCitation
from foidesk.law.model import Regime
from foidesk.read.analyse.document import Doc, Line
from foidesk.read.analyse.outcome import decide, signals
from foidesk.record.model import Answer, Claim, Outcome

ITEM = re.compile(
    r"^(?:[\"“‘']\s*)?(?:\*\*)?(?:Q(?:uestion)?\s*(?P<q>\d{1,2})(?!\s+(?:19|20)\d\d\b)\s*[.:)\-–]?|(?P<n>\d{1,2})\s*[.)]|"
    r"\((?P<p>\d{1,2})\))\s*(?:\*\*)?\s*(?P<text>.*)$",
    re.IGNORECASE,
)
"""A numbered item: "1.", "1)", "(1)", "Q1:", "Question 1 -"."""

ANSWER_LABEL = re.compile(
    r"^(?:\*\*)?(?:A(?:nswer)?\s*\d{0,2}|Response\s*\d{0,2}|Reply|Our response|"
    r"(?:West Midlands Police|Force|Council) response)\s*[.:)\-–]\s*(?:\*\*)?\s*",
    re.IGNORECASE,
)
"""A label that opens an answer: "Answer:", "A1:", "Response:"."""

ORDINALS = {
    word: str(index)
    for index, word in enumerate(
        ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
         "tenth"),
        start=1,
    )
}  # fmt: skip
ORDINAL_ANSWER = re.compile(
    r"\b(?:(?:in\s+)?(?:answer|response|reply|relation)\s+to|regarding|for|in)\s+(?:your\s+)?"
    r"(?:(?P<ord>" + "|".join(ORDINALS) + r")\s+(?:question|point|part|request)"
    r"|(?:question|point|part)\s+(?P<num>\d{1,2}))\b",
    re.IGNORECASE,
)
"""A paragraph that says which question it answers: "In answer to your second question, ...",
"We are withholding the information requested in your third question ..."."""

BARE_ANSWER_LABEL = re.compile(
    r"^(?:\*\*)?(?:answer|response|reply|our response)\s*(?:\*\*)?\s*:?\s*$", re.IGNORECASE
)
"""A label alone on its line, the answer below it ("Response")."""

CLOSING = re.compile(
    r"^(?:if you are (?:not satisfied|dissatisfied|unhappy)|if you have any (?:queries|questions)|"
    r"yours (?:sincerely|faithfully)|your right|right (?:of|to) (?:review|appeal|complain))",
    re.IGNORECASE,
)
"""The start of the letter's closing, which ends the answer under a "Question 2" heading."""

QUESTION_LIKE = re.compile(
    r"\?\s*$|^(?:how|what|when|which|who|where|why|is|are|does|do|did|has|have|can|could|"
    r"please|provide|a copy|copies|copy|details|the number|number|list|any|whether|total|"
    r"confirm|all|information|i would like|state)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Item:
    """A numbered item. ``bare`` for a "Question 2" heading alone on its line: what
    follows it, over blank lines, is the answer (and the question, when it is repeated
    there above a "Response" label)."""

    number: str
    line: Line
    answer_lines: list[Line] = field(default_factory=list)
    answered_by: _Item | None = None
    bare: bool = False


def _items(doc: Doc, stops: frozenset[int]) -> list[_Item]:
    """Numbered items with the paragraphs that follow each, to the next item, a heading or
    the letter's closing. A heading that repeats an item's number ("3. Agents") starts the
    answer to it; so does a bare "Question 2" heading."""
    items: list[_Item] = []
    seen: set[str] = set()
    current: _Item | None = None
    for line in doc.lines:
        if line.blank:
            continue
        match = ITEM.match(line.text)
        bare = match is not None and not match.group("text") and match.group("q") is not None
        again = match is not None and _number(match) in seen
        if not (bare or again) and _ends_item(line, current, stops):
            current = None
            continue
        ordinal = _ordinal(line.text) if match is None and seen else None
        if match is not None and (match.group("text") or bare):
            current = _Item(_number(match), line, bare=not match.group("text"))
            items.append(current)
            seen.add(current.number)
        elif ordinal is not None:
            current = _Item(ordinal, line)
            items.append(current)
        elif current is not None:
            current.answer_lines.append(line)
    return items


def _ordinal(text: str) -> str | None:
    """The number of the question a paragraph answers, named in its first sentence."""
    stop = text.find(". ")
    found = ORDINAL_ANSWER.search(text, 0, stop if stop > 0 else len(text))
    if found is None:
        return None
    word = found.group("ord")
    return ORDINALS[word.lower()] if word else str(int(found.group("num")))


def _number(match: re.Match[str]) -> str:
    """The number of a numbered item, without leading zeros."""
    return str(int(match.group("q") or match.group("n") or match.group("p")))


def _ends_item(line: Line, current: _Item | None, stops: frozenset[int]) -> bool:
    """True when ``line`` ends the item before it: a heading (but for the "Response"
    label under a bare "Question 2" heading) or the letter's closing."""
    if current is not None and current.bare and BARE_ANSWER_LABEL.match(line.text):
        return False
    return line.index in stops or (current is not None and CLOSING.match(line.text) is not None)


def _split_bare(item: _Item) -> tuple[list[Line], list[Line]]:
    """The question lines and the answer lines under a bare "Question 2" heading: split
    at a "Response" label, or after a first line that reads as a question."""
    lines = item.answer_lines
    for index, line in enumerate(lines):
        if BARE_ANSWER_LABEL.match(line.text):
            return lines[:index], lines[index + 1 :]
    if lines and lines[0].text.rstrip().endswith("?"):
        return lines[:1], lines[1:]
    return [], lines


def _pair(items: list[_Item]) -> list[_Item]:
    """Questions, each with its answer; a number seen twice is question then answer."""
    questions: dict[str, _Item] = {}
    ordered: list[_Item] = []
    for item in items:
        first = questions.get(item.number)
        if first is None:
            questions[item.number] = item
            ordered.append(item)
        elif first.answered_by is None:
            first.answered_by = item
    return ordered


def _same_question(item: _Item, again: _Item) -> bool:
    """True when a numbered item repeats the question (the answer follows it)."""
    first, second = _words(_question(item)), _words(_question(again))
    return bool(first) and first[:8] == second[:8]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _answer_text(item: _Item) -> tuple[str, int, int] | None:
    source = item.answered_by
    lead = 0
    if item.bare and source is None:
        lines = _split_bare(item)[1]
    elif source is not None and source.bare:
        lines = _split_bare(source)[1]
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
    items = _pair(_items(doc, stops))
    questions = [i for i in items if i.answered_by or QUESTION_LIKE.search(_question(i))]
    if len(questions) < 2:
        return []
    return [_answer(doc, item, found, claims, regime, law, stops) for item in questions]


def _answer(
    doc: Doc,
    item: _Item,
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
    return Answer(
        number=item.number,
        question=_question(item),
        answer=text,
        outcome=outcome,
        span=doc.span(item.line.start, max(end, item.line.end)),
        citations=keys,
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
    r"£\s?\d|\b\d{1,3}(?:,\d{3})+\b|\b\d+\s+(?:[a-z-]+\s+){0,3}?(?:were|was|are|is|have|has|had)\b"
)
"""A figure given in an answer: "£1.2m", "21,730", "58 potholes were reported"."""


def _figure_before(text: str, at: int) -> bool:
    """True when an answer gives a figure before it says something is not held ("21,730 were
    found to involve fraud or error ... We do not hold a breakdown"): the question is
    answered, and only a detail is not held."""
    return FIGURE.search(text, 0, at) is not None


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


def _question(item: _Item) -> str:
    if item.bare:
        return " ".join(line.text for line in _split_bare(item)[0]).strip()
    match = ITEM.match(item.line.text)
    return match.group("text").strip() if match else item.line.text


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
