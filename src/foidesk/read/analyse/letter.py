"""The parts of the letter around the reasoning: the request quoted, and the rights.

The request is taken where the response quotes it: under a heading ("Your
request", "Request"), after an inline label ("You asked: ..."), or in quotation
marks after "you asked" / "your request for". The rights paragraph (FOIA
s17(7): internal review and the right to complain to the Information
Commissioner under s50; FOISA s20 review and s47 application to the Scottish
Information Commissioner; EIR regulation 11 representations) is the text under
a rights heading, or the run of paragraphs that speak of review and complaint.
"""

from __future__ import annotations

import re

from foidesk.read.analyse.anchors import match_at_anchor
from foidesk.read.analyse.document import LIST_ITEM, Block, Doc, links_in
from foidesk.read.analyse.request import restated_request
from foidesk.read.analyse.sections import Part
from foidesk.record.model import Passage

RESPONSE_START = re.compile(
    r"^(?:response|our response|answer|reply|decision|i can|we can|i am|we are|i have|we have|"
    r"thank you|in response|please find|unfortunately|the (?:force|council|department|"
    r"authority|information)|[A-Z][a-z]+ (?:Police|Council|Constabulary) (?:can|has|does|holds?|"
    r"is|will|cannot))\b",
    re.IGNORECASE,
)
"""Words that open the answer, where a quoted request ends."""

QUOTED = re.compile(
    r"(?:you\s+(?:asked|requested|wrote|sought)|your\s+request\s+(?:for|was|is|read)|"
    r"requested\s+the\s+following|in\s+which\s+you\s+asked|seeking\s+the\s+following)"
    r"[^\n\"“]{0,40}?:?\s*[\"“]"
    r"(?P<q>[^\"”]{10,3000})[\"”]",
    re.IGNORECASE,
)

RIGHTS = re.compile(
    r"\binternal review\b|\binformation commissioner|\bico\.org\.uk\b|\bsection 50\b|"
    r"\bright (?:to|of) (?:appeal|complain|review|request a review)|\bdissatisfied\b|"
    r"\bnot satisfied\b|\bcomplain|\bitspublicknowledge|\bregulation 11\b|"
    r"\brequirement for review\b",
    re.IGNORECASE,
)
"""Words of a rights paragraph (FOIA s17(7))."""

MAX_REQUEST_BLOCKS = 15
_REQUEST_ANCHORS = ("you", "requested", "in which", "seeking")
"""Words every match of QUOTED and LEAD_IN starts with: they are tried only there."""

_CLOSING = re.compile(
    r"^(?:if you|you (?:have|may|can)|your right|should you|are you|please (?:contact|do not)|"
    r"we hope|i hope)\b",
    re.IGNORECASE,
)
_RECOURSE = re.compile(
    r"\bcomplain\w*|\b(?:an?|for|request|require|requesting)\s+(?:internal\s+)?review\b|"
    r"\bappeal\b|\brepresentations\b",
    re.IGNORECASE,
)
"""The requester's recourse: a complaint, a review, an appeal (FOIA s17(7), EIR reg 11)."""
_RECOURSE_BODY = re.compile(
    r"\binformation commissioner|\bico\b|\bitspublicknowledge|\bfoi\.scot\b|"
    r"\bsection (?:50|47|20)\b|\bregulation (?:11|18)\b|\btribunal\b",
    re.IGNORECASE,
)
"""Who hears it, or the provision giving it (FOIA s50, FOISA s20 and s47, EIR reg 11 and 18)."""
SIGN_OFF = re.compile(
    r"^(?:yours (?:sincerely|faithfully|truly)|kind regards|best regards|regards|best wishes|"
    r"many thanks)\b",
    re.IGNORECASE,
)


_RIGHTS_WORDS = (
    "review",
    "commissioner",
    "ico.org.uk",
    "section 50",
    "right",
    "satisfied",
    "complain",
    "itspublicknowledge",
    "regulation 11",
)
"""Words every match of :data:`RIGHTS` holds: a paragraph without any is not searched."""


def speaks_of_rights(text: str) -> bool:
    """True when ``text`` has the words of a rights paragraph (:data:`RIGHTS`)."""
    lower = text.lower()
    return any(word in lower for word in _RIGHTS_WORDS) and RIGHTS.search(text) is not None


