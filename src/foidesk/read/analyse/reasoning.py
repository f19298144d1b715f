"""Fill each claim's harm and public interest test from the parts that serve it.

The harm statement (the prejudice test: Hogan v IC steps 1-3) becomes
:class:`~foidesk.record.model.Harm` with its likelihood; the factors for and
against disclosure become one :class:`~foidesk.record.model.Passage` per
paragraph; the balancing test and its conclusion become the
:class:`~foidesk.record.model.PublicInterestTest` of every qualified claim it
serves (FOIA s2(1)(b), s2(2)(b), s17(3)), with which way it came out.

A factors part ends at the paragraph that weighs the factors and says which way
("We consider that the public interest favours withholding ..."), which is the
balance unless a headed one follows; a paragraph that turns to the other side
under a label ("In favour of disclosure, ... Against disclosure, ...") is read a
sentence at a time. Responses without headings are read by
:mod:`foidesk.read.analyse.prose`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from foidesk.law.catalogue import Catalogue
from foidesk.read.analyse.arguments import WEIGHING_SENTENCE, labelled_side
from foidesk.read.analyse.document import Block, Doc, links_in
from foidesk.read.analyse.likelihood import find_likelihood
from foidesk.read.analyse.prose import SENTENCE, sentence_passage, sentences
from foidesk.read.analyse.sections import Part
from foidesk.read.analyse.wording import conclusion
from foidesk.record.model import Claim, Harm, Passage, PublicInterestTest, Span

WEIGHED = re.compile(
    r"^(?:having (?:considered|weighed|taken)|on balance|overall|in all the circumstances|"
    r"(?:we|i) (?:have )?(?:therefore )?(?:conclude[ds]?|consider|decided|believe|"
    r"(?:am|are) satisfied)|"
    r"therefore|taking (?:all|these|the above))",
    re.IGNORECASE,
)
"""The opening of a paragraph that weighs the factors rather than adding one."""


def passage(doc: Doc, block: Block) -> Passage:
    """A Passage of one paragraph, with its raw span and links."""
    return Passage(
        text=block.text, span=doc.span(block.start, block.end), links=links_in(block.text)
    )


def _joined(doc: Doc, blocks: list[Block]) -> Passage | None:
    if not blocks:
        return None
    text = "\n\n".join(b.text for b in blocks)
    return Passage(text=text, span=doc.span(blocks[0].start, blocks[-1].end), links=links_in(text))


def _harm(doc: Doc, blocks: list[Block]) -> Harm | None:
    if not blocks:
        return None
    text = "\n\n".join(b.text for b in blocks)
    found = find_likelihood(text)
    likelihood_span = None
    if found.start is not None and found.end is not None:
        likelihood_span = _span_in_blocks(doc, blocks, found.start, found.end)
    return Harm(
        text=text,
        span=doc.span(blocks[0].start, blocks[-1].end),
        likelihood=found.likelihood,
        likelihood_span=likelihood_span,
        links=links_in(text),
    )


def _span_in_blocks(doc: Doc, blocks: list[Block], start: int, end: int) -> Span | None:
    """Map offsets in the joined text of ``blocks`` back to a raw span.

    Blocks are joined with two characters; a block's text may join its lines
    with spaces where the cleaned text had line breaks, so the offset inside a
    block is found by searching its words again in the cleaned text.
    """
    pos = 0
    for block in blocks:
        if start < pos + len(block.text):
            words = block.text[start - pos : end - pos]
            at = doc.text.find(words, block.start, block.end + 1)
            if at < 0:
                return doc.span(block.start, block.end)
            return doc.span(at, at + len(words))
        pos += len(block.text) + 2
    return None


def _blocks(doc: Doc, part: Part) -> list[Block]:
    return doc.blocks(part.body_start, part.body_end)


def attach(doc: Doc, parts: list[Part], claims: list[Claim], law: Catalogue) -> None:
    """Give each claim the harm and public interest test of the parts that serve it."""
    for claim in claims:
        mine = [p for p in parts if claim.citation in p.targets]
        harm_blocks = [b for p in mine if p.heading.kind == "harm" for b in _blocks(doc, p)]
        claim.harm = _harm(doc, harm_blocks)
        test = PublicInterestTest()
        weighed = False
        summed: Passage | None = None
        for part in mine:
            kind = part.heading.kind
            blocks = _blocks(doc, part)
            if kind in ("factors_for", "factors_against"):
                summed = _read_factor_part(doc, blocks, test, kind == "factors_for") or summed
            elif kind == "balance" and test.balance is None:
                test.balance = _joined(doc, blocks)
                test.conclusion = test.conclusion or _concluding(doc, blocks)
            elif kind == "conclusion" and (weighed or test.balance is not None):
                test.conclusion = _joined(doc, blocks) or test.conclusion
            weighed = weighed or kind in ("factors_for", "factors_against", "balance")
        if test.balance is None and test.conclusion is None and summed is not None:
            test.balance = test.conclusion = summed
        _balance_from_factors(test)
        if test.factors_for or test.factors_against or test.balance or test.conclusion:
            _favours(test)
            claim.pit = test


def _read_factor_part(
    doc: Doc, blocks: list[Block], test: PublicInterestTest, for_disclosure: bool
) -> Passage | None:
    """Add the paragraphs of a factors part to ``test``, up to one that weighs them and
    says which way ("We consider that the public interest favours withholding ..."); return
    that one, the balance unless a headed one follows. What comes after it (another
    exemption, the closing) is no factor. A paragraph that turns to the other side ("In
    favour of disclosure, ... Against disclosure, ...") is read a sentence at a time."""
    bucket = test.factors_for if for_disclosure else test.factors_against
    for block in blocks:
        if bucket and _weighs(block.text):
            return passage(doc, block)
        split = _sentence_sides(block, for_disclosure)
        if split is None:
            bucket.append(passage(doc, block))
            continue
        for side, (text, start, end) in split:
            if side is None:
                return sentence_passage(doc, text, start, end)
            target = test.factors_for if side else test.factors_against
            target.append(sentence_passage(doc, text, start, end))
    return None


def _sentence_sides(
    block: Block, for_disclosure: bool
) -> list[tuple[bool | None, tuple[str, int, int]]] | None:
    """Each sentence of a paragraph with its side (None for the one that weighs them, which
    ends the list), or None when no sentence weighs them or turns to the other side by a
    label or a contrast word ("Against disclosure, ...", "However, ...")."""
    if not _turns(block.text, for_disclosure):
        return None
    side = for_disclosure
    out: list[tuple[bool | None, tuple[str, int, int]]] = []
    for sentence in sentences(block):
        text = sentence[0]
        if out and WEIGHING_SENTENCE.search(text) and conclusion(text) is not None:
            out.append((None, sentence))
            return out
        said = labelled_side(text, side) if out else None
        side = side if said is None else said
        out.append((side, sentence))
    return out


@lru_cache(maxsize=512)
def _turns(text: str, for_disclosure: bool) -> bool:
    """True when a sentence after the first weighs the factors, or turns to the other side
    by a label or a contrast word (cached: each claim a part serves reads the same
    paragraphs)."""
    side = for_disclosure
    for index, match in enumerate(SENTENCE.finditer(text)):
        if not index:
            continue
        sentence = match.group(0).strip()
        if WEIGHING_SENTENCE.search(sentence) and conclusion(sentence) is not None:
            return True
        said = labelled_side(sentence, side)
        if said is not None and said is not side:
            return True
        side = side if said is None else said
    return False


def _weighs(text: str) -> bool:
    return WEIGHED.match(text) is not None and conclusion(text) is not None


def _balance_from_factors(test: PublicInterestTest) -> None:
    """A closing paragraph that weighs the factors ("Having considered both sides, ...
    favours maintaining the exemption") is the balance, not a factor."""
    if test.balance is not None or test.conclusion is not None:
        return
    for bucket in (test.factors_against, test.factors_for):
        if bucket and _weighs(bucket[-1].text):
            test.balance = bucket.pop()
            test.conclusion = test.balance
            return


def _concluding(doc: Doc, blocks: list[Block]) -> Passage | None:
    """The last paragraph of a balancing test that says which way it came out."""
    for block in reversed(blocks):
        if conclusion(block.text) is not None:
            return passage(doc, block)
    return None


def _favours(test: PublicInterestTest) -> None:
    for source in (test.conclusion, test.balance):
        if source is not None:
            verdict = conclusion(source.text)
            if verdict is not None:
                test.favours = verdict.favours
                return
