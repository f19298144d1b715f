"""Integrity of the law data files, in the spirit of reporters-db's tests.

Each test reads the raw TOML (what a maintainer edits) or the loaded catalogue
(what the rest of foidesk sees) and checks one rule of the data format in
docs/law.md. A broken edit to any data file makes one of these fail.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from importlib import resources
from typing import Any

import pytest

from foidesk.law import catalogue
from foidesk.law.catalogue import ALLOWED_KEYS, DATA_FILES, KEY_PATTERN, REQUIRED_KEYS, parent_key
from foidesk.law.cite import find_citations
from foidesk.law.model import Provision, ProvisionKind, Regime, Status, Test

REGIMES = list(Regime)
WITHHOLDING = {ProvisionKind.EXEMPTION, ProvisionKind.EXCEPTION}
STATUTE_REFERENCE = ("FOIA s", "FOISA s", "EIR reg")


def _raw(regime: Regime) -> dict[str, Any]:
    text = resources.files("foidesk.law").joinpath("data", DATA_FILES[regime]).read_text("utf-8")
    return tomllib.loads(text)


def _all() -> list[Provision]:
    return list(catalogue().provisions())


def _children(p: Provision) -> list[Provision]:
    return [c for c in catalogue().provisions(p.regime) if parent_key(c.key) == p.key]


@pytest.mark.parametrize("regime", REGIMES)
def test_meta_names_the_instrument_and_its_sources(regime: Regime) -> None:
    meta = _raw(regime)["meta"]
    assert meta["title"] == regime.instrument
    assert meta["sources"], f"{regime}: [meta] has no sources"
    assert all(s.startswith("http") for s in meta["sources"])


@pytest.mark.parametrize("regime", REGIMES)
def test_every_entry_has_required_and_only_allowed_keys(regime: Regime) -> None:
    for key, entry in _raw(regime)["provisions"].items():
        assert entry.keys() >= REQUIRED_KEYS, f"{regime} {key}: missing required keys"
        assert entry.keys() <= ALLOWED_KEYS, f"{regime} {key}: {entry.keys() - ALLOWED_KEYS}"


@pytest.mark.parametrize("regime", REGIMES)
def test_values_have_the_right_types_and_enum_values(regime: Regime) -> None:
    enums = {"kind": ProvisionKind, "status": Status, "test": Test}
    for key, entry in _raw(regime)["provisions"].items():
        assert isinstance(entry["title"], str), key
        assert entry["title"].strip(), key
        for name, enum in enums.items():
            if name in entry:
                assert entry[name] in {e.value for e in enum}, f"{key}: bad {name}"
        if "excludes_confirm_deny" in entry:
            assert entry["excludes_confirm_deny"] is True, f"{key}: write it only when true"
        if "historical_expiry_years" in entry:
            years = entry["historical_expiry_years"]
            assert isinstance(years, int), key
            assert years > 0, key
        for name in ("sources", "examples"):
            assert isinstance(entry.get(name), list), f"{key}: {name} must be a list"
            assert all(isinstance(s, str) and s.strip() for s in entry[name]), key


@pytest.mark.parametrize("regime", REGIMES)
def test_keys_are_normalised_and_every_parent_exists(regime: Regime) -> None:
    keys = set(_raw(regime)["provisions"])
    for key in keys:
        assert KEY_PATTERN.match(key), f"{regime} {key!r} is not a normalised key"
        parent = parent_key(key)
        assert parent is None or parent in keys, f"{regime} {key}: parent {parent} missing"


@pytest.mark.parametrize("regime", REGIMES)
def test_no_two_provisions_share_a_title_within_a_section(regime: Regime) -> None:
    titles = Counter((p.section, p.title) for p in catalogue().provisions(regime))
    assert not [t for t, n in titles.items() if n > 1]


def test_every_provision_has_a_statute_reference_and_a_link() -> None:
    for p in _all():
        assert any(s.startswith(STATUTE_REFERENCE) for s in p.sources), p.label
        assert any(s.startswith(("http://", "https://")) for s in p.sources), p.label


def test_every_provision_has_examples() -> None:
    assert not [p.label for p in _all() if not p.examples]


def test_every_ncnd_points_to_a_provision_that_excludes_the_duty() -> None:
    for p in _all():
        if p.ncnd is None:
            continue
        target = catalogue().find(p.regime, p.ncnd)
        assert target is not None, f"{p.regime} {p.key}: ncnd {p.ncnd} does not exist"
        assert target.excludes_confirm_deny, f"{p.regime} {p.key}: {p.ncnd} is not an NCND limb"


def test_every_withholding_provision_has_a_status() -> None:
    missing = [f"{p.regime} {p.key}" for p in _all() if p.kind in WITHHOLDING and not p.status]
    assert not missing


def _has_test(p: Provision) -> bool:
    """Set on the provision, or (for a mixed section) on every child that withholds."""
    if p.test is not None:
        return True
    children = [c for c in _children(p) if c.kind in WITHHOLDING]
    return bool(children) and all(_has_test(c) for c in children)


def test_every_withholding_provision_has_a_test() -> None:
    missing = [f"{p.regime} {p.key}" for p in _all() if p.kind in WITHHOLDING and not _has_test(p)]
    assert not missing


def test_conditional_and_only_conditional_provisions_say_when_absolute() -> None:
    for p in _all():
        if p.status is Status.CONDITIONAL:
            assert p.absolute_when, f"{p.regime} {p.key}: conditional without absolute_when"
        else:
            assert p.absolute_when is None, f"{p.regime} {p.key}: absolute_when but {p.status}"


def test_procedural_provisions_carry_no_status_or_test() -> None:
    for p in _all():
        if p.kind is ProvisionKind.PROCEDURAL:
            assert p.status is None, p.label
            assert p.test is None, p.label


@pytest.mark.parametrize("provision", [pytest.param(p, id=f"{p.regime}-{p.key}") for p in _all()])
def test_every_example_parses_back_to_its_own_provision(provision: Provision) -> None:
    for example in provision.examples:
        found = find_citations(example, regime=provision.regime)
        assert [(c.key, c.regime) for c in found] == [(provision.key, provision.regime)], example
        assert found[0].known, example
