"""The desk's user-interface contract, as the browser tests rely on it.

Taken from /work/notes/desk-ui-contract.md (written by the desk's engineer): URLs, form
labels, button texts and demo logins. Pages are driven by accessible names only
(labels, roles and their names), never by CSS classes. Keep this file the one place
that changes when the desk renames something.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Page

LOGIN_URL = "/login/"
USERNAME_LABEL = "Username"
PASSWORD_LABEL = "Password"
SIGN_IN_BUTTON = re.compile(r"^sign in$", re.I)
SIGN_OUT = re.compile(r"^sign out$", re.I)

DEMO_LOGINS: dict[str, tuple[str, str]] = {
    "officer": ("officer", "demo-officer-pass"),
    "reviewer": ("reviewer", "demo-reviewer-pass"),
    "manager": ("manager", "demo-manager-pass"),
}

# The journey (log a request, draft a refusal, submit, approve, send, publish).
NEW_CASE_URL = "/cases/new/"
CASE_LIST_URL = "/"
DISCLOSURE_LOG_URL = "/disclosure-log/"
REQUEST_LABELS = {
    "requester_name": "Requester name",
    "requester_contact": "Requester contact",
    "received": "Date received",
    "request_text": "Request text",
}
CHANNEL_LABEL = "Channel"
LOG_REQUEST_BUTTON = re.compile(r"^log (the )?request$", re.I)
OUTCOME_LABEL = "Outcome"
OUTCOME_REFUSED = "Refused"
CITATIONS_LABEL = "Exemptions relied on"
HARM_LABEL = "Harm"
FACTORS_FOR_LABEL = "Factors favouring disclosure"
FACTORS_AGAINST_LABEL = "Factors favouring non-disclosure"
BALANCE_LABEL = "Balance"
EDIT_DECISION_LINK = re.compile(r"^edit decision$", re.I)
SAVE_DRAFT_BUTTON = re.compile(r"^save (draft|decision)$", re.I)
FINDINGS_HEADING = re.compile(r"findings", re.I)
SUBMIT_BUTTON = re.compile(r"^submit for approval$", re.I)
APPROVE_BUTTON = re.compile(r"^approve$", re.I)
SEND_BUTTON = re.compile(r"^mark as sent$", re.I)
PUBLISH_BUTTON = re.compile(r"^publish to (the )?disclosure log$", re.I)
PUBLISHED_TEXT = re.compile(r"published to the disclosure log", re.I)
DOWNLOAD_DOCX = re.compile(r"download the notice as word", re.I)

ERROR_SUMMARY_HEADING = re.compile(r"^there is a problem$", re.I)

# (who, path, name): every page the desk serves, for the axe and keyboard checks.
# "{draft}" stands for the pk of a demo case still in draft, "{sent}" for a sent one.
PAGES: tuple[tuple[str | None, str, str], ...] = (
    (None, LOGIN_URL, "login"),
    (None, DISCLOSURE_LOG_URL, "disclosure-log"),
    ("officer", CASE_LIST_URL, "case-list"),
    ("officer", NEW_CASE_URL, "case-new"),
    ("officer", "/cases/{draft}/", "case-detail-draft"),
    ("officer", "/cases/{draft}/edit/", "case-edit"),
    ("officer", "/cases/{sent}/", "case-detail-sent"),
    ("manager", "/audit/", "audit-trail"),
    ("officer", "/library/upload/", "library-upload"),
    ("manager", "/stats/", "statistics"),
)


def sign_in(page: Page, role: str) -> None:
    """Sign in as the demo user for ``role`` and wait until signed in."""
    username, password = DEMO_LOGINS[role]
    page.goto(LOGIN_URL)
    page.get_by_label(USERNAME_LABEL).fill(username)
    page.get_by_label(PASSWORD_LABEL, exact=True).fill(password)
    page.get_by_role("button", name=SIGN_IN_BUTTON).click()
    page.get_by_role("button", name=SIGN_OUT).or_(
        page.get_by_role("link", name=SIGN_OUT)
    ).wait_for()
