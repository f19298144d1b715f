"""The numbered items of a response: the questions asked and the places that answer them.

Layouts read: "1." / "1)" / "(1)" / "(a)" / "Q1:" / "Question 1 -" / "Item 1 –" items;
bare "Question 2" headings (the question and a "Response" label may stand under them);
"Response to Q1" / "Our reply to (1)" headings and "A1." labels, which answer the item
of that number; paragraphs that name their question ("In answer to your second
question, ..."); and tables written as text ("No. | Question | Response" or
"Question | Response", a row a line). :func:`pair` gives each question the item that
answers it, when the numbers come twice (the request listed, then the answers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from foidesk.read.analyse.document import Doc, Line

ITEM = re.compile(
    r"^(?:[\"“‘']\s*)?(?:\*\*)?(?:(?:Q(?:uestion)?|Item|Point|Part)\s*(?:(?P<q>\d{1,2})"
    r"|\((?P<ql>[a-h])\))(?!\s+(?:19|20)\d\d\b)\s*[.:)\-–]?|(?P<n>\d{1,2})\s*[.)]|"
    r"\((?P<p>\d{1,2}|[a-h])\))"
    r"\s*(?:\*\*)?\s*(?P<text>.*)$",
    re.IGNORECASE,
)
"""A numbered item: "1.", "1)", "(1)", "(a)", "Q1:", "Question 1 -", "Item 1 –", "Part 2:",
"Part (a)"."""

REPLY_TO = re.compile(
    r"^(?:\*\*)?(?:our\s+)?(?:reply|response|answer)s?\s+to\s+(?:q(?:uestion)?\s*|part\s+|"
    r"item\s+|point\s+)?\(?(?P<q>\d{1,2}|[a-h])\)?\s*[:.\-–]?\s*(?:\*\*)?\s*$",
    re.IGNORECASE,
)
"""A heading that answers the item of its number: "Response to Q1", "Our reply to (2)"."""

ANSWER_ITEM = re.compile(r"^(?:\*\*)?A(?:nswer)?\s*(?P<q>\d{1,2})\s*[.:)\-–]\s*\S", re.IGNORECASE)
"""An answer labelled with its question's number: "A1. 181,340 penalty fares ..."."""

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

QUOTED_MESSAGE = re.compile(
    r"^(?:-{2,}\s*(?:original message|forwarded message)\s*-{2,}|on\s.{6,80}\swrote:\s*$|"
    r"_{10,}\s*$)",
    re.IGNORECASE,
)
"""The start of an earlier message quoted below an e-mail reply: its numbered items are the
request as first sent, so they come first, and the reply's items answer them."""

NUMBER_COLUMN = re.compile(r"^(?:no\.?|#|number|ref\.?)$", re.IGNORECASE)
"""The heading of a table's number column, alone on its line (a Word table read cell by cell)."""
NUMBER_CELL = re.compile(r"^\s*\d{1,2}\s*$")

TABLE_HEADER = re.compile(
    r"^(?:(?:no\.?|#|number|ref)\s*\|\s*)?(?:questions?|requests?|information requested)\s*\|"
    r"\s*(?:responses?|answers?|replies|reply|our response)\s*\|?\s*$",
    re.IGNORECASE,
)
"""The header of a question-and-answer table written as text."""
_CELL = re.compile(r"[^|]+")


@dataclass(slots=True)
class Row:
    """A table row's question and answer, the answer with its offsets in the text."""

    question: str
    answer: str
    start: int
    end: int


@dataclass(slots=True)
class Item:
    """A numbered item, and what answers it.

    Attributes:
        bare: a heading alone on its line ("Question 2", "Response to Q2"): what follows
            it, over blank lines, is the answer (and the question, above a "Response"
            label, for a "Question 2" heading).
        reply: a heading or label that answers the item of its number.
        row: a table row, which holds both the question and the answer.
        cell: a row of a Word table read cell by cell: its number alone on a line, then the
            question's cell, then the answer's.
    """

    number: str
    line: Line
    answer_lines: list[Line] = field(default_factory=list)
    answered_by: Item | None = None
    bare: bool = False
    reply: bool = False
    row: Row | None = None
    cell: bool = False


def items(doc: Doc, stops: frozenset[int]) -> list[Item]:
    """Numbered items with the paragraphs that follow each, to the next item, a heading or
    the letter's closing. A heading that repeats an item's number ("3. Agents") starts the
    answer to it; so does a bare "Question 2" heading."""
    found: list[Item] = []
    seen: set[str] = set()
    current: Item | None = None
    table = 0
    cells = False
    quoted_at = len(found)
    for line in doc.lines:
        if line.blank:
            continue
        if QUOTED_MESSAGE.match(line.text):
            quoted_at, current, table = len(found), None, 0
            continue
        if TABLE_HEADER.match(line.text) or NUMBER_COLUMN.match(line.text):
            table, current = int(not NUMBER_COLUMN.match(line.text)), None
            cells = cells or table == 0
            continue
        if table:
            row = _row(line, table)
            table = table + 1 if row is not None else 0
            if row is not None:
                found.append(row)
                continue
        new = _start(line, seen, cells)
        if new is None and _ends_item(line, current, stops):
            current = None
        elif new is not None:
            current = new
            found.append(new)
            seen.add(new.number)
        elif current is not None:
            current.answer_lines.append(line)
    return found[quoted_at:] + found[:quoted_at]


