"""Which cited provisions are relied on (claims) and which are only mentioned.

Every citation is found by :func:`foidesk.law.cite.find_citations`. The rule:
exemptions and exceptions cited as applying, and the refusal grounds (s12 cost
limit, s14 vexatious requests, EIR 12(4)(b)), are claims; procedural sections
(s1 duty to confirm or deny, s10 time, s16 advice, s17 refusal notice, s45
code, s50 complaint) are mentions, as are negated citations ("we have not
relied on section 12") and provisions of another regime than the response's
(FOIA s39 in an EIR response). Duplicate citations of one key merge into one
claim at the first span; a bare section ("Sections 24 and 31") folds into the
more specific claims of the same section (24(2), 31(3)).

A claim neither confirms nor denies (FOIA s1(1)(a), s2(1)) when it cites the
limb that excludes the duty (24(2), 31(3), 30(3), 23(5), 40(5) ...), when it is
cited in the sentence or list that neither confirms nor denies, or when the
whole response neither confirms nor denies and says nothing is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foidesk.law.catalogue import Catalogue, parent_key
from foidesk.law.cite import FoundCitation
from foidesk.law.model import ProvisionKind, Regime
from foidesk.read.analyse.anchor_index import lowered
from foidesk.read.analyse.anchors import finditer_at_anchors
from foidesk.read.analyse.document import Doc
from foidesk.read.analyse.provisions import is_ncnd_limb, kind_of, ncnd_available
from foidesk.read.analyse.wording import NCND_STATEMENT
from foidesk.record.model import Citation, Claim

_RELIANCE = (
    r"(?:rel(?:y|ied|ying)|appl(?:y|ied|ying)|cit(?:e|ed|ing)|engag(?:e|ed|ing)|us(?:e|ed|ing)|"
    r"invok(?:e|ed|ing)|need(?:ed)? to rely)"
)
NEGATED_BEFORE = re.compile(
    r"(?:\b(?:have|has|had|did|do|does|will|would|are|is|was|were|could|can)\s*(?:not|n't)|"
    r"\bnot|\bno longer|\bnever)\s+(?:been\s+|be\s+|yet\s+|therefore\s+|needed to\s+)?"
    + _RELIANCE
    + r"\s+(?:on\s+|upon\s+)?(?:the\s+)?(?:(?:exemptions?|exceptions?|provisions?)\s+"
    r"(?:at|in|under|of)\s+)?$"
    r"|\b(?:rather than|instead of|without (?:relying on|applying|citing))\s+(?:the\s+)?"
    r"(?:(?:exemptions?|exceptions?)\s+(?:at|in|under)\s+)?$"
    r"|\bnot\s+upheld\s+(?:the\s+)?(?:reliance|use|application)\s+(?:on|of)\s+(?:the\s+)?$"
    r"|\bnot\s+(?:found\s+it\s+|been\s+|considered\s+it\s+)?(?:necessary|needed)\s+to\s+"
    r"(?:consider|rely\s+on|apply|go\s+on\s+to\s+consider)\s+(?:whether\s+)?(?:the\s+)?"
    r"(?:(?:exemptions?|exceptions?)\s+(?:at|in|under)\s+)?$",
    re.IGNORECASE,
)
"""Words just before a citation that say it is not relied on."""

NEGATED_AFTER = re.compile(
    r"^\s*(?:of (?:the Act|FOIA|the FOIA|the EIR)\s+)?(?:is|was|has|have|does|do|did|will|would)"
    r"\s*(?:not|n't)\s+(?:been\s+|be\s+)?(?:appl|engag|rel|cit|us)\w*",
    re.IGNORECASE,
)
"""Words just after a citation that say it is not relied on."""

MAY_APPLY_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:may|might|could)\s+(?:also\s+|well\s+)?(?:apply|be\s+engaged|"
    r"be\s+relevant)\b",
    re.IGNORECASE,
)
"""Words after a list of citations that only foresee them: "section 40(2) or section 43(2)
may apply to some of them" (advice on a narrower request, not a refusal)."""

SET_ASIDE_LATER = re.compile(
    r"[^.;]{0,160}?\bbut\b[^.;]{0,120}?\b(?:not|n't)\s+(?:been\s+|be\s+|gone\s+on\s+to\s+|"
    r"needed\s+to\s+|therefore\s+)?(?:(?:necessary|needed)\s+to\s+)?(?:appl(?:ied|y)|engaged|"
    r"relied|rely|cited|consider(?:ed)?|used)\b",
    re.IGNORECASE,
)
"""Later in the same sentence, a "but" that sets the citation aside: "we considered section 12,
but it has not been applied"; "would be exempt under section 40(2), but we have not gone on to
consider this"."""

