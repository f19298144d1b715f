"""DOCX renderer: the rendered HTML laid out with real Word styles (python-docx).

The HTML template is the single source of the layout, so an authority that overrides
it changes the Word document too. Elements map to the built-in styles a disclosure
officer would use by hand: ``h1`` → Title, ``h2`` → Heading 1, ``h3`` → Heading 2,
``p`` → Normal, ``ol > li`` → List Number, ``ul > li`` → List Bullet, ``blockquote``
→ Quote. The header and footer carry the reference and date, as authorities send them,
and the core properties carry title, subject, author (the authority) and keywords.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass

import lxml.html
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml.etree import _Element

from foidesk.write.text import clean

_WHITESPACE = re.compile(r"\s+")
HEADINGS = {"h1": "Title", "h2": "Heading 1", "h3": "Heading 2"}
BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "address", "li", "dt", "dd"})
CONTAINERS = frozenset({"div", "section", "article", "aside", "nav", "main", "header", "dl"})
SKIPPED = frozenset({"script", "style", "template", "footer", "head", "title", "meta"})


@dataclass(frozen=True)
class Meta:
    """What goes in the header, footer and core properties."""

    title: str
    subject: str
    author: str
    keywords: str
    reference: str
    date: str
    created: dt.date | None


def _style_for(tag: str, list_tag: str | None, first_in_item: bool, quoted: bool) -> str:
    if tag in HEADINGS:
        return HEADINGS[tag]
    if tag in ("h4", "h5", "h6"):
        return "Heading 3"
    if list_tag is not None:
        if not first_in_item:
            return "List Continue"
        return "List Number" if list_tag == "ol" else "List Bullet"
    return "Quote" if quoted else "Normal"


class _Builder:
    """Walks the HTML tree and adds paragraphs and runs to a python-docx Document."""

    def __init__(self, document: object) -> None:
        self.doc = document

    def inline(self, paragraph: object, node: _Element, bold: bool, italic: bool) -> None:
        """Add ``node``'s text and children as runs; ``br`` becomes a line break."""
        if node.text:
            self.run(paragraph, node.text, bold, italic)
        for child in node:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "br":
                paragraph.add_run().add_break()  # type: ignore[attr-defined]
            elif tag in ("p", "ol", "ul") and node.tag == "li":
                pass  # a nested block of a list item is its own paragraph
            elif tag not in SKIPPED:
                self.inline(
                    paragraph,
                    child,
                    bold or tag in ("strong", "b", "th"),
                    italic or tag in ("em", "i", "cite"),
                )
            if child.tail:
                self.run(paragraph, child.tail, bold, italic)

    @staticmethod
    def run(paragraph: object, text: str, bold: bool, italic: bool) -> None:
        """One run of text; whitespace collapsed as a browser would."""
        text = _WHITESPACE.sub(" ", clean(text))
        if not text.strip() and not getattr(paragraph, "text", ""):
            return
        added = paragraph.add_run(text)  # type: ignore[attr-defined]
        added.bold = bold or None
        added.italic = italic or None

    def block(self, node: _Element, style: str) -> None:
        """One paragraph in ``style`` holding ``node``'s inline content."""
        paragraph = self.doc.add_paragraph(style=style)  # type: ignore[attr-defined]
        self.inline(paragraph, node, False, False)
        for run in paragraph.runs[:1]:
            run.text = run.text.lstrip()
        for run in paragraph.runs[-1:]:
            run.text = run.text.rstrip()
        css = node.get("class", "")
        if css == "outcome":
            paragraph.style = "Subtitle"
        elif css in ("authority", "caveat"):
            for run in paragraph.runs:
                run.bold = run.bold or css == "authority" or None
                run.italic = run.italic or css == "caveat" or None

    def walk(self, node: _Element, list_tag: str | None = None, quoted: bool = False) -> None:
        """Lay out the children of ``node``."""
        for child in node:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in SKIPPED or not tag:
                continue
            if tag in ("ol", "ul"):
                self.walk(child, tag, quoted)
            elif tag == "li":
                self.item(child, list_tag or "ul", quoted)
            elif tag == "blockquote":
                self.walk(child, list_tag, True)
            elif tag in BLOCKS:
                self.block(child, _style_for(tag, None, True, quoted))
            elif tag in CONTAINERS or len(child):
                self.walk(child, list_tag, quoted)
            elif (child.text or "").strip():
                self.block(child, _style_for("p", None, True, quoted))

    def item(self, node: _Element, list_tag: str, quoted: bool) -> None:
        """A list item: its first paragraph numbered, the rest continuing it."""
        parts = [c for c in node if isinstance(c.tag, str) and c.tag in ("p", "ol", "ul")]
        if not parts:
            self.block(node, _style_for("li", list_tag, True, quoted))
            return
        first = True
        for part in parts:
            if part.tag in ("ol", "ul"):
                self.walk(part, str(part.tag), quoted)
                continue
            self.block(part, _style_for("li", list_tag, first, quoted))
            first = False


def _field(paragraph: object, instruction: str) -> None:
    """A Word field (``PAGE``, ``NUMPAGES``) that Word fills in when it lays out the page."""
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)  # type: ignore[attr-defined]


def _header_footer(document: object, meta: Meta) -> None:
    section = document.sections[0]  # type: ignore[attr-defined]
    head = section.header.paragraphs[0]
    head.text = " · ".join(x for x in (meta.author, f"Our reference: {meta.reference}") if x)
    if not meta.reference:
        head.text = meta.author
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot = section.footer.paragraphs[0]
    foot.text = f"Date: {meta.date} · Page " if meta.date else "Page "
    _field(foot, "PAGE")
    foot.add_run(" of ")
    _field(foot, "NUMPAGES")


def _language(document: object) -> None:
    """Set the document's default proofing language to en-GB (read by screen readers)."""
    styles = document.styles.element  # type: ignore[attr-defined]
    rpr = styles.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "en-GB")


def _properties(document: object, meta: Meta) -> None:
    props = document.core_properties  # type: ignore[attr-defined]
    props.title = meta.title
    props.subject = meta.subject
    props.author = meta.author
    props.keywords = meta.keywords
    props.language = "en-GB"
    props.category = "Freedom of Information"
    props.comments = "Written with foidesk"
    props.last_modified_by = meta.author
    props.revision = 1
    if meta.created is not None:
        when = dt.datetime.combine(meta.created, dt.time(9, 0))
        props.created = when
        props.modified = when


def html_to_docx(html: str, meta: Meta) -> bytes:
    """Lay out ``html`` (a page from an HTML template) as a Word document.

    Args:
        html: the rendered page; the ``header`` and ``main`` elements are laid out,
            ``footer`` is left to the Word footer.
        meta: the header, footer and core properties.
    """
    tree = lxml.html.document_fromstring(html)
    document = Document()
    _language(document)
    _properties(document, meta)
    _header_footer(document, meta)
    body = tree.find("body")
    _Builder(document).walk(body if body is not None else tree)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
