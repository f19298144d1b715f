"""HTML disclosure-log pages: the main content without the site around it.

The content is the page's ``<main>``, ``role="main"`` or ``<article>`` where it
has one; otherwise the block with the most paragraph text and the fewest links
(content density, as readability tools do). Navigation, cookie banners, site
headers and footers, scripts and styles are dropped. Block elements become
lines, list items start with ``•``, table cells are lines of their own.
"""

from __future__ import annotations

import re
from collections import defaultdict

from bs4 import BeautifulSoup, Comment, Tag
from bs4.element import NavigableString

from foidesk.read.cleaners.base import word_set
from foidesk.read.extract.base import Extracted

DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "head", "button", "select", "input", "textarea", "form", "nav", "aside", "dialog",
)  # fmt: skip
CHROME_TAGS = ("header", "footer")
"""Dropped outside the main content; inside it (an article's own header) they stay."""
CHROME = re.compile(
    r"cookie|consent|gdpr|banner|navbar|\bnav\b|navigation|menu|breadcrumb|skip-?link|"
    r"sidebar|social|share|masthead|site-?header|site-?footer|global-?footer|newsletter|popup|modal",
    re.IGNORECASE,
)
BLOCK_TAGS = word_set(
    """
    address article blockquote dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 header
    footer hr li main ol p pre section table tbody thead tfoot tr td th ul caption
    """
)
_SPACE = re.compile(r"[ \t\r\n\f\v]+")


def _chrome(tag: Tag) -> bool:
    if tag.attrs is None:
        return False
    names = " ".join(tag.get("class") or []) + " " + str(tag.get("id") or "")
    role = str(tag.get("role") or "")
    return bool(CHROME.search(names)) or role in {"navigation", "banner", "contentinfo", "dialog"}


def _main(soup: BeautifulSoup) -> Tag:
    for found in (soup.find("main"), soup.find(None, {"role": "main"})):
        if isinstance(found, Tag) and found.get_text(strip=True):
            return found
    articles = [a for a in soup.find_all("article") if isinstance(a, Tag)]
    if articles:
        return max(articles, key=lambda a: len(a.get_text(" ", strip=True)))
    return _densest(soup)


def _densest(soup: BeautifulSoup) -> Tag:
    """The block whose paragraphs hold the most text that is not links."""
    scores: dict[int, float] = defaultdict(float)
    tags: dict[int, Tag] = {}
    for para in soup.find_all(["p", "li", "td", "pre", "h2", "h3"]):
        if not isinstance(para, Tag):
            continue
        text = len(para.get_text(" ", strip=True))
        links = sum(len(a.get_text(" ", strip=True)) for a in para.find_all("a"))
        score = text - 2 * links
        parent = para.parent
        for weight in (1.0, 0.5):
            if not isinstance(parent, Tag):
                break
            scores[id(parent)] += score * weight
            tags[id(parent)] = parent
            parent = parent.parent
    body = soup.body if isinstance(soup.body, Tag) else soup
    if not scores:
        return body
    return tags[max(scores, key=lambda key: scores[key])]


def _render(node: Tag, out: list[str], pre: bool = False) -> None:
    for child in node.children:
        if isinstance(child, Comment):
            continue
        if isinstance(child, NavigableString):
            out.append(str(child) if pre else _SPACE.sub(" ", str(child)))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name == "br":
            out.append("\n")
            continue
        block = name in BLOCK_TAGS
        if block:
            out.append("\n")
        if name == "li":
            out.append("• ")
        _render(child, out, pre or name == "pre")
        if block:
            out.append("\n")


def html_text(markup: bytes | str) -> tuple[str, str]:
    """The main text of an HTML page and its title."""
    soup = BeautifulSoup(markup, "lxml")
    title_tag = soup.find("title")
    title = title_tag.get_text(" ", strip=True) if isinstance(title_tag, Tag) else ""
    for tag in soup.find_all(DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(CHROME_TAGS):
        if isinstance(tag, Tag) and tag.find_parent(["article", "main"]) is None:
            tag.decompose()
    main = _main(soup)
    for tag in main.find_all(True):
        if not tag.decomposed and _chrome(tag) and tag is not main:
            tag.decompose()
    out: list[str] = []
    _render(main, out)
    lines = (line.strip() for line in "".join(out).split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text, title


def extract_html(data: bytes, *, source: str | None = None) -> Extracted:
    """Read the main content of an HTML page."""
    text, title = html_text(data)
    metadata = {"title": title} if title else {}
    return Extracted(text=text, format="html", sha256="", metadata=metadata)
