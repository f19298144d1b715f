"""The five West Midlands Police seeds give the findings a careful reviewer would expect.

The seeds are public interest test annexes, so the missing rights paragraph
(S1704, S1705) is expected on every one of them, and real: an annex sent
without the covering letter's s17(7) particulars leaves the requester without
them. Each expected finding below carries the reason a reviewer would give;
each forbidden one is a false alarm the checker must not raise.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from foidesk.check import InMemoryLibrary, Report, Severity, check
from foidesk.read import read_file
from foidesk.record import Response
from tests.conftest import SEEDS


@cache
def _response(stem: str) -> Response:
    (path,) = SEEDS.glob(f"{stem}_*.txt")
    return read_file(path)


def _report(stem: str) -> Report:
    return check(_response(stem))


def _quotes(report: Report, code: str) -> list[str]:
    return [" ".join(f.quote.split()) for f in report.findings if f.code == code]


EXPECTED: dict[str, dict[str, str]] = {
    "000": {
        "S1702": "'Exemption - Section 31- Law Enforcement': no limb of s31(1) is cited",
        "PRJ01": "the harm never says which s31(1) interest suffers (only 'relevant activities')",
        "PRJ04": "the harm says 'could be used', 'might include', 'could not help but': no level",
        "PIT07": "'could undermine the public's confidence in the police service' is irrelevant",
        "S1704": "a PIT annex: no internal review particulars (s17(7)(a))",
        "S1705": "a PIT annex: no right to complain to the ICO (s17(7)(b))",
    },
    "001": {
        "PIT07": "'would suggest West Midlands Police take their responsibility ... dismissively'"
        " and 'would undermine any trust or confidence ... in the Police Service'",
        "HK04": "http://library.college.police.uk/...-2014.pdf: retired host, 2014 document",
        "S1704": "no internal review particulars (s17(7)(a))",
        "S1705": "no right to complain to the ICO (s17(7)(b))",
    },
    "002": {
        "S1702": "'Factors favouring disclosure (s31)': s31 with no limb",
        "PRJ01": "the harm (AXON systems, cyber-attack) names no s31(1) interest",
        "PIT07": "'would undermine any trust or confidence individuals have in the Police Service'",
        "S1704": "no internal review particulars",
        "S1705": "no right to complain to the ICO",
    },
    "003": {
        "NCND01": "'Section 24 National Security' relied on to neither confirm nor deny: 24(2)",
        "NCND02": "'To disclose the withheld information could identify ...': harm of disclosure",
        "NCND03": "an NCND response that speaks of 'the withheld information'",
        "PIT07": "'would suggest West Midlands Police take their responsibility ... dismissively'",
        "HK04": "the same retired 2014 College of Policing link, twice",
        "S1704": "no internal review particulars",
        "S1705": "no right to complain to the ICO",
    },
    "004": {
        "S1704": "no internal review particulars",
        "S1705": "no right to complain to the ICO",
    },
}

FORBIDDEN: dict[str, dict[str, str]] = {
    "000": {
        "HK01": "both footers read 1771A_PIT_01: one reference",
        "PIT05": "the balance favours non-disclosure, as the outcome does",
        "NCND03": "not an NCND response: 'the requested information' is fine here",
        "PIT01": "a public interest test is given",
    },
    "001": {
        "NCND01": "24(2) and 31(3) are the right NCND limbs",
        "NCND03": "the response never implies the information is held",
        "S1702": "24(2) and 31(3) are specific",
        "PIT05": "the balance favours neither confirming nor denying",
    },
    "002": {
        "PRJ04": "'would render AXON computer systems vulnerable' states 'would'",
        "PIT01": "a public interest test is given",
    },
    "003": {
        "S1702": "31(3) is specific; 24 is NCND01's business, not S1702's",
        "PIT05": "the balance favours neither confirming nor denying",
    },
    "004": {
        "S1702": "'Section 31(1)(a)(b)' names both limbs",
        "PRJ01": "31(1)(a) and (b) name the interests",
        "PRJ04": "'would reveal investigative activity' states 'would'",
        "PIT05": "'it is not in the public interest to release': the balance favours withholding",
        "PIT08": "each factor argues for its own side",
        "NCND03": "not an NCND response",
        "HK04": "no links",
    },
}


@pytest.mark.parametrize(
    ("stem", "code"), [(stem, code) for stem, codes in EXPECTED.items() for code in codes]
)
def test_expected_finding(stem: str, code: str) -> None:
    assert code in _report(stem).codes(), EXPECTED[stem][code]


@pytest.mark.parametrize(
    ("stem", "code"), [(stem, code) for stem, codes in FORBIDDEN.items() for code in codes]
)
def test_no_false_alarm(stem: str, code: str) -> None:
    assert code not in _report(stem).codes(), FORBIDDEN[stem][code]


def test_seed_003_quotes_the_words_that_reveal_the_information_is_held() -> None:
    quotes = _quotes(_report("003"), "NCND03")
    assert "the withheld information" in quotes
    assert "Disclosure of the withheld information" in quotes


def test_seed_003_names_the_missing_ncnd_limb() -> None:
    (finding,) = [f for f in _report("003").findings if f.code == "NCND01"]
    assert "24(2)" in finding.message
    assert finding.quote == "Section 24"


def test_seed_000_likelihood_quote_is_the_weak_harm() -> None:
    assert _quotes(_report("000"), "PRJ04") == ["could be used"]


def test_seed_003_repeated_link_is_reported_once() -> None:
    (finding,) = [f for f in _report("003").findings if f.code == "HK04"]
    assert "2 times" in finding.message


def test_every_finding_quotes_its_span() -> None:
    for stem in EXPECTED:
        response = _response(stem)
        text = response.source.text or ""
        for finding in check(response).findings:
            if finding.span is not None:
                assert finding.quote == text[finding.span.start : finding.span.end]


def test_every_seed_fails_the_gate() -> None:
    # each lacks the s17(7) particulars, an error: `foidesk check` exits 1 on them
    assert all(_report(stem).count(Severity.ERROR) >= 2 for stem in EXPECTED)


def test_seeds_are_not_mostly_template_text() -> None:
    # they share several sentences word for word, but under a fifth of each text
    responses = [_response(stem) for stem in EXPECTED]
    library = InMemoryLibrary.from_responses(responses)
    for response in responses:
        assert "BP02" not in check(response, library=library).codes()


def test_a_response_pasted_from_the_seeds_is_flagged_as_template() -> None:
    responses = [_response(stem) for stem in EXPECTED]
    library = InMemoryLibrary.from_responses(responses)
    pasted = "\n\n".join((r.source.text or "")[:1500] for r in responses[:2])
    copy = Response(source=responses[0].source.model_copy(update={"text": pasted, "path": "x"}))
    copy = copy.model_copy(update={"source": copy.source.model_copy(update={"sha256": None})})
    report = check(copy, library=library, select=["BP02"])
    assert report.codes() == ["BP02"]


def test_seed_paths_are_the_five(seed_paths: list[Path]) -> None:
    assert [p.name[:3] for p in seed_paths] == sorted(EXPECTED)
