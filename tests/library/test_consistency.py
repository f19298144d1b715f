"""NCND consistency: the same subject neither confirmed nor denied here, confirmed there."""

from __future__ import annotations

from foidesk.library.consistency import inconsistencies
from foidesk.library.store import save_response
from foidesk.record.model import Claim, Outcome, Passage, Response, Source

CYBER_NCND = Response(
    authority="Northshire Police",
    outcome=Outcome.NCND,
    request=Passage(
        text=(
            "How many successful cyber attacks on the force's computer systems were recorded "
            "in 2023, and which ransomware groups were behind them?"
        )
    ),
    claims=[Claim(citation="31(3)", ncnd=True), Claim(citation="24(2)", ncnd=True)],
    source=Source(
        text=(
            "We can neither confirm nor deny that we hold information about cyber attacks on "
            "our computer systems."
        )
    ),
)
CYBER_REFUSED = Response(
    authority="Southshire Police",
    outcome=Outcome.REFUSED,
    request=Passage(
        text=(
            "Please tell me how many cyber attacks on your computer systems were successful "
            "in 2023 and the ransomware groups responsible."
        )
    ),
    claims=[Claim(citation="31(1)(a)")],
    source=Source(
        text=(
            "We hold a record of successful cyber attacks on our computer systems in 2023. "
            "The number of attacks recorded is withheld under section 31(1)(a)."
        )
    ),
)
CYBER_DISCLOSED = Response(
    authority="Eastshire Council",
    outcome=Outcome.DISCLOSED,
    request=Passage(
        text=(
            "How many cyber attacks on the council's computer systems succeeded in 2023? Name "
            "any ransomware groups responsible."
        )
    ),
    source=Source(
        text=(
            "Three successful cyber attacks on our computer systems were recorded in 2023. No "
            "ransomware group was identified."
        )
    ),
)
PARKING = Response(
    authority="Southshire Police",
    outcome=Outcome.DISCLOSED,
    request=Passage(text="How many parking fines did officers issue outside schools during 2023?"),
    source=Source(text="Officers issued 412 parking fines outside schools in 2023."),
)
CYBER_NCND_TOO = CYBER_NCND.model_copy(update={"authority": "Westshire Police"})


def _store(alias: str, **responses: Response) -> None:
    for name, response in responses.items():
        save_response(response, path=f"/letters/{name}.txt", using=alias)


def _pairs(alias: str, authority: str | None = None) -> set[tuple[str, str]]:
    return {
        (p.ncnd.source.rsplit("/", 1)[-1], p.other.source.rsplit("/", 1)[-1])
        for p in inconsistencies(authority=authority, using=alias)
    }


def test_ncnd_against_a_confirmation_on_the_same_subject(library: str) -> None:
    _store(
        library, ncnd=CYBER_NCND, refused=CYBER_REFUSED, disclosed=CYBER_DISCLOSED, parking=PARKING
    )
    assert _pairs(library) == {("ncnd.txt", "refused.txt"), ("ncnd.txt", "disclosed.txt")}


def test_the_pair_says_why(library: str) -> None:
    _store(library, ncnd=CYBER_NCND, refused=CYBER_REFUSED)
    (pair,) = inconsistencies(using=library)
    assert pair.shared_exemptions == ["31"]
    assert {"cyber", "attack", "ransomware"} <= set(pair.shared_terms)
    assert "confirms the information is held" in pair.stance
    assert "recorded" in pair.evidence or "hold" in pair.evidence
    assert pair.as_json()["why"]["same_exemption_family"] == ["31"]


def test_two_ncnd_responses_are_consistent(library: str) -> None:
    _store(library, ncnd=CYBER_NCND, other=CYBER_NCND_TOO, parking=PARKING)
    assert _pairs(library) == set()


def test_different_subjects_are_not_paired(library: str) -> None:
    _store(library, ncnd=CYBER_NCND, parking=PARKING)
    assert _pairs(library) == set()


def test_authority_filter(library: str) -> None:
    _store(library, ncnd=CYBER_NCND, refused=CYBER_REFUSED, disclosed=CYBER_DISCLOSED)
    assert _pairs(library, "eastshire") == {("ncnd.txt", "disclosed.txt")}
    assert _pairs(library, "northshire") == {
        ("ncnd.txt", "refused.txt"),
        ("ncnd.txt", "disclosed.txt"),
    }
