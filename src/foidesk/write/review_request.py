"""A requester's letter asking for an internal review, from the checker's findings.

``foidesk check --for requester`` finds the weaknesses of a response; this module
turns them into a courteous letter that names each weakness, the provision behind
it, and the date by which the review is due. The review periods come from the clock
(``foidesk.clock.rules``): under FOIA the s45 Code of Practice expects a review within
20 working days of receiving the request for one; FOISA s21(1) requires 20 working
days; EIR reg 11(4) allows 40.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from foidesk.check import Audience, Finding, Severity, check
from foidesk.clock.calendar import calendar_for
from foidesk.clock.rules import RULES
from foidesk.errors import HolidayCoverageError
from foidesk.law.model import Regime
from foidesk.read import read_file
from foidesk.record.model import DateRole, Response
from foidesk.write.notice import render_view
from foidesk.write.text import long_date, one_line, paragraphs
from foidesk.write.wording import WORDS

LETTER_HTML = "review_request.html.j2"
LETTER_MD = "review_request.md.j2"
QUOTE_LIMIT = 240
"""Quotes from the response are cut to this many characters."""
NAME_PLACEHOLDER = "[Your name]"

_REVIEW_NAME = {
    Regime.FOIA: "an internal review",
    Regime.FOISA: "a review under section 20 of the Freedom of Information (Scotland) Act 2002",
    Regime.EIR: "a reconsideration under regulation 11 of the Environmental Information "
    "Regulations 2004",
}
_DUE_BASIS = {
    Regime.FOIA: "as the Code of Practice issued under section 45 of the Freedom of "
    "Information Act 2000 expects",
    Regime.FOISA: "as section 21(1) of the Freedom of Information (Scotland) Act 2002 requires",
    Regime.EIR: "as regulation 11(4) of the Environmental Information Regulations 2004 requires",
}


@dataclass(frozen=True)
class Weakness:
    """One reason for the review, as the letter sets it out."""

    heading: str
    message: str
    provision: str
    ask: str
    quote: str


@dataclass(frozen=True)
class Letter:
    """Everything the review-request templates render (``doc`` in the template)."""

    title: str
    subject: str
    authority: str
    """The author of the document: the requester's name, when given."""
    recipient: str
    reference: str
    date: str
    date_iso: str
    opening: list[str]
    weaknesses: list[Weakness]
    no_weaknesses: list[str]
    due: list[str]
    closing: str
    signer: list[str]
    letterhead: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    reference_label: str = "Your reference"
    lang: str = "en-GB"


def review_due(regime: Regime, sent: dt.date) -> dt.date | None:
    """When the review is due if the request for it is received on ``sent``.

    None when ``sent`` is outside the years the holiday data covers.
    """
    try:
        return calendar_for(regime).add_working_days(sent, RULES[regime].review_days)
    except HolidayCoverageError:
        return None


_ASK_AUTHORITY = re.compile(r"^ask (?:the authority|them) to (?P<rest>.+)$", re.IGNORECASE)
_ASK_QUESTION = re.compile(
    r"^ask (?P<rest>(?:which|what|why|how|whether|when|where|who)\b.+)$", re.IGNORECASE
)


def as_request(ask: str) -> str:
    """The checker's advice to a requester ("Ask the authority to explain ...") as a
    polite request in the letter ("Please explain ..."); "" when it is advice only."""
    text = one_line(ask)
    first = re.split(r"(?<=[.;:])\s", text, maxsplit=1)[0].rstrip(".;:")
    for pattern, lead in ((_ASK_AUTHORITY, "Please "), (_ASK_QUESTION, "Please explain ")):
        match = pattern.match(first)
        if match:
            return f"{lead}{match.group('rest')}."
    return ""


def _sentence(text: str) -> str:
    """Capitalised, without a closing full stop (the template adds the provision, then one)."""
    text = one_line(text).rstrip(".")
    return text[:1].upper() + text[1:] if text else ""


def _cut(text: str) -> str:
    text = one_line(text)
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1].rstrip() + "…"


