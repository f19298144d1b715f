"""Full-text search over the library's paragraphs: one function, two engines.

SQLite uses its FTS5 index (ranked by bm25, snippets by ``snippet()``); PostgreSQL uses
the ``tsvector`` column and its GIN index (ranked by ``ts_rank``, snippets by
``ts_headline``). Both are made by migration ``0002_fulltext``.

The user's words never reach the SQL or the query syntax: :func:`query_terms` keeps only
words (letters and digits), and each one is quoted (FTS5) or handed to ``plainto_tsquery``
(PostgreSQL) as a parameter. Quotes, ``*``, ``NEAR``, brackets, ``column:`` filters, ``-``
and ``^`` are therefore plain text, and a query with no words finds nothing.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db import DatabaseError, connections

from foidesk.errors import LibraryError
from foidesk.library.labels import section_of

MARK = ("«", "»")
"""What a snippet puts around each matched word."""
MAX_TERMS = 32
_TERM = re.compile(r"[^\W_]+")
_EXEMPTION = re.compile(
    r"^(?:(?:section|sec|s|regulation|reg|r)\.?\s*)?(\d+[A-Z]*(?:\s*\(\s*\w+\s*\))*)$", re.I
)


@dataclass(frozen=True)
class SearchFilters:
    """What a hit's response must be: exemption, NCND, outcome, authority, date range."""

    exemption: str | None = None
    """A section matches itself and its subsections: ``31`` matches ``31(1)(a)``, ``31(3)``."""
    ncnd: bool | None = None
    outcome: str | None = None
    authority: str | None = None
    """Part of the authority's name, any case."""
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True)
class Hit:
    """A paragraph that matched, with its response's facts and a highlighted snippet."""

    paragraph_id: int
    response_id: int
    source_path: str
    reference: str
    authority: str
    outcome: str
    ncnd: bool
    date: dt.date | None
    part: str
    side: str
    score: float
    snippet: str

    def as_json(self) -> dict[str, Any]:
        """The hit as plain JSON data."""
        return {
            "source": self.source_path,
            "reference": self.reference,
            "authority": self.authority,
            "outcome": self.outcome,
            "ncnd": self.ncnd,
            "date": self.date.isoformat() if self.date else None,
            "part": self.part,
            "side": self.side,
            "score": round(self.score, 6),
            "snippet": self.snippet,
            "paragraph_id": self.paragraph_id,
            "response_id": self.response_id,
        }


def query_terms(query: str) -> list[str]:
    """The words of a user's query, lower case, at most :data:`MAX_TERMS` of them."""
    return [t.lower() for t in _TERM.findall(query)][:MAX_TERMS]


def fts5_expression(terms: Sequence[str], *, any_term: bool = False) -> str:
    """A safe FTS5 query: each term a quoted string, joined by AND (or OR)."""
    quoted = ['"' + term.replace('"', '""') + '"' for term in terms]
    return (" OR " if any_term else " ").join(quoted)


def exemption_key(value: str) -> str:
    """``s.31``, ``Section 31 (1)(a)`` -> ``31``, ``31(1)(a)``.

    Raises:
        LibraryError: when the value is not a section number.
    """
    found = _EXEMPTION.match(value.strip())
    if not found:
        raise LibraryError(f"exemption {value!r} is not a section number such as 31 or 31(1)(a)")
    return re.sub(r"\s+", "", found.group(1))


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filter_sql(filters: SearchFilters) -> tuple[str, list[Any]]:
    """SQL conditions on the paragraph ``p`` (and their parameters) for the filters."""
    clauses: list[str] = []
    params: list[Any] = []
    exemption = ""
    if filters.exemption:
        key = exemption_key(filters.exemption)
        exemption = (
            "EXISTS (SELECT 1 FROM library_claim c WHERE c.response_id = p.response_id"
            " AND c.section = %s AND (c.citation = %s OR c.citation LIKE %s ESCAPE '\\'))"
        )
        params += [section_of(key), key, _like_escape(key) + "(%"]
    if filters.ncnd is not None:
        clauses.append("r.ncnd = %s")
        params.append(filters.ncnd)
    if filters.outcome:
        clauses.append("r.outcome = %s")
        params.append(filters.outcome)
    if filters.authority:
        clauses.append(
            "r.authority_id IN (SELECT a.id FROM library_authority a"
            " WHERE LOWER(a.name) LIKE %s ESCAPE '\\')"
        )
        params.append("%" + _like_escape(filters.authority.lower()) + "%")
    if filters.date_from:
        clauses.append("r.date >= %s")
        params.append(filters.date_from)
    if filters.date_to:
        clauses.append("r.date <= %s")
        params.append(filters.date_to)
    found = [exemption] if filters.exemption else []
    if clauses:
        inner = " AND ".join(clauses)
        found.append(
            f"EXISTS (SELECT 1 FROM library_response r WHERE r.id = p.response_id AND {inner})"
        )
    return "".join(f" AND {clause}" for clause in found), params


