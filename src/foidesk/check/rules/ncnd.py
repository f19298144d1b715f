"""Neither confirm nor deny: FOIA s1(1)(a) and s2(1); ICO guidance on NCND.

An authority may refuse to say whether it holds information only under a
provision that excludes the duty to confirm or deny (24(2), 30(3), 31(3),
38(2), 40(5) ...): citing the withholding limb (31(1)(a)) does not do it. The
harm to argue is the harm of *confirming or denying*, not of disclosing the
content, and nothing in the response may reveal whether the information is
held; otherwise the NCND gives away what it claims to protect.
"""

from __future__ import annotations

from collections.abc import Iterator

from foidesk.check.context import Context, Piece
from foidesk.check.model import Hit, Severity
from foidesk.check.registry import rule
from foidesk.check.text import phrases, sentences


@rule(
    "NCND01",
    severity=Severity.ERROR,
    title="NCND claimed under a provision that does not exclude the duty to confirm or deny",
    reason=(
        "FOIA s1(1)(a) and s2(1): the duty to confirm or deny is excluded only by the provision "
        "that says so for each exemption (24(2), 30(3), 31(3), 38(2), 40(5) ...). Citing the "
        "limb that exempts the information itself (31(1)(a)) does not exclude the duty; s21 "
        "has no such provision at all."
    ),
    fix="Cite the provision excluding the duty to confirm or deny, for example section 31(3).",
    ask=(
        "Ask which provision excludes the duty to confirm or deny: the one cited only exempts "
        "the information itself."
    ),
    provision="FOIA s1(1)(a), s2(1)",
)
def ncnd_wrong_limb(ctx: Context) -> Iterator[Hit]:
    """Fire for an NCND claim whose provision is not itself an NCND limb.

    Citing the exemption beside its limb (31(1)(a) with 31(3); FOISA s35 with
    s18(1)) is right, so a claim whose limb is also cited does not fire (FOISA s18(1)
    is procedural, so the reader keeps it among the mentions).
    """
    cited = {c.citation for c in ctx.response.claims} | {m.citation for m in ctx.response.mentions}
    for claim, provision in ctx.withholding_claims:
        if not claim.ncnd or provision.excludes_confirm_deny:
            continue
        limb = ctx.law.ncnd_limb(claim.regime, claim.citation)
        if limb is not None and limb.key in cited:
            continue
        if limb is None:
            message = (
                f"{provision.label} has no provision excluding the duty to confirm or deny, "
                "so it cannot support neither confirming nor denying"
            )
        else:
            message = f"neither confirming nor denying needs {limb.label}, not {provision.label}"
        yield Hit(
            message=message,
            span=claim.span,
            quote=ctx.response.quote(claim.span) or claim.text or claim.citation,
            provision=claim.citation,
        )


DISCLOSURE_HARM = phrases(
    r"to (?:disclose|release|provide|publish)",
    r"(?:the )?(?:disclosure|release|publication) of (?:the|this|any|such)",
    r"(?:disclosing|releasing|publishing|providing) (?:the|this|any|such)",
    r"if (?:the|this) information (?:were|was) (?:disclosed|released)",
)
CONFIRM = phrases(
    r"confirm\w*", r"den(?:y|ying|ial)", r"whether (?:or not )?(?:any )?information (?:is|was) held"
)


def _ncnd_argument_pieces(ctx: Context) -> list[Piece]:
    pieces: list[Piece] = []
    for claim, _ in ctx.withholding_claims:
        if not claim.ncnd:
            continue
        pieces += ctx.harm_pieces(claim)
        if claim.pit is not None:
            pieces += [p for p in map(ctx.passage, claim.pit.factors_against) if p is not None]
    if not pieces and ctx.is_ncnd:
        pieces = ctx.section_pieces("harm") + ctx.section_pieces("factors_against")
    return list(ctx.unique(pieces))


@rule(
    "NCND02",
    severity=Severity.WARNING,
    title="NCND harm argued from disclosing the content, not from confirming or denying",
    reason=(
        "ICO guidance 'When to refuse to confirm or deny': in an NCND response the harm must "
        "come from confirming or denying whether the information is held, not from disclosing "
        "its content. An argument about releasing the information answers a question the "
        "authority has said it will not answer."
    ),
    fix=(
        "Rewrite the argument around what confirming or denying would reveal: 'to confirm or "
        "deny whether information is held would ...'."
    ),
    ask=(
        "Ask the authority to explain what harm would follow from merely confirming or denying "
        "that it holds the information."
    ),
    provision="FOIA s1(1)(a); ICO NCND guidance",
)
def ncnd_harm_from_disclosure(ctx: Context) -> Iterator[Hit]:
    """Fire once per NCND harm or factor whose argument is about disclosing the content."""
    if not any(claim.ncnd for claim in ctx.response.claims) and not ctx.is_ncnd:
        return
    for piece in _ncnd_argument_pieces(ctx):
        for start, end in sentences(piece.text):
            sentence = piece.text[start:end]
            match = DISCLOSURE_HARM.search(sentence)
            if match is None or CONFIRM.search(sentence):
                continue
            yield piece.hit_at(
                start + match.start(),
                start + match.end(),
                "in a response neither confirming nor denying, the harm is argued from "
                "disclosing the information",
            )
            break


REVEALS_HELD = phrases(
    r"the withheld information",
    r"(?:the )?information (?:that |which )?(?:we|the force|the council|the authority|"
    r"the department|it) (?:hold|holds|has|have|retains?)(?! no\b)(?! not\b)",
    r"the (?:requested|withheld) information (?:is|was|has been) "
    r"(?:exempt|withheld|being withheld|sensitive)",
    r"the information (?:you )?(?:have )?requested (?:is|was|has been) "
    r"(?:exempt|withheld|being withheld|sensitive)",
    r"(?:disclosure|release|disclosing|releasing) (?:of )?the (?:withheld |requested )?information",
    r"(?:we|the force|the council) (?:have|has) (?:decided to )?withh(?:e|o)ld",
    r"(?:is|are|has been|have been) (?:partially )?(?:withheld|redacted)",
)


@rule(
    "NCND03",
    severity=Severity.ERROR,
    title="NCND response reveals whether the information is held",
    reason=(
        "ICO guidance 'When to refuse to confirm or deny': an NCND response must not reveal, "
        "by its wording, whether the information is held. Phrases such as 'the withheld "
        "information' or 'disclosure of the information' confirm it exists, which defeats the "
        "purpose of neither confirming nor denying."
    ),
    fix=(
        "Reword hypothetically: 'any information, if held', 'confirming or denying whether "
        "information is held would ...'."
    ),
    ask=(
        "Point out that the response's wording implies the information is held, and ask the "
        "authority to confirm whether it holds it."
    ),
    provision="FOIA s1(1)(a), s2(1); ICO NCND guidance",
)
def ncnd_reveals_held(ctx: Context) -> Iterator[Hit]:
    """Fire for each phrase in an NCND response that implies the information is held."""
    if not ctx.is_ncnd:
        return
    piece = ctx.whole_text()
    last_end = -1
    for match in REVEALS_HELD.finditer(piece.text):
        if match.start() < last_end:
            continue
        last_end = match.end()
        yield piece.hit(
            match, f"'{' '.join(match.group().split())}' implies the information is held"
        )
