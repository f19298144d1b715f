"""The writer checks its own work: a notice the checker would fail is not written.

The notice is rendered, its text put back into the record (as a reader would find
it), and ``foidesk.check.check`` run over it. Error-level findings (a breach of FOIA
s17 or s2, or reasoning a tribunal would not accept) stop the write; ``--force``
writes anyway.
"""

from __future__ import annotations

import datetime as dt

import lxml.html
from lxml.etree import _Element

from foidesk.check import Audience, Finding, Severity, check
from foidesk.errors import WriteError
from foidesk.record.model import Passage, Response, Source

BLOCK_TAGS = ("h1", "h2", "h3", "h4", "p", "li", "address", "blockquote")


def _text(element: _Element) -> str:
    """The element's text with whitespace collapsed."""
    return " ".join("".join(str(t) for t in element.itertext()).split())


def page_text(html: str) -> str:
    """The text of a rendered page, one block per paragraph, as a reader would see it."""
    tree = lxml.html.document_fromstring(html)
    blocks: list[str] = []
    for element in tree.iter(*BLOCK_TAGS):
        if element.tag in ("li", "blockquote") and element.find("p") is not None:
            continue
        text = _text(element)
        if text:
            blocks.append(text)
    return "\n\n".join(blocks)


def rights_text(html: str) -> str:
    """The review and Commissioner paragraphs (s17(7)) of a rendered notice."""
    tree = lxml.html.document_fromstring(html)
    parts = []
    for element in tree.iter("section"):
        if element.get("aria-labelledby") in ("review", "commissioner"):
            parts.append(_text(element))
    return "\n\n".join(parts)


def findings_for(response: Response, html: str, today: dt.date | None) -> list[Finding]:
    """Error-level findings of the checker on the notice rendered as ``html``."""
    rights = rights_text(html)
    written = response.model_copy(
        update={
            "source": Source(format="html", text=page_text(html)),
            "rights": Passage(text=rights) if rights else response.rights,
        }
    )
    report = check(written, audience=Audience.OFFICER, today=today)
    return [f for f in report.findings if f.severity is Severity.ERROR]


def ensure_clean(response: Response, html: str, today: dt.date | None, source: str | None) -> None:
    """Raise unless the checker finds no error in the notice.

    Raises:
        WriteError: listing each error finding (code and message).
    """
    errors = findings_for(response, html, today)
    if errors:
        listed = "; ".join(f"{f.code} {f.message}" for f in errors)
        raise WriteError(
            f"the notice would fail its own check ({len(errors)} error(s)): {listed}. "
            "Fix the record, or use --force to write it anyway",
            source=source,
        )
