"""``foidesk serve`` and the demo data it loads."""

from __future__ import annotations

from typing import Any

import pytest
from typer.testing import CliRunner

from foidesk.cli.app import app


def test_serve_prints_url_and_demo_logins(monkeypatch: pytest.MonkeyPatch, desk_db: None) -> None:
    import foidesk.desk.serve as serve_module
    from foidesk.desk.demo import DEMO_LOGINS

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(serve_module, "prepare", lambda: None)
    monkeypatch.setattr(serve_module, "serve", lambda **kw: calls.append(kw))
    result = CliRunner().invoke(app, ["serve", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8123/" in result.output
    for login in DEMO_LOGINS:
        assert login.password in result.output
    assert calls == [{"host": "127.0.0.1", "port": 8123}]


def test_serve_refuses_a_bad_port(monkeypatch: pytest.MonkeyPatch, desk_db: None) -> None:
    import foidesk.desk.serve as serve_module
    from foidesk.errors import FoideskError

    def taken(**_: Any) -> None:
        raise FoideskError("cannot serve on 127.0.0.1:1: permission denied")

    monkeypatch.setattr(serve_module, "prepare", lambda: None)
    monkeypatch.setattr(serve_module, "serve", taken)
    result = CliRunner().invoke(app, ["serve", "--port", "1"])
    assert isinstance(result.exception, FoideskError)


def test_demo_accounts_and_sample_cases(db: None) -> None:
    from django.contrib.auth import authenticate

    from foidesk.desk.demo import DEMO_LOGINS, SAMPLES, ensure_accounts, ensure_samples
    from foidesk.desk.models import Case

    ensure_accounts()
    for login in DEMO_LOGINS:
        user = authenticate(username=login.username, password=login.password)
        assert user is not None
        assert user.groups.filter(name=login.role).exists()
    Case.objects.all().delete()
    assert ensure_samples() == len(SAMPLES)
    assert ensure_samples() == 0
    statuses = set(Case.objects.values_list("status", flat=True))
    assert statuses == {s.status.value for s in SAMPLES}