WITHDRAWN_LATER = re.compile(
    r"[^.;]{0,200}?\b(?:exemption|exception|reliance|provision)\s+(?:is|was|has\s+been|"
    r"have\s+been)\s+withdrawn\b",
    re.IGNORECASE,
)
"""Later in the same sentence, the citation withdrawn: "... section 38, as I have seen no
evidence ..., and that exemption is withdrawn" (an internal review that drops it)."""

NCND_WORDS = re.compile(
    NCND_STATEMENT + r"|\bduty\s+to\s+confirm\s+or\s+deny\s+(?:does\s+not|is\s+excluded|"
    r"is\s+removed)|\bexclu\w+\s+(?:\w+\s+){0,3}duty\s+to\s+confirm\s+or\s+deny",
    re.IGNORECASE,
)
"""A statement that the authority neither confirms nor denies holding the information."""
NCND_STARTS = ("neither", "refuse", "decline", "unable", "not able", "will", "can", "duty", "exclu")
"""The words every match of :data:`NCND_WORDS` starts with (after its ``\\b``)."""

_WITHHOLDING = frozenset(
    {ProvisionKind.EXEMPTION, ProvisionKind.EXCEPTION, ProvisionKind.REFUSAL_GROUND}
)


@dataclass(frozen=True, slots=True)
class Classified:
    """The citations of a response sorted into claims and mentions."""

    claims: list[FoundCitation]
    mentions: list[FoundCitation]


EXPLAINED_BEFORE = re.compile(
    r"\b(?:set out|listed|contained|specified|described|defined)\s+(?:in|at|under|by)\s+"
    r"(?:\w+\s+){0,2}$|\b(?:such as|for example|e\.g\.)\s+$",
    re.IGNORECASE,
)
"""Words before a citation that describe the law rather than apply it ("the exemptions
set out in sections 28 to 35")."""

NOT_SUBJECT = re.compile(
    r"\bnot\s+(?:a\s+)?(?:scottish\s+)?public\s+authorit(?:y|ies)\s+(?:for\s+the\s+purposes\s+of|"
    r"under|within\s+the\s+meaning\s+of)|\bnot\s+(?:subject|listed)\s+(?:to|in)\s+(?:schedule\s+1\s+"
    r"to\s+)?(?:the\s+)?(?:freedom\s+of\s+information|foi|environmental\s+information)",
    re.IGNORECASE,
)
"""The writer says the access law does not apply to it ("not a public authority for the
purposes of that Act", FOIA s3 and Schedule 1): it relies on no exemption, whatever it cites.
Said of another body in a relative clause ("Harbour Commissioners, who are not a public
authority ...") it is not."""

_RELATIVE = re.compile(r"\b(?:who|which|that)\s+(?:are|is)\s+$", re.IGNORECASE)
_NOT_SUBJECT_WORDS = ("public authorit", "subject to", "listed in")


def not_subject(text: str) -> bool:
    """True when the writer says the access law does not apply to it (:data:`NOT_SUBJECT`),
    not when it says so of another body in a relative clause ("... who are not ...")."""
    lower = lowered(text)
    if not any(word in lower for word in _NOT_SUBJECT_WORDS):
        return False
    return any(
        not _RELATIVE.search(text, max(0, m.start() - 12), m.start())
        for m in NOT_SUBJECT.finditer(text)
    )


REPORTED = re.compile(
    r"\b(?:original|initial|earlier|previous|first)\s+(?:response|decision|reply|letter|refusal)\b|"
    r"\bpreviously\s+(?:withheld|refused|applied|relied|cited)\b|\bresponded\s+on\b",
    re.IGNORECASE,
)
"""A sentence that reports an earlier response ("The original response withheld it under
section 22(1)"; "to which the Council responded on 28 October, disclosing ... under s40(2)")."""
UPHELD = re.compile(
    r"\b(?:uphold|upheld|maintain(?:ed)?|confirm(?:ed)?)\s+(?:the\s+)?(?:original\s+|initial\s+|"
    r"earlier\s+)?(?:decision|response|refusal|exemptions?|reliance|application)\b|"
    r"\b(?:was|were)\s+(?:correctly|properly|rightly)\s+(?:applied|engaged|relied\s+on)\b|"
    r"\b(?:continue|continues)\s+to\s+(?:rely|apply)\b",
    re.IGNORECASE,
)
"""A review that keeps the earlier refusal, whose provisions are then still relied on."""

