"""EIR 2004 as data: regulation 12's exceptions, 12(6), 12(9) and regulation 13."""

from __future__ import annotations

import pytest

from foidesk.law import catalogue
from foidesk.law.model import Provision, ProvisionKind, Regime, Status, Test


def eir(key: str) -> Provision:
    return catalogue().get(Regime.EIR, key)


EXCEPTIONS_12_4 = [f"12(4)({c})" for c in "abcde"]
EXCEPTIONS_12_5 = [f"12(5)({c})" for c in "abcdefg"]


@pytest.mark.parametrize("key", EXCEPTIONS_12_4 + EXCEPTIONS_12_5)
def test_every_exception_is_present_and_qualified(key: str) -> None:
    p = eir(key)
    assert p.kind in {ProvisionKind.EXCEPTION, ProvisionKind.REFUSAL_GROUND}
    assert p.status is Status.QUALIFIED  # reg 12(1)(b)


def test_manifestly_unreasonable_is_a_refusal_ground() -> None:
    assert eir("12(4)(b)").kind is ProvisionKind.REFUSAL_GROUND


@pytest.mark.parametrize("key", EXCEPTIONS_12_5)
def test_12_5_exceptions_need_an_adverse_effect(key: str) -> None:
    assert eir(key).test is Test.ADVERSE_EFFECT


@pytest.mark.parametrize("key", EXCEPTIONS_12_4)
def test_12_4_exceptions_have_no_harm_test_in_their_text(key: str) -> None:
    assert eir(key).test is Test.CLASS


def test_only_12_5_a_has_ncnd_and_it_is_12_6() -> None:
    assert eir("12(5)(a)").ncnd == "12(6)"
    assert eir("12(6)").excludes_confirm_deny
    assert eir("12(6)").status is Status.QUALIFIED
    for key in EXCEPTIONS_12_4 + EXCEPTIONS_12_5[1:]:
        assert eir(key).ncnd is None, key


def test_every_exception_but_reg_13_is_qualified() -> None:
    withholding = {ProvisionKind.EXCEPTION, ProvisionKind.REFUSAL_GROUND}
    for p in catalogue().provisions(Regime.EIR):
        if p.kind in withholding and p.section != "13":
            assert p.status is Status.QUALIFIED, p.key


def test_reg_13_is_absolute_only_with_the_first_condition() -> None:
    p = eir("13(1)")
    assert p.status is Status.CONDITIONAL
    assert p.absolute_when is not None
    assert "first condition" in p.absolute_when
    assert eir("13(5A)").excludes_confirm_deny
    assert p.ncnd == "13(5A)"


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("5", ProvisionKind.PROCEDURAL),
        ("5(2)", ProvisionKind.PROCEDURAL),
        ("7", ProvisionKind.PROCEDURAL),
        ("11", ProvisionKind.PROCEDURAL),
        ("12(1)", ProvisionKind.PROCEDURAL),
        ("12(2)", ProvisionKind.PROCEDURAL),
        ("12(9)", ProvisionKind.PROCEDURAL),
        ("14", ProvisionKind.PROCEDURAL),
        ("18", ProvisionKind.PROCEDURAL),
    ],
)
def test_procedural_regulations(key: str, kind: ProvisionKind) -> None:
    assert eir(key).kind is kind


def test_labels_say_regulation() -> None:
    assert eir("12(5)(b)").label == "regulation 12(5)(b)"
