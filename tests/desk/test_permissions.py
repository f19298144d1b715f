"""Every permission rule: role x URL x method -> expected status (table-driven)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

ANON = None
NOBODY = "nobody"

# (method, url, {role: expected status}); "{id}" is a draft case's id.
TABLE: list[tuple[str, str, dict[str | None, int]]] = [
    (
        "get",
        "/",
        {ANON: 302, NOBODY: 403, "officer": 200, "reviewer": 200, "manager": 200, "admin": 200},
    ),
    (
        "get",
        "/cases/new/",
        {ANON: 403, NOBODY: 403, "officer": 200, "reviewer": 200, "manager": 403, "admin": 200},
    ),
    (
        "get",
        "/cases/{id}/",
        {ANON: 403, NOBODY: 403, "officer": 200, "reviewer": 200, "manager": 200, "admin": 200},
    ),
    (
        "get",
        "/cases/{id}/edit/",
        {ANON: 403, NOBODY: 403, "officer": 200, "reviewer": 200, "manager": 403, "admin": 200},
    ),
    (
        "post",
        "/cases/{id}/events/",
        {ANON: 403, NOBODY: 403, "officer": 302, "reviewer": 302, "manager": 403, "admin": 302},
    ),
    (
        "post",
        "/cases/{id}/transition/",
        {ANON: 403, NOBODY: 403, "officer": 302, "reviewer": 302, "manager": 403, "admin": 302},
    ),
    (
        "get",
        "/audit/",
        {ANON: 403, NOBODY: 403, "officer": 403, "reviewer": 403, "manager": 200, "admin": 200},
    ),
    (
        "get",
        "/api/exemptions/?q=31",
        {ANON: 403, NOBODY: 403, "officer": 200, "reviewer": 200, "manager": 403, "admin": 200},
    ),
    (
        "post",
        "/api/check/",
        {ANON: 403, NOBODY: 403, "officer": 200, "reviewer": 200, "manager": 403, "admin": 200},
    ),
    (
        "get",
        "/stats/",
        {ANON: 403, NOBODY: 403, "officer": 403, "reviewer": 403, "manager": 200, "admin": 200},
    ),
    (
        "get",
        "/library/upload/",
        {ANON: 403, NOBODY: 403, "officer": 200, "reviewer": 200, "manager": 403, "admin": 200},
    ),
    (
        "get",
        "/cases/{id}/notice.docx",
        {ANON: 403, NOBODY: 403, "officer": 200, "reviewer": 200, "manager": 200, "admin": 200},
    ),
    (
        "post",
        "/cases/{id}/publish/",
        {ANON: 403, NOBODY: 403, "officer": 409, "reviewer": 409, "manager": 403, "admin": 409},
    ),
    ("get", "/disclosure-log/", dict.fromkeys((ANON, NOBODY, "officer", "manager"), 200)),
    ("get", "/disclosure-log.csv", dict.fromkeys((ANON, NOBODY, "reviewer", "admin"), 200)),
    ("get", "/login/", dict.fromkeys((ANON, "officer"), 200)),
]

POST_DATA: dict[str, dict[str, str]] = {
    "/cases/{id}/events/": {"kind": "clarification_sought", "date": "2026-01-05"},
    "/cases/{id}/transition/": {"action": "submit"},
    "/cases/{id}/publish/": {},
}

CASES = [
    pytest.param(method, url, role, status, id=f"{method} {url} as {role or 'anonymous'}")
    for method, url, expected in TABLE
    for role, status in expected.items()
]


@pytest.mark.parametrize(("method", "url", "role", "status"), CASES)
def test_permission_rule(
    client_for: Callable[..., Any],
    new_case: Callable[..., Any],
    method: str,
    url: str,
    role: str | None,
    status: int,
) -> None:
    case = new_case()
    client = client_for(role)
    target = url.replace("{id}", str(case.pk))
    if method == "get":
        reply = client.get(target)
    elif url == "/api/check/":
        body = json.dumps({"outcome": "refused", "citations": "31(1)(a)", "harm": "x"})
        reply = client.post(target, body, content_type="application/json")
    else:
        reply = client.post(target, POST_DATA[url])
    assert reply.status_code == status


@pytest.mark.parametrize("role", [ANON, NOBODY, "manager"])
def test_case_page_refused_without_leaking(
    client_for: Callable[..., Any], new_case: Callable[..., Any], role: str | None
) -> None:
    case = new_case(name="Zebedee Secretname", text="Secret request words")
    reply = client_for(role).get(f"/cases/{case.pk}/edit/")
    assert reply.status_code == 403
    body = reply.content.decode()
    assert "Zebedee" not in body
    assert "Secret request words" not in body


def test_unknown_case_is_404(client_for: Callable[..., Any], db: None) -> None:
    assert client_for("officer").get("/cases/999999/").status_code == 404


def test_refusal_pages_explain_themselves(client_for: Callable[..., Any], db: None) -> None:
    anonymous = client_for(None).get("/audit/").content.decode()
    assert "<h1>You cannot see this page</h1>" in anonymous
    assert 'href="/login/"' in anonymous
    missing = client_for("officer").get("/no/such/page/").content.decode()
    assert "<h1>Page not found</h1>" in missing
    forged = (
        client_for("officer", username="forger", csrf=True).post("/cases/new/", {}).content.decode()
    )
    assert "nothing was saved" in forged