def _start(line: Line, seen: set[str], cells: bool = False) -> Item | None:
    """The item that ``line`` starts, if it starts one (with ``cells``, after a table's "No."
    column heading, a number alone on its line starts a row: a Word table read cell by cell)."""
    if cells and NUMBER_CELL.match(line.text):
        return Item(_key(line.text.strip()), line, bare=True, cell=True)
    reply = REPLY_TO.match(line.text) or ANSWER_ITEM.match(line.text)
    if reply is not None and _key(reply.group("q")) in seen:
        bare = REPLY_TO.match(line.text) is not None
        return Item(_key(reply.group("q")), line, bare=bare, reply=True)
    match = ITEM.match(line.text)
    if match is not None:
        labelled = match.group("q") is not None or match.group("ql") is not None
        bare = not match.group("text") and labelled
        if match.group("text") or bare:
            return Item(number_of(match), line, bare=bare)
    ordinal = _ordinal(line.text) if match is None and seen else None
    return Item(ordinal, line) if ordinal is not None else None


def _row(line: Line, index: int) -> Item | None:
    """A table row as an item: "1 | question | answer" or "question | answer"."""
    cells = [m for m in _CELL.finditer(line.text) if m.group().strip()]
    if len(cells) == 3 and cells[0].group().strip().isdigit():
        number, question, answer = _key(cells[0].group().strip()), cells[1], cells[2]
    elif len(cells) == 2:
        number, question, answer = str(index), cells[0], cells[1]
    else:
        return None
    text = answer.group()
    lead = len(text) - len(text.lstrip())
    start = line.start + answer.start() + lead
    row = Row(question.group().strip(), text.strip(), start, start + len(text.strip()))
    return Item(number, line, row=row)


def _ordinal(text: str) -> str | None:
    """The number of the question a paragraph answers, named in its first sentence."""
    stop = text.find(". ")
    found = ORDINAL_ANSWER.search(text, 0, stop if stop > 0 else len(text))
    if found is None:
        return None
    word = found.group("ord")
    return ORDINALS[word.lower()] if word else str(int(found.group("num")))


def _key(number: str) -> str:
    """An item's number as a key: without leading zeros, a letter in lower case."""
    return str(int(number)) if number.isdigit() else number.lower()


def number_of(match: re.Match[str]) -> str:
    """The number of a numbered item (:data:`ITEM`)."""
    return _key(match.group("q") or match.group("ql") or match.group("n") or match.group("p"))


def _ends_item(line: Line, current: Item | None, stops: frozenset[int]) -> bool:
    """True when ``line`` ends the item before it: a heading (but for the "Response"
    label under a bare "Question 2" heading) or the letter's closing."""
    if current is not None and current.bare and BARE_ANSWER_LABEL.match(line.text):
        return False
    if current is not None and current.cell and len(current.answer_lines) < 2:
        return False
    return line.index in stops or (current is not None and CLOSING.match(line.text) is not None)


def split_bare(item: Item) -> tuple[list[Line], list[Line]]:
    """The question lines and the answer lines under a bare heading: split at a "Response"
    label, or after a first line that reads as a question (a reply heading: all answer)."""
    lines = item.answer_lines
    if item.reply:
        return [], lines
    if item.cell:
        return lines[:1], lines[1:]
    for index, line in enumerate(lines):
        if BARE_ANSWER_LABEL.match(line.text):
            return lines[:index], lines[index + 1 :]
    if lines and lines[0].text.rstrip().endswith("?"):
        return lines[:1], lines[1:]
    return [], lines


def pair(found: list[Item]) -> list[Item]:
    """Questions, each with its answer; a number seen twice is question then answer."""
    questions: dict[str, Item] = {}
    ordered: list[Item] = []
    for item in found:
        first = questions.get(item.number)
        if first is None and not item.reply:
            questions[item.number] = item
            ordered.append(item)
        elif first is not None and first.answered_by is None:
            first.answered_by = item
    return ordered


def question_of(item: Item) -> str:
    """The question an item asks."""
    if item.row is not None:
        return item.row.question
    if item.bare:
        return " ".join(line.text for line in split_bare(item)[0]).strip()
    match = ITEM.match(item.line.text)
    return match.group("text").strip() if match else item.line.text
