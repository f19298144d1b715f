"""How the request was answered, from the response's own words and its claims.

The words (:data:`SIGNALS`): "neither confirm nor deny", "information is not
held", "exceeds the cost limit / appropriate limit / 18 hours", "vexatious",
"please find attached / we are able to provide", "some of the information is
exempt", "is withheld". The decision agrees with the claims the way
:mod:`foidesk.record.validate` requires: an NCND claim makes the outcome ncnd
(or partial when something is also given), cost_limit needs s12 (EIR
12(4)(b)), vexatious s14, refused and partial an exemption, and disclosed none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from foidesk.law.catalogue import Catalogue, section_of
from foidesk.law.model import ProvisionKind, Regime
from foidesk.read.analyse.anchor_index import lowered
from foidesk.read.analyse.anchors import first_anchored
from foidesk.read.analyse.provisions import kind_of
from foidesk.read.analyse.wording import NCND_STATEMENT
from foidesk.record.model import Claim, Outcome

SIGNALS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE)
    for name, pattern in {
        "ncnd": NCND_STATEMENT,
        "not_held": r"\b(?:is|are|was|were)\s+not\s+held\b|\b(?:does|do|did)\s+not\s+hold\b|"
        r"\bholds?\s+no\s+(?:recorded\s+|relevant\s+)?information\b|\bno\s+(?:relevant\s+|"
        r"recorded\s+|such\s+)?(?:information|records?|data)\s+(?:is\s+|are\s+|was\s+|were\s+)?"
        r"(?:held|recorded|kept)\b|\b(?:we|i)\s+(?:have|hold)\s+no\s+(?:recorded\s+|relevant\s+)?"
        r"information\b|\bnot\s+(?:recorded|captured|collated)\s+(?:by|on|in)\b|"
        r"\bnil\s+return\b|\binformation\s+not\s+held\b",
        "cost_limit": r"\bexceed\w*\s+the\s+(?:appropriate|cost|fees?)\s+limit|\b(?:appropriate|"
        r"cost)\s+limit\b|\b18\s+hours\b|\b24\s+hours\b|£\s?(?:450|600)\b|\bexcessive\s+cost\b|"
        r"\bcost\s+of\s+compl(?:ying|iance)\b",
        "vexatious": r"\bvexatious\b|\brepeated\s+requests?\b|\bmanifestly\s+unreasonable\b",
        "disclosed": r"\bplease\s+(?:find|see)\s+(?:attached|enclosed|below|the\s+attached)"
        r"(?!\s+(?:is\s+)?(?:our|my|the|a|your)?\s*(?:full\s+|formal\s+)?(?:response|reply|"
        r"letter|decision|refusal|notice))|"
        r"\b(?:information|data|figures?|documents?|spreadsheets?|tables?|answers?|cop(?:y|ies)|"
        r"records?|files?|reports?|extracts?)\s+(?:(?:(?:that\s+)?you\s+)?(?:requested|asked\s+"
        r"for)\s+)?(?:is|are|has\s+been|have\s+been)\s+"
        r"(?:attached|enclosed)\b|\b(?:i|we)\s+(?:am|are)\s+"
        r"(?:able|pleased|happy)\s+to\s+(?:provide|supply|disclose|release|share)|\b(?:i|we)\s+"
        r"(?:can|have)\s+(?:now\s+)?(?:provide[ds]?|supplied|disclosed?|released?|attached)\b|"
        r"\bthe\s+information\s+(?:you\s+(?:requested|asked\s+for)|requested)\s+(?:is|are)\s+"
        r"(?:attached|provided|below|set\s+out)|\bhere\s+(?:is|are)\s+the\b|\bthe\s+answers?\s+"
        r"(?:to\s+your\s+questions?\s+)?(?:is|are)\s+(?:below|attached|as\s+follows)|"
        r"\bfull\s+disclosure\b|\b(?:can|is\s+able\s+to|are\s+able\s+to)\s+provide\b|\binformation\s+(?:is|has\s+been)\s+(?:disclosed|released|"
        r"provided)\b|\bthe\s+(?:figures?|numbers?|total)\s+(?:is|are|was|were)\b",
        "partial": r"\bsome\s+of\s+the\s+(?:requested\s+)?information\b|\bpart\s+of\s+the\s+"
        r"(?:requested\s+)?information\b|\bpartial(?:ly)?\s+(?:disclos\w*|releas\w*|provid\w*|"
        r"withh\w*|refus\w*|exempt|uph[eo]ld|response|success\w*)\b|\bpartial\s+(?:disclosure|"
        r"release|refusal)\b|\bremaining\s+information\b|"
        r"\bredact\w*\b|\bremainder\b|\bin\s+part\b|\bpart(?:ly|ially)\s+uph[eo]ld\b",
        "refused": r"\bexempt\s+from\s+disclosure\b|\b(?:is|are|has\s+been|have\s+been|being)\s+"
        r"withheld\b|\bwithhold(?:ing)?\s+(?:the|this|all|that)\b|\brefus(?:e|ed|ing)\s+(?:your|"
        r"the|this)\s+request\b|\bwill\s+not\s+(?:be\s+)?(?:disclos|releas|provid)\w*|\bnot\s+in"
        r"\s+the\s+public\s+interest\s+to\s+(?:release|disclose)\b|\bfavours?\s+non-?"
        r"disclosure\b|\bis\s+exempt\b",
    }.items()
}
"""The response's own words for each way of answering."""


