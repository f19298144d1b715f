"""Page checks shared by the desk browser tests: axe-core, tabbing, screenshots."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.desk_e2e.tooling import ARTIFACTS, AXE_JS

if TYPE_CHECKING:
    from playwright.sync_api import Page

AXE_TAGS = ("wcag2a", "wcag2aa", "wcag21aa")

_AXE_RUN = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')),
  }));
}"""

_MARK_FOCUSABLE = """() => {
  const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]),'
    + ' select:not([disabled]), textarea:not([disabled]), summary,'
    + ' [tabindex]:not([tabindex="-1"])';
  const shown = (el) => {
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none'
      && el.getClientRects().length > 0 && !el.closest('[hidden], [inert]');
  };
  const keys = [];
  let n = 0;
  for (const el of document.querySelectorAll(selector)) {
    if (!shown(el)) continue;
    const name = (el.getAttribute('aria-label') || el.innerText || el.name || el.id || '')
      .trim().slice(0, 40);
    const key = el.type === 'radio' && el.name
      ? 'radio ' + el.name : el.tagName.toLowerCase() + '#' + (n++) + ' ' + name;
    el.setAttribute('data-e2e-key', key);
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}"""

_FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  return {key: el.getAttribute('data-e2e-key'), tag: el.tagName.toLowerCase(),
          href: el.getAttribute('href'), text: (el.innerText || el.value || '').trim()};
}"""


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """The axe-core violations (WCAG 2.0 A/AA and 2.1 AA) on the page as it stands.

    The page's context must be opened with ``bypass_csp=True``: axe-core is injected as a
    script the desk's Content Security Policy would otherwise (rightly) refuse.
    """
    page.add_script_tag(path=str(AXE_JS))
    found: list[dict[str, Any]] = page.evaluate(_AXE_RUN, list(AXE_TAGS))
    return found


def describe(violations: list[dict[str, Any]]) -> str:
    """One line per violation, for an assertion message."""
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} at {'; '.join(v['nodes'])}" for v in violations
    )


def tab_order(page: Page) -> tuple[list[str], list[dict[str, Any]]]:
    """Tab through the page from the top.

    Returns the keys of every shown interactive element (a radio group counts once, as
    Tab reaches one radio and the arrow keys the rest) and what had focus after each Tab,
    until focus comes back round or leaves the document.
    """
    keys: list[str] = page.evaluate(_MARK_FOCUSABLE)
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); }")
    visited: list[dict[str, Any]] = []
    for _ in range(len(keys) + 5):
        page.keyboard.press("Tab")
        focused: dict[str, Any] | None = page.evaluate(_FOCUSED)
        if focused is None or (visited and focused["key"] == visited[0]["key"]):
            break
        visited.append(focused)
    return keys, visited


def first_stop_box(page: Page) -> dict[str, float]:
    """Where the first Tab stop is drawn while it has focus (x, y, width, height)."""
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); }")
    page.keyboard.press("Tab")
    box: dict[str, float] = page.evaluate(
        "() => { const r = document.activeElement.getBoundingClientRect();"
        " return {x: r.x, y: r.y, width: r.width, height: r.height}; }"
    )
    return box


def is_skip_link(focused: dict[str, Any]) -> bool:
    """Whether a focused element is a skip link (an in-page link saying "Skip ...")."""
    href = focused.get("href") or ""
    return (
        focused["tag"] == "a"
        and href.startswith("#")
        and bool(re.match(r"skip", focused["text"], re.I))
    )


def screenshot(page: Page, name: str) -> Path:
    """Save a full-page screenshot as tests/artifacts/desk/<name>.png and return its path."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{re.sub(r'[^A-Za-z0-9_.-]+', '-', name).strip('-')}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
