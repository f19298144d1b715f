"""The refusal notice itself: FOIA s17 (FOISA s16 and s19; EIR reg 14).

A notice relying on an exemption must specify it and say why it applies
(s17(1)(b), (c)), and every refusal notice must give particulars of the
internal review procedure and of the right to complain to the Information
Commissioner under s50 (s17(7)). FOISA s19 asks the same of a Scottish notice
(review under s20, application to the Scottish Information Commissioner under
s47); EIR reg 14(5) asks for the right to make representations under reg 11
and the enforcement and appeal provisions (reg 18).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from foidesk.check.context import Context, Piece
from foidesk.check.model import Hit, Severity
from foidesk.check.registry import rule
from foidesk.check.text import paragraphs, phrases, word_count
from foidesk.law.catalogue import parent_key
from foidesk.law.model import Regime, Test
from foidesk.record.model import Claim

CITED_PROVISION = phrases(
    r"(?:section|sections|regulation|regulations|reg\.?|s\.?) ?\d+[A-Z]?(?: ?\(\d+[A-Z]?\))?"
)
"""Any citation of a section or regulation: the text names *something*, even if unread."""


@rule(
    "S1701",
    severity=Severity.ERROR,
    title="Information withheld but no exemption is named",
    reason=(
        "FOIA s17(1)(a)-(b): a notice refusing information must state that an exemption "
        "applies and specify it. Withholding without naming a provision gives the requester "
        "nothing to challenge."
    ),
    fix="Name each exemption relied on, with its subsection (for example section 31(1)(a)).",
    ask="Ask which exemption is relied on for each part withheld, as s17(1)(b) requires.",
    provision="FOIA s17(1)(b)",
)
def withheld_without_exemption(ctx: Context) -> Iterator[Hit]:
    """Fire when the outcome withholds but no claim names a provision (s17(1)(b))."""
    if not ctx.withholds or ctx.response.claims:
        return
    if CITED_PROVISION.search(ctx.text):
        return  # the text cites something the reader could not tie to a claim
    span = ctx.response.outcome_span
    yield Hit(
        message=f"the response is {ctx.response.outcome.value} but names no exemption",
        span=span,
        quote=ctx.response.quote(span),
    )


@rule(
    "S1702",
    severity=Severity.ERROR,
    title="Exemption cited without the subsection that applies",
    reason=(
        "FOIA s17(1)(b) requires the notice to specify the exemption in question. Where a "
        "section has several limbs (31(1)(a) to (i), 30(1)(a) to (c), 12(5)(a) to (g)) a "
        "bare section number does not say which one is engaged."
    ),
    fix="Cite the limb that applies, for example 'section 31(1)(a)' rather than 'section 31'.",
    ask="Ask which subsection of the exemption is relied on (s17(1)(b)).",
    provision="FOIA s17(1)(b)",
)
def exemption_without_subsection(ctx: Context) -> Iterator[Hit]:
    """Fire for a claim whose provision has two or more limbs in the catalogue.

    Provisions with no subsections, or only one (s21(1), s14(1) ...), never fire.
    Claims of the duty to confirm or deny are left to NCND01.
    """
    for claim, provision in ctx.withholding_claims:
        if claim.ncnd or provision.excludes_confirm_deny:
            continue
        limbs = ctx.limbs(provision)
        if len(limbs) < 2 or provision.key in SINGLE_EXEMPTION[provision.regime]:
            continue  # one limb (s21(1), s24(1)): the bare section can only mean it
        sample = ", ".join(p.key for p in limbs[:4])
        yield _claim_hit(
            ctx,
            claim,
            f"{provision.label} is cited without saying which limb applies ({sample} ...)",
        )


SINGLE_EXEMPTION = {
    Regime.FOIA: frozenset({"21", "41", "42"}),
    Regime.FOISA: frozenset({"25"}),
    Regime.EIR: frozenset(),
}
"""Sections whose number alone can mean only one exemption: their other subsections
define terms (s21(2), (3)) or exclude the duty to confirm or deny (s41(2), s42(2)),
so "section 21" is as specific as "section 21(1)". The law catalogue lists those
subsections as children, which is right for citing them, so the list lives here."""


def _claim_hit(ctx: Context, claim: Claim, message: str) -> Hit:
    quote = ctx.response.quote(claim.span) or claim.text or claim.citation
    return Hit(message=message, span=claim.span, quote=quote, provision=claim.citation)


REASONING = phrases(
    "because",
    "since",
    "as it",
    "as the",
    "as this",
    "as they",
    "would",
    "is likely",
    "contains?",
    "consists? of",
    "comprises?",
    "relates? to",
    "constitutes?",
    r"(?:is|are) (?:the )?personal data",
    "is published",
    "is available",
    "was provided",
    "was obtained",
    "is held",
    "was held",
    "is subject to",
    "is intended",
    r"intends? to (?:publish|release)",
    r"(?:plans?|is planning) to publish",
    r"will (?:be )?publish(?:ed)?",
    "therefore",
    "applies",
    "engaged",
)


@rule(
    "S1703",
    severity=Severity.ERROR,
    title="No reason given why the exemption applies",
    reason=(
        "FOIA s17(1)(c): the notice must state why the exemption applies, if that would not "
        "otherwise be apparent (unless s17(4) applies: the explanation would itself disclose "
        "exempt information). A prejudice-based exemption needs the harm; a class-based one "
        "needs the fact that puts the information in the class."
    ),
    fix=(
        "Explain, for each exemption, the harm that disclosure would cause, or the fact that "
        "brings the information within the class (for example 'the information is the personal "
        "data of named officers')."
    ),
    ask="Ask the authority to explain why each exemption applies to this information (s17(1)(c)).",
    provision="FOIA s17(1)(c)",
)
def no_reason_for_exemption(ctx: Context) -> Iterator[Hit]:
    """Fire for a claim with no harm statement and no explanation near its citation."""
    for claim, provision in ctx.withholding_claims:
        if any(word_count(p.text) >= 8 for p in ctx.harm_pieces(claim)):
            continue
        if _explained_near(ctx, claim):
            continue
        if provision.test is Test.CLASS:
            why = "say what puts the information in the class"
        else:
            why = "give the harm"
        yield _claim_hit(ctx, claim, f"{provision.label} is claimed but the notice does not {why}")


def _explained_near(ctx: Context, claim: Claim) -> bool:
    """True when a paragraph citing the provision, with the two after it, gives reasons.

    The citation is looked for in every form from the claim's key up to its
    subsection (``38(1)(b)``, ``38(1)``), since "section 38(1)(a) and (b)" or a
    heading "Section 40(2)" may carry the explanation rather than the claim's span.
    """
    if not ctx.text:
        return False
    blocks = list(paragraphs(ctx.text))
    places = {claim.span.start} if claim.span is not None else set()
    for form in _forms(claim.citation):
        places |= {m.start() for m in re.finditer(re.escape(form), ctx.text)}
    for index, (start, end) in enumerate(blocks):
        if any(start <= place < max(end, start + 1) for place in places):
            nearby = " ".join(ctx.text[s:e] for s, e in blocks[index : index + 3])
            if word_count(nearby) >= 25 and REASONING.search(nearby) is not None:
                return True
    return False


def _forms(key: str) -> list[str]:
    """``38(1)(b)`` -> ``["38(1)(b)", "38(1)"]``: the key and its parents below the section."""
    forms = []
    here: str | None = key
    while here is not None and "(" in here:
        forms.append(here)
        here = parent_key(here)
    return forms


REVIEW_WORDS = {
    Regime.FOIA: phrases(
        "internal review",
        "review (?:of )?(?:the|this|our|my) (?:decision|response|handling)",
        "(?:request|ask for|ask us for|require) an? review",
        "complaints? procedure",
        "internal complaint",
        "appeal",
        r"complain(?:t)? to (?:us|me|the (?:department|council|force|trust|authority|"
        r"university|ministry|office|service|agency|board|college))\b",
        r"(?:independent )?review panel",
    ),
    Regime.FOISA: phrases(
        "review",
        "section 20",
        r"s\.? ?20\b",
    ),
    Regime.EIR: phrases(
        "internal review",
        "reconsider(?:ation)?",
        "representations",
        r"regulation 11\b",
        r"reg\.? 11\b",
        "review (?:of )?(?:the|this|our|my) (?:decision|response|handling)",
    ),
}

COMMISSIONER_WORDS = {
    Regime.FOIA: phrases(
        "Information Commissioner", r"ico\.org\.uk", r"section 50\b", r"s\.? ?50\b", "ICO"
    ),
    Regime.FOISA: phrases(
        "Scottish Information Commissioner",
        r"itspublicknowledge(?:\.info)?",
        r"foi\.scot",
        r"section 47\b",
        r"s\.? ?47\b",
    ),
    Regime.EIR: phrases(
        "Information Commissioner", r"ico\.org\.uk", r"regulation 18\b", r"section 50\b", "ICO"
    ),
}

UK_COMMISSIONER = phrases("Information Commissioner's Office", r"ico\.org\.uk", "ICO")


def _rights_pieces(ctx: Context) -> list[Piece]:
    pieces = []
    rights = ctx.passage(ctx.response.rights)
    if rights is not None:
        pieces.append(rights)
    pieces.append(ctx.whole_text())
    return [p for p in pieces if p.text]


def _says(ctx: Context, pattern: re.Pattern[str]) -> bool:
    return any(pattern.search(piece.text) for piece in _rights_pieces(ctx))


def _rights_anchor(ctx: Context) -> tuple[Piece | None, str]:
    rights = ctx.passage(ctx.response.rights)
    return rights, "" if rights is None else rights.text


@rule(
    "S1704",
    severity=Severity.ERROR,
    title="No particulars of the internal review procedure",
    reason=(
        "FOIA s17(7)(a): every refusal notice must give particulars of the authority's "
        "procedure for dealing with complaints (internal review), or state that it has none. "
        "FOISA s19 (review under s20) and EIR reg 14(5)(a) (representations under reg 11) "
        "ask the same."
    ),
    fix=(
        "Add a paragraph saying how to ask for an internal review, to whom and by when "
        "(FOISA: require a review under s20 within 40 working days; EIR: make representations "
        "under regulation 11)."
    ),
    ask="Ask for an internal review anyway: the notice's silence does not remove the right.",
    provision="FOIA s17(7)(a)",
)
def no_internal_review(ctx: Context) -> Iterator[Hit]:
    """Fire when a refusal says nothing of how to ask for a review."""
    if not ctx.is_refusal or _says(ctx, REVIEW_WORDS[ctx.regime]):
        return
    rights, quote = _rights_anchor(ctx)
    yield Hit(
        message="the notice does not say how to ask for an internal review",
        span=None if rights is None else rights.span,
        quote=quote,
    )


@rule(
    "S1705",
    severity=Severity.ERROR,
    title="No mention of the right to complain to the Information Commissioner",
    reason=(
        "FOIA s17(7)(b): every refusal notice must give particulars of the right conferred by "
        "s50 to apply to the Information Commissioner. Under FOISA s19 the right is to apply "
        "to the Scottish Information Commissioner (s47); under the EIR reg 14(5)(b) the "
        "enforcement and appeal provisions (reg 18) must be named."
    ),
    fix=(
        "Add the right to complain to the Information Commissioner under section 50, with the "
        "ICO's address (ico.org.uk); for FOISA, the Scottish Information Commissioner under s47."
    ),
    ask=(
        "You may complain to the Commissioner after the internal review whatever the notice "
        "says; point out the missing s17(7)(b) particulars in your review request."
    ),
    provision="FOIA s17(7)(b)",
)
def no_commissioner_right(ctx: Context) -> Iterator[Hit]:
    """Fire when a refusal does not name the right to complain to the (right) Commissioner."""
    if not ctx.is_refusal or _says(ctx, COMMISSIONER_WORDS[ctx.regime]):
        return
    rights, quote = _rights_anchor(ctx)
    message = "the notice does not mention the right to complain to the Information Commissioner"
    if ctx.regime is Regime.FOISA and _says(ctx, UK_COMMISSIONER):
        message = (
            "the notice names the UK Information Commissioner; under FOISA the right is to apply "
            "to the Scottish Information Commissioner (s47)"
        )
    yield Hit(message=message, span=None if rights is None else rights.span, quote=quote)
