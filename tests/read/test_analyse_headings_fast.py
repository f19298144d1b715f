"""The screens before the markup and dash searches of the heading finder skip no match.

:mod:`foidesk.read.analyse.headings` searches a line for markup only when it holds one of
the characters every markup match needs, and for a spaced dash only when it holds a dash;
the screened searches must give what the plain searches give.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from foidesk.read.analyse import headings
from foidesk.read.analyse.headings import _DASH_SEEN, _MARKUP, _marked, _unmarked

PIECES = ["<u>", "</B>", "<", ">", "**", "*", "__", "_", "#", "## ", "Harm", " - ", "–", "—", "-"]
lines = st.lists(st.sampled_from([*PIECES, " ", "x", "\n"]), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(lines)
def test_markup_screen_skips_no_markup(text: str) -> None:
    if _MARKUP.search(text):
        assert _marked(text)
    assert _unmarked(text) == _MARKUP.sub("", text)


@settings(max_examples=300, deadline=None)
@given(lines)
def test_dash_screen_skips_no_dash(text: str) -> None:
    line = headings.Line(0, 0, len(text), text)
    found = headings._dashed_heading(line)
    if _DASH_SEEN.search(text[:80]) is None:
        assert found is None
    else:
        assert any(dash in text[:80] for dash in "-–—")
