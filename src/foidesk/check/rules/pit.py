"""The public interest test: FOIA s2(1)(b), s2(2)(b) and s17(3); ICO guidance.

Every qualified exemption needs a public interest test and an absolute one
none (s2(3)). The test weighs factors on both sides and reaches a conclusion;
s2 says the exemption applies only where the public interest in maintaining it
*outweighs* the public interest in disclosure, so a tie means disclosure. The
ICO's public interest test guidance lists factors that are irrelevant:
embarrassment or loss of confidence in the authority, the requester's identity
or motive, and the risk that the public would misunderstand the information.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from foidesk.check.context import Context, Piece
from foidesk.check.model import Hit, Severity
from foidesk.check.registry import rule
from foidesk.check.text import phrases
from foidesk.record.model import Claim, Favours, Passage, PublicInterestTest

PIT_WORDS = phrases("public interest")


@dataclass(frozen=True)
class Test:
    """One public interest test as the rules see it, with its pieces located."""

    claims: tuple[Claim, ...]
    factors_for: tuple[Piece, ...]
    factors_against: tuple[Piece, ...]
    conclusion: tuple[Piece, ...]
    favours: Favours | None

    @property
    def label(self) -> str:
        """The citations the test belongs to."""
        return ", ".join(c.citation for c in self.claims)


def tests(ctx: Context) -> list[Test]:
    """The response's public interest tests, each once (claims often share one)."""
    found: dict[int, tuple[PublicInterestTest, list[Claim]]] = {}
    for claim in ctx.response.claims:
        if claim.pit is not None and _has_content(claim.pit):
            key = _pit_key(claim.pit, found)
            found.setdefault(key, (claim.pit, []))[1].append(claim)
    return [_test(ctx, pit, claims) for pit, claims in found.values()]


def _has_content(pit: PublicInterestTest) -> bool:
    return bool(pit.factors_for or pit.factors_against or pit.balance or pit.conclusion)


def _pit_key(
    pit: PublicInterestTest, found: dict[int, tuple[PublicInterestTest, list[Claim]]]
) -> int:
    for key, (other, _) in found.items():
        if other == pit:
            return key
    return len(found)


def _test(ctx: Context, pit: PublicInterestTest, claims: list[Claim]) -> Test:
    def located(passages: list[Passage | None]) -> tuple[Piece, ...]:
        pieces = [ctx.passage(p) for p in passages]
        return tuple(p for p in pieces if p is not None and p.text.strip())

    return Test(
        claims=tuple(claims),
        factors_for=located(list(pit.factors_for)),
        factors_against=located(list(pit.factors_against)),
        conclusion=located([pit.balance, pit.conclusion]),
        favours=pit.favours,
    )


def _sections_say(ctx: Context, *kinds: str) -> bool:
    return any(ctx.section_pieces(kind) for kind in kinds)


SIDE_WORDS = {
    "factors_for": phrases(
        r"(?:in favour of|favouring|for|arguments? for|factors? for) "
        r"(?:the )?(?:disclosure|release|disclosing|releasing|confirming)",
        r"(?:a |the |general )?public interest in (?:disclosure|transparency|accountability|"
        r"openness|knowing|understanding|scrutiny)",
    ),
    "factors_against": phrases(
        r"(?:in favour of|favouring|for|arguments? for|factors? for) "
        r"(?:maintaining|non-?disclosure|withholding|neither confirming)",
        r"against (?:the )?(?:disclosure|release|disclosing|releasing|confirming)",
        r"public interest in (?:maintaining|protecting|preventing|avoiding|the safety|"
        r"the protection)",
    ),
}
"""Words that show a side was argued, where the reader did not record it as factors."""


def _side_argued(ctx: Context, kind: str) -> bool:
    return bool(ctx.section_pieces(kind)) or SIDE_WORDS[kind].search(ctx.text) is not None


@rule(
    "PIT01",
    severity=Severity.ERROR,
    title="No public interest test for a qualified exemption",
    reason=(
        "FOIA s2(2)(b) and s17(3): a qualified exemption applies only where the public "
        "interest in maintaining it outweighs the public interest in disclosure, and the "
        "notice must give the reasons for that conclusion (s2(1)(b) for neither confirming "
        "nor denying)."
    ),
    fix=(
        "Add a public interest test for the exemption: factors for disclosure, factors for "
        "maintaining the exemption, and the balance."
    ),
    ask="Ask for the public interest reasons for maintaining the exemption, as s17(3) requires.",
    provision="FOIA s17(3); s2(2)(b)",
)
def qualified_without_test(ctx: Context) -> Iterator[Hit]:
    """Fire for a qualified claim with no test, when the document has no test at all."""
    if _sections_say(ctx, "factors_for", "factors_against", "balance"):
        return
    document_has_test = len(PIT_WORDS.findall(ctx.text)) >= 2
    for claim in ctx.response.claims:
        provision = ctx.provision(claim)
        if provision is None or not provision.is_qualified:
            continue  # EIR reg 12(4)(b), a refusal ground, is qualified too (reg 12(1)(b))
        if claim.pit is not None and _has_content(claim.pit):
            continue
        if document_has_test:
            continue
        yield Hit(
            message=f"{provision.label} is qualified but no public interest test is given",
            span=claim.span,
            quote=ctx.response.quote(claim.span) or claim.text or claim.citation,
            provision=claim.citation,
        )