MORE_SIGNALS: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    "disclosed": (
        re.compile(
            r"\b(?:it|this|these|they|which)\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?"
            r"(?:provided|disclosed|released|enclosed|attached)\b|\bdisclosed\s+in\s+full\b|"
            r"\bprovided\s+with\s+this\s+(?:letter|e-?mail|response)\b|\b(?:we\s+are|i\s+am)"
            r"\s+(?:now\s+)?(?:providing|disclosing|releasing)\b|\)\s+(?:is|are)\s+"
            r"(?:enclosed|attached)\b|\b(?:we|i)\s+(?:have\s+)?(?:enclose[sd]?|attach(?:ed)?)\s+"
            r"(?!(?:our|my|a|the)\s+(?:response|reply|letter|decision|notice|leaflet|guidance))",
            re.IGNORECASE,
        ),
        ("provided", "disclosed", "released", "enclos", "attach", "providing", "disclosing",
         "releasing"),
    ),
}  # fmt: skip
"""More ways of saying a signal, looked for only when :data:`SIGNALS` finds none: "it has
been provided", "disclosed in full", "(item 2) are enclosed", "we are providing"."""

LAST_WORD_SIGNALS = frozenset({"refused"})
"""Signals whose last occurrence is the decision: a refusal is stated at the end of the
balancing test ("... will not disclose information that could ..."), after general words."""


@dataclass(frozen=True, slots=True)
class Signal:
    """Where the text says one way of answering."""

    name: str
    start: int
    end: int


KEYWORDS: dict[str, tuple[str, ...]] = {
    "ncnd": ("confirm", "reveal"),
    "not_held": (
        "held",
        "hold",
        "have no",
        "recorded",
        "captured",
        "collated",
        "kept",
        "nil return",
    ),
    "cost_limit": ("limit", "hours", "£", "cost"),
    "vexatious": ("vexatious", "repeated", "manifestly"),
    "disclosed": (
        "attach",
        "enclos",
        "below",
        "able",
        "pleased",
        "happy",
        "provide",
        "supplied",
        "disclos",
        "releas",
        "here is",
        "here are",
        "answer",
        "figure",
        "number",
        "total",
        "set out",
    ),
    "partial": (
        "some of",
        "part of",
        "partial",
        "remaining",
        "redact",
        "remainder",
        "in part",
        "partly",
    ),
    "refused": ("exempt", "withh", "refus", "will not", "public interest", "disclosure"),
}
"""Words every match of each signal's pattern contains near its start: the patterns are
run only around them (:func:`foidesk.read.analyse.anchors.anchored`), since scanning
whole texts with long case-insensitive alternations is the slow part of reading."""


