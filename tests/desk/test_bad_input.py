"""Bad input: script in fields, forged posts, stale drafts, guessed passwords."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'

REQUEST = {
    "requester_name": "Ann",
    "requester_contact": "ann@example.org",
    "received": "2026-03-02",
    "channel": "email",
    "request_text": "Budget figures",
}


@pytest.mark.parametrize("field", ["requester_name", "requester_contact", "request_text"])
def test_script_is_stored_as_text_and_escaped(client_for: Callable[..., Any], field: str) -> None:
    from foidesk.desk.models import Case

    client = client_for("officer")
    assert client.post("/cases/new/", {**REQUEST, field: SCRIPT}).status_code == 302
    case = Case.objects.get()
    assert getattr(case, field) == SCRIPT
    body = client.get(f"/cases/{case.pk}/").content.decode()
    assert "<script>alert" not in body
    assert "onerror=alert" not in body.replace("&lt;img src=x onerror=alert(1)&gt;", "")
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in body


def test_script_in_decision_is_escaped_on_the_edit_page(
    client_for: Callable[..., Any], new_case: Callable[..., Any]
) -> None:
    case = new_case()
    client = client_for("officer")
    data = {"outcome": "refused", "citations": "31(1)(a)", "harm": SCRIPT, "version": "1"}
    assert client.post(f"/cases/{case.pk}/edit/", data).status_code == 302
    body = client.get(f"/cases/{case.pk}/edit/").content.decode()
    assert "<script>alert" not in body
    assert "&lt;script&gt;" in body


def test_forged_post_without_csrf_token_is_refused(client_for: Callable[..., Any]) -> None:
    from foidesk.desk.models import Case

    client = client_for("officer", csrf=True)
    reply = client.post("/cases/new/", REQUEST)
    assert reply.status_code == 403
    assert not Case.objects.exists()


def test_forged_check_request_without_csrf_token_is_refused(
    client_for: Callable[..., Any],
) -> None:
    reply = client_for("officer", csrf=True).post(
        "/api/check/", "{}", content_type="application/json"
    )
    assert reply.status_code == 403


def test_post_with_the_page_token_is_accepted(client_for: Callable[..., Any]) -> None:
    client = client_for("officer", csrf=True)
    client.get("/cases/new/")
    token = client.cookies["csrftoken"].value
    reply = client.post("/cases/new/", {**REQUEST, "csrfmiddlewaretoken": token})
    assert reply.status_code == 302


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("received", "not a date", "Date received"),
        ("requester_name", "", "Requester name"),
        ("channel", "pigeon", "Channel"),
    ],
)
def test_invalid_request_shows_error_summary(
    client_for: Callable[..., Any], field: str, value: str, message: str
) -> None:
    reply = client_for("officer").post("/cases/new/", {**REQUEST, field: value})
    body = reply.content.decode()
    assert reply.status_code == 400
    assert "There is a problem" in body
    assert f'href="#id_{field}">{message}' in body


def test_second_editor_gets_a_conflict_and_keeps_their_text(
    client_for: Callable[..., Any], new_case: Callable[..., Any]
) -> None:
    from foidesk.desk.models import Case

    case = new_case()
    first, second = client_for("officer", username="first"), client_for("reviewer")
    base = {"outcome": "refused", "citations": "31(1)(a)", "version": str(case.version)}
    assert first.post(f"/cases/{case.pk}/edit/", {**base, "harm": "First harm"}).status_code == 302
    reply = second.post(f"/cases/{case.pk}/edit/", {**base, "harm": "Second harm words"})
    body = reply.content.decode()
    assert reply.status_code == 409
    assert "Someone else saved this decision" in body
    assert "Second harm words" in body
    stored = Case.objects.get(pk=case.pk)
    assert (stored.harm, stored.version) == ("First harm", 2)


def test_sent_decision_cannot_be_edited(
    client_for: Callable[..., Any], new_case: Callable[..., Any]
) -> None:
    case = new_case(status="sent")
    reply = client_for("officer").post(
        f"/cases/{case.pk}/edit/", {"outcome": "refused", "version": "1"}
    )
    assert reply.status_code == 409


@pytest.mark.parametrize("body", ["not json", "[1, 2]"])
def test_check_api_refuses_bad_json(client_for: Callable[..., Any], body: str) -> None:
    reply = client_for("officer").post("/api/check/", body, content_type="application/json")
    assert reply.status_code == 400
    assert "error" in reply.json()


def test_five_failures_lock_the_account(make_user: Callable[..., Any]) -> None:
    from django.test import Client

    make_user("lockme", "officer")
    client = Client()
    for _ in range(5):
        reply = client.post("/login/", {"username": "lockme", "password": "wrong"})
        assert reply.status_code == 400
        assert "not right" in reply.content.decode()
    reply = client.post("/login/", {"username": "lockme", "password": "pw-lockme"})
    assert reply.status_code == 400
    assert "locked" in reply.content.decode()
    assert "_auth_user_id" not in client.session


def test_right_password_signs_in(make_user: Callable[..., Any]) -> None:
    from django.test import Client

    make_user("okuser", "officer")
    client = Client()
    reply = client.post("/login/", {"username": "okuser", "password": "pw-okuser"})
    assert reply.status_code == 302
    assert client.get("/").status_code == 200