@rule(
    "PIT02",
    severity=Severity.INFO,
    title="Public interest test given for an absolute exemption",
    reason=(
        "FOIA s2(3): an absolute exemption (s21, s23, s32, s34, s40(1), s41, s44 ...) is not "
        "subject to the public interest test. Giving one does no harm but suggests the "
        "exemption could be outweighed, which invites a challenge."
    ),
    fix="Drop the public interest test for the absolute exemption, or say why it is given.",
    ask="No action needed: the exemption is absolute, so the public interest is not weighed.",
    provision="FOIA s2(3)",
    officer_only=True,
)
def test_for_absolute(ctx: Context) -> Iterator[Hit]:
    """Fire for an absolute claim that carries a public interest test."""
    for claim, provision in ctx.withholding_claims:
        if provision.is_absolute and claim.pit is not None and _has_content(claim.pit):
            yield Hit(
                message=f"{provision.label} is absolute: no public interest test is needed",
                span=claim.span,
                quote=ctx.response.quote(claim.span) or claim.text or claim.citation,
                provision=claim.citation,
            )


@rule(
    "PIT03",
    severity=Severity.WARNING,
    title="Public interest factors given on one side only",
    reason=(
        "ICO guidance 'The public interest test': there is always some public interest in "
        "disclosure (transparency, accountability), and the test weighs the factors on both "
        "sides. A test with factors on one side only has not weighed anything."
    ),
    fix="Set out the factors for disclosure and those for the exemption, then weigh them.",
    ask="Ask the authority to say what weight it gave to the public interest in disclosure.",
    provision="FOIA s2(2)(b); ICO public interest test guidance",
)
def one_sided_test(ctx: Context) -> Iterator[Hit]:
    """Fire for a test missing all factors for, or all factors against."""
    for test in tests(ctx):
        missing = []
        if not test.factors_for and not _side_argued(ctx, "factors_for"):
            missing.append("favouring disclosure")
        if not test.factors_against and not _side_argued(ctx, "factors_against"):
            missing.append("favouring the exemption")
        if missing:
            anchor = (test.factors_for + test.factors_against + test.conclusion)[:1]
            hit_message = f"the test for {test.label} gives no factors {' or '.join(missing)}"
            if anchor:
                yield anchor[0].whole(hit_message, test.claims[0].citation)
            else:
                yield Hit(message=hit_message, provision=test.claims[0].citation)


WITHHOLD_CONCLUSION = phrases(
    r"favou?rs? (?:the )?(?:non-?disclosure|nondisclosure|withholding|maintaining|"
    r"neither confirming|not confirming|the exemption|exemption)",
    r"(?:public )?interest in maintaining (?:the |this |these )?(?:exemptions?|exclusions?)"
    r"(?: \w+){0,6} outweighs",
    r"not in the public interest to (?:release|disclose|provide|confirm)",
    r"(?:public )?interest in (?:disclosure|disclosing|providing|releasing|release|confirming)"
    r"[^.]{0,60}? (?:is|was) outweighed",
    r"in favour of (?:non-?disclosure|withholding|maintaining)(?!(?: \w+){0,3}[,:])",
    r"outweighs? (?:the )?(?:public )?interest in (?:disclosure|disclosing|release|releasing|"
    r"confirming)",
    r"(?:public )?interest in maintaining (?:the |this |these )?(?:exemptions?|exclusions?|"
    r"exceptions?) (?:is|are) (?:the )?(?:stronger|greater|weightier)",
    r"public interest (?:is|would be) (?:best )?served by (?:withholding|not disclosing|"
    r"maintaining|neither confirming)",
    r"(?:contrary to|against) the public interest to (?:disclose|release|confirm|reveal|provide)",
)
DISCLOSE_CONCLUSION = phrases(
    r"favou?rs? (?:the )?(?!non)(?:disclosure|disclosing|release|releasing|confirming or denying)",
    r"in favour of (?:disclosure|disclosing|release|releasing|confirming)(?!(?: \w+){0,3}[,:])",
    r"(?:public )?interest in (?:disclosure|disclosing|release|releasing|confirming)"
    r"(?: \w+){0,6} outweighs",
    r"(?:public )?interest in maintaining (?:the |this )?(?:exemptions?|exclusions?)"
    r"[^.]{0,60}? (?:is|was) outweighed",
    r"not in the public interest to withhold",
)
TIE = phrases(
    r"equally (?:balanced|weighted)",
    r"evenly (?:balanced|weighted)",
    r"(?:carry|carries|are of|of) equal weight",
    r"the scales are (?:even|level)",
    r"neither (?:side )?outweighs",
    r"in equilibrium",
)


