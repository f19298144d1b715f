"""Every desk page: axe-core finds no WCAG 2.1 AA violation, and the keyboard reaches
everything, skip link first (GOV.UK Design System patterns; WCAG 2.1.1, 2.4.1, 2.4.3)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.desk_e2e import contract
from tests.desk_e2e.checks import (
    axe_violations,
    describe,
    first_stop_box,
    is_skip_link,
    screenshot,
    tab_order,
)
from tests.desk_e2e.conftest import new_context
from tests.desk_e2e.tooling import DeskServer

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

PAGE_IDS = [name for _, _, name in contract.PAGES]


def _open(page: Page, path: str) -> None:
    reply = page.goto(path)
    assert reply is not None, path
    assert reply.status == 200, f"{path} answered {reply.status}"
    assert page.url.endswith(path), f"{path} went to {page.url}"
    assert page.get_by_role("heading", level=1).count() == 1, f"{path} needs exactly one <h1>"


@pytest.fixture
def visit(
    browser: Browser, desk: DeskServer, sessions: dict[str, Path], case_paths: dict[str, str]
) -> Callable[..., tuple[BrowserContext, Page, str]]:
    """Open a page as ``who`` in a new browser context; return the context, page and path."""

    def go(who: str | None, path: str, *, bypass_csp: bool) -> tuple[BrowserContext, Page, str]:
        context = new_context(browser, desk, sessions[who] if who else None, bypass_csp=bypass_csp)
        page = context.new_page()
        path = path.format(**case_paths)
        _open(page, path)
        return context, page, path

    return go


@pytest.mark.parametrize(("who", "path", "name"), contract.PAGES, ids=PAGE_IDS)
def test_page_has_no_axe_violations(
    visit: Callable[..., tuple[BrowserContext, Page, str]], who: str | None, path: str, name: str
) -> None:
    context, page, path = visit(who, path, bypass_csp=True)
    screenshot(page, f"page-{name}")
    violations = axe_violations(page)
    context.close()
    assert violations == [], f"{path}:\n{describe(violations)}"


@pytest.mark.parametrize(("who", "path", "name"), contract.PAGES, ids=PAGE_IDS)
def test_page_is_keyboard_usable(
    visit: Callable[..., tuple[BrowserContext, Page, str]], who: str | None, path: str, name: str
) -> None:
    context, page, path = visit(who, path, bypass_csp=False)
    keys, visited = tab_order(page)
    first = visited[0] if visited else None
    box = first_stop_box(page)
    target = first["href"][1:] if first and first["href"] else ""
    has_target = bool(page.evaluate("id => !!document.getElementById(id)", target))
    context.close()
    assert first is not None, f"{path}: Tab reaches nothing"
    assert is_skip_link(first), f"{path}: the first Tab stop is {first}, not a skip link"
    shown = box["x"] >= 0 and box["y"] >= 0 and box["width"] > 10 and box["height"] > 5
    assert shown, f"{path}: the skip link stays hidden when it has focus ({box})"
    assert has_target, f"{path}: the skip link points at #{target}, which is not on the page"
    missed = sorted(set(keys) - {stop["key"] for stop in visited})
    assert not missed, f"{path}: Tab never reaches {missed}"
