"""The committed migrations describe the models exactly (a model change without its migration
would leave fresh databases and upgraded ones different)."""

from __future__ import annotations

import io

import pytest


@pytest.mark.parametrize("app", ["desk", "library"])
def test_no_model_change_lacks_a_migration(desk_db: None, app: str) -> None:
    from django.core.management import call_command

    out = io.StringIO()
    try:
        call_command("makemigrations", app, check=True, dry_run=True, stdout=out, stderr=out)
    except SystemExit:
        pytest.fail(f"models of {app!r} changed without a migration:\n{out.getvalue()}")
    assert "No changes detected" in out.getvalue()
