"""The extra ways of saying information is given (outcome.MORE_SIGNALS) are searched only
around their anchor words; the result must be what a plain search finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from foidesk.read.analyse.anchors import first_anchored
from foidesk.read.analyse.outcome import MORE_SIGNALS

PIECES = [
    "it has been provided",
    "This is disclosed in full",
    "(item 2) are enclosed",
    "we are now providing",
    "provided with this letter",
    "which are attached",
    "Your rights are attached",
    "the report",
    "withheld",
    ".",
    " ",
    "x" * 30,
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=10).map(" ".join))
def test_anchored_search_finds_what_a_plain_search_finds(text: str) -> None:
    for pattern, anchors in MORE_SIGNALS.values():
        plain = pattern.search(text)
        fast = first_anchored(pattern, text, text.lower(), anchors, back=40)
        assert (fast.span() if fast else None) == (plain.span() if plain else None)
