"""No query text, however strange, raises or reaches the SQL or the FTS syntax."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foidesk.library.search import fts5_expression, query_terms, search

NASTY = [
    '"unbalanced',
    "cyber*",
    "NEAR(cyber attack, 2)",
    "((cyber",
    "text: cyber",
    "-cyber ^attack",
    "cyber AND OR NOT",
    "'; DROP TABLE library_paragraph; --",
    "%s %% {filters}",
    "\x00\ufffd\U0001f600",
    "",
]
FTS_SYNTAX = st.sampled_from(
    ['"', "*", "(", ")", ":", "-", "^", "+", "NEAR", "AND", "OR", "NOT", "%", "'", "{", "}"]
)


@pytest.mark.parametrize("query", NASTY)
def test_nasty_queries_do_not_raise(seeded: str, query: str) -> None:
    hits = search(query, using=seeded)
    words = query_terms(query)
    for hit in hits:
        assert any(w in hit.snippet.lower() for w in words) or "«" in hit.snippet


@pytest.mark.parametrize(
    "query", ['"security" measures*', "(security) -measures", "^security: measures)"]
)
def test_syntax_characters_are_ignored(seeded: str, query: str) -> None:
    plain = search("security measures", match="all", using=seeded)
    assert plain
    assert search(query, match="all", using=seeded) == plain


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(max_size=12), FTS_SYNTAX), max_size=8).map(" ".join))
def test_any_text_is_a_safe_query(seeded: str, query: str) -> None:
    expression = fts5_expression(query_terms(query))
    assert re.fullmatch(r'("[^"\W_]+"( "[^"\W_]+")*)?', expression, re.UNICODE)
    search(query, limit=3, using=seeded)
