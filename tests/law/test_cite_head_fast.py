"""The screen before the search for an Act named in front of a citation misses none.

:func:`foidesk.law.cite_scan.may_name_act_before` skips the search of
:data:`foidesk.law.cite_patterns.ACT_HEAD_REGEX` where it cannot match; wherever the
search finds an Act, the screen must say it may.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foidesk.law import cite_patterns as pat
from foidesk.law.cite_scan import may_name_act_before
from tests.conftest import FIXTURES

TEXTS = sorted(FIXTURES.glob("*/*.txt"))

PIECES = [
    "FOIA",
    "FoIA",
    "FOISA",
    "FoISA",
    "FOI(S)A",
    "FOI (S) A",
    "FOI Act",
    "Freedom of Information Act",
    "FREEDOM OF INFORMATION ACT 2000",
    "Freedom of Information (Scotland) Act 2002",
    "Environmental Information Regulations",
    "environmental information regulationſ",
    "EIR",
    "EIRs 2004",
    "UK GDPR",
    "UKGDPR",
    "DPA 2018",
    "HRA",
    "RIPA",
    "PACE",
    "ECHR",
    "EISRs",
    "XDPA",
    "Data Protection Act",
    "Police Act 1996",
    "Code",
    "the Order",
    "Civil Procedure Rules",
    "Human Rights Convention",
    "Directive",
    "Charter",
    "(",
    ")",
    "٢٠١٨",
    "under",
    "of the",
    "section 31",
    "s.40(2)",
    " ",
    "  ",
    "\n",
    "\u00a0",
    "x",
]


def _check(text: str) -> None:
    for start in range(len(text) + 1):
        found = pat.ACT_HEAD_REGEX.search(text, max(0, start - pat.HEAD_WINDOW), start)
        if found is not None:
            assert may_name_act_before(text, start), (text[max(0, start - 40) : start], start)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_screen_misses_no_act_named_before(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("AERsacto) \n\t2019ſıİ"), max_size=30))
def test_screen_misses_no_act_in_odd_text(text: str) -> None:
    _check(text)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_screen_misses_no_act_on_fixtures(path: Path) -> None:
    _check(path.read_text(encoding="utf-8"))


def test_screen_skips_ordinary_words() -> None:
    text = "exempt under section 31"
    assert not may_name_act_before(text, text.index("section"))
    text = "of the Freedom of Information Act 2000 section 31"
    assert may_name_act_before(text, text.index("section"))
