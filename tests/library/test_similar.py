"""Similar responses: the closest past responses, and why."""

from __future__ import annotations

from foidesk.library.similar import similar
from foidesk.record.model import Response, Source
from tests.library.conftest import seed_path, seed_response


def _seed(source: str) -> str:
    return source.rsplit("/", 1)[-1][:3]


def test_a_stored_response_is_closest_to_its_twin_and_says_why(seeded: str) -> None:
    query = seed_response("003")
    query.source.path = "/elsewhere/new.txt"
    results = similar(query, using=seeded)
    assert _seed(results[0].source) == "003"
    best = results[0]
    assert best.shared_exemptions == ["24", "31"]
    assert best.passage_score == 1.0
    assert "cyber" in best.shared_terms


def test_a_file_already_stored_is_not_its_own_match(seeded: str) -> None:
    results = similar(seed_response("003"), using=seeded)
    assert "003" not in {_seed(r.source) for r in results}
    first = results[0]
    assert _seed(first.source) == "001"
    assert set(first.shared_exemptions) == {"24", "31"}
    assert any("National Policing Community Security Policy" in p for p in first.shared_passages)


def test_scores_are_ordered_and_explained(seeded: str) -> None:
    results = similar(seed_response("002"), using=seeded)
    assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)
    for r in results:
        data = r.as_json()
        assert set(data["why"]) >= {"key_terms", "reused_passages", "exemptions"}
        assert (
            abs(r.score - (0.5 * r.term_score + 0.3 * r.passage_score + 0.2 * r.exemption_score))
            < 1e-9
        )


def test_request_text_finds_the_cyber_responses_first(seeded: str) -> None:
    text = (
        "How many cyber attacks on the force's IT systems succeeded, and who supplies its software?"
    )
    results = similar(Response(source=Source(text=text)), using=seeded)
    assert {_seed(r.source) for r in results[:3]} <= {"000", "001", "002", "003"}
    assert _seed(results[-1].source) == "004"
    assert all(r.shared_exemptions == [] for r in results)


def test_unrelated_text_finds_nothing(seeded: str) -> None:
    assert (
        similar(Response(source=Source(text="Zebra crossings and xylophones.")), using=seeded) == []
    )


def test_seed_path_exists() -> None:
    assert seed_path("000").exists()
