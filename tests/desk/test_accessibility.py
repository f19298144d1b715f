"""Accessibility in the server-rendered HTML: errors tied to their fields, counts in words.

The page-level checks (axe-core, keyboard) run in Chromium in tests/desk_e2e; these check
the markup contract those rely on, without a browser.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any


def _described_ids(html: str, name: str) -> list[str]:
    field = re.search(rf'<[^>]*name="{name}"[^>]*>', html)
    assert field is not None, f"no field {name}"
    described = re.search(r'aria-describedby="([^"]+)"', field[0])
    assert described is not None, f"{name} is described by nothing"
    return described[1].split()


def test_field_errors_are_announced_with_their_field(client_for: Callable[..., Any]) -> None:
    html = client_for("officer").post("/cases/new/", {"requester_name": ""}).content.decode()
    field = re.search(r'<input[^>]*name="requester_name"[^>]*>', html)
    assert field is not None
    assert 'aria-invalid="true"' in field[0]
    for ident in _described_ids(html, "requester_name"):
        assert f'id="{ident}"' in html, f"aria-describedby points at missing id {ident}"
    assert 'class="error-summary"' in html
    assert 'href="#id_requester_name"' in html


def _edit_page(client_for: Callable[..., Any], new_case: Callable[..., Any]) -> str:
    client = client_for("officer", username="editor")
    case = new_case()
    reply = client.get(f"/cases/{case.pk}/edit/")
    assert reply.status_code == 200
    return str(reply.content.decode())


def test_help_text_is_tied_to_its_field(
    client_for: Callable[..., Any], new_case: Callable[..., Any]
) -> None:
    body = _edit_page(client_for, new_case)
    ids = _described_ids(body, "citations")
    assert ids
    assert all(f'id="{ident}"' in body for ident in ids)


def test_counts_are_in_words(
    client_for: Callable[..., Any], make_user: Callable[..., Any], new_case: Callable[..., Any]
) -> None:
    from foidesk.desk.models import Case

    case = new_case(drafter=make_user("one", "officer"), status="sent")
    Case.objects.filter(pk=case.pk).update(outcome="disclosed")
    body = client_for("manager").get("/stats/").content.decode()
    assert "1 request answered" in body
    new_case(drafter=make_user("two", "officer"), status="sent", text="another")
    body = client_for("manager", username="m2").get("/stats/").content.decode()
    assert "2 requests answered" in body


def test_live_findings_are_a_status_region(
    client_for: Callable[..., Any], new_case: Callable[..., Any]
) -> None:
    assert 'id="findings" role="status"' in _edit_page(client_for, new_case)