def signals(text: str) -> dict[str, Signal]:
    """Where each signal of :data:`SIGNALS` appears in ``text``: the first place, or the
    last for :data:`LAST_WORD_SIGNALS`."""
    found = {}
    lower = lowered(text)
    for name, pattern in SIGNALS.items():
        last = name in LAST_WORD_SIGNALS
        match = first_anchored(pattern, text, lower, KEYWORDS[name], back=80, last=last)
        if match is None and name in MORE_SIGNALS:
            more, anchors = MORE_SIGNALS[name]
            match = first_anchored(more, text, lower, anchors, back=40, last=last)
        if match is not None:
            found[name] = Signal(name, match.start(), match.end())
    return found


COST_SECTIONS = {Regime.FOIA: "12", Regime.FOISA: "12", Regime.EIR: "12(4)(b)"}
VEXATIOUS_SECTIONS = {Regime.FOIA: "14", Regime.FOISA: "14", Regime.EIR: "12(4)(b)"}


def _cites(claims: Iterable[Claim], key: str) -> bool:
    """True when a claim is ``key`` or one of its subsections (``12(1)`` for ``12``)."""
    return any(c.citation == key or c.citation.startswith(key + "(") for c in claims)


def _cost_or_vexatious(claims: list[Claim], regime: Regime, said: dict[str, Signal]) -> Outcome:
    cost = _cites(claims, COST_SECTIONS[regime])
    vexatious = _cites(claims, VEXATIOUS_SECTIONS[regime])
    if regime is Regime.EIR and cost:
        return (
            Outcome.VEXATIOUS
            if "vexatious" in said and "cost_limit" not in said
            else (Outcome.COST_LIMIT)
        )
    if cost and ("cost_limit" in said or not vexatious):
        return Outcome.COST_LIMIT
    if vexatious:
        return Outcome.VEXATIOUS
    return Outcome.OTHER


def decide(claims: list[Claim], regime: Regime, said: dict[str, Signal], law: Catalogue) -> Outcome:
    """The outcome, consistent with the claims (record/validate.py's outcome rules).

    Args:
        claims: the claims, with their NCND flags.
        regime: the response's regime.
        said: the signals found in the text (from :func:`signals`).
        law: the catalogue, to tell exemptions from refusal grounds.
    """
    kinds = {c.citation: kind_of(law, c.regime, c.citation) for c in claims}
    withholding = [
        c
        for c in claims
        if kinds[c.citation] in (ProvisionKind.EXEMPTION, ProvisionKind.EXCEPTION)
        and not (c.regime is Regime.EIR and c.citation.startswith(("12(4)(a)", "12(4)(b)")))
    ]
    given = "disclosed" in said or "partial" in said
    if any(c.ncnd for c in claims):
        return Outcome.PARTIAL if "disclosed" in said and withholding else Outcome.NCND
    limit = _cost_or_vexatious(claims, regime, said)
    if limit is not Outcome.OTHER:
        return limit
    if withholding:
        return Outcome.PARTIAL if given else Outcome.REFUSED
    if regime is Regime.EIR and _cites(claims, "12(4)(a)"):
        return Outcome.NOT_HELD
    if "not_held" in said and "disclosed" not in said:
        return Outcome.NOT_HELD
    if "disclosed" in said:
        return Outcome.DISCLOSED
    if "not_held" in said:
        return Outcome.NOT_HELD
    return Outcome.OTHER


def deciding_signal(outcome: Outcome, said: dict[str, Signal]) -> Signal | None:
    """The words that best show the outcome, for ``Response.outcome_span``."""
    order = {
        Outcome.NCND: ("ncnd",),
        Outcome.NOT_HELD: ("not_held",),
        Outcome.COST_LIMIT: ("cost_limit",),
        Outcome.VEXATIOUS: ("vexatious",),
        Outcome.DISCLOSED: ("disclosed",),
        Outcome.PARTIAL: ("partial", "disclosed", "refused"),
        Outcome.REFUSED: ("refused",),
        Outcome.OTHER: (),
    }[outcome]
    return next((said[name] for name in order if name in said), None)


def section_claimed(claims: Iterable[Claim], section: str) -> bool:
    """True when any claim is in ``section``."""
    return any(section_of(c.citation) == section for c in claims)