OF_THAT_ACT = re.compile(r"\s+of\s+(?:that|the\s+same|this)\s+Act\b", re.IGNORECASE)
"""Words after a citation that point back to the Act named before it."""
ACT_TITLE = re.compile(
    r"\b(?P<title>(?:[A-Z][\w'’]*\s+|(?:of|and|for|the|to|on|in|at|with|by|etc\.?)\s+|"
    r"\(Scotland\)\s+){1,12})Act\s+\d{4}\b"
)
"""A statute named by its short title ("Commissioners for Revenue and Customs Act 2005")."""
OUR_ACTS = re.compile(r"Freedom\s+of\s+Information|Environmental\s+Information")

CONFIRMS_HELD = re.compile(
    r"\b(?:is|are|has\s+been|have\s+been|being)\s+withheld\b|\b(?:we|i)\s+(?:do\s+)?hold\s+"
    r"(?:the|this|some|that|it)\b|\bconfirm\s+that\s+(?:\w+\s+){0,3}(?:holds?|held)\b|"
    r"\bholds?\s+(?:this|the|some|that)\s+information\b",
    re.IGNORECASE,
)
"""Words that confirm the information is held ("We hold the advice, but it is withheld", "The
force holds this information. However, it is exempt"): a provision cited with them is not an
NCND claim, whatever the rest of the letter does (unless they are asked: "whether it holds")."""
_ASKED = re.compile(r"\b(?:whether|if)\b[^.]{0,30}$", re.IGNORECASE)

_LIST_GAP = re.compile(r"^[\s,;&/]*(?:and/or|and|or|to|-|–)?[\s,]*$", re.IGNORECASE)


TEST_OF_THE_LAW = re.compile(r"\bfor\s+$", re.IGNORECASE)
TO_APPLY_AFTER = re.compile(
    r"^\s*(?:of\s+the\s+Act\s+)?to\s+(?:apply|be\s+engaged|be\s+relied\s+on)\b", re.I
)
"""The law's own test, not a reliance: "For section 22 to apply, the authority must ..."."""


def _negated(text: str, found: FoundCitation) -> bool:
    sentence = max(text.rfind(".", 0, found.start), text.rfind("\n", 0, found.start), 0)
    before = text[max(sentence, found.start - 120) : found.start]
    after = text[found.end : found.end + 60]
    return bool(
        NEGATED_BEFORE.search(before)
        or EXPLAINED_BEFORE.search(before)
        or (TEST_OF_THE_LAW.search(before) and TO_APPLY_AFTER.match(after))
        or NEGATED_AFTER.match(after)
        or SET_ASIDE_LATER.match(text, found.end, found.end + 300) is not None
        or WITHDRAWN_LATER.match(text, found.end, found.end + 300) is not None
    )


def of_another_act(text: str, found: FoundCitation) -> bool:
    """True for "section 23 of that Act" when the Act named last before it is not one of
    the access regimes (the Commissioners for Revenue and Customs Act 2005, say)."""
    if OF_THAT_ACT.match(text, found.end, found.end + 20) is None:
        return False
    titles = list(ACT_TITLE.finditer(text, max(0, found.start - 600), found.start))
    return bool(titles) and OUR_ACTS.search(titles[-1].group("title")) is None


def _confirms_held(text: str, found: FoundCitation) -> bool:
    """True when the citation's sentence, or the one before it, says the information is held."""
    start = max(text.rfind(".", 0, found.start), text.rfind("\n", 0, found.start)) + 1
    before = max(text.rfind(".", 0, max(0, start - 2)), text.rfind("\n", 0, max(0, start - 1))) + 1
    window = text[before : _sentence_end(text, found.end)]
    return any(
        not _ASKED.search(window, 0, match.start()) for match in CONFIRMS_HELD.finditer(window)
    )


HIGHEST_SECTION = 88
"""No section of FOIA (s88), FOISA (s76) or regulation of the EIR (reg 21) has a higher number."""


def _beyond_the_statute(found: FoundCitation) -> bool:
    """True for a provision none of the regimes has ("section 393(10)", of the Communications
    Act named sentences before): it belongs to another Act."""
    number = re.match(r"\d+", found.key)
    return not found.known and number is not None and int(number.group()) > HIGHEST_SECTION


def _sentence_of(text: str, found: FoundCitation) -> str:
    start = max(text.rfind(".", 0, found.start), text.rfind("\n", 0, found.start)) + 1
    return text[start : _sentence_end(text, found.end)]


