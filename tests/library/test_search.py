"""Full-text search: ranking, snippets, filters, on SQLite (FTS5) and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from foidesk.errors import LibraryError
from foidesk.library.search import SearchFilters, exemption_key, fts5_expression, search


def _sources(hits: list) -> set[str]:  # type: ignore[type-arg]
    return {h.source_path.rsplit("/", 1)[-1][:3] for h in hits}


def test_every_hit_contains_the_words_and_is_marked(seeded: str) -> None:
    hits = search("cyber attack", match="all", using=seeded)
    assert hits
    for hit in hits:
        assert "«" in hit.snippet
        assert "»" in hit.snippet
        marked = hit.snippet.lower()
        assert "«cyber" in marked
        assert "«attack" in marked


def test_hits_are_ranked_best_first(seeded: str) -> None:
    hits = search("public funds spent", using=seeded)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert _sources(hits[:3]) == {"001", "003", "004"}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (SearchFilters(), {"001", "003", "004"}),
        (SearchFilters(ncnd=True), {"001"}),
        (SearchFilters(ncnd=False), {"003", "004"}),
        (SearchFilters(exemption="31(1)"), {"004"}),
        (SearchFilters(exemption="24"), {"001", "003"}),
        (SearchFilters(exemption="s.24(2)"), {"001"}),
        (SearchFilters(outcome="refused"), {"003", "004"}),
        (SearchFilters(authority="midlands"), {"001", "003", "004"}),
        (SearchFilters(authority="kent"), set()),
        (SearchFilters(date_from=dt.date(2022, 1, 1)), {"003"}),
        (SearchFilters(date_to=dt.date(2021, 12, 31)), {"001"}),
    ],
)
def test_filters(seeded: str, filters: SearchFilters, expected: set[str]) -> None:
    hits = search("public funds spent", filters=filters, match="all", using=seeded)
    assert _sources(hits) == expected


def test_exemption_matches_section_and_subsections(seeded: str) -> None:
    hits = search("police", filters=SearchFilters(exemption="31"), limit=200, using=seeded)
    assert _sources(hits) == {"000", "001", "002", "003", "004"}
    narrow = search("police", filters=SearchFilters(exemption="31(3)"), limit=200, using=seeded)
    assert _sources(narrow) == {"001", "003"}


def test_auto_tops_up_with_paragraphs_holding_some_words(seeded: str) -> None:
    every = search("cyber attack suppliers", match="all", using=seeded)
    auto = search("cyber attack suppliers", match="auto", using=seeded)
    assert every == []
    assert "003" in _sources(auto)
    assert any("«suppliers»" in h.snippet for h in auto)


def test_limit(seeded: str) -> None:
    assert len(search("police", limit=3, using=seeded)) == 3


@pytest.mark.parametrize(
    ("value", "key"),
    [("31", "31"), ("s31", "31"), ("S.31(1)(a)", "31(1)(a)"), ("section 24 (2)", "24(2)")],
)
def test_exemption_key(value: str, key: str) -> None:
    assert exemption_key(value) == key


@pytest.mark.parametrize("value", ["", "law enforcement", "31; DROP TABLE", "(1)"])
def test_bad_exemption_is_a_clear_error(value: str) -> None:
    with pytest.raises(LibraryError, match="not a section number"):
        exemption_key(value)


def test_fts5_expression_quotes_every_term() -> None:
    assert fts5_expression(["near", "text"]) == '"near" "text"'
    assert fts5_expression(["a", "b"], any_term=True) == '"a" OR "b"'
