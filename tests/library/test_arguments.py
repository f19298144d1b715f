"""The argument bank on the five seeds: every paragraph they share is found and labelled.

The expected groups were listed by reading tests/fixtures/seeds/*.txt side by side.
"""

from __future__ import annotations

import pytest

from foidesk.errors import LibraryError
from foidesk.library.arguments import ArgumentFilters, argument_bank, group_json
from foidesk.library.reuse import ParagraphRef, ReusedPassage, reused_passages
from foidesk.library.segment import normalise

SHARED = [
    ("The Police Service is charged with enforcing the law", {"000", "001", "002", "003", "004"}),
    ("would lead to a better informed public which may encourage", {"001", "002", "003", "004"}),
    ("The public are entitled to know how public funds are spent", {"001", "003", "004"}),
    ("Security measures are put in place to protect the community", {"001", "003", "004"}),
    ("places that confidence at risk, no matter how generic", {"001", "002", "003"}),
    ("Weakening the mechanisms used to monitor any type of criminal", {"001", "003", "004"}),
    ("to meet NPCC expectation of the Police Service", {"001", "003"}),
    ("titled National Policing Community Security Policy", {"001", "003"}),
    ("Any incident that results from such a disclosure would", {"001", "003"}),
    ("the public entrust the Police Service to make appropriate decisions", {"001", "003"}),
    ("In the current financial climate of cuts", {"001", "003"}),
    ("take their responsibility to protect information and information systems", {"001", "003"}),
    ("will give a more detailed account of the tactical infrastructure", {"001", "004"}),
    ("The public interest is not what interests the public", {"000", "004"}),
    ("will not disclose information that could compromise the", {"000", "004"}),
]
"""A phrase from each passage the seeds share, and the seeds that use it."""

SIDES = [
    ("Security measures are put in place", ["against"]),
    ("The public are entitled to know how public funds are spent", ["for"]),
    ("The Police Service is charged with enforcing the law", ["balance"]),
    ("would lead to a better informed public", ["for"]),
]


def _seed(source: str) -> str:
    return source.rsplit("/", 1)[-1][:3]


def _group(groups: list[ReusedPassage], phrase: str) -> ReusedPassage:
    wanted = normalise(phrase)
    found = [g for g in groups if any(wanted in normalise(m.text) for m in g.members)]
    assert len(found) == 1, f"{phrase!r} is in {len(found)} groups"
    return found[0]


@pytest.fixture(scope="module")
def bank(seeded: str) -> list[ReusedPassage]:
    return argument_bank(using=seeded)


@pytest.mark.parametrize(("phrase", "seeds"), SHARED)
def test_each_shared_passage_is_found_with_its_seeds(
    bank: list[ReusedPassage], phrase: str, seeds: set[str]
) -> None:
    group = _group(bank, phrase)
    assert {_seed(s) for s in group.sources} == seeds
    assert group.count == len(seeds)


def test_nothing_else_is_reported_as_reused(bank: list[ReusedPassage]) -> None:
    explained = {id(_group(bank, phrase)) for phrase, _ in SHARED}
    extra = [g.text for g in bank if id(g) not in explained]
    assert all("college.police.uk" in text for text in extra), extra


@pytest.mark.parametrize(("phrase", "sides"), SIDES)
def test_groups_are_labelled_by_side(
    bank: list[ReusedPassage], phrase: str, sides: list[str]
) -> None:
    assert _group(bank, phrase).sides == sides


def test_groups_are_labelled_by_exemption(bank: list[ReusedPassage]) -> None:
    assert _group(bank, "Security measures are put in place").exemptions == [
        "24",
        "24(2)",
        "31(1)(a)",
    ]
    assert _group(bank, "Confirmation or denial that information is held").exemptions == ["31(3)"]


def test_most_used_first(bank: list[ReusedPassage]) -> None:
    counts = [g.count for g in bank]
    assert counts == sorted(counts, reverse=True)
    assert "Police Service is charged" in bank[0].text


@pytest.mark.parametrize(
    ("filters", "present", "absent"),
    [
        (
            ArgumentFilters(exemption="31", side="against"),
            ["Security measures are put in place", "more detailed account"],
            ["The Police Service is charged", "public funds are spent"],
        ),
        (
            ArgumentFilters(exemption="24(2)"),
            ["public funds are spent", "Security measures"],
            ["The public interest is not what interests the public"],
        ),
        (ArgumentFilters(side="balance", min_count=5), ["The Police Service is charged"], ["NPCC"]),
        (ArgumentFilters(authority="kent"), [], ["The Police Service is charged"]),
    ],
)
def test_filters(
    seeded: str, filters: ArgumentFilters, present: list[str], absent: list[str]
) -> None:
    texts = [
        normalise(" ".join(m.text for m in g.members)) for g in argument_bank(filters, using=seeded)
    ]
    for phrase in present:
        assert any(normalise(phrase) in t for t in texts), phrase
    for phrase in absent:
        assert not any(normalise(phrase) in t for t in texts), phrase


def test_json_names_each_members_source_file(bank: list[ReusedPassage]) -> None:
    data = group_json(_group(bank, "public funds are spent"))
    assert data["count"] == 3
    assert "public funds" in data["text"]
    assert sorted(_seed(m["source"]) for m in data["members"]) == ["001", "003", "004"]
    assert all(m["source"].endswith(".txt") for m in data["members"])


def test_unknown_side_is_a_clear_error(seeded: str) -> None:
    with pytest.raises(LibraryError, match="side 'pro' is not one of"):
        argument_bank(ArgumentFilters(side="pro"), using=seeded)


@pytest.mark.parametrize(
    ("left", "right", "reused"),
    [
        (
            "Security measures are put in place to protect the community that we serve.",
            "Security measures are put in place to protect the community we serve.",
            True,
        ),
        (
            "The force will not disclose the locations of its automatic number plate cameras.",
            "The council publishes the minutes of every planning committee meeting online.",
            False,
        ),
        ("Short one.", "Short one.", False),
    ],
)
def test_small_edits_match_and_different_arguments_do_not(
    left: str, right: str, reused: bool
) -> None:
    refs = [ParagraphRef(1, 1, "a", 0, left), ParagraphRef(2, 2, "b", 0, right)]
    assert bool(reused_passages(refs)) is reused


def test_a_passage_used_twice_in_one_response_only_is_not_reused() -> None:
    text = "The public interest is not what interests the public but the greater good."
    refs = [ParagraphRef(1, 1, "a", 0, text), ParagraphRef(2, 1, "a", 5, text)]
    assert reused_passages(refs) == []
