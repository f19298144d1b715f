"""The prejudice test: the three steps of Hogan v IC (EA/2005/0026 and 0030).

1. The applicable interest within the exemption is named (which of s31(1)(a)-(i)).
2. The prejudice is real, actual or of substance, with a causal link between
   disclosure (or confirming or denying) and the harm to *this* information.
3. The likelihood is stated: "would" (more probable than not) or "would be
   likely to" (a real and significant risk), and used consistently. "Could" or
   "might" alone is below either threshold. Under the EIR reg 12(5) the test is
   "would adversely affect": only "would" reaches it.

ICO guidance "The prejudice test" applies the same steps to the harm in
confirming or denying (NCND) and, with "endanger", to s38.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from foidesk.check.context import Context, Piece
from foidesk.check.model import Hit, Severity
from foidesk.check.registry import rule
from foidesk.check.text import content_words, phrases, word_count
from foidesk.law.model import Provision, Test
from foidesk.record.model import Claim, Likelihood

HARM_TESTS = frozenset(
    {Test.PREJUDICE, Test.ENDANGER, Test.ADVERSE_EFFECT, Test.SUBSTANTIAL_PREJUDICE}
)

HARM_VERBS = (
    r"prejudice|harm|damage|undermine|compromise|hinder|impede|impair|jeopardi[sz]e|endanger"
    r"|weaken|disrupt|assist|help|aid|enable|allow|permit|reveal|expose|identify|increase"
    r"|put|place|render|leave|affect|adversely|prevent|reduce|lead|result|give|alert|inform"
    r"|tip|facilitate|make|hamper|frustrate|deter|discourage|inhibit|risk|threaten"
    r"|be (?:extremely |very |of )?(?:useful|valuable|of use|of value|beneficial|detrimental)"
)
FORMULA = phrases(r"would,? or would be likely to,?", r"would or would be likely to")
LIKELY = phrases(
    "would be likely to",
    "(?:is|are|was) likely to",
    "real and significant risk",
    "real and significant likelihood",
)
WOULD = phrases(
    rf"would (?!be likely)(?!not\b)(?:\w+ ){{0,2}}?(?:{HARM_VERBS})\w*",
    "more probable than not",
    "more likely than not",
    "would certainly",
)
WEAK = phrases("could", "might", "may", "possibly", "potentially", "there is a possibility")
WEAK_HARM = phrases(rf"(?:could|might|may) (?!not\b)(?:\w+ ){{0,2}}?(?:{HARM_VERBS}|be used)\w*")
"""A weak modal attached to a harm ("could be used by a hostile party"): the best quote."""

CAUSAL = phrases(
    r"(?:would|could|might|may) (?:\w+ ){0,2}?(?:allow|enable|assist|help|permit|give|let|tell|"
    r"show|reveal|indicate|alert|identify|expose|highlight|inform|undercut|arrange|avoid|evade|"
    r"target|exploit|locate|track|circumvent|calculate|deduce|work out|adjust|tailor|learn|"
    r"recognise|recognize|compare|time|plan)",
    r"if (?:\w+ ){0,3}?(?:were|was|is|are) (?:disclosed|released|published|made public|known)",
    r"could be used",
    r"be used (?:to|by)",
    r"(?:enabling|allowing|permitting|assisting|helping)",
    r"in turn",
    r"as a result",
    r"because",
    r"therefore",
    r"thereby",
    r"lead(?:ing)? to",
    r"result(?:ing)? in",
    r"so that",
    r"make it (?:easier|possible|harder)",
    r"by (?:revealing|showing|identifying|disclosing|confirming)",
)


def harm_claims(ctx: Context) -> Iterator[tuple[Claim, Provision, list[Piece]]]:
    """Claims engaged by a harm test, with their harm text (Hogan applies to them)."""
    for claim, provision in ctx.withholding_claims:
        if provision.test in HARM_TESTS:
            yield claim, provision, ctx.harm_pieces(claim)


def _interest_named(ctx: Context, claim: Claim, limbs: list[Provision], text: str) -> bool:
    if claim.harm is not None and claim.harm.interests:
        return True
    words = content_words(text)
    for limb in limbs:
        title = content_words(limb.title)
        if title and len(title & words) >= min(2, len(title)):
            return True
    return False


@rule(
    "PRJ01",
    severity=Severity.ERROR,
    title="The interest harmed is not named",
    reason=(
        "Hogan v IC (EA/2005/0026), step 1, and ICO guidance 'The prejudice test': the "
        "authority must identify which interest protected by the exemption would be harmed. "
        "A bare 'section 31' with a harm test leaves open which of 31(1)(a)-(i) is at stake."
    ),
    fix=(
        "Name the interest, citing its limb: for example 'the prevention or detection of crime "
        "(section 31(1)(a))'."
    ),
    ask="Ask which of the interests protected by the exemption would be harmed, and how.",
    provision="Hogan v IC EA/2005/0026 step 1",
)
def interest_not_named(ctx: Context) -> Iterator[Hit]:
    """Fire when a prejudice claim cites a section with limbs and its harm names none of them."""
    for claim, provision, pieces in harm_claims(ctx):
        if claim.ncnd or provision.excludes_confirm_deny:
            continue  # the NCND limb covers all the interests; NCND01 checks the citation
        limbs = ctx.limbs(provision)
        if len(limbs) < 2:
            continue
        text = " ".join(p.text for p in pieces)
        if _interest_named(ctx, claim, limbs, text):
            continue
        quote = ctx.response.quote(claim.span) or claim.text or claim.citation
        yield Hit(
            message=(
                f"{provision.label} is claimed but the harm does not say which interest "
                f"({', '.join(p.key for p in limbs[:3])} ...) would be prejudiced"
            ),
            span=claim.span,
            quote=quote,
            provision=claim.citation,
        )


@rule(
    "PRJ02",
    severity=Severity.WARNING,
    title="The harm has no causal link to the information requested",
    reason=(
        "Hogan v IC (EA/2005/0026), step 2: the prejudice must be real, actual or of substance "
        "and there must be a causal link between disclosing this information and the harm. "
        "A harm that neither mentions the subject of the request nor says how disclosure "
        "would bring the harm about is an assertion, not a reason."
    ),
    fix=(
        "Say how releasing this information would cause the harm: who could use it, what it "
        "would let them do ('would allow offenders to ...')."
    ),
    ask="Ask the authority to explain how disclosing this information would cause the harm.",
    provision="Hogan v IC EA/2005/0026 step 2",
)
def harm_without_causal_link(ctx: Context) -> Iterator[Hit]:
    """Fire for a harm with no causal wording that shares no subject word with the request."""
    request = ctx.response.request
    request_words = content_words(request.text) if request is not None else set()
    for claim, _, pieces in harm_claims(ctx):
        for piece in pieces:
            if word_count(piece.text) < 3 or CAUSAL.search(piece.text):
                continue
            if request_words and request_words & content_words(piece.text):
                continue
            yield piece.whole(
                "the harm says disclosure would be harmful but not how: no causal link "
                "to the information requested",
                claim.citation,
            )


def _levels(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]], list[re.Match[str]]]:
    """The 'would', 'would be likely to' and weak ('could') wordings, formula removed."""
    blanked = FORMULA.sub(lambda m: " " * len(m.group()), text)
    likely = list(LIKELY.finditer(blanked))
    would = [m for m in WOULD.finditer(blanked) if not _inside(m, likely)]
    weak = list(WEAK.finditer(blanked))
    return would, likely, weak


PREJUDICE = re.compile(
    r"\b(?:prejudic|harm|damag|undermin|compromis|hinder|imped|impair|jeopardi[sz]|endanger|"
    r"weaken|disrupt|inhibit|hamper|frustrat|threaten|adversely|put\s+\w+(?:\s+\w+)?\s+at\s+risk)",
    re.IGNORECASE,
)
"""The verbs of prejudice itself, as against its consequences (allow, reveal, assist)."""


def _prejudice_follows(text: str, start: int, end: int) -> bool:
    """True when a verb of prejudice stands in ``text[start:end]`` (within its first words)."""
    return PREJUDICE.search(text, start, min(end, start + 60)) is not None


def _inside(match: re.Match[str], others: list[re.Match[str]]) -> bool:
    return any(o.start() <= match.start() < o.end() for o in others)


def _likelihood_pieces(ctx: Context) -> Iterator[tuple[Claim, Provision, Piece]]:
    seen: set[tuple[int | None, str]] = set()
    for claim, provision, pieces in harm_claims(ctx):
        for piece in pieces:
            if (piece.start, piece.text) not in seen and word_count(piece.text) >= 3:
                seen.add((piece.start, piece.text))
                yield claim, provision, piece


@rule(
    "PRJ03",
    severity=Severity.WARNING,
    title="The likelihood of prejudice is not stated",
    reason=(
        "Hogan v IC (EA/2005/0026), step 3: the authority must say whether the prejudice "
        "would occur (more probable than not) or would be likely to occur (a real and "
        "significant risk). ICO guidance: where it does not say, the lower threshold is assumed."
    ),
    fix="State the level: 'disclosure would prejudice ...' or 'would be likely to prejudice ...'.",
    ask="Ask whether the authority says the harm would happen or would be likely to happen.",
    provision="Hogan v IC EA/2005/0026 step 3",
)
def likelihood_not_stated(ctx: Context) -> Iterator[Hit]:
    """Fire for a harm that states no level of likelihood at all (not even 'could')."""
    for claim, provision, piece in _likelihood_pieces(ctx):
        would, likely, weak = _levels(piece.text)
        if would or likely or weak:
            continue
        if claim.harm is not None and claim.harm.likelihood is not Likelihood.UNSTATED:
            continue
        yield piece.whole(
            f"the harm for {provision.label} does not say whether prejudice would occur "
            "or would be likely to occur",
            claim.citation,
        )


@rule(
    "PRJ04",
    severity=Severity.WARNING,
    title="The harm says only 'could' or 'might': below the threshold",
    reason=(
        "Hogan v IC (EA/2005/0026), step 3, and ICO guidance 'The prejudice test': a harm that "
        "only could or might happen is hypothetical; the exemption needs prejudice that would, "
        "or would be likely to, occur. Under the EIR reg 12(5) only 'would adversely affect' "
        "reaches the threshold."
    ),
    fix=(
        "If the evidence supports it, say the harm would (or would be likely to) occur and why; "
        "if it does not, the exemption may not be engaged."
    ),
    ask=(
        "Point out that a harm which only 'could' happen does not engage the exemption, and ask "
        "for the evidence that it would, or would be likely to, happen."
    ),
    provision="Hogan v IC EA/2005/0026 step 3",
)
def likelihood_below_threshold(ctx: Context) -> Iterator[Hit]:
    """Fire for a harm saying only could/might/may (under the EIR, also 'likely')."""
    for claim, provision, piece in _likelihood_pieces(ctx):
        would, likely, weak = _levels(piece.text)
        if would:
            continue
        if provision.test is Test.ADVERSE_EFFECT and likely:
            yield piece.hit(
                likely[0],
                f"{provision.label} needs an adverse effect that would happen; "
                "'would be likely to' is below the EIR threshold",
                claim.citation,
            )
        elif weak and not likely:
            words = sorted({m.group().lower() for m in weak})
            best = WEAK_HARM.search(piece.text) or weak[0]
            yield piece.hit(
                best,
                f"the harm for {provision.label} says only {' / '.join(words)}: "
                "no 'would' or 'would be likely to'",
                claim.citation,
            )


@rule(
    "PRJ05",
    severity=Severity.WARNING,
    title="'Would' and 'would be likely to' mixed for the same claim",
    reason=(
        "Hogan v IC (EA/2005/0026), step 3: the two levels of likelihood carry different "
        "evidential burdens and different weight in the public interest test. Using both for "
        "the same claim leaves unclear which the authority relies on."
    ),
    fix="Choose one level for each claim and use it in the harm and the public interest test.",
    ask="Ask which level of likelihood the authority relies on: 'would' or 'would be likely to'.",
    provision="Hogan v IC EA/2005/0026 step 3",
)
def likelihood_mixed(ctx: Context) -> Iterator[Hit]:
    """Fire when one claim's harm says both 'would <prejudice>' and 'would be likely to
    <prejudice>': the consequences it goes on to draw ("it would allow offenders to ...")
    and other things that are likely ("is likely to be challenged") are no second level."""
    for claim, provision, piece in _likelihood_pieces(ctx):
        would, likely, _ = _levels(piece.text)
        would = [m for m in would if _prejudice_follows(piece.text, m.start(), m.end())]
        likely = [m for m in likely if _prejudice_follows(piece.text, m.end(), m.end() + 40)]
        if would and likely:
            first = min(would + likely, key=lambda m: m.start())
            yield piece.hit(
                first,
                f"the harm for {provision.label} says both '{would[0].group()}' and "
                f"'{likely[0].group()}'",
                claim.citation,
            )
