"""Housekeeping: references, dates and links that do not hold together.

Not points of law, but the things a manager signing off a notice checks: one
request reference throughout, no date after the date of the document unless it
is a deadline, and links that still point at current guidance. The last rule
says what the checker could not check, so silence is never mistaken for a pass.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from foidesk.check.context import Context
from foidesk.check.model import Hit, Severity
from foidesk.check.registry import rule
from foidesk.check.text import dates, links, phrases, sentences
from foidesk.record.model import DateRole, Span

LABELLED_REFERENCE = re.compile(
    r"(?:\bref(?:erence)?(?:\s+(?:no|number))?\.?|\bFOI(?:\s+(?:no|number|request))?\.?)"
    r"\s*[:#]?\s*(?P<ref>\d[A-Za-z0-9]*(?:[/_.-][A-Za-z0-9]+)*)",
    re.IGNORECASE,
)
SERIAL_REFERENCE = re.compile(r"(?<![\w/.-])\d{2,7}[A-Z]{1,3}(?:[/_-][A-Za-z0-9]+)+(?![\w/])")
"""A serial with a letter and a suffix (1267A/21, 502A-22, 1771A_PIT_01): police-style."""
REFERENCE_PARTS = re.compile(r"^(?P<serial>\d+[A-Za-z]*)(?:[/_.-](?P<next>[A-Za-z0-9]+))?")


@dataclass(frozen=True)
class Reference:
    """A request reference found in the response."""

    text: str
    span: Span | None
    serial: str
    year: str | None

    @property
    def form(self) -> str:
        """The reference without annex or page suffixes (``1771A_PIT_01`` -> ``1771A``)."""
        return self.serial if self.year is None else f"{self.serial}/{self.year}"


def _reference(text: str, span: Span | None) -> Reference | None:
    match = REFERENCE_PARTS.match(text.strip())
    if match is None:
        return None
    following = match.group("next")
    year = following if following and following.isdigit() and len(following) in (2, 4) else None
    return Reference(text=text, span=span, serial=match.group("serial").upper(), year=year)


def references(ctx: Context) -> list[Reference]:
    """Every request reference in the record and the text, in order of appearance."""
    found: list[Reference] = []
    if ctx.response.reference:
        ref = _reference(ctx.response.reference, ctx.response.reference_span)
        if ref is not None:
            found.append(ref)
    seen = {r.span.start for r in found if r.span is not None}
    for pattern, group in ((LABELLED_REFERENCE, "ref"), (SERIAL_REFERENCE, 0)):
        for match in pattern.finditer(ctx.text):
            start, end = match.span(group)
            if start in seen:
                continue
            ref = _reference(match.group(group), Span(start=start, end=end))
            if ref is not None:
                seen.add(start)
                found.append(ref)
    return found


def _reference_hit(ctx: Context, ref: Reference, message: str) -> Hit:
    quote = ctx.response.quote(ref.span) or ref.text
    return Hit(message=message, span=ref.span, quote=quote)


@rule(
    "HK01",
    severity=Severity.WARNING,
    title="Two different request references",
    reason=(
        "A notice carrying two references (a footer from another request, a template not "
        "updated) may have been assembled from another case; the requester cannot tell which "
        "request it answers, and any internal review starts from the wrong file."
    ),
    fix="Check which request this answers and correct the other reference.",
    ask="Ask the authority to confirm which request this response answers.",
    provision="FOIA s45 code of practice (good records)",
    officer_only=True,
)
def references_disagree(ctx: Context) -> Iterator[Hit]:
    """Fire for each reference whose serial differs from the first one."""
    found = references(ctx)
    if not found:
        return
    first = found[0]
    reported: set[str] = set()
    for ref in found[1:]:
        if ref.serial != first.serial and ref.serial not in reported:
            reported.add(ref.serial)
            yield _reference_hit(
                ctx, ref, f"reference {ref.form} differs from {first.form} used elsewhere"
            )


@rule(
    "HK02",
    severity=Severity.WARNING,
    title="One reference written in two forms",
    reason=(
        "The same request number with two different years or suffixes (1267A/21 and "
        "1267A/22) makes it unclear which case the response belongs to, and breaks searches "
        "of the disclosure log."
    ),
    fix="Use one form of the reference throughout.",
    ask="Ask the authority to confirm the correct reference for your request.",
    provision="FOIA s45 code of practice (good records)",
    officer_only=True,
)
def reference_two_forms(ctx: Context) -> Iterator[Hit]:
    """Fire when one serial appears with two different years."""
    by_serial: dict[str, Reference] = {}
    for ref in references(ctx):
        if ref.year is None:
            continue
        first = by_serial.setdefault(ref.serial, ref)
        if ref.year != first.year:
            yield _reference_hit(ctx, ref, f"{ref.form} is also written {first.form}")


FUTURE_CONTEXT = phrases(
    "by",
    "until",
    "before",
    "within",
    "deadline",
    r"publish\w*",
    "expect\\w*",
    "due",
    "will",
    "intend\\w*",
    "planned",
    "scheduled",
    "no later than",
    "review",
    "extend\\w*",
)


def document_date(ctx: Context) -> dt.date | None:
    """The date the response was written: its document date, else its sent date."""
    return ctx.response.date(DateRole.DOCUMENT) or ctx.response.date(DateRole.SENT)


@rule(
    "HK03",
    severity=Severity.WARNING,
    title="Dates do not agree",
    reason=(
        "A date after the date of the document (other than a deadline or a planned "
        "publication) or a request received after the reply was sent is a typing error or a "
        "sign the text was taken from another response; the statutory clock (FOIA s10) runs "
        "from the real dates."
    ),
    fix="Check the dates against the case file and correct them.",
    ask="Ask the authority to confirm when your request was received and when it replied.",
    provision="FOIA s10(1)",
    officer_only=True,
)
def dates_disagree(ctx: Context) -> Iterator[Hit]:
    """Fire for a received date after the sent date, and a past-tense date after the document."""
    received = ctx.response.date(DateRole.RECEIVED)
    sent = ctx.response.date(DateRole.SENT)
    if received and sent and received > sent:
        item = next(d for d in ctx.response.dates if d.role is DateRole.RECEIVED)
        yield Hit(
            message=f"the request is dated received {received:%d %B %Y}, after the reply "
            f"was sent on {sent:%d %B %Y}",
            span=item.span,
            quote=ctx.response.quote(item.span) or f"{received}",
        )
    written = document_date(ctx)
    if written is None:
        return
    piece = ctx.whole_text()
    for start, end in sentences(piece.text):
        sentence = piece.text[start:end]
        if FUTURE_CONTEXT.search(sentence):
            continue
        for d_start, d_end, found in dates(sentence):
            if found > written:
                yield piece.hit_at(
                    start + d_start,
                    start + d_end,
                    f"{found:%d %B %Y} is after the date of the response ({written:%d %B %Y})",
                )


RETIRED_HOSTS = frozenset(
    {
        "library.college.police.uk",
        "www.ico.gov.uk",
        "ico.gov.uk",
        "www.foi.gov.uk",
        "foi.gov.uk",
        "www.dca.gov.uk",
        "www.justice.gov.uk",
        "www.acpo.police.uk",
        "www.itspublicknowledge.info",
    }
)
"""Hosts whose documents have moved or been withdrawn (guidance archived elsewhere)."""
OLD_AFTER_YEARS = 5
"""A year in a link's address older than this, from the date of the response, is flagged."""
YEAR_IN_URL = re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)")


