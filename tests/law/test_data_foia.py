"""FOIA 2000 as data: the facts the statute and the ICO state, one table each.

Each table row names its source in a comment; docs/law.md lists what could not
be verified and is therefore left unset (for example the NCND limbs of s22A
and s34).
"""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from foidesk.law import catalogue
from foidesk.law.model import Provision, ProvisionKind, Regime, Status, Test

PART_II = [str(n) for n in range(21, 45)] + ["22A"]


def foia(key: str) -> Provision:
    return catalogue().get(Regime.FOIA, key)


def _exemptions() -> list[Provision]:
    return [p for p in catalogue().provisions(Regime.FOIA) if p.kind is ProvisionKind.EXEMPTION]


@pytest.mark.parametrize("section", PART_II)
def test_every_part_ii_section_is_present(section: str) -> None:
    p = foia(section)
    expected = ProvisionKind.PROCEDURAL if section == "25" else ProvisionKind.EXEMPTION
    assert p.kind is expected


def test_exemptions_are_all_in_part_ii() -> None:
    assert {p.section for p in _exemptions()} == set(PART_II) - {"25"}


# FOIA s2(3) as amended by CRAG 2010 Sch 7 para 2 and DPA 2018 Sch 19 para 56.
S2_3_ABSOLUTE = {"21", "23", "32", "34", "37(1)(a)", "37(1)(aa)", "37(1)(ab)", "40(1)", "41", "44"}
S2_3_CONDITIONAL = {"36", "37", "40"}


def _status_setters(status: Status) -> set[str]:
    """Keys whose data entry states this status (the rest inherit it)."""
    text = resources.files("foidesk.law").joinpath("data", "foia2000.toml").read_text("utf-8")
    raw = tomllib.loads(text)["provisions"]
    return {key for key, entry in raw.items() if entry.get("status") == status.value}


def test_absolute_exemptions_match_s2_3() -> None:
    # 40(3A) is the first condition itself: absolute because s2(3)(fa) makes 40(2) absolute
    # exactly when it is met.
    assert _status_setters(Status.ABSOLUTE) == S2_3_ABSOLUTE | {"40(3A)"}


def test_conditional_exemptions_are_the_partial_cases_of_s2_3() -> None:
    assert _status_setters(Status.CONDITIONAL) == S2_3_CONDITIONAL


def test_every_other_exemption_is_qualified() -> None:
    sections_with_absolute_parts = {"21", "23", "32", "34", "36", "37", "40", "41", "44"}
    for p in _exemptions():
        if p.section not in sections_with_absolute_parts:
            assert p.status is Status.QUALIFIED, p.label


@pytest.mark.parametrize(
    ("key", "status"),
    [
        ("36(2)(b)(i)", Status.CONDITIONAL),  # absolute only for the Houses, s2(3)(e)
        ("40(2)", Status.CONDITIONAL),  # absolute only with the first condition, s2(3)(fa)
        ("37(1)(ac)", Status.QUALIFIED),  # CRAG 2010 EN para 313-314
        ("37(1)(ad)", Status.QUALIFIED),
        ("37(1)(b)", Status.QUALIFIED),
        ("37(2)", Status.CONDITIONAL),
        ("40(3B)", Status.QUALIFIED),  # second condition: outside s2(3)(fa)
        ("40(4A)", Status.QUALIFIED),  # third condition: outside s2(3)(fa)
        ("31(1)(a)", Status.QUALIFIED),
        ("44(1)(a)", Status.ABSOLUTE),
    ],
)
def test_status_of_partial_and_inherited_cases(key: str, status: Status) -> None:
    assert foia(key).status is status


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("36", "House of Commons or the House of Lords"),
        ("36(3)", "House of Commons or the House of Lords"),
        ("40(2)", "first condition"),
        ("37(2)", "Sovereign"),
    ],
)
def test_conditional_provisions_say_when_they_are_absolute(key: str, words: str) -> None:
    condition = foia(key).absolute_when
    assert condition is not None
    assert words in condition


