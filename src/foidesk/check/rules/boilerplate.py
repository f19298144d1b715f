"""Boilerplate: arguments not written for the request they answer.

ICO guidance on the prejudice and public interest tests asks for arguments
about *this* information: a harm or a factor against disclosure that shares no
subject word with the request could have been pasted into any response. A
response made mostly of passages found word for word in other responses is a
template, and a requester may fairly ask for the request to be considered on
its own terms.
"""

from __future__ import annotations

from collections.abc import Iterator

from foidesk.check.context import Context, Piece
from foidesk.check.library import response_key, units
from foidesk.check.model import Hit, Severity
from foidesk.check.registry import rule
from foidesk.check.rules.pit import tests
from foidesk.check.text import content_words, word_count

MIN_ARGUMENT_WORDS = 12
"""Shorter passages are headings or linking sentences, not arguments."""

REUSED_SHARE = 0.5
"""BP02 fires when at least this share of a response's words is found in other responses."""


def _arguments(ctx: Context) -> list[tuple[str, Piece]]:
    found: list[tuple[str, Piece]] = []
    for claim, _ in ctx.withholding_claims:
        found += [("harm", p) for p in ctx.harm_pieces(claim)]
    found += [("factor against disclosure", p) for t in tests(ctx) for p in t.factors_against]
    found += [("factor against disclosure", p) for p in ctx.section_pieces("factors_against")]
    seen: set[tuple[int | None, str]] = set()
    unique = []
    for kind, piece in found:
        if (piece.start, piece.text) not in seen:
            seen.add((piece.start, piece.text))
            unique.append((kind, piece))
    return unique


@rule(
    "BP01",
    severity=Severity.WARNING,
    title="Argument says nothing specific to the request",
    reason=(
        "Hogan v IC (EA/2005/0026) step 2 and ICO guidance: the harm and the public interest "
        "in withholding must relate to the information requested. A harm or factor that shares "
        "no subject word with the request is generic and carries little weight."
    ),
    fix="Tie the argument to the information asked for: name it and say what its release would do.",
    ask=(
        "Ask the authority to explain how the harm relates to the information you asked for, "
        "rather than to information of that kind in general."
    ),
    provision="Hogan v IC EA/2005/0026 step 2; ICO prejudice test guidance",
)
def generic_argument(ctx: Context) -> Iterator[Hit]:
    """Fire for a harm or factor against disclosure with no subject word of the request."""
    request = ctx.response.request
    if request is None:
        return
    asked = content_words(request.text)
    if not asked:
        return
    for kind, piece in _arguments(ctx):
        if word_count(piece.text) < MIN_ARGUMENT_WORDS:
            continue
        if asked & content_words(piece.text) or any(c.isdigit() for c in piece.text):
            continue  # a shared subject word, or a figure or date, is something specific
        yield piece.whole(f"this {kind} shares no subject word with the request")


@rule(
    "BP02",
    severity=Severity.WARNING,
    title="Response made mostly of passages used word for word in other responses",
    reason=(
        "ICO guidance on the prejudice and public interest tests: each request must be "
        "considered on its own facts. A response most of whose text appears word for word in "
        "other responses suggests the arguments were not written for this request."
    ),
    fix=(
        "Keep the standard explanation of the law if you wish, but write the harm and the "
        "balance for this request."
    ),
    ask=(
        "Ask the authority to show how it considered your request on its own facts: most of "
        "its reasoning is a standard text."
    ),
    provision="ICO public interest test guidance",
)
def template_response(ctx: Context) -> Iterator[Hit]:
    """Fire when reused passages make up at least half of the response's words."""
    if ctx.library is None or not ctx.text:
        return
    key = response_key(ctx.response)
    total = reused = 0
    largest: tuple[int, int] | None = None
    others = 0
    for start, end, passage_digest in units(ctx.text):
        words = word_count(ctx.text[start:end])
        total += words
        count = ctx.library.count(passage_digest, excluding=key)
        if count:
            reused += words
            others = max(others, count)
            if largest is None or end - start > largest[1] - largest[0]:
                largest = (start, end)
    if total == 0 or largest is None or reused / total < REUSED_SHARE:
        return
    share = round(100 * reused / total)
    yield ctx.whole_text().hit_at(
        largest[0],
        largest[1],
        f"{share}% of the text is found word for word in other responses "
        f"(up to {others} of them); the longest shared passage is quoted",
    )
