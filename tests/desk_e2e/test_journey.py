"""The desk end to end in headless Chromium: from a request logged to a published refusal.

An officer logs a request and drafts a refusal (the checker's findings update live while
the harm is typed: FOIA s17(1) notice, s2(2)(b) public interest), submits it; a reviewer
approves it (never the drafter); the Word notice downloads and python-docx reads the
reference in it; the officer marks it sent and publishes it; the public disclosure log
shows it without the requester's name. A screenshot of each step goes to
tests/artifacts/desk/journey-*.png, and no request leaves the desk's own address.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

import docx
import pytest

from tests.desk_e2e import contract as ui
from tests.desk_e2e.checks import screenshot
from tests.desk_e2e.conftest import new_context
from tests.desk_e2e.tooling import DeskServer

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Locator, Page

HARM = (
    "Disclosing the deployment plans would let offenders predict where officers are not, "
    "which would be likely to prejudice the prevention or detection of crime."
)


def _watch_requests(context: BrowserContext, desk: DeskServer) -> list[str]:
    """Every URL the browser asks for that is not on the desk's own address."""
    foreign: list[str] = []

    def note(request: object) -> None:
        url = str(getattr(request, "url", ""))
        if not url.startswith((desk.url, "data:", "blob:", "about:")):
            foreign.append(url)

    context.on("request", note)
    return foreign


def _log_request(page: Page, name: str, text: str) -> str:
    """Fill in the request form as an officer; return the new case's reference."""
    page.goto(ui.NEW_CASE_URL)
    page.get_by_label(ui.REQUEST_LABELS["requester_name"]).fill(name)
    page.get_by_label(ui.REQUEST_LABELS["requester_contact"]).fill("jo.bloggs@example.org")
    page.get_by_label(ui.REQUEST_LABELS["received"]).fill(dt.date.today().isoformat())
    page.get_by_label(ui.CHANNEL_LABEL).select_option(label="Email")
    page.get_by_label(ui.REQUEST_LABELS["request_text"]).fill(text)
    screenshot(page, "journey-1-log-request")
    page.get_by_role("button", name=ui.LOG_REQUEST_BUTTON).click()
    heading = page.get_by_role("heading", level=1)
    heading.filter(has_text=re.compile(r"\d+")).wait_for()
    found = re.search(r"[0-9]+[A-Z]*/[0-9]{2,4}", heading.inner_text())
    assert found, f"no reference in the case heading {heading.inner_text()!r}"
    screenshot(page, "journey-2-case-logged")
    return found[0]


def _findings(page: Page) -> Locator:
    """The live findings: a status region, else the aria-live region under its heading."""
    page.get_by_role("heading", name=ui.FINDINGS_HEADING).wait_for()
    return page.get_by_role("status").or_(page.locator("[aria-live]")).first


def _draft_refusal(page: Page) -> None:
    """Draft a refusal under s31(1)(a), watching the live findings as the harm is typed."""
    page.get_by_role("link", name=ui.EDIT_DECISION_LINK).click()
    page.get_by_label(ui.OUTCOME_LABEL).select_option(label=ui.OUTCOME_REFUSED)
    page.get_by_label(ui.CITATIONS_LABEL).fill("31(1)(a)")
    findings = _findings(page)
    harm = page.get_by_label(ui.HARM_LABEL, exact=True)
    harm.press_sequentially("Harm.", delay=10)
    page.wait_for_function(
        "el => /finding/i.test(el.innerText)", arg=findings.element_handle(), timeout=10_000
    )
    before = findings.inner_text()
    harm.fill("")
    harm.press_sequentially(HARM, delay=1)
    page.wait_for_function(
        "([el, old]) => el.innerText !== old",
        arg=[findings.element_handle(), before],
        timeout=10_000,
    )
    screenshot(page, "journey-3-live-findings")
    page.get_by_label(ui.FACTORS_FOR_LABEL).fill("Openness about how police resources are used.")
    page.get_by_label(ui.FACTORS_AGAINST_LABEL).fill("Keeping officers and the public safe.")
    page.get_by_label(ui.BALANCE_LABEL).fill("The public interest favours withholding.")
    page.get_by_role("button", name=ui.SAVE_DRAFT_BUTTON).click()
    page.get_by_text("refused", exact=True).wait_for()


def _act(page: Page, button: re.Pattern[str], status: str | re.Pattern[str], step: str) -> None:
    """Press a workflow button and wait for the case's new status."""
    page.get_by_role("button", name=button).click()
    page.get_by_text(status, exact=isinstance(status, str)).first.wait_for()
    screenshot(page, step)


@pytest.mark.slow
def test_request_to_published_refusal(
    browser: Browser, desk: DeskServer, sessions: dict[str, Path], tmp_path: Path
) -> None:
    marker = uuid.uuid4().hex[:8]
    requester = f"Jo Bloggs {marker}"
    officer_ctx = new_context(browser, desk, sessions["officer"])
    foreign = _watch_requests(officer_ctx, desk)
    officer = officer_ctx.new_page()
    reference = _log_request(officer, requester, f"Deployment plans for the city centre {marker}")
    case_url = officer.url
    _draft_refusal(officer)
    _act(officer, ui.SUBMIT_BUTTON, "submitted", "journey-4-submitted")

    reviewer_ctx = new_context(browser, desk, sessions["reviewer"])
    foreign += _watch_requests(reviewer_ctx, desk)
    reviewer = reviewer_ctx.new_page()
    reviewer.goto(case_url)
    _act(reviewer, ui.APPROVE_BUTTON, "approved", "journey-5-approved")
    with reviewer.expect_download() as download_info:
        reviewer.get_by_role("link", name=ui.DOWNLOAD_DOCX).first.click()
    notice = tmp_path / "notice.docx"
    download_info.value.save_as(notice)
    text = "\n".join(p.text for p in docx.Document(str(notice)).paragraphs)
    reviewer_ctx.close()

    officer.goto(case_url)
    _act(officer, ui.SEND_BUTTON, "sent", "journey-6-sent")
    public_ctx = new_context(browser, desk)
    foreign += _watch_requests(public_ctx, desk)
    public = public_ctx.new_page()
    public.goto(ui.DISCLOSURE_LOG_URL)
    public.get_by_role("heading", level=1).wait_for()
    before_publishing = public.content()
    _act(officer, ui.PUBLISH_BUTTON, ui.PUBLISHED_TEXT, "journey-7-published")
    officer_ctx.close()
    public.reload()
    public.get_by_text(reference).first.wait_for()
    screenshot(public, "journey-8-disclosure-log")
    log_text = public.content()
    public_ctx.close()

    assert reference in text, f"the Word notice does not name {reference}"
    shows_case = re.compile(rf"(?<![0-9A-Za-z]){re.escape(reference)}(?![0-9])")
    assert not shows_case.search(before_publishing), "the log showed it before publishing"
    assert shows_case.search(log_text), f"the disclosure log does not show {reference}"
    assert "jo.bloggs@example.org" not in log_text, "the disclosure log shows the contact"
    assert requester not in log_text, "the disclosure log shows the requester's name"
    assert foreign == [], f"the browser asked other sites for {foreign}"
