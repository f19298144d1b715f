"""Fixtures for the desk browser tests: tools, one ``foidesk serve`` and one Chromium.

Per pytest worker (session scope): the installer runs if anything is missing
(``tools/install-browser.sh``), ``foidesk serve`` starts on a free loopback port with a
temporary ``FOIDESK_DATABASE_URL``/``FOIDESK_DATA_DIR``, and Debian's Chromium is launched
through Playwright. When the browser tools cannot be installed the tests fail under
``make test`` (``FOIDESK_REQUIRE_BROWSER=1``) or ``CI=true``, and are skipped, with the
reason, when pytest is run by hand on a machine without them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.desk_e2e import contract
from tests.desk_e2e.tooling import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    DeskServer,
    desk_available,
    ensure_tools,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page, Playwright


def unavailable(reason: str) -> None:
    """Fail under ``make test`` or ``CI=true`` (the tools must install there), else skip."""
    required = os.environ.get("FOIDESK_REQUIRE_BROWSER") == "1"
    if required or os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"desk browser tests cannot run under CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def e2e_tools() -> None:
    """Chromium, Playwright and axe-core, installed if missing (fail under CI, else skip)."""
    reason = ensure_tools()
    if reason is not None:
        unavailable(reason)


@pytest.fixture(scope="session")
def desk(e2e_tools: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DeskServer]:
    """A running ``foidesk serve`` with demo data in a temporary database."""
    reason = desk_available()
    if reason is not None:
        pytest.fail(reason, pytrace=False)
    server = DeskServer(tmp_path_factory.mktemp("desk"))
    try:
        server.start()
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def playwright(e2e_tools: None) -> Iterator[Playwright]:
    """The Playwright driver (plain ``playwright``, no pytest plugin)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    """Debian's Chromium, headless, with no background calls to other sites."""
    chromium = playwright.chromium.launch(
        executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS), headless=True
    )
    yield chromium
    chromium.close()


@pytest.fixture(scope="session")
def sessions(
    browser: Browser, desk: DeskServer, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """Signed-in browser state for each demo role, saved once per worker."""
    folder = tmp_path_factory.mktemp("sessions")
    states = {}
    for role in contract.DEMO_LOGINS:
        context = browser.new_context(base_url=desk.url)
        page = context.new_page()
        contract.sign_in(page, role)
        states[role] = folder / f"{role}.json"
        context.storage_state(path=str(states[role]))
        context.close()
    return states


def new_context(
    browser: Browser, desk: DeskServer, state: Path | None = None, *, bypass_csp: bool = False
) -> BrowserContext:
    """A fresh browser context on the desk, optionally signed in, with a steady viewport."""
    context = browser.new_context(
        base_url=desk.url,
        storage_state=str(state) if state else None,
        bypass_csp=bypass_csp,
        viewport={"width": 1280, "height": 900},
        locale="en-GB",
        timezone_id="Europe/London",
        accept_downloads=True,
    )
    context.set_default_timeout(15_000)
    return context


@pytest.fixture
def anon_page(browser: Browser, desk: DeskServer) -> Iterator[Page]:
    """A page in a fresh, signed-out context."""
    context = new_context(browser, desk)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="session")
def shots() -> Path:
    """Where screenshots go (tests/artifacts/desk, git-ignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def case_paths(browser: Browser, desk: DeskServer, sessions: dict[str, Path]) -> dict[str, str]:
    """The pk of a demo case in each status the page list names ({draft}, {sent})."""
    context = new_context(browser, desk, sessions["officer"])
    page = context.new_page()
    page.goto(contract.CASE_LIST_URL)
    found = {}
    for status in ("draft", "sent"):
        status_cell = page.get_by_role("cell", name=status, exact=True)
        row = page.get_by_role("row").filter(has=status_cell).first
        href = row.get_by_role("link").first.get_attribute("href") or ""
        pk = re.search(r"/cases/(\d+)/", href)
        if pk is None:
            context.close()
            pytest.fail(f"the demo data has no {status} case on {contract.CASE_LIST_URL}")
        found[status] = pk[1]
    context.close()
    return found
