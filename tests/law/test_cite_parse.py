"""parse_citation, and what the parser asks of an injected catalogue."""

from __future__ import annotations

import pytest

from foidesk.errors import MalformedCitation
from foidesk.law import Catalogue, Regime, find_citations, parse_citation, section_of
from foidesk.law.catalogue import Statute
from foidesk.law.model import Provision, ProvisionKind


def small_catalogue(**keys: list[str]) -> Catalogue:
    """A catalogue with only the given keys, e.g. ``small_catalogue(foia=["31(2)(i)"])``."""
    statutes = {}
    for regime in Regime:
        provisions = {
            key: Provision(regime, key, f"test {key}", ProvisionKind.EXEMPTION, section_of(key))
            for key in keys.get(regime.value, [])
        }
        statutes[regime] = Statute(regime, regime.instrument, provisions, ())
    return Catalogue(statutes)


def keys(text: str, law: Catalogue, regime: Regime = Regime.FOIA) -> list[tuple[str, bool]]:
    return [(c.key, c.known) for c in find_citations(text, regime=regime, law=law)]


@pytest.mark.parametrize(
    ("text", "catalogue_keys", "expected"),
    [
        # The catalogue knows the sub-paragraph: (i) belongs under (h).
        ("section 9(1)(h)(i)", ["9(1)(h)(i)"], [("9(1)(h)(i)", True)]),
        # The catalogue knows paragraph (i): (h) and (i) are alternatives.
        ("section 9(1)(h)(i)", ["9(1)(h)", "9(1)(i)"], [("9(1)(h)", True), ("9(1)(i)", True)]),
        ("section 9(1)(c)(i)", ["9(1)(i)"], [("9(1)(c)", False), ("9(1)(i)", True)]),
        ("section 9(1)(c)(v)", ["9(1)(c)(v)"], [("9(1)(c)(v)", True)]),
        # The catalogue knows neither: the next letter is a paragraph, else a sub-paragraph.
        ("section 9(1)(h)(i)", [], [("9(1)(h)", False), ("9(1)(i)", False)]),
        ("section 9(1)(u)(v)", [], [("9(1)(u)", False), ("9(1)(v)", False)]),
        ("section 9(1)(w)(x)", [], [("9(1)(w)", False), ("9(1)(x)", False)]),
        ("section 9(1)(c)(i)", [], [("9(1)(c)(i)", False)]),
        ("section 9(1)(b)(x)", [], [("9(1)(b)(x)", False)]),
        # It knows both: the letter order decides.
        ("section 9(1)(h)(i)", ["9(1)(h)(i)", "9(1)(i)"], [("9(1)(h)", False), ("9(1)(i)", True)]),
        # (i) with no paragraph before it is a paragraph.
        ("section 9(2)(i)", ["9(2)(i)"], [("9(2)(i)", True)]),
        # After a sub-paragraph, roman numerals stay sub-paragraphs.
        (
            "section 9(1)(a)(i)(ii)(iii)",
            ["9(1)(a)(i)"],
            [("9(1)(a)(i)", True), ("9(1)(a)(ii)", False), ("9(1)(a)(iii)", False)],
        ),
        ("s.9(1)(a)(i) and (ii)", ["9(1)(a)(i)"], [("9(1)(a)(i)", True), ("9(1)(a)(ii)", False)]),
    ],
)
def test_roman_numerals_settled_through_the_catalogue(
    text: str, catalogue_keys: list[str], expected: list[tuple[str, bool]]
) -> None:
    assert keys(text, small_catalogue(foia=catalogue_keys)) == expected


def test_known_is_asked_of_the_injected_catalogue_per_regime() -> None:
    law = small_catalogue(foia=["31"], eir=["12(5)(b)"], foisa=["35(1)(a)"])
    assert keys("section 31 and regulation 12(5)(b)", law) == [("31", True), ("12(5)(b)", True)]
    assert keys("section 35(1)(a) of FOISA and section 35(1)(a)", law) == [
        ("35(1)(a)", True),
        ("35(1)(a)", False),
    ]
    assert keys("section 24", law) == [("24", False)]