def conclusion_of(test: Test) -> tuple[Favours | None, Piece | None, re.Match[str] | None]:
    """Which way the test's conclusion goes, by its words (else its recorded ``favours``)."""
    for piece in reversed(test.conclusion):
        last: tuple[int, Favours, re.Match[str]] | None = None
        for pattern, way in (
            (WITHHOLD_CONCLUSION, Favours.WITHHOLDING),
            (DISCLOSE_CONCLUSION, Favours.DISCLOSURE),
        ):
            for match in pattern.finditer(piece.text):
                if last is None or match.start() > last[0]:
                    last = (match.start(), way, match)
        if last is not None:
            return last[1], piece, last[2]
    return test.favours, (test.conclusion[-1] if test.conclusion else None), None


@rule(
    "PIT04",
    severity=Severity.ERROR,
    title="No balancing conclusion",
    reason=(
        "FOIA s17(3): the notice must state the reasons for claiming that the public interest "
        "in maintaining the exemption outweighs the public interest in disclosure. Listing "
        "factors without weighing them does not do that."
    ),
    fix="End the test with the balance: which side outweighs the other, and why.",
    ask="Ask the authority to explain why it concluded the public interest favours withholding.",
    provision="FOIA s17(3)",
)
def no_conclusion(ctx: Context) -> Iterator[Hit]:
    """Fire for a test with factors but no balance or conclusion, in the record or the text."""
    if WITHHOLD_CONCLUSION.search(ctx.text) or DISCLOSE_CONCLUSION.search(ctx.text):
        return
    if _sections_say(ctx, "balance", "conclusion"):
        return
    for test in tests(ctx):
        if test.conclusion or test.favours is not None:
            continue
        anchor = (test.factors_against + test.factors_for)[-1:]
        message = f"the public interest test for {test.label} reaches no conclusion"
        if anchor:
            yield anchor[0].whole(message, test.claims[0].citation)
        else:
            yield Hit(message=message, provision=test.claims[0].citation)


@rule(
    "PIT05",
    severity=Severity.ERROR,
    title="The balance favours disclosure but the information is withheld",
    reason=(
        "FOIA s2(2)(b) (s2(1)(b) for NCND): where the public interest does not favour "
        "maintaining the exemption, the information must be disclosed (or its existence "
        "confirmed or denied). The conclusion and the outcome contradict each other."
    ),
    fix="Disclose the information, or correct the balancing conclusion if it was mis-stated.",
    ask=(
        "Point out that the authority's own balance favours disclosure, and ask for the "
        "information to be released."
    ),
    provision="FOIA s2(2)(b)",
)
def conclusion_contradicts_outcome(ctx: Context) -> Iterator[Hit]:
    """Fire when a test concludes for disclosure while the response withholds."""
    if not ctx.withholds:
        return
    for test in tests(ctx):
        way, piece, match = conclusion_of(test)
        if way is not Favours.DISCLOSURE:
            continue
        message = (
            f"the public interest test for {test.label} favours disclosure but the response "
            f"is {ctx.response.outcome.value}"
        )
        if piece is not None and match is not None:
            yield piece.hit(match, message, test.claims[0].citation)
        elif piece is not None:
            yield piece.whole(message, test.claims[0].citation)
        else:
            yield Hit(message=message, provision=test.claims[0].citation)


@rule(
    "PIT06",
    severity=Severity.ERROR,
    title="A tie in the public interest, yet the information is withheld",
    reason=(
        "FOIA s2(1)(b) and s2(2)(b): the exemption applies only where the public interest in "
        "maintaining it outweighs the public interest in disclosure. Where the interests are "
        "equally balanced, the information must be disclosed."
    ),
    fix="Disclose the information, or explain what tips the balance towards the exemption.",
    ask="Point out that an evenly balanced public interest means disclosure under s2 FOIA.",
    provision="FOIA s2(2)(b)",
)
def tie_withheld(ctx: Context) -> Iterator[Hit]:
    """Fire when the balance is said to be even in a response that withholds."""
    if not ctx.withholds:
        return
    pieces = [p for test in tests(ctx) for p in test.conclusion] or [ctx.whole_text()]
    for piece in ctx.unique(pieces):
        for match in TIE.finditer(piece.text):
            yield piece.hit(
                match, "the balance is said to be even, but a tie means disclosure (s2 FOIA)"
            )
