"""What the reader needs to know of a cited provision, from the law catalogue.

The catalogue (:mod:`foidesk.law.catalogue`) is the authority. Where it does
not know a provision, its nearest known ancestor answers; where it knows
nothing of the section, the structure of the statute answers: FOIA Part II
exemptions are ss21-44 and FOISA Part 2 exemptions ss25-41, s12 (cost) and s14
(vexatious) are refusal grounds in both, EIR exceptions are regulations
12(4), 12(5) and 13, and everything else is procedural.
"""

from __future__ import annotations

from foidesk.law.catalogue import Catalogue, parent_key, section_of
from foidesk.law.model import Provision, ProvisionKind, Regime, Status

EXEMPTION_SECTIONS = {
    Regime.FOIA: range(21, 45),
    Regime.FOISA: range(25, 42),
}
"""FOIA Part II (ss21-44) and FOISA Part 2 (ss25-41)."""

REFUSAL_SECTIONS = frozenset({"12", "14"})
"""FOIA and FOISA s12 (cost limit) and s14 (vexatious or repeated requests)."""

FOIA_NCND_LIMBS = frozenset(
    {
        "22(2)",
        "22A(2)",
        "23(5)",
        "24(2)",
        "26(3)",
        "27(4)",
        "28(3)",
        "30(3)",
        "31(3)",
        "33(3)",
        "36(3)",
        "37(2)",
        "38(2)",
        "39(2)",
        "40(5)",
        "40(5A)",
        "40(5B)",
        "41(2)",
        "42(2)",
        "43(3)",
        "44(2)",
    }
)
"""FOIA subsections excluding the duty to confirm or deny, used only where the catalogue
does not yet know the provision."""


USUALLY_ABSOLUTE = {
    Regime.FOIA: frozenset({"40"}),
    Regime.FOISA: frozenset({"38"}),
    Regime.EIR: frozenset({"13"}),
}
"""Conditional provisions that are absolute in the usual case: personal data of third
parties whose disclosure would breach the data protection principles (FOIA s2(3)(fa),
s40(3A); FOISA s2(2)(e)(ii); EIR regulation 13(2A)). Other conditional provisions, such as
FOIA s36 (absolute only for the Houses of Parliament), are treated as qualified."""


def known_provision(law: Catalogue, regime: Regime, key: str) -> Provision | None:
    """The provision, or its nearest ancestor the catalogue knows."""
    here: str | None = key
    while here is not None:
        found = law.find(regime, here)
        if found is not None:
            return found
        here = parent_key(here)
    return None


def _number(section: str) -> int | None:
    digits = "".join(ch for ch in section if ch.isdigit())
    return int(digits) if digits and digits == section else None


def kind_of(law: Catalogue, regime: Regime, key: str) -> ProvisionKind:
    """Exemption, exception, refusal ground or procedural provision."""
    found = known_provision(law, regime, key)
    if found is not None:
        return found.kind
    section = section_of(key)
    if regime is Regime.EIR:
        if key.startswith(("12(4)", "12(5)")) or section == "13":
            return ProvisionKind.EXCEPTION
        return ProvisionKind.PROCEDURAL
    if section in REFUSAL_SECTIONS:
        return ProvisionKind.REFUSAL_GROUND
    number = _number(section)
    if number is not None and number in EXEMPTION_SECTIONS[regime]:
        return ProvisionKind.EXEMPTION
    return ProvisionKind.PROCEDURAL


def is_ncnd_limb(law: Catalogue, regime: Regime, key: str) -> bool:
    """True for a provision that itself excludes the duty to confirm or deny (``31(3)``),
    or a part of one (``40(5B)(a)(i)``)."""
    found = known_provision(law, regime, key)
    if found is not None:
        if found.kind is ProvisionKind.REFUSAL_GROUND:
            return False
        here: str | None = key
        while here is not None:
            provision = law.find(regime, here)
            if provision is not None and provision.excludes_confirm_deny:
                return True
            here = parent_key(here)
        return False
    here = key
    while here is not None:
        if regime is Regime.FOIA and here in FOIA_NCND_LIMBS:
            return True
        here = parent_key(here)
    return False


def ncnd_available(law: Catalogue, regime: Regime, key: str) -> bool:
    """True when the provision can be relied on to neither confirm nor deny.

    Unknown provisions are given the benefit of the doubt; the record's
    validation reports them.
    """
    if law.find(regime, key) is None:
        return True
    return law.ncnd_limb(regime, key) is not None


def status_of(law: Catalogue, regime: Regime, key: str) -> Status | None:
    """Absolute, qualified or conditional, where the catalogue says."""
    found = known_provision(law, regime, key)
    return found.status if found is not None else None


def is_absolute(law: Catalogue, regime: Regime, key: str) -> bool:
    """True for an absolute provision (FOIA s2(3)), or a conditional one that is absolute
    in the usual case (:data:`USUALLY_ABSOLUTE`)."""
    status = status_of(law, regime, key)
    if status is Status.CONDITIONAL:
        return section_of(key) in USUALLY_ABSOLUTE[regime]
    return status is Status.ABSOLUTE


def needs_pit(law: Catalogue, regime: Regime, key: str) -> bool:
    """True where a public interest test is needed: the provision is qualified
    (FOIA s2(1)(b), s2(2)(b); EIR regulation 12(1)(b)). Where the catalogue does not
    say, any exemption or exception not known to be absolute. EIR regulation 12(4)(a)
    (information not held) is a design choice: regulation 12(1)(b) applies to it in form,
    but with nothing held there is no disclosure to weigh, so foidesk neither reads a test
    for it nor asks for one."""
    if regime is Regime.EIR and (key == "12(4)(a)" or key.startswith("12(4)(a)(")):
        return False
    status = status_of(law, regime, key)
    if status is Status.CONDITIONAL:
        return section_of(key) not in USUALLY_ABSOLUTE[regime]
    if status is not None:
        return status is Status.QUALIFIED
    return kind_of(law, regime, key) in (ProvisionKind.EXEMPTION, ProvisionKind.EXCEPTION)
