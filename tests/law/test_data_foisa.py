"""FOISA 2002 as data: its own numbering, s2(2), s18 and the substantial-prejudice test."""

from __future__ import annotations

import pytest

from foidesk.law import catalogue
from foidesk.law.model import Provision, ProvisionKind, Regime, Status, Test

PART_2 = [str(n) for n in range(25, 42)]


def foisa(key: str) -> Provision:
    return catalogue().get(Regime.FOISA, key)


def _exemptions() -> list[Provision]:
    return [p for p in catalogue().provisions(Regime.FOISA) if p.kind is ProvisionKind.EXEMPTION]


@pytest.mark.parametrize("section", PART_2)
def test_every_part_2_exemption_is_present(section: str) -> None:
    assert foisa(section).kind is ProvisionKind.EXEMPTION


@pytest.mark.parametrize(
    ("key", "title_word"),
    [
        ("25", "otherwise accessible"),
        ("35", "Law enforcement"),
        ("38", "Personal information"),
        ("41", "Her Majesty"),
    ],
)
def test_foisa_numbering_differs_from_foia(key: str, title_word: str) -> None:
    assert title_word in foisa(key).title
    assert title_word not in catalogue().get(Regime.FOIA, key).title


# FOISA s2(2): ss25, 26, 36(2), 37, 38(1)(a), (c), (d) and (b) with the first condition.
ABSOLUTE = {"25", "25(1)", "26", "26(a)", "26(b)", "26(c)", "36(2)", "37", "37(1)"}
ABSOLUTE |= {"38(1)(a)", "38(1)(c)", "38(1)(d)"}
CONDITIONAL = {"36", "38", "38(1)", "38(1)(b)"}


def test_absolute_exemptions_match_s2_2() -> None:
    assert {p.key for p in _exemptions() if p.status is Status.ABSOLUTE} == ABSOLUTE


def test_conditional_exemptions_are_36_and_38() -> None:
    assert {p.key for p in _exemptions() if p.status is Status.CONDITIONAL} == CONDITIONAL


def test_every_other_exemption_is_qualified() -> None:
    others = [p for p in _exemptions() if p.key not in ABSOLUTE | CONDITIONAL]
    assert others
    assert all(p.status is Status.QUALIFIED for p in others)


def test_royal_communications_stayed_qualified_in_scotland() -> None:
    """The 2013 Bill's absolute exemption for the Sovereign and heirs was dropped."""
    assert foisa("41(a)").status is Status.QUALIFIED


# FOISA s18(1), as amended by the FOI (Amendment) (Scotland) Act 2013 s2 (adds s38).
NCND_AVAILABLE = {str(n) for n in range(28, 36)} | {"38", "39(1)", "41"}


def test_s18_ncnd_is_available_only_for_its_list() -> None:
    tops = {
        p.key
        for p in _exemptions()
        if p.ncnd == "18(1)" and (p.key == p.section or p.key == "39(1)")
    }
    assert tops == NCND_AVAILABLE


@pytest.mark.parametrize("key", ["25", "26", "27", "36", "37", "39", "39(2)", "40"])
def test_no_ncnd_outside_the_s18_list(key: str) -> None:
    assert foisa(key).ncnd is None


def test_s18_is_the_ncnd_limb() -> None:
    limb = catalogue().ncnd_limb(Regime.FOISA, "35(1)(a)")
    assert limb is not None
    assert limb.key == "18(1)"
    assert limb.excludes_confirm_deny


TESTS = {
    "27(1)": Test.CLASS,
    "28": Test.SUBSTANTIAL_PREJUDICE,
    "29": Test.CLASS,
    "30(b)(i)": Test.SUBSTANTIAL_PREJUDICE,
    "31(1)": Test.REQUIRED,
    "32(1)(a)": Test.SUBSTANTIAL_PREJUDICE,
    "32(1)(b)": Test.CLASS,
    "33(1)(a)": Test.CLASS,
    "33(1)(b)": Test.SUBSTANTIAL_PREJUDICE,
    "34": Test.CLASS,
    "35(1)(a)": Test.SUBSTANTIAL_PREJUDICE,
    "39(1)": Test.ENDANGER,
    "40": Test.SUBSTANTIAL_PREJUDICE,
    "41": Test.CLASS,
}


@pytest.mark.parametrize(("key", "test"), TESTS.items())
def test_how_each_exemption_is_engaged(key: str, test: Test) -> None:
    assert foisa(key).test is test


def test_foisa_never_uses_the_foia_prejudice_test() -> None:
    assert not [p.key for p in _exemptions() if p.test is Test.PREJUDICE]


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("12", ProvisionKind.REFUSAL_GROUND),
        ("14", ProvisionKind.REFUSAL_GROUND),
        ("14(2)", ProvisionKind.REFUSAL_GROUND),
        ("16", ProvisionKind.PROCEDURAL),
        ("17", ProvisionKind.PROCEDURAL),
        ("18", ProvisionKind.PROCEDURAL),
        ("20", ProvisionKind.PROCEDURAL),
        ("21", ProvisionKind.PROCEDURAL),
        ("47", ProvisionKind.PROCEDURAL),
    ],
)
def test_procedural_provisions(key: str, kind: ProvisionKind) -> None:
    assert foisa(key).kind is kind
