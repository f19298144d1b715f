"""Properties of the citation parser over generated text, and the catalogue's own examples."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foidesk.errors import MalformedCitation
from foidesk.law import Catalogue, Provision, Regime, catalogue, find_citations, parse_citation
from foidesk.law.catalogue import KEY_PATTERN
from tests.law.test_cite_parse import small_catalogue

FRAGMENTS = [
    "section", "Sections", "s.", "S", "s ", "ss.", "§", "Sec.", "regulation", "Regs", "EIR ",
    "FOIA ", "FOISA ", " ", "  ", "\n", "(", ")", "1", "31", "40", "999", "2000", "(1)", "(5A)",
    "(a)", "(b)", "(h)", "(i)", "(ii)", "(xx)", "(aa)", " and ", ", ", " or ", "/", "-", " to ",
    " of the Act", " of the DPA 2018", " of FOISA", " of the EIR", "Act", "’", "'", "sub-",
    "working days", "x", "é", ".", "2", "A",
]  # fmt: skip

citation_like_text = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)
any_text = st.one_of(st.text(max_size=300), citation_like_text)


@given(text=any_text, regime=st.sampled_from(Regime))
@settings(max_examples=400, deadline=None)
def test_any_text_never_raises_and_spans_lie_inside(text: str, regime: Regime) -> None:
    found = find_citations(text, regime=regime)
    starts = [c.start for c in found]
    assert starts == sorted(starts)
    for c in found:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.text
        assert KEY_PATTERN.match(c.key), c.key
        assert c.key.startswith(c.section)


@given(text=any_text)
@settings(max_examples=200, deadline=None)
def test_parse_citation_either_reads_or_raises_malformed(text: str) -> None:
    message = ""
    try:
        found = parse_citation(text)
    except MalformedCitation as exc:
        message = exc.message
        found = []
    assert "\n" not in message
    assert bool(found) != bool(message)
    assert all(text[c.start : c.end] == c.text for c in found)


ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
sections = st.integers(1, 999).map(str) | st.tuples(st.integers(1, 99), st.sampled_from("ABC")).map(
    lambda t: f"{t[0]}{t[1]}"
)
subsections = st.none() | st.integers(1, 99).map(str) | st.just("5A")
paragraphs = st.none() | st.sampled_from("abcdefghjklmnopqrstuvwxyz") | st.just("aa")
subparagraphs = st.none() | st.sampled_from(ROMANS)


@st.composite
def provision_keys(draw: st.DrawFn) -> str:
    key = draw(sections)
    subsection = draw(subsections)
    if subsection:
        key += f"({subsection})"
    paragraph = draw(paragraphs)
    if paragraph:
        key += f"({paragraph})"
        subparagraph = draw(subparagraphs)
        if subparagraph:
            key += f"({subparagraph})"
    return key


INTROS = ["section ", "Section ", "s.", "s. ", "S", "s ", "§", "§ ", "Sec. ", "sect. "]


@given(key=provision_keys(), intro=st.sampled_from(INTROS), spaced=st.booleans())
@settings(max_examples=300, deadline=None)
def test_written_keys_read_back(key: str, intro: str, spaced: bool) -> None:
    written = intro + (key.replace("(", " (") if spaced else key)
    law = small_catalogue(foia=[key])
    found = parse_citation(written, law=law)
    assert [(c.key, c.regime, c.known, c.text) for c in found] == [
        (key, Regime.FOIA, True, written)
    ]


FILLER = st.lists(st.sampled_from(["the", "information", "is", "held", "exempt", "under"]))


@given(key=provision_keys(), before=FILLER, after=FILLER)
@settings(max_examples=200, deadline=None)
def test_citation_found_inside_running_text(key: str, before: list[str], after: list[str]) -> None:
    cited = f"regulation {key}"
    head = " ".join([*before, ""])
    text = head + cited + " ".join(["", *after]) + "."
    law = small_catalogue(eir=[key])
    [found] = find_citations(text, law=law)
    assert (found.key, found.regime, found.start, found.text) == (key, Regime.EIR, len(head), cited)


def _provisions() -> list[Provision]:
    return list(catalogue().provisions())


def _examples() -> list[tuple[Provision, str]]:
    return [(p, example) for p in _provisions() for example in p.examples]


@pytest.mark.parametrize("provision", _provisions(), ids=lambda p: f"{p.regime}-{p.key}")
def test_every_catalogued_label_reads_back_as_known(provision: Provision) -> None:
    found = parse_citation(provision.label, regime=provision.regime)
    assert [(c.key, c.regime, c.known) for c in found] == [(provision.key, provision.regime, True)]


@pytest.mark.parametrize(
    ("provision", "example"), _examples(), ids=lambda x: x if isinstance(x, str) else x.key
)
def test_every_catalogued_example_is_found(provision: Provision, example: str) -> None:
    found = find_citations(example, regime=provision.regime)
    assert (provision.key, provision.regime) in [(c.key, c.regime) for c in found]


def test_catalogue_fixture_is_real() -> None:
    law = catalogue()
    assert isinstance(law, Catalogue)
    assert law.find(Regime.FOIA, "31(1)(a)") is not None