def test_a_catalogue_without_the_regime_reports_unknown() -> None:
    law = Catalogue({Regime.FOIA: Statute(Regime.FOIA, "FOIA", {}, ())})
    assert keys("regulation 12(5)(b)", law) == [("12(5)(b)", False)]


def test_unknown_provision_is_never_corrected() -> None:
    law = small_catalogue(foia=["31", "31(1)", "31(1)(a)"])
    assert keys("section 31(1)(aa) and section 13(1)(a) and s.311", law) == [
        ("31(1)(aa)", False),
        ("13(1)(a)", False),
        ("311", False),
    ]


@pytest.mark.parametrize(
    ("text", "regime", "expected"),
    [
        ("31(1)(a)", Regime.FOIA, [("31(1)(a)", Regime.FOIA, "31(1)(a)")]),
        ("  31(1)(a)  ", Regime.FOIA, [("31(1)(a)", Regime.FOIA, "31(1)(a)")]),
        ("12(5)(b)", Regime.EIR, [("12(5)(b)", Regime.EIR, "12(5)(b)")]),
        ("35(1)(a)", Regime.FOISA, [("35(1)(a)", Regime.FOISA, "35(1)(a)")]),
        ("s.40(5B)(a)(i)", Regime.FOIA, [("40(5B)(a)(i)", Regime.FOIA, "s.40(5B)(a)(i)")]),
        ("Regulation 12(5)(b)", Regime.FOIA, [("12(5)(b)", Regime.EIR, "Regulation 12(5)(b)")]),
        ("EIR 13(1)", Regime.FOIA, [("13(1)", Regime.EIR, "EIR 13(1)")]),
        (
            "sections 24 and 31",
            Regime.FOIA,
            [("24", Regime.FOIA, "sections 24"), ("31", Regime.FOIA, "31")],
        ),
        (
            "FOIA s.31(1)(a) and (b)",
            Regime.FOISA,
            [("31(1)(a)", Regime.FOIA, "s.31(1)(a)"), ("31(1)(b)", Regime.FOIA, "(b)")],
        ),
        (
            "section 35(1)(a) of FOISA.",
            Regime.FOIA,
            [("35(1)(a)", Regime.FOISA, "section 35(1)(a)")],
        ),
        (
            "31(1)(a), 24(2)",
            Regime.FOIA,
            [("31(1)(a)", Regime.FOIA, "31(1)(a)"), ("24(2)", Regime.FOIA, "24(2)")],
        ),
        ("s.24; s.31", Regime.FOIA, [("24", Regime.FOIA, "s.24"), ("31", Regime.FOIA, "s.31")]),
        ("99(1)", Regime.FOIA, [("99(1)", Regime.FOIA, "99(1)")]),
    ],
)
def test_parse_citation(text: str, regime: Regime, expected: list[tuple[str, Regime, str]]) -> None:
    found = parse_citation(text, regime=regime)
    assert [(c.key, c.regime, c.text) for c in found] == expected
    assert all(text[c.start : c.end] == c.text for c in found)


def test_parse_citation_reports_unknown_without_raising() -> None:
    [found] = parse_citation("section 99(1)", law=small_catalogue(foia=["31"]))
    assert (found.key, found.known) == ("99(1)", False)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("hello", "'hello' is not a citation"),
        ("section", "'section' is not a citation"),
        ("section 31 Law Enforcement", "cannot read 'Law Enforcement'"),
        ("the exemption in section 31", "cannot read 'the exemption in'"),
        ("31(1)(a) please", "cannot read 'please'"),
        ("20 working days", "not a citation"),
        ("2000", "not a citation"),
        ("section 29 of the Data Protection Act 2018", "cites another Act"),
        ("DPA s.29", "cites another Act"),
        ("section 3 of this letter", "section 3 of this letter"),
        ("section 31\nand more words " + "x" * 200, "cannot read 'and more words xxx"),
    ],
)
def test_parse_citation_rejects(text: str, words: str) -> None:
    with pytest.raises(MalformedCitation) as caught:
        parse_citation(text)
    message = str(caught.value)
    assert words in message
    assert "\n" not in message
    assert len(message) < 200