# ICO "The prejudice test" (March 2024): prejudice-based s26, s27(1), s28, s29, s31, s33,
# s36, s43(2); s38 is "endanger"; s24 "required". s22A(1)(b) reads "would, or would be
# likely to, prejudice". foidesk records s36 as the reasonable opinion of a qualified person.
TESTS = {
    "22A": Test.PREJUDICE,
    "24": Test.REQUIRED,
    "26": Test.PREJUDICE,
    "27(1)": Test.PREJUDICE,
    "27(2)": Test.CLASS,
    "28": Test.PREJUDICE,
    "29": Test.PREJUDICE,
    "30": Test.CLASS,
    "31": Test.PREJUDICE,
    "33": Test.PREJUDICE,
    "36": Test.REASONABLE_OPINION,
    "38": Test.ENDANGER,
    "43(1)": Test.CLASS,
    "43(2)": Test.PREJUDICE,
}


@pytest.mark.parametrize(("key", "test"), TESTS.items())
def test_how_each_exemption_is_engaged(key: str, test: Test) -> None:
    assert foia(key).test is test


def test_prejudice_based_exemptions_are_exactly_the_ico_list() -> None:
    prejudice = {p.key for p in _exemptions() if p.test is Test.PREJUDICE}
    listed = {k for k, t in TESTS.items() if t is Test.PREJUDICE}
    parts = {
        p.key for p in _exemptions() if any(p.key == k or p.key.startswith(k + "(") for k in listed)
    }
    # 27(4)(a) and 43(3): the NCND limbs of prejudice-based exemptions, by their own words.
    assert prejudice == parts | {"27(4)(a)", "43(3)"}


# The subsection excluding the duty to confirm or deny: ICO s26, s30/31, DCA s32, s35
# (enacted text), s44 (current text), DPA 2018 Sch 19 para 58 for 40(5A)/(5B).
NCND = {
    "22": "22(2)",
    "23": "23(5)",
    "24": "24(2)",
    "26": "26(3)",
    "27": "27(4)",
    "28": "28(3)",
    "29": "29(2)",
    "30": "30(3)",
    "31": "31(3)",
    "32": "32(3)",
    "33": "33(3)",
    "35": "35(3)",
    "36": "36(3)",
    "37": "37(2)",
    "38": "38(2)",
    "39": "39(2)",
    "40(1)": "40(5A)",
    "40(2)": "40(5B)",
    "41": "41(2)",
    "42": "42(2)",
    "43": "43(3)",
    "44": "44(2)",
}
NOT_YET_VERIFIED_NCND = {"22A", "34"}  # see docs/law.md, "Not yet verified"


@pytest.mark.parametrize(("key", "limb"), NCND.items())
def test_ncnd_limb_of_each_exemption(key: str, limb: str) -> None:
    assert foia(key).ncnd == limb
    assert catalogue().ncnd_limb(Regime.FOIA, key) == foia(limb)
    assert foia(limb).excludes_confirm_deny


def test_ncnd_is_inherited_by_every_paragraph() -> None:
    for key in ("31(1)(a)", "31(2)(j)", "30(1)(b)", "37(1)(b)", "36(2)(b)(ii)"):
        assert foia(key).ncnd == NCND[key.split("(", 1)[0]]


@pytest.mark.parametrize("section", sorted(set(PART_II) - {"25", "21"} - NOT_YET_VERIFIED_NCND))
def test_every_exemption_other_than_s21_has_an_ncnd_limb(section: str) -> None:
    assert any(p.excludes_confirm_deny for p in catalogue().in_section(Regime.FOIA, section))


def test_section_21_has_no_ncnd() -> None:
    for p in catalogue().in_section(Regime.FOIA, "21"):
        assert p.ncnd is None
        assert not p.excludes_confirm_deny


