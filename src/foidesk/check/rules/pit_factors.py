"""Public interest factors: irrelevant ones, and ones written under the wrong side.

ICO guidance "The public interest test" lists factors that are irrelevant to
the balance: embarrassment or loss of confidence in the authority, the
requester's identity or motive (FOIA is applicant and purpose blind), and the
risk that the public would misunderstand the information. It also asks that
the factors on each side argue for that side, so that the weighing is honest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from foidesk.check.context import Context, Piece
from foidesk.check.model import Hit, Severity
from foidesk.check.registry import rule
from foidesk.check.rules.pit import Test, tests
from foidesk.check.text import phrases, sentences

WITHIN = r"(?:[^.]|\.(?!\s+[A-Z]))"
"""Any character that does not end a sentence ("etc., dismissively" stays inside)."""

IRRELEVANT = (
    (
        "loss of confidence in the authority",
        re.compile(
            r"(?:undermin|damag|los[st]|reduc|weaken|erod|harm|risk|affect|lower|diminish)"
            rf"{WITHIN}{{0,80}}?\b(?:trust|confidence)\b{WITHIN}{{0,60}}?\b(?:in|of)\s+(?:the\s+)?"
            r"(?:police|force|council|authority|department|organisation|service|government|"
            r"ministry|board|trust|us|[A-Z][a-z]+ (?:Police|Council|Constabulary))"
            r"|\bpublic'?s?\s+(?:trust|confidence)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "embarrassment or reputation",
        phrases(
            r"embarrass\w*",
            r"reputation(?:al)?",
            r"bad publicity",
            r"adverse publicity",
            r"negative (?:publicity|press|media)",
            rf"would (?:suggest|imply|give the impression){WITHIN}{{0,160}}?"
            r"(?:dismissive\w*|inappropriate\w*|careless\w*|negligen\w*|incompeten\w*)",
        ),
    ),
    (
        "the requester's identity or motive",
        phrases(
            r"(?:the )?(?:requester|applicant)'?s? "
            r"(?:identity|motives?|motivation|intentions?|reasons)",
            r"your (?:motives?|motivation|intentions?|reasons? for (?:asking|requesting|making))",
            r"why (?:the requester|you) (?:want|wants|made|asked|requested)",
            r"who (?:is asking|the requester is|you are)",
        ),
    ),
    (
        "the risk that the public would misunderstand the information",
        phrases(
            r"misunderst\w+",
            r"misinterpret\w*",
            r"misconstru\w*",
            r"misread",
            r"(?:taken|quoted) out of context",
            r"misleading (?:impression|picture|view)",
            r"wrong impression",
            r"confus(?:e|ion) (?:the|members of the) public",
        ),
    ),
)


@rule(
    "PIT07",
    severity=Severity.WARNING,
    title="Irrelevant factor weighed against disclosure",
    reason=(
        "ICO guidance 'The public interest test' (irrelevant factors): embarrassment or loss "
        "of confidence in the authority, the requester's identity or motive (FOIA is applicant "
        "and purpose blind), and the risk that the public would misunderstand the information "
        "are not reasons to maintain an exemption."
    ),
    fix="Remove the factor, or recast it as harm to the interest the exemption protects.",
    ask=(
        "Point out that this factor is irrelevant under ICO guidance and ask for the balance "
        "to be struck again without it."
    ),
    provision="ICO public interest test guidance: irrelevant factors",
)
def irrelevant_factor(ctx: Context) -> Iterator[Hit]:
    """Fire once per sentence weighing an irrelevant factor on the withholding side."""
    pieces = [p for test in tests(ctx) for p in test.factors_against + test.conclusion]
    pieces += ctx.section_pieces("factors_against") + ctx.section_pieces("balance")
    seen: set[int | None] = set()
    for piece in ctx.unique(pieces):
        for start, end in sentences(piece.text):
            sentence = piece.text[start:end]
            for kind, pattern in IRRELEVANT:
                match = pattern.search(sentence)
                if match is None:
                    continue
                hit = piece.hit_at(
                    start + match.start(), start + match.end(), f"irrelevant factor: {kind}"
                )
                key = hit.span.start if hit.span is not None else None
                if key is None or key not in seen:
                    seen.add(key)
                    yield hit
                break


FOR_WITHHOLDING = phrases(
    r"would (?!not\b)(?:\w+ ){0,2}?(?:compromise|undermine|prejudice|hinder|impede|endanger|"
    r"jeopardi[sz]e|harm|damage|weaken)\w*",
    r"would (?:assist|help|aid|benefit) (?:criminals|offenders|terrorists|those)",
    r"not in the public interest",
    r"(?:should|must) not be (?:disclosed|released)",
)
FOR_DISCLOSURE = phrases(
    r"(?:promote|increase|improve|enhance|further|aid|support|demonstrate)\w* "
    r"(?:\w+ ){0,3}?(?:transparency|accountability|public debate|public understanding|"
    r"openness|scrutiny)",
    r"(?:are|is) entitled to know",
    r"hold (?:\w+ ){0,4}?to account",
    r"better[- ]informed public",
)
CONCESSION = phrases("although", "while", "whilst", "however", "despite", "even though", "but")


@rule(
    "PIT08",
    severity=Severity.WARNING,
    title="Public interest factor written under the wrong side",
    reason=(
        "ICO guidance 'The public interest test': the factors favouring disclosure and those "
        "favouring the exemption are weighed against each other. A factor listed as favouring "
        "disclosure that argues for withholding (or the reverse) distorts the balance."
    ),
    fix="Move the factor to the side it argues for, and check the balance still holds.",
    ask="Ask the authority to restate the factors on each side; one argues for the other side.",
    provision="ICO public interest test guidance",
    officer_only=False,
)
def factor_on_wrong_side(ctx: Context) -> Iterator[Hit]:
    """Fire for a factor for disclosure arguing for withholding, and the reverse."""
    sides = (
        ("favouring disclosure", "withholding", FOR_WITHHOLDING, "factors_for"),
        ("favouring the exemption", "disclosure", FOR_DISCLOSURE, "factors_against"),
    )
    for side, argues, pattern, kind in sides:
        pieces = [p for test in tests(ctx) for p in _side(test, kind)]
        pieces += ctx.section_pieces(kind)
        for piece in ctx.unique(pieces):
            for start, end in sentences(piece.text):
                sentence = piece.text[start:end]
                match = pattern.search(sentence)
                if match is None or CONCESSION.search(sentence):
                    continue
                yield piece.hit_at(
                    start + match.start(),
                    start + match.end(),
                    f"a factor listed as {side} argues for {argues}",
                )


def _side(test: Test, kind: str) -> tuple[Piece, ...]:
    return test.factors_for if kind == "factors_for" else test.factors_against
