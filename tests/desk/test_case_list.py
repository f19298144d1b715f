"""The register page: fifty cases a page, a status filter, and a bounded number of queries."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import pytest

from foidesk.desk.views.cases import CASES_PER_PAGE


def _bulk(count: int, *, status: str = "draft", start: int = 1) -> None:
    from foidesk.desk.models import Case, CaseEvent

    day = dt.date(2026, 3, 2)
    cases = Case.objects.bulk_create(
        Case(
            reference=f"{start + i}T/26",
            year=2026,
            sequence=start + i,
            requester_name="R",
            requester_contact="r@example.org",
            received=day - dt.timedelta(days=i % 300),
            request_text="t",
            status=status,
        )
        for i in range(count)
    )
    CaseEvent.objects.bulk_create(
        CaseEvent(case=case, kind="clarification_sought", date=case.received) for case in cases
    )


def _references(body: str) -> list[str]:
    return re.findall(r'<th scope="row"><a href="/cases/\d+/">([^<]+)</a>', body)


def _queries(client: Any, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as seen:
        assert client.get(url).status_code == 200
    return len(seen.captured_queries)


def test_queries_do_not_grow_with_the_register(client_for: Callable[..., Any]) -> None:
    client = client_for("officer")
    _bulk(30)
    small = _queries(client, "/")
    _bulk(300, start=1000)
    assert _queries(client, "/") == small


def test_fifty_a_page_and_every_case_on_some_page(client_for: Callable[..., Any]) -> None:
    client = client_for("officer")
    _bulk(120)
    pages = [client.get(f"/?page={n}").content.decode() for n in (1, 2, 3)]
    seen = [_references(body) for body in pages]
    assert [len(rows) for rows in seen] == [CASES_PER_PAGE, CASES_PER_PAGE, 20]
    assert len({ref for rows in seen for ref in rows}) == 120
    assert "Page 1 of 3" in pages[0]
    assert 'rel="next"' in pages[0]
    assert 'rel="prev"' not in pages[0]
    assert 'rel="prev"' in pages[2]
    assert 'rel="next"' not in pages[2]


@pytest.mark.parametrize("page", ["99", "abc", "-1", "0"])
def test_a_page_out_of_range_shows_a_real_page(client_for: Callable[..., Any], page: str) -> None:
    client = client_for("officer")
    _bulk(60)
    reply = client.get(f"/?page={page}")
    assert reply.status_code == 200
    assert len(_references(reply.content.decode())) in (CASES_PER_PAGE, 10)


def test_status_filter(client_for: Callable[..., Any]) -> None:
    client = client_for("officer")
    _bulk(5, status="draft")
    _bulk(3, status="sent", start=100)
    body = client.get("/?status=sent").content.decode()
    assert sorted(_references(body)) == ["100T/26", "101T/26", "102T/26"]
    assert "3 in all" in body
    unknown = client.get("/?status=<script>").content.decode()
    assert len(_references(unknown)) == 8
    assert "<script>" not in unknown
