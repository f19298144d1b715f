"""The loader's rules, on small made-up data files: inheritance and errors."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foidesk.errors import LawDataError, MalformedCitation, UnknownProvision
from foidesk.law import catalogue
from foidesk.law.catalogue import normalise_key, parse_statute
from foidesk.law.model import Regime, Status, Test

DATA = """
[meta]
title = "Test Act"
sources = ["https://example.org/act"]

[provisions."36"]
title = "Public affairs"
kind = "exemption"
status = "conditional"
absolute_when = "held by a House of Parliament"
test = "reasonable_opinion"
ncnd = "36(3)"
historical_expiry_years = 20
historical_expiry_note = "30 years for Northern Ireland"

[provisions."36(2)"]
title = "Opinion"
kind = "exemption"

[provisions."36(2)(b)"]
title = "Advice"
kind = "exemption"
status = "qualified"

[provisions."36(3)"]
title = "NCND"
kind = "exemption"
excludes_confirm_deny = true

[provisions."36(4)"]
title = "A duty under the section"
kind = "procedural"
"""


def test_attributes_are_inherited_from_the_nearest_ancestor() -> None:
    statute = parse_statute(Regime.FOIA, DATA)
    p = statute.provisions["36(2)"]
    assert (p.status, p.test, p.ncnd) == (Status.CONDITIONAL, Test.REASONABLE_OPINION, "36(3)")
    assert p.historical_expiry_years == 20
    assert p.historical_expiry_note == "30 years for Northern Ireland"


def test_absolute_when_travels_with_status() -> None:
    statute = parse_statute(Regime.FOIA, DATA)
    assert statute.provisions["36(2)"].absolute_when == "held by a House of Parliament"
    advice = statute.provisions["36(2)(b)"]
    assert advice.status is Status.QUALIFIED
    assert advice.absolute_when is None


def test_procedural_provisions_do_not_inherit_status_or_test() -> None:
    duty = parse_statute(Regime.FOIA, DATA).provisions["36(4)"]
    assert (duty.status, duty.test, duty.absolute_when) == (None, None, None)
    assert duty.ncnd == "36(3)"


def test_meta_is_read() -> None:
    statute = parse_statute(Regime.FOIA, DATA)
    assert statute.title == "Test Act"
    assert statute.sources == ("https://example.org/act",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[provisions.", "not valid TOML"),
        ('[provisions."31"]\nkind = "exemption"', "missing ['title']"),
        ('[provisions."31"]\ntitle = "x"\nkind = "exemption"\ncolour = 1', "extra ['colour']"),
        ('[provisions."s31"]\ntitle = "x"\nkind = "exemption"', "not a normalised citation"),
        ('[provisions."31"]\ntitle = "x"\nkind = "rule"', "provision 31"),
        ('[provisions."31"]\ntitle = "x"\nkind = "exemption"\nstatus = "maybe"', "provision 31"),
        ('[provisions."31"]\ntitle = "x"\nkind = "exemption"\ntest = "vibes"', "provision 31"),
        ('provisions = ["31"]', "one table per provision"),
    ],
)
def test_broken_data_raises_law_data_error_naming_the_file(text: str, message: str) -> None:
    with pytest.raises(LawDataError, match=re.escape(message)) as caught:
        parse_statute(Regime.FOIA, text, source="broken.toml")
    assert str(caught.value).startswith("broken.toml: ")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("31", "31"),
        ("s.31 (1)(a)", "31(1)(a)"),
        ("S31", "31"),
        ("section 40(5a)", "40(5A)"),
        ("22a", "22A"),
        ("Regulation 12(5)(b)", "12(5)(b)"),
        ("reg. 12(4)(b)", "12(4)(b)"),
        ("  36(2)(b)(i) ", "36(2)(b)(i)"),
        ("37(1)(aa)", "37(1)(aa)"),
    ],
)
def test_normalise_key(text: str, key: str) -> None:
    assert normalise_key(text) == key


@pytest.mark.parametrize("text", ["", "section", "xyz", "31(1)(a)(b)(c)", "(1)", "31((1)"])
def test_normalise_key_rejects_what_is_not_one_key(text: str) -> None:
    with pytest.raises(MalformedCitation):
        normalise_key(text)


@given(
    st.sampled_from([p.key for p in catalogue().provisions()]),
    st.sampled_from(["", "s", "s.", "S", "section ", "Section ", "reg ", "Regulation "]),
)
def test_every_catalogue_key_survives_normalisation(key: str, prefix: str) -> None:
    spaced = key.replace("(", " (")
    assert normalise_key(prefix + spaced) == key
    assert normalise_key(prefix + key.lower()) == key


def test_get_unknown_provision_names_the_statute() -> None:
    with pytest.raises(UnknownProvision, match="has no regulation 99") as caught:
        catalogue().get(Regime.EIR, "99")
    assert (caught.value.provision, caught.value.regime) == ("99", "eir")
