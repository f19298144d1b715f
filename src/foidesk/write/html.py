"""HTML renderer: an accessible page fit for a public disclosure log.

``lang="en-GB"``, one ``h1``, headings in order, ``header``/``main``/``footer``
landmarks, CSS inline in one ``<style>`` element, no scripts and no external assets.
Record text is autoescaped by Jinja.
"""

from __future__ import annotations

from pathlib import Path

from foidesk.write.templating import render


def render_html(
    view: object, template: str, templates: Path | None = None, *, for_print: bool = False
) -> str:
    """Render ``view`` through the HTML template ``template``.

    Args:
        view: the view-model (``doc`` in the template).
        template: the template name, such as ``notice.html.j2``.
        templates: the authority's templates directory, searched first.
        for_print: add the print stylesheet (page size, page numbers) for PDF.
    """
    return render("html", template, templates, doc=view, for_print=for_print)