def _link_problems(url: str, written: dt.date) -> tuple[list[str], bool]:
    """What may be wrong with ``url``, and whether it is serious (warning, not info)."""
    problems = []
    serious = False
    host = urlsplit(url if "://" in url else f"http://{url}").hostname or ""
    if host in RETIRED_HOSTS:
        problems.append(f"{host} has been retired or moved")
        serious = True
    years = [int(y) for y in YEAR_IN_URL.findall(url)]
    if years and written.year - max(years) > OLD_AFTER_YEARS:
        problems.append(
            f"the address is dated {max(years)}, {written.year - max(years)} years before "
            "the response"
        )
        serious = True
    if url.lower().startswith("http://"):
        problems.append("it uses http://, not https://")
    return problems, serious


@rule(
    "HK04",
    severity=Severity.WARNING,
    title="Link to an old, moved or withdrawn document",
    reason=(
        "Guidance cited in a notice must be the current version: a link to a retired site, "
        "to a document dated years before the response, or over plain http:// often points "
        "at withdrawn or superseded guidance (College of Policing APP documents have moved)."
    ),
    fix="Check the link still works and the document is current; link to the current version.",
    ask="Ask for the current version of the document the response relies on.",
    provision="College of Policing APP; good practice",
)
def old_link(ctx: Context) -> Iterator[Hit]:
    """Fire once per distinct address that looks old, moved or insecure."""
    written = document_date(ctx) or _latest_date(ctx) or ctx.today
    piece = ctx.whole_text()
    occurrences: dict[str, list[tuple[int, int]]] = {}
    for start, end, url in links(piece.text):
        occurrences.setdefault(url, []).append((start, end))
    for url, places in occurrences.items():
        problems, serious = _link_problems(url, written)
        if not problems:
            continue
        times = f" (it appears {len(places)} times)" if len(places) > 1 else ""
        hit = piece.hit_at(
            places[0][0],
            places[0][1],
            f"{'; '.join(problems)}{times}: check the link still works and the document is current",
        )
        yield Hit(
            message=hit.message,
            span=hit.span,
            quote=hit.quote,
            severity=None if serious else Severity.INFO,
        )


def _latest_date(ctx: Context) -> dt.date | None:
    found = [d for _, _, d in dates(ctx.text)]
    return max(found) if found else None


@rule(
    "HK05",
    severity=Severity.INFO,
    title="Some rules could not be applied",
    reason=(
        "The checker says what it could not check so that a short report is never mistaken "
        "for a clean bill: without a claimed exemption the prejudice and public interest rules "
        "have nothing to examine; without the source text no wording can be quoted."
    ),
    fix="Check these points by hand, or give the checker the full text of the response.",
    ask="Check these points yourself when reading the response.",
    provision="foidesk",
)
def not_checked(ctx: Context) -> Iterator[Hit]:
    """Say which families of rules had nothing to work on, and why."""
    response = ctx.response
    if not response.claims:
        yield Hit(
            message="no exemption found: prejudice, public interest and NCND rules not applied"
        )
    for claim in response.claims:
        if ctx.provision(claim) is None:
            word = "regulation" if claim.regime.value == "eir" else "section"
            yield Hit(
                message=f"{word} {claim.citation} is not in foidesk's law catalogue: "
                "the rules for it were not applied",
                span=claim.span,
                quote=response.quote(claim.span) or claim.text,
                provision=claim.citation,
            )
    if not ctx.text:
        yield Hit(message="no source text: wording rules (rights, NCND, links) not applied")
    if not response.is_foi_response:
        yield Hit(message="the document does not look like an FOI response; findings may not apply")