def _paragraph_rights(doc: Doc) -> tuple[bool, ...]:
    """:func:`speaks_of_rights` of each of the document's paragraphs, worked out once."""
    return doc.memo("rights", lambda: tuple(speaks_of_rights(b.text) for b in doc.paragraphs))


def is_rights_paragraph(text: str, *, speaks: bool | None = None) -> bool:
    """True when a paragraph tells the requester of their rights (FOIA s17(7)): it opens
    as a closing does ("If you ..."), names an internal review, or names both a recourse
    (complaint, review, appeal) and who hears it (the Information Commissioner, s50).
    ``speaks`` is :func:`speaks_of_rights` of the text, when already known."""
    if not (speaks_of_rights(text) if speaks is None else speaks):
        return False
    return bool(
        _CLOSING.match(text)
        or "internal review" in text.lower()
        or (_RECOURSE.search(text) and _RECOURSE_BODY.search(text))
    )


def closing_offsets(doc: Doc) -> list[int]:
    """Where the closing of the letter begins: the rights paragraph or the sign-off.

    The parts of the reasoning end there, even when no heading stands between.
    """
    speaks = _paragraph_rights(doc)
    return [
        block.start
        for block, says in zip(doc.paragraphs, speaks, strict=True)
        if SIGN_OFF.match(block.text) or is_rights_paragraph(block.text, speaks=says)
    ]


def _passage(doc: Doc, blocks: list[Block]) -> Passage | None:
    if not blocks:
        return None
    text = "\n\n".join(b.text for b in blocks)
    return Passage(text=text, span=doc.span(blocks[0].start, blocks[-1].end), links=links_in(text))


def find_request(doc: Doc, parts: list[Part]) -> Passage | None:
    """The request as the response quotes it, or None."""
    for part in parts:
        if part.heading.kind != "request":
            continue
        blocks: list[Block] = []
        for block in doc.blocks(part.body_start, part.body_end)[:MAX_REQUEST_BLOCKS]:
            if blocks and RESPONSE_START.match(block.text):
                break
            blocks.append(block)
        found = _passage(doc, blocks)
        if found is not None:
            return found
    listed = _listed_request(doc)
    if listed is not None:
        return listed
    match = match_at_anchor(QUOTED, doc.text, doc.lower, _REQUEST_ANCHORS)
    if match is not None:
        start, end = match.start("q"), match.end("q")
        text = " ".join(match.group("q").split())
        return Passage(text=text, span=doc.span(start, end), links=links_in(text))
    return restated_request(doc)


LEAD_IN = re.compile(
    r"(?:you\s+(?:asked|requested|wrote|sought)(?:\s+(?:for|us\s+for))?(?:\s+the\s+following"
    r"(?:\s+information)?)?|your\s+request\s+(?:was|read|is\s+as\s+follows)|requested\s+the\s+"
    r"following(?:\s+information)?|in\s+which\s+you\s+asked|(?:your\s+request\s+for|seeking)\s+"
    r"the\s+following(?:\s+information)?[^:\n]{0,100})\s*:\s*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A line that ends by introducing the request: "in which you asked:"."""


def _listed_request(doc: Doc) -> Passage | None:
    """The numbered or bulleted list of questions after a lead-in ending with a colon."""
    match = match_at_anchor(LEAD_IN, doc.text, doc.lower, _REQUEST_ANCHORS)
    if match is None:
        return None
    blocks = []
    for block in doc.blocks(match.end(), len(doc.text))[:MAX_REQUEST_BLOCKS]:
        if not LIST_ITEM.match(block.text):
            break
        blocks.append(block)
    return _passage(doc, blocks)


def find_rights(doc: Doc, parts: list[Part]) -> Passage | None:
    """The paragraph(s) on internal review and the right to complain, or None."""
    headed = [p for p in parts if p.heading.kind == "rights"]
    if headed:
        blocks = [b for p in headed for b in doc.blocks(p.body_start, p.body_end)]
        return _passage(doc, blocks)
    blocks = list(doc.paragraphs)
    hits = [i for i, says in enumerate(_paragraph_rights(doc)) if says]
    if not hits:
        return None
    first = last = hits[-1]
    for index in reversed(hits[:-1]):
        if first - index > 2:
            break
        first = index
    return _passage(doc, blocks[first : last + 1])