_COLUMNS = (
    "p.id, p.response_id, r.source_path, r.reference, COALESCE(a.name, ''), r.outcome,"
    " r.ncnd, r.date, p.part, p.side"
)
_JOINS = (
    " JOIN library_response r ON r.id = p.response_id"
    " LEFT JOIN library_authority a ON a.id = r.authority_id"
)

RANK_WINDOW = 2000
"""SQLite ranks at most this many matches, the most recently stored: bm25 over every match of
a very common word costs a scan of its whole posting list, and the window keeps the slowest
queries fast (a query matching fewer paragraphs is ranked exactly)."""

SQLITE_TOP = (
    "SELECT id, score FROM ("
    " SELECT library_paragraph_fts.rowid AS id, bm25(library_paragraph_fts) AS score"
    " FROM library_paragraph_fts{joins}"
    " WHERE library_paragraph_fts MATCH %s{filters}"
    " ORDER BY library_paragraph_fts.rowid DESC LIMIT %s"
    ") ORDER BY score, id LIMIT %s"
)
SCAN_WINDOW = 5000
"""With filters, SQLite first ranks the newest this-many matches and filters them; only when
that gives too few hits does it scan further (up to :data:`RANK_WINDOW` passing matches)."""
SQLITE_TOP_SCAN = (
    "SELECT m.id, m.score FROM ("
    " SELECT rowid AS id, bm25(library_paragraph_fts) AS score FROM library_paragraph_fts"
    " WHERE library_paragraph_fts MATCH %s ORDER BY rowid DESC LIMIT %s"
    ") m JOIN library_paragraph p ON p.id = m.id"
    " WHERE 1 = 1{filters} ORDER BY m.score, m.id LIMIT %s"
)
SQLITE_SNIPPETS = (
    "SELECT " + _COLUMNS + ", snippet(library_paragraph_fts, 0, %s, %s, '…', 24)"
    " FROM library_paragraph_fts JOIN library_paragraph p ON p.id = library_paragraph_fts.rowid"
    + _JOINS
    + " WHERE library_paragraph_fts MATCH %s AND library_paragraph_fts.rowid IN ({ids})"
)
POSTGRESQL_SEARCH = (
    "SELECT top.*, ts_headline('english', top.text, top.query, %s) FROM ("
    " SELECT " + _COLUMNS + ", ts_rank(p.search, q.query) AS score, p.text, q.query"
    " FROM library_paragraph p" + _JOINS + ", (SELECT {tsquery} AS query) q"
    " WHERE p.search @@ q.query{filters}"
    " ORDER BY score DESC, p.id LIMIT %s) top ORDER BY top.score DESC, top.id"
)


def _postgresql_query(terms: Sequence[str], any_term: bool) -> tuple[str, list[Any]]:
    if not any_term:
        return "plainto_tsquery('english', %s)", [" ".join(terms)]
    return " || ".join(["plainto_tsquery('english', %s)"] * len(terms)), list(terms)


def _vendor(using: str) -> str:
    vendor = connections[using].vendor
    if vendor not in ("sqlite", "postgresql"):
        raise LibraryError(f"full-text search needs SQLite or PostgreSQL, not {vendor}")
    return vendor


