"""Missing browser tools fail the e2e tests under `make test` or CI, and skip them elsewhere."""

from __future__ import annotations

import pytest

from tests.desk_e2e.conftest import unavailable


@pytest.mark.parametrize(
    ("ci", "required", "outcome"),
    [
        ("true", "", pytest.fail.Exception),
        ("", "1", pytest.fail.Exception),
        ("true", "1", pytest.fail.Exception),
        ("", "", pytest.skip.Exception),
        ("false", "0", pytest.skip.Exception),
    ],
)
def test_missing_tools_fail_only_when_required(
    monkeypatch: pytest.MonkeyPatch, ci: str, required: str, outcome: type[BaseException]
) -> None:
    monkeypatch.setenv("CI", ci)
    monkeypatch.setenv("FOIDESK_REQUIRE_BROWSER", required)
    with pytest.raises(outcome, match="no chromium"):
        unavailable("no chromium")