def weaknesses(findings: Iterable[Finding]) -> list[Weakness]:
    """The errors and warnings worth a review, once each, in report order."""
    seen: set[tuple[str, str]] = set()
    result: list[Weakness] = []
    for finding in findings:
        key = (finding.code, finding.message)
        if finding.severity is Severity.INFO or key in seen:
            continue
        seen.add(key)
        result.append(
            Weakness(
                heading=one_line(finding.title),
                message=_sentence(finding.message),
                provision=one_line(finding.provision),
                ask=as_request(finding.fix),
                quote=_cut(finding.quote),
            )
        )
    return result


def _due(regime: Regime, sent: dt.date) -> list[str]:
    days = RULES[regime].review_days
    due = review_due(regime, sent)
    when = f"by {long_date(due)}" if due else f"within {days} working days"
    return [
        f"Please let me have the outcome of the review {when}, that is {days} working days "
        f"after you receive this request, {_DUE_BASIS[regime]}.",
        "If I remain dissatisfied after the review, I may apply to "
        f"{WORDS[regime].commissioner} under {WORDS[regime].complaint}.",
    ]


def build_letter(
    response: Response,
    findings: Iterable[Finding],
    *,
    sent: dt.date,
    name: str = "",
) -> Letter:
    """The view-model of the review request for ``response``.

    Args:
        response: the response received (as read by ``foidesk.read``).
        findings: ``check(response, audience="requester")`` findings.
        sent: the day the requester sends the letter (the review clock starts on receipt).
        name: the requester's name for the signature; a placeholder when empty.
    """
    regime = response.regime
    reference = one_line(response.reference)
    authority = one_line(response.authority)
    answered = response.date(DateRole.SENT) or response.date(DateRole.DOCUMENT)
    of_date = f" of {long_date(answered)}" if answered else ""
    ref = f" (your reference {reference})" if reference else ""
    found = weaknesses(findings)
    opening = [
        f"I am writing to ask for {_REVIEW_NAME[regime]} of your response{of_date} to my "
        f"{WORDS[regime].request_kind}{ref}.",
    ]
    if found:
        opening.append(
            "I am not satisfied with the response, for the reasons below. For each, I have "
            "noted the provision or guidance it rests on."
        )
    no_weaknesses = (
        []
        if found
        else paragraphs(
            "I am not satisfied with the response and ask that the review consider afresh "
            "whether the information should be disclosed, and whether the refusal notice "
            "meets the requirements of the law."
        )
    )
    title = "Request for an internal review" + (f": {reference}" if reference else "")
    return Letter(
        title=title,
        subject=f"Request for {_REVIEW_NAME[regime]}",
        authority=one_line(name),
        recipient=authority,
        reference=reference,
        date=long_date(sent),
        date_iso=sent.isoformat(),
        opening=opening,
        weaknesses=found,
        no_weaknesses=no_weaknesses,
        due=_due(regime, sent),
        closing="Yours faithfully",
        signer=[one_line(name) or NAME_PLACEHOLDER],
        keywords=[WORDS[regime].act, "internal review", *[w.provision for w in found]],
    )


def render_letter(letter: Letter, fmt: str = "md", *, templates: Path | None = None) -> bytes:
    """The review request as bytes in ``fmt`` (md, html, docx or pdf)."""
    created = dt.date.fromisoformat(letter.date_iso) if letter.date_iso else None
    return render_view(
        letter,
        fmt,
        html_template=LETTER_HTML,
        md_template=LETTER_MD,
        templates=templates,
        created=created,
    )


def review_request_for(
    path: str | Path,
    fmt: str = "md",
    *,
    sent: dt.date,
    name: str = "",
    templates: Path | None = None,
) -> bytes:
    """Read the response at ``path``, check it for a requester, and write the letter.

    Args:
        path: the response received, in any format ``foidesk.read`` reads.
        fmt: md, html, docx or pdf.
        sent: the day the requester sends the letter (injected; the CLI passes today).
        name: the requester's name for the signature.
        templates: the requester's own templates directory, searched first.

    Raises:
        ReadError: naming the file when it cannot be read.
    """
    response = read_file(path)
    report = check(response, audience=Audience.REQUESTER, today=sent)
    letter = build_letter(response, report.findings, sent=sent, name=name)
    return render_letter(letter, fmt, templates=templates)
