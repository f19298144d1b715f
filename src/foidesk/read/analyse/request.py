"""The request as the response restates it, when it is not quoted.

Many letters give the request in their own words rather than in quotation marks:
"You asked for all emails sent ... since 1 January 2019.", "I refer to your request
dated 4 February 2025 in which you asked for the full business case ...", "your
request received on 5th February 2025 for a copy of the legal advice ...". The
restated request runs from the words after "asked for" / "request ... for" to the
end of its sentence (FOIA s8(1)(c): a request describes the information asked for).
"""

from __future__ import annotations

import re

from foidesk.read.analyse.anchor_index import anchor_positions
from foidesk.read.analyse.document import Doc, links_in
from foidesk.record.model import Passage

RESTATED = re.compile(
    r"\b(?:you\s+(?:asked|requested)\s+(?:us\s+)?(?:for|about|whether|how|what|which)|"
    r"(?:your|the)\s+(?:request|email|letter)\b[^.\n,;]{0,60}?\b(?:for\s+(?=(?:a|an|all|any|"
    r"the|copies|copy|details|data|figures|numbers?)\b)|regarding|concerning|about))\s*"
    r"(?=[\w\"“(])(?P<q>[^.\n]{12,600}[.?]?)",
    re.IGNORECASE,
)
"""Words that restate the request, and the request up to the end of its sentence."""

_ANCHORS = ("you", "the request", "the email", "the letter")
"""Words every restatement starts with: it is tried only where they stand."""
_NOT_A_REQUEST = re.compile(
    r"^(?:an?\s+)?(?:internal\s+)?review\b|^the\s+following\b|^section\b|"
    r"^information\b(?!\s+(?:about|on|relating|regarding|concerning|held|showing|that))",
    re.IGNORECASE,
)
"""What is not the request: what a rights paragraph asks for ("request for an internal
review"), or the bare words "request for information, which we received on ..."."""


def restated_request(doc: Doc) -> Passage | None:
    """The first restatement of the request in the letter's own words, or None."""
    half = len(doc.lower) // 2 + 1
    for at, _ in anchor_positions(doc.lower, _ANCHORS):
        if at >= half:
            break
        match = RESTATED.match(doc.text, at)
        if match is None or _NOT_A_REQUEST.match(match.group("q")):
            continue
        text = " ".join(match.group("q").split())
        return Passage(
            text=text, span=doc.span(match.start("q"), match.end("q")), links=links_in(text)
        )
    return None