def _lists(text: str, found: list[FoundCitation]) -> list[list[FoundCitation]]:
    """Citations grouped into the lists they stand in ("sections 28 to 35, 38 or 41")."""
    groups: list[list[FoundCitation]] = []
    for cited in found:
        if groups:
            last = groups[-1][-1]
            if cited.start <= last.end or _LIST_GAP.match(text[last.end : cited.start]):
                groups[-1].append(cited)
                continue
        groups.append([cited])
    return groups


def classify(
    text: str,
    found: list[FoundCitation],
    regime: Regime,
    law: Catalogue,
    *,
    outside: bool | None = None,
) -> Classified:
    """Sort citations into those relied on and those only mentioned, each key once.

    ``outside`` says whether the writer is outside the Act (:func:`not_subject`, worked out
    here when not given): then nothing is relied on.
    """
    claims: dict[str, FoundCitation] = {}
    mentions: dict[str, FoundCitation] = {}
    upheld: bool | None = None
    outside = not_subject(text) if outside is None else outside
    for group in _lists(text, found):
        reported = REPORTED.search(_sentence_of(text, group[0])) is not None
        if reported and upheld is None:
            upheld = UPHELD.search(text) is not None
        reported = reported and not upheld
        negated = (
            reported
            or _negated(text, group[0])
            or (MAY_APPLY_AFTER.match(text, group[-1].end, group[-1].end + 60) is not None)
        )
        foreign = of_another_act(text, group[-1])
        for cited in group:
            if foreign or of_another_act(text, cited) or _beyond_the_statute(cited):
                continue
            kind = kind_of(law, cited.regime, cited.key)
            relied = kind in _WITHHOLDING and cited.regime is regime and not (negated or outside)
            target = claims if relied else mentions
            target.setdefault(cited.key, cited)
    keys = set(claims)
    specific = {
        key: cited
        for key, cited in claims.items()
        if not any(other != key and _is_ancestor(key, other) for other in keys)
    }
    for key in claims:
        mentions.pop(key, None)
    return Classified(list(specific.values()), list(mentions.values()))


def _is_ancestor(key: str, other: str) -> bool:
    here = parent_key(other)
    while here is not None:
        if here == key:
            return True
        here = parent_key(here)
    return False


def ncnd_ranges(text: str) -> list[tuple[int, int]]:
    """The stretches of text that neither confirm nor deny: each NCND sentence, and the
    list after it when it ends with a colon."""
    ranges = []
    for match in finditer_at_anchors(NCND_WORDS, text, text.lower(), NCND_STARTS):
        start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        end = _sentence_end(text, match.end())
        if _ends_with_colon(text, end):
            end = _sentence_end(text, _skip_blank(text, end))
        ranges.append((start, end))
    return ranges


def _ends_with_colon(text: str, end: int) -> bool:
    """``text[:end].rstrip().endswith(":")`` without copying the text."""
    pos = end - 1
    while pos >= 0 and text[pos].isspace():
        pos -= 1
    return pos >= 0 and text[pos] == ":"


def _sentence_end(text: str, pos: int) -> int:
    stops = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return min(stops) + 1 if stops else len(text)


def _skip_blank(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def build_claims(
    doc: Doc,
    classified: Classified,
    law: Catalogue,
    *,
    wholly_ncnd: bool,
) -> list[Claim]:
    """One Claim per provision relied on, with its NCND flag.

    Args:
        doc: the document, for spans.
        classified: the citations sorted by :func:`classify`.
        law: the catalogue.
        wholly_ncnd: the response neither confirms nor denies and gives nothing.
    """
    ranges = ncnd_ranges(doc.text)
    claims = []
    for cited in classified.claims:
        in_statement = any(a <= cited.start < b for a, b in ranges)
        limb = is_ncnd_limb(law, cited.regime, cited.key)
        available = kind_of(law, cited.regime, cited.key) is not ProvisionKind.REFUSAL_GROUND
        available = available and ncnd_available(law, cited.regime, cited.key)
        confirmed = wholly_ncnd and _confirms_held(doc.text, cited)
        ncnd = limb or (available and (in_statement or (wholly_ncnd and not confirmed)))
        claims.append(
            Claim(
                citation=cited.key,
                regime=cited.regime,
                span=doc.span(cited.start, cited.end),
                text=cited.text,
                ncnd=ncnd,
            )
        )
    return claims


def build_mentions(doc: Doc, classified: Classified) -> list[Citation]:
    """The provisions mentioned but not relied on, each once, as record Citations."""
    return [
        Citation(
            citation=cited.key,
            regime=cited.regime,
            text=cited.text,
            span=doc.span(cited.start, cited.end),
            known=cited.known,
        )
        for cited in classified.mentions
    ]
