"""Render a notice (refusal notice, public interest test, answer) in any format.

The record is validated first (``record.validate.ensure_valid``): a notice is never
written from a record that breaks what the law requires of it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Protocol

from foidesk.record.model import DateRole, Response
from foidesk.record.validate import ensure_valid
from foidesk.write.config import HouseStyle
from foidesk.write.context import build_notice
from foidesk.write.docx import Meta, html_to_docx
from foidesk.write.draft import Draft
from foidesk.write.html import render_html
from foidesk.write.md import render_md
from foidesk.write.output import FORMATS, write_atomic
from foidesk.write.pdf import html_to_pdf
from foidesk.write.selfcheck import ensure_clean

NOTICE_HTML = "notice.html.j2"
NOTICE_MD = "notice.md.j2"


class Page(Protocol):
    """What every view-model gives the page layout and the document properties."""

    @property
    def title(self) -> str: ...
    @property
    def subject(self) -> str: ...
    @property
    def authority(self) -> str: ...
    @property
    def keywords(self) -> list[str]: ...
    @property
    def reference(self) -> str: ...
    @property
    def date(self) -> str: ...


def _meta(view: Page, created: dt.date | None) -> Meta:
    return Meta(
        title=view.title,
        subject=view.subject,
        author=view.authority,
        keywords=", ".join(view.keywords),
        reference=view.reference,
        date=view.date,
        created=created,
    )


def render_view(
    view: Page,
    fmt: str,
    *,
    html_template: str,
    md_template: str,
    templates: Path | None,
    created: dt.date | None,
) -> bytes:
    """Render a view-model (a notice or a letter) in ``fmt`` through the named templates."""
    if fmt == "md":
        return render_md(view, md_template, templates)
    if fmt == "html":
        return render_html(view, html_template, templates).encode("utf-8")
    if fmt == "docx":
        return html_to_docx(render_html(view, html_template, templates), _meta(view, created))
    if fmt == "pdf":
        html = render_html(view, html_template, templates, for_print=True)
        base = templates.resolve().as_uri() + "/" if templates else None
        return html_to_pdf(html, base_url=base)
    raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")


def render_notice(
    draft: Draft | Response,
    fmt: str = "md",
    *,
    style: HouseStyle | None = None,
    templates: Path | None = None,
    check: bool = True,
) -> bytes:
    """The notice for ``draft`` as bytes in ``fmt`` (md, html, docx or pdf).

    Args:
        draft: a :class:`Draft`, or a bare Response record.
        fmt: the output format.
        style: the house style (letterhead, sign-off, review route); default style if None.
        templates: a templates directory searched before the style's and the package's.
        check: run the checker over the rendered notice and refuse on any error.

    Raises:
        InvalidRecord: listing every way the record breaks the law's requirements.
        TemplateError: naming the template and line of a broken template.
        WriteError: when ``check`` is on and the notice would fail its own check.
    """
    if isinstance(draft, Response):
        draft = Draft(response=draft)
    ensure_valid(draft.response, source=draft.source)
    style = style or HouseStyle()
    response = draft.response
    created = response.date(DateRole.SENT) or response.date(DateRole.DOCUMENT)
    view = build_notice(draft, style)
    folder = templates or style.template_dir
    if check:
        ensure_clean(response, render_html(view, NOTICE_HTML, folder), created, draft.source)
    return render_view(
        view,
        fmt,
        html_template=NOTICE_HTML,
        md_template=NOTICE_MD,
        templates=folder,
        created=created,
    )


def write_notice(
    draft: Draft | Response,
    path: str | Path,
    fmt: str = "md",
    *,
    style: HouseStyle | None = None,
    templates: Path | None = None,
    check: bool = True,
) -> Path:
    """Render the notice and write it to ``path``; nothing is written if anything fails."""
    data = render_notice(draft, fmt, style=style, templates=templates, check=check)
    return write_atomic(path, data)