def search(
    query: str,
    *,
    filters: SearchFilters | None = None,
    limit: int = 20,
    match: str = "auto",
    using: str = "default",
) -> list[Hit]:
    """Paragraphs matching the words of ``query``, best first.

    Args:
        query: the user's words, taken as plain words whatever characters they contain.
        filters: what the responses must be (exemption, NCND, outcome, authority, dates).
        limit: the most hits to return.
        match: ``all`` (every word in the paragraph), ``any`` (some word), or ``auto``:
            paragraphs with every word first, then, to fill ``limit``, those with some.
        using: the database alias.

    Raises:
        LibraryError: for a bad filter value or a database that cannot be searched.
    """
    if match not in ("all", "any", "auto"):
        raise LibraryError(f"match must be all, any or auto, not {match!r}")
    terms = query_terms(query)
    if not terms or limit <= 0:
        return []
    chosen = filters or SearchFilters()
    hits = _search(terms, chosen, limit, match == "any", using)
    if match == "auto" and len(hits) < limit and len(terms) > 1:
        seen = {h.paragraph_id for h in hits}
        more = _search(terms, chosen, limit + len(hits), True, using)
        hits += [h for h in more if h.paragraph_id not in seen][: limit - len(hits)]
    return hits


def _search(
    terms: list[str], filters: SearchFilters, limit: int, any_term: bool, using: str
) -> list[Hit]:
    where, params = _filter_sql(filters)
    if _vendor(using) == "sqlite":
        return _search_sqlite(
            fts5_expression(terms, any_term=any_term), where, params, limit, using
        )
    tsquery, query_args = _postgresql_query(terms, any_term)
    sql = POSTGRESQL_SEARCH.format(filters=where, tsquery=tsquery)
    options = f"StartSel={MARK[0]}, StopSel={MARK[1]}, MaxWords=40, MinWords=15"
    rows = _fetch(using, sql, [options, *query_args, *params, limit])
    return [_hit(row[:10], row[10], row[-1]) for row in rows]


def _search_sqlite(
    expression: str, where: str, params: list[Any], limit: int, using: str
) -> list[Hit]:
    """Rank the matches (first query), then make snippets for the best only (second)."""
    top: list[tuple[Any, ...]] = []
    if where:
        sql = SQLITE_TOP_SCAN.format(filters=where)
        top = _fetch(using, sql, [expression, SCAN_WINDOW, *params, limit])
    if len(top) < limit:
        joins = " JOIN library_paragraph p ON p.id = library_paragraph_fts.rowid" if where else ""
        sql = SQLITE_TOP.format(joins=joins, filters=where)
        top = _fetch(using, sql, [expression, *params, RANK_WINDOW, limit])
    if not top:
        return []
    scores = {int(pk): -float(score) for pk, score in top}
    marks = ", ".join(["%s"] * len(scores))
    rows = _fetch(using, SQLITE_SNIPPETS.format(ids=marks), [*MARK, expression, *scores])
    hits = [_hit(row[:10], scores[int(row[0])], row[10]) for row in rows]
    hits.sort(key=lambda h: (-h.score, -h.paragraph_id))
    return hits


def _fetch(using: str, sql: str, args: list[Any]) -> list[tuple[Any, ...]]:
    try:
        with connections[using].cursor() as cursor:
            cursor.execute(sql, args)
            return list(cursor.fetchall())
    except DatabaseError as exc:
        raise LibraryError(f"cannot search the library ({using}): {exc}") from None


def _hit(row: Sequence[Any], score: Any, snippet: Any) -> Hit:
    date = row[7]
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    return Hit(
        paragraph_id=int(row[0]),
        response_id=int(row[1]),
        source_path=str(row[2]),
        reference=str(row[3]),
        authority=str(row[4]),
        outcome=str(row[5]),
        ncnd=bool(row[6]),
        date=date,
        part=str(row[8]),
        side=str(row[9]),
        score=float(score),
        snippet=str(snippet),
    )


def paragraph_frequencies(terms: Sequence[str], *, using: str = "default") -> dict[str, int]:
    """How many paragraphs contain each term (for weighting terms by rarity)."""
    vendor = _vendor(using)
    counts: dict[str, int] = {}
    for term in dict.fromkeys(terms):
        if vendor == "sqlite":
            sql = "SELECT COUNT(*) FROM library_paragraph_fts WHERE library_paragraph_fts MATCH %s"
            args: list[Any] = [fts5_expression([term])]
        else:
            sql = (
                "SELECT COUNT(*) FROM library_paragraph"
                " WHERE search @@ plainto_tsquery('english', %s)"
            )
            args = [term]
        counts[term] = int(_fetch(using, sql, args)[0][0])
    return counts


def idf(frequency: int, total: int) -> float:
    """Inverse document frequency, smoothed: rare terms weigh more, none weighs 0."""
    return math.log((total + 1) / (frequency + 1)) + 1.0 if total else 1.0
