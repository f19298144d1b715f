"""Pages: security headers, the clock's traffic light, references, disclosure log, checker."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from foidesk.desk.references import format_reference


def test_security_headers(client_for: Callable[..., Any], db: None) -> None:
    reply = client_for(None).get("/login/")
    assert "default-src 'self'" in reply["Content-Security-Policy"]
    assert "'unsafe-inline'" not in reply["Content-Security-Policy"]
    assert reply["X-Frame-Options"] == "DENY"
    body = reply.content.decode()
    assert "<script>" not in body
    assert "http://" not in body
    assert "https://" not in body


def test_session_cookie_flags(make_user: Callable[..., Any]) -> None:
    from django.test import Client

    make_user("cookie", "officer")
    client = Client()
    client.post("/login/", {"username": "cookie", "password": "pw-cookie"})
    morsel = client.cookies["sessionid"]
    assert morsel["httponly"]
    assert morsel["samesite"] == "Lax"


@pytest.mark.parametrize(
    ("template", "seq", "day", "expected"),
    [
        ("{seq}A/{yy}", 1267, dt.date(2021, 5, 4), "1267A/21"),
        ("FOI-{yyyy}-{seq}", 7, dt.date(2026, 1, 2), "FOI-2026-7"),
        ("{seq}/{yy}", 3, dt.date(2009, 12, 31), "3/09"),
    ],
)
def test_reference_pattern(template: str, seq: int, day: dt.date, expected: str) -> None:
    assert format_reference(template, seq, day) == expected


def test_sequence_restarts_each_year(
    make_user: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from foidesk.desk.models import Case
    from foidesk.desk.references import next_reference

    monkeypatch.setenv("FOIDESK_REFERENCE_PATTERN", "{seq}A/{yy}")
    officer = make_user("seq", "officer")
    for day in (dt.date(2025, 12, 30), dt.date(2025, 12, 31), dt.date(2026, 1, 2)):
        reference, year, seq = next_reference(day)
        Case.objects.create(
            reference=reference,
            year=year,
            sequence=seq,
            requester_name="n",
            requester_contact="c",
            received=day,
            request_text="t",
            drafter=officer,
        )
    assert sorted(Case.objects.values_list("reference", flat=True)) == ["1A/25", "1A/26", "2A/25"]


@pytest.mark.parametrize(
    ("days_ago", "colour"),
    [(0, "green"), (24, "green"), (25, "amber"), (28, "amber"), (60, "red")],
)
def test_traffic_light(new_case: Callable[..., Any], days_ago: int, colour: str) -> None:
    from foidesk.desk.clockview import light

    today = dt.date(2026, 6, 15)
    case = new_case(received=today - dt.timedelta(days=days_ago))
    shown = light(case, today)
    assert shown.colour == colour
    assert shown.deadline is not None
    assert any(day.counted for day in shown.deadline.days)


def test_case_page_shows_the_day_by_day_table(
    client_for: Callable[..., Any], new_case: Callable[..., Any]
) -> None:
    case = new_case()
    body = client_for("officer").get(f"/cases/{case.pk}/").content.decode()
    assert "How the due date was worked out" in body
    assert body.count("<h1>") == 1


def test_clock_event_changes_the_clock(
    client_for: Callable[..., Any], new_case: Callable[..., Any]
) -> None:
    from foidesk.desk.clockview import light
    from foidesk.desk.models import Case

    case = new_case(received=dt.date(2026, 6, 1))
    before = light(case, dt.date(2026, 6, 10))
    reply = client_for("officer").post(
        f"/cases/{case.pk}/events/", {"kind": "clarification_sought", "date": "2026-06-03"}
    )
    assert reply.status_code == 302
    after = light(Case.objects.get(pk=case.pk), dt.date(2026, 6, 10))
    assert (before.colour, after.colour) == ("green", "grey")


def test_disclosure_log_hides_the_requester(
    client_for: Callable[..., Any], new_case: Callable[..., Any]
) -> None:
    case = new_case(status="sent", name="Hidden Person", text="Published request text")
    anonymous = client_for(None)
    assert "Published request text" not in anonymous.get("/disclosure-log/").content.decode()
    officer = client_for("officer")
    assert officer.post(f"/cases/{case.pk}/publish/").status_code == 302
    anonymous = client_for(None)
    page = anonymous.get("/disclosure-log/").content.decode()
    csv = anonymous.get("/disclosure-log.csv").content.decode()
    for body in (page, csv):
        assert "Published request text" in body
        assert "Hidden Person" not in body
        assert "alice@example.org" not in body


def test_only_sent_cases_can_be_published(
    client_for: Callable[..., Any], new_case: Callable[..., Any]
) -> None:
    from foidesk.desk.models import Case

    case = new_case(status="submitted", text="Not yet sent words")
    assert client_for("officer").post(f"/cases/{case.pk}/publish/").status_code == 409
    assert not Case.objects.get(pk=case.pk).published
    assert "Not yet sent words" not in client_for(None).get("/disclosure-log/").content.decode()


def test_check_api_reports_problems(client_for: Callable[..., Any], db: None) -> None:
    import json

    reply = client_for("officer").post(
        "/api/check/",
        json.dumps({"outcome": "refused", "citations": "", "harm": ""}),
        content_type="application/json",
    )
    data = reply.json()
    assert reply.status_code == 200
    assert data["problems"] or data["findings"]


def test_exemption_search(client_for: Callable[..., Any], db: None) -> None:
    results = client_for("officer").get("/api/exemptions/?q=law enforcement").json()["results"]
    assert any(row["citation"].startswith("31") for row in results)


def test_ncnd_search_offers_only_ncnd_limbs(client_for: Callable[..., Any], db: None) -> None:
    client = client_for("officer")
    limbs = client.get("/api/exemptions/?q=&ncnd=1").json()["results"]
    everything = client.get("/api/exemptions/?q=").json()["results"]
    keys = {row["citation"] for row in limbs}
    assert keys
    assert {"31(3)", "23(5)"} & keys
    assert "31(1)(a)" not in keys
    assert len(everything) >= len(limbs)


def test_edit_page_shows_findings_and_library_help_without_js(
    client_for: Callable[..., Any], new_case: Callable[..., Any]
) -> None:
    from foidesk.desk.models import Case

    case = new_case()
    Case.objects.filter(pk=case.pk).update(outcome="refused", citations="")
    body = client_for("officer").get(f"/cases/{case.pk}/edit/").content.decode()
    assert 'id="findings"' in body
    assert 'class="finding-error"' in body
    assert "Argument bank" in body
    assert "Similar precedents" in body
