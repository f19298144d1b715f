"""The authority's reference for a request, in every common form.

Forms seen in practice: West Midlands Police "1267A/21", "502A-22", "658A/22"
and the footer "1771A_PIT_01" (reference 1771A); "FOI 52625";
"01.FOI.23.029569"; "FOI/2024/00123"; "FOI-2023-1234"; "Our ref: 2023/456";
"Request number: 000123/24"; "NPCC 2233/2025"; Police Scotland
"IM-FOI-2024-1234"; council "EIR 24-0456". A labelled reference ("Request
Reference:", "Our Ref", "FOI Reference", "Reference No") is preferred to an
unlabelled one, and the authority's own reference to the requester's ("Your
ref"). References are looked for in the raw text, because running headers and
footers, where references often stand, are dropped from the cleaned text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foidesk.read.analyse.anchor_index import lowered
from foidesk.read.analyse.anchors import anchored

_VALUE = (
    r"(?P<ref>(?:[A-Z]{2,6}[ ](?=(?:[A-Z]{2,6}[ ])?[A-Z0-9]*\d)){0,2}[A-Z0-9]"
    r"(?:[A-Za-z0-9]|[./_-](?=[A-Za-z0-9])){1,30})"
)
LABELLED = re.compile(
    r"(?P<label>\b(?:(?:FOI|FOIA|FOISA|EIR|Information|Freedom of Information)\s+)?"
    r"(?:request\s+)?(?:our\s+|your\s+)?"
    r"(?:reference|ref|request|case|enquiry)(?:\s*(?:no|number|id|ref|reference))?\.?"
    r"|\b(?:FOI|FOIA|FOISA|EIR)\s+(?:no|number|id)\.?)"
    r"(?:\s*[:#]|\s+no\.?:?|\s+number:?|\s*[-–]|(?<=ref|nce)\.?(?=\s)"
    r"|(?:(?<=information request)|(?<=foi request)|(?<=eir request))(?=\s+\d+[/-]\d))\s*" + _VALUE,
    re.IGNORECASE,
)
"""A reference after a label such as "Request Reference:", "Our ref:", "FOI Reference No."."""

_PREFIX = r"(?!(?:RE|FW|FWD|THE|AND|FOR|OUR|YOUR|REF|NO|OF|TO|IN|ON|AT|BY|AN)\b)[A-Z]{2,5} "
"""An authority's initials before an unlabelled reference ("GGC FOI 25-1102"), not a word."""
UNLABELLED = re.compile(
    r"\b(?:"
    r"IM-FOI-\d{2,4}-\d{2,6}"
    r"|\d{2}\.FOI\.\d{2}\.\d{3,8}"
    r"|(?:" + _PREFIX + r")?(?:FOI|FOIA|FOISA|EIR|RFI|NPCC|IR)(?:[ /-]\d{2,10}){1,3}"
    r"|(?:FOI|FoI|EIR|RFI)\d{3,10}(?:/\d{2,8})?"
    r"|\d{1,6}[A-Z]{1,2}[/-]\d{2,4}"
    r")\b"
)
"""The shapes of reference that need no label."""

FOOTER_REFERENCE = re.compile(r"\b(?P<ref>\d{2,6}[A-Z])_[A-Z]{2,6}(?:_\d{1,3})?\b")
"""A West Midlands Police style file name in a footer: "1771A_PIT_01" is 1771A."""

_LABEL_ANCHORS = ("ref", "number", "case", "no:", "no.", " no ", " id", "request")
"""Every label holds one of these: LABELLED runs only around them."""
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DATE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{4}-\d{2}-\d{2}$")
_PREFERRED = re.compile(r"\bour\b|request|foi|eir|case|reference no|\bref\b", re.IGNORECASE)
_OTHERS = re.compile(r"\byour\b", re.IGNORECASE)
_LABEL_NAMES = re.compile(
    r"ref|number|\bno\b|\bid\b|case|(?:foi|freedom of information|eir)\s+request", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class ReferenceFinding:
    """A reference and its offsets in the text it was found in."""

    value: str
    start: int
    end: int
    labelled: bool


def _plausible(value: str) -> bool:
    if _YEAR.match(value):
        return False
    return any(ch.isdigit() for ch in value) and not _DATE.match(value) and len(value) >= 3


def _labelled(text: str) -> ReferenceFinding | None:
    best: tuple[int, ReferenceFinding] | None = None
    for match in anchored(LABELLED, text, lowered(text), _LABEL_ANCHORS, back=60):
        value = match.group("ref")
        if not _plausible(value):
            continue
        label = match.group("label")
        if not _LABEL_NAMES.search(label):
            continue
        rank = 0 if _OTHERS.search(label) else (2 if _PREFERRED.search(label) else 1)
        found = ReferenceFinding(value, match.start("ref"), match.end("ref"), True)
        if best is None or rank > best[0]:
            best = (rank, found)
    return best[1] if best else None


def find_reference(text: str) -> ReferenceFinding | None:
    """The authority's reference for the request, or None when the text has none.

    Example:
        >>> find_reference("Request Reference: 1267A/21").value
        '1267A/21'
        >>> find_reference("14/12/2023 1771A_PIT_01").value
        '1771A'
    """
    found = _labelled(text)
    if found is not None:
        return found
    for match in UNLABELLED.finditer(text):
        if _plausible(match.group(0)):
            return ReferenceFinding(match.group(0), match.start(), match.end(), False)
    footer = FOOTER_REFERENCE.search(text)
    if footer is not None:
        return ReferenceFinding(footer.group("ref"), footer.start("ref"), footer.end("ref"), False)
    return None
