"""The harm and public interest test of responses written as running prose.

Letters from councils and departments often have no headings: "Publishing
the addresses would be likely to endanger ..." is the harm, "The factors in
favour of disclosure are ..." a factor, and "We have concluded that the public
interest in maintaining the exemption outweighs ..." the balance. This module
reads them sentence by sentence from the paragraphs no headed part covers, and
gives them to the claims that still lack them: a harm to the exemptions that
are not absolute (cited in, or before, the paragraph), a test to the
qualified ones (FOIA s2, s17(3)).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from foidesk.law.catalogue import Catalogue
from foidesk.law.cite import FoundCitation
from foidesk.law.model import ProvisionKind, Test
from foidesk.read.analyse.arguments import argument_side
from foidesk.read.analyse.document import Block, Doc, links_in
from foidesk.read.analyse.likelihood import DESCRIBES_LAW, LAW_WINDOW, find_likelihood
from foidesk.read.analyse.provisions import is_absolute, kind_of, known_provision, needs_pit
from foidesk.read.analyse.wording import conclusion, factor_side
from foidesk.record.model import Claim, Harm, Passage, PublicInterestTest

FACTOR_SENTENCE = re.compile(
    r"^(?:the\s+)?(?:(?:main|key|relevant)\s+)?(?:public\s+interest\s+)?(?:factors?|arguments?|"
    r"considerations?|reasons?)\s+(?:in\s+favou?r\s+of|favou?ring|for|against|supporting|"
    r"weighing\s+(?:in\s+favou?r\s+of|against))\s+[^.]{0,80}?\b(?:include[sd]?|are|were|is|was)\b",
    re.IGNORECASE,
)
"""A sentence that gives factors: "The factors in favour of disclosure are ..."."""

HARM_SENTENCE = re.compile(
    r"\b(?:would|could|might|may|will)(?:,?\s+or\s+would\s+be\s+likely\s+to,?)?\s+"
    r"(?:be\s+likely\s+to\s+|likely\s+)?(?:\w+\s+){0,4}?"
    r"(?:prejudice|harm|endanger|damage|undermine|inhibit|compromise|adversely\s+affect|"
    r"jeopardi[sz]e|put\s+\w+(?:\s+\w+)?\s+at\s+risk)",
    re.IGNORECASE,
)
"""A statement that disclosure would (or would be likely to) cause a named harm."""


WEIGHING = re.compile(r"\bpublic\s+interest\b|\bon\s+balance\b|\bbalanc", re.IGNORECASE)
_LABEL = re.compile(r"^[^.:]{1,40}:\s*")
LABEL_SENTENCE = re.compile(
    r"^(?:the\s+)?(?:(?:main|key|public\s+interest)\s+)?(?:factors?|arguments?|considerations?|"
    r"reasons?)\s+(?:in\s+favou?r\s+of|for|against|favou?ring|supporting)\s+[\w\s-]{1,40}\.?$",
    re.IGNORECASE,
)
"""A label standing as a sentence of its own ("Arguments against disclosure."): the sentences
after it in its paragraph argue that side."""
SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
"""A sentence: a run up to its closing stop, or to the end of the paragraph."""


def sentences(block: Block) -> list[tuple[str, int, int]]:
    """The sentences of a paragraph with offsets into the cleaned text (lines joined by
    a single space, so offsets hold only where the paragraph is one line)."""
    found = []
    for match in SENTENCE.finditer(block.text):
        text = match.group(0).strip()
        if text:
            lead = len(match.group(0)) - len(match.group(0).lstrip())
            start = block.start + match.start() + lead
            found.append((text, start, min(start + len(text), block.end)))
    return found


def sentence_passage(doc: Doc, text: str, start: int, end: int) -> Passage:
    return Passage(text=text, span=doc.span(start, end), links=links_in(text))


def _harm_claims(claims: list[Claim], law: Catalogue) -> list[Claim]:
    """The claims still without a harm whose exemption turns on one: not absolute, and not
    class based (s35(1)(a) needs only that the information relates to policy)."""
    return [
        c
        for c in claims
        if c.harm is None
        and kind_of(law, c.regime, c.citation) in (ProvisionKind.EXEMPTION, ProvisionKind.EXCEPTION)
        and not is_absolute(law, c.regime, c.citation)
        and _engaged_by(law, c) is not Test.CLASS
    ]


def _engaged_by(law: Catalogue, claim: Claim) -> Test | None:
    found = known_provision(law, claim.regime, claim.citation)
    return found.test if found is not None else None


def _states_harm(text: str) -> bool:
    """True when ``text`` says disclosure would cause a harm, not only what the law says
    ("Section 36(2)(b)(i) exempts information whose disclosure would, or would be likely
    to, inhibit ...")."""
    return any(
        DESCRIBES_LAW.search(text, max(0, match.start() - LAW_WINDOW), match.start()) is None
        for match in HARM_SENTENCE.finditer(text)
    )


def attach_harm(
    doc: Doc,
    claims: list[Claim],
    found: list[FoundCitation],
    law: Catalogue,
    *,
    covered: frozenset[int],
    scopes: Sequence[tuple[int, int, list[str]]] = (),
) -> None:
    """Give exemptions with no headed harm the first prose paragraph that states one.

    Args:
        doc: the document.
        claims: the claims; those with no harm may get one.
        found: every citation in the text.
        law: the catalogue.
        covered: line indexes inside headed parts of the reasoning.
        scopes: ranges of text under an exemption heading, with the claims it names;
            a harm there serves only those claims.
    """
    waiting = _harm_claims(claims, law)
    if not waiting:
        return
    first_cited = {c.citation: min(f.start for f in found if f.key == c.citation) for c in waiting}
    open_blocks = [
        block
        for block in doc.paragraphs
        if doc.line_at(block.start).index not in covered
        and not WEIGHING.search(block.text)
        and HARM_SENTENCE.search(block.text)
    ]
    stated = [block for block in open_blocks if _states_harm(block.text)]
    for blocks, scoped_only in ((stated, True), (stated, False), (open_blocks, False)):
        for block in blocks:
            scoped = next((keys for a, b, keys in scopes if a <= block.start < b), None)
            if scoped or not scoped_only:
                here = [f.key for f in found if block.start <= f.start < block.end]
                cited = list(dict.fromkeys([*(scoped or []), *here])) or None
                _give_harm(doc, block, _harm_targets(waiting, cited, first_cited, block.start))


def _harm_targets(
    waiting: list[Claim], cited: list[str] | None, first_cited: dict[str, int], at: int
) -> list[Claim]:
    """The claims a harm paragraph at ``at`` serves: those it cites (or whose heading it
    stands under), else every waiting claim cited before it."""
    return [
        c
        for c in waiting
        if c.harm is None and (c.citation in cited if cited else first_cited[c.citation] < at)
    ]


def _give_harm(doc: Doc, block: Block, targets: list[Claim]) -> None:
    """Make ``block`` the harm of each of ``targets``, with its likelihood."""
    if not targets:
        return
    likely = find_likelihood(block.text)
    likelihood_span = None
    if (
        likely.start is not None
        and likely.end is not None
        and block.text == doc.text[block.start : block.end]
    ):
        likelihood_span = doc.span(block.start + likely.start, block.start + likely.end)
    for claim in targets:
        claim.harm = Harm(
            text=block.text,
            span=doc.span(block.start, block.end),
            likelihood=likely.likelihood,
            likelihood_span=likelihood_span,
            links=links_in(block.text),
        )


def _factor_side(text: str, previous: bool | None, *, weighs: bool) -> bool | None:
    """The side of a sentence that gives a factor: one that says so ("The factors in favour
    of disclosure are ...") anywhere, or an argument (:func:`argument_side`) in a paragraph
    that weighs the public interest."""
    bare = _LABEL.sub("", text)
    if FACTOR_SENTENCE.match(bare):
        return factor_side(bare[:90]) is not False
    return argument_side(text, previous) if weighs else None


def _read_factors(doc: Doc, covered: frozenset[int], test: PublicInterestTest) -> Passage | None:
    """Add the prose factors of the paragraphs no headed part covers to ``test``; return the
    last paragraph that weighs the public interest and says which way (the balance).

    A paragraph is read for unlabelled arguments when it speaks of the public interest, or
    follows one that does or that gave an argument ("Against confirming or denying, ...").
    """
    weighing: Passage | None = None
    previous: bool | None = None
    context = False
    for block in doc.paragraphs:
        if doc.line_at(block.start).index in covered:
            continue
        mentions = WEIGHING.search(block.text) is not None
        weighs = mentions or context
        previous = previous if weighs else None
        argued = False
        labelled: bool | None = None
        for text, start, end in sentences(block):
            if LABEL_SENTENCE.match(text):
                labelled = factor_side(text) is not False
                continue
            side = _factor_side(text, previous, weighs=weighs or labelled is not None)
            side = labelled if side is None else side
            if side is not None:
                bucket = test.factors_for if side else test.factors_against
                bucket.append(sentence_passage(doc, text, start, end))
                previous, argued = side, True
        context = mentions or argued
        if mentions and conclusion(block.text) is not None:
            weighing = sentence_passage(doc, block.text, block.start, block.end)
    return weighing


def attach_test(doc: Doc, claims: list[Claim], law: Catalogue, *, covered: frozenset[int]) -> None:
    """Read factors and the balance from prose, for qualified claims with no test."""
    waiting = [c for c in claims if c.pit is None and needs_pit(law, c.regime, c.citation)]
    if not waiting:
        return
    test = PublicInterestTest()
    weighing = _read_factors(doc, covered, test)
    if weighing is not None:
        test.balance = weighing
        test.conclusion = weighing
        verdict = conclusion(weighing.text)
        test.favours = verdict.favours if verdict else None
    if test.factors_for or test.factors_against or test.balance:
        for claim in waiting:
            claim.pit = test.model_copy(deep=True)