# FOIA s63 as amended by CRAG 2010 (EN paras 315-317; Panopticon 30 June 2010; Lexology):
# the 20-year group, 30 years for s28, s43 and NI s36, s31 100 years, s37(1)(b) 60 years,
# s34 and s30(2) never.
EXPIRY = {
    "28": 30,
    "28(3)": 30,
    "30(1)": 20,
    "30(1)(a)": 20,
    "30(2)": None,
    "30(3)": None,
    "31(1)(a)": 100,
    "31(3)": 100,
    "32": 20,
    "33": 20,
    "34": None,
    "35(1)(a)": 20,
    "36(2)(c)": 20,
    "37(1)(b)": 60,
    "38": None,
    "40(2)": None,
    "42": 20,
    "43(2)": 30,
}


@pytest.mark.parametrize(("key", "years"), EXPIRY.items())
def test_historical_record_time_limits(key: str, years: int | None) -> None:
    assert foia(key).historical_expiry_years == years


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("36", "Northern Ireland"),
        ("37(1)(a)", "5 years after the death"),
        ("37(1)(ad)", "5 years after the death"),
        ("21", "s64(1)"),
        ("22(2)", "s64(1)"),
        ("23(5)", "s64(2)"),
    ],
)
def test_historical_record_rules_years_cannot_express(key: str, words: str) -> None:
    note = foia(key).historical_expiry_note
    assert note is not None
    assert words in note


PROCEDURE = {
    "1(1)(a)": ProvisionKind.PROCEDURAL,
    "1(1)(b)": ProvisionKind.PROCEDURAL,
    "1(3)": ProvisionKind.PROCEDURAL,
    "9": ProvisionKind.PROCEDURAL,
    "10(1)": ProvisionKind.PROCEDURAL,
    "10(3)": ProvisionKind.PROCEDURAL,
    "10(6)": ProvisionKind.PROCEDURAL,
    "11": ProvisionKind.PROCEDURAL,
    "12": ProvisionKind.REFUSAL_GROUND,
    "12(1)": ProvisionKind.REFUSAL_GROUND,
    "12(2)": ProvisionKind.REFUSAL_GROUND,
    "14": ProvisionKind.REFUSAL_GROUND,
    "14(1)": ProvisionKind.REFUSAL_GROUND,
    "14(2)": ProvisionKind.REFUSAL_GROUND,
    "16": ProvisionKind.PROCEDURAL,
    **{f"17({n})": ProvisionKind.PROCEDURAL for n in range(1, 8)},
    "45": ProvisionKind.PROCEDURAL,
    "50": ProvisionKind.PROCEDURAL,
}


@pytest.mark.parametrize(("key", "kind"), PROCEDURE.items())
def test_procedural_provisions_responses_cite(key: str, kind: ProvisionKind) -> None:
    assert foia(key).kind is kind


def test_cost_limit_excludes_confirm_or_deny_in_12_2() -> None:
    assert foia("12(2)").excludes_confirm_deny
    assert foia("12(1)").ncnd == "12(2)"
    assert not foia("14(1)").excludes_confirm_deny
    assert foia("14(1)").ncnd is None


@pytest.mark.parametrize(
    "key",
    [f"31(1)({c})" for c in "abcdefghi"]
    + [f"31(2)({c})" for c in "abcdefghij"]
    + [f"27(1)({c})" for c in "abcd"]
    + ["36(2)(a)", "36(2)(b)", "36(2)(c)"]
    + [f"37(1)({c})" for c in ("a", "aa", "ab", "ac", "ad", "b")]
    + ["40(1)", "40(2)", "40(3A)", "40(3B)", "40(4A)", "40(5A)", "40(5B)"]
    + ["43(1)", "43(2)", "43(3)"],
)
def test_paragraphs_responses_cite_are_present(key: str) -> None:
    assert foia(key).key == key
