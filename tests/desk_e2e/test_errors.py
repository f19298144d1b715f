"""Pages with errors on them (GOV.UK error summary pattern): no axe-core violation, the
summary comes first as an alert, and each of its links takes the keyboard to the field."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tests.desk_e2e import contract as ui
from tests.desk_e2e.checks import axe_violations, describe, screenshot
from tests.desk_e2e.conftest import new_context
from tests.desk_e2e.tooling import DeskServer

if TYPE_CHECKING:
    from playwright.sync_api import Browser


def test_empty_request_form_shows_a_summary_linking_to_each_field(
    browser: Browser, desk: DeskServer, sessions: dict[str, Path]
) -> None:
    context = new_context(browser, desk, sessions["officer"], bypass_csp=True)
    page = context.new_page()
    page.goto(ui.NEW_CASE_URL)
    page.get_by_role("button", name=ui.LOG_REQUEST_BUTTON).click()
    summary = page.get_by_role("alert").filter(
        has=page.get_by_role("heading", name=ui.ERROR_SUMMARY_HEADING)
    )
    summary.wait_for()
    screenshot(page, "errors-case-new")
    links = summary.get_by_role("link")
    targets = []
    for index in range(links.count()):
        links.nth(index).click()
        targets.append(page.evaluate("() => document.activeElement.id"))
    name_field = page.get_by_label(ui.REQUEST_LABELS["requester_name"]).get_attribute("id")
    text_field = page.get_by_label(ui.REQUEST_LABELS["request_text"]).get_attribute("id")
    violations = axe_violations(page)
    context.close()
    assert name_field in targets, f"no error link takes focus to the name field ({targets})"
    assert text_field in targets, f"no error link takes focus to the request field ({targets})"
    assert violations == [], describe(violations)


def test_wrong_password_is_refused_with_an_accessible_message(
    browser: Browser, desk: DeskServer
) -> None:
    context = new_context(browser, desk, bypass_csp=True)
    page = context.new_page()
    page.goto(ui.LOGIN_URL)
    page.get_by_label(ui.USERNAME_LABEL).fill("nobody-at-all")
    page.get_by_label(ui.PASSWORD_LABEL, exact=True).fill("not-the-password")
    page.get_by_role("button", name=ui.SIGN_IN_BUTTON).click()
    page.get_by_role("heading", name=ui.ERROR_SUMMARY_HEADING).wait_for()
    screenshot(page, "errors-login")
    alert = page.get_by_role("alert").inner_text()
    signed_in = page.get_by_role("button", name=ui.SIGN_OUT).count()
    violations = axe_violations(page)
    context.close()
    assert "password" in alert.lower(), alert
    assert signed_in == 0
    assert violations == [], describe(violations)
