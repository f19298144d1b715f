"""Find the headings of a response and say what kind of part each one opens.

A refusal notice under FOIA s17 is written in parts: the exemption relied on,
the harm (the prejudice test), the public interest factors for and against
disclosure (s17(3)), the balancing test and its conclusion, and the rights of
review and complaint (s17(7)). Authorities name these parts in many ways
("Harm", "Evidence of Harm", "Overall Harm", "Considerations favouring
Non-Disclosure", "S31 - Factors Favouring Non-Disclosure:", "Balance test"),
so the kind is read from a data table of keyword patterns (:data:`KIND_PATTERNS`)
and the side of a factors heading from :func:`foidesk.read.analyse.wording.factor_side`,
never from a list of exact strings.

A heading is a short line (title case or capitals, markup and numbering
removed, an optional trailing colon) with no closing full stop, or a line that
opens with a known heading label ("Factors favouring ... ." may be long), or an
inline label ("Harm: The disclosure would ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial

from foidesk.read.analyse.document import Doc, Line
from foidesk.read.analyse.heading_kinds import KIND_PATTERNS, SECTION_WORD
from foidesk.read.analyse.wording import factor_side

_SENTENCES = re.compile(r"[a-z]{2}\.\s+[A-Z][a-z]")
"""A sentence ending inside the line, with another after it: a paragraph, not a heading
("Arguments for disclosure. There is a high level of local interest ...")."""
_MARKUP = re.compile(r"</?[a-z]+[^>]*>|\*\*|__|^#{1,6}\s*", re.IGNORECASE)
_NUMBERING = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-h][.)]|\([a-z0-9]{1,4}\)|part \d+[.:]?|step \d+[.:]?)\s+",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"[\s:\-–—]+$")
_MARKUP_CHARS = ("<", "**", "__", "#")
_TRAILING_CHARS = frozenset(":-–— \t\n\r\f\v")
"""Characters the markup and trailing patterns need: without them they change nothing."""
_UNDERLINE = re.compile(r"^[=\-_~]{3,}$")
_UNDERLINE_CHARS = frozenset("=-_~")
_INLINE = re.compile(r"^(?P<label>[A-Z][^:.!?]{1,70}?)\s*:\s+(?P<rest>\S.*)$")
_DASHED = re.compile(r"^(?P<label>[A-Z][^:.!?–—]{1,70}?)\s+[-–—]\s+(?P<rest>\S.*)$")
"""A label set off by a dash ("Factors against disclosure – the ...")."""
_DASH_SEEN = re.compile(r"\s[-–—]\s")
_MID_LABEL = re.compile(
    r"(?<=[.!?])\s+(?P<label>(?:in favou?r of|for|against|factors?|arguments?|considerations?)"
    r"\b[^:.!?]{0,60}?)\s*:\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
"""A factors label after a sentence on the same line ("... disclosure. In favour of
disclosure: there is ...")."""
_COMMA_LABEL = re.compile(
    r"^(?P<label>(?:in favou?r of|against)\s+(?:the\s+)?(?:disclosure|disclosing|release|"
    r"releasing|non-disclosure|withholding|maintaining\s+the\s+exemption))\s*,\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
"""A factors label that opens a sentence, set off by a comma ("Against disclosure, the ...")."""
FACTOR_KINDS = frozenset({"factors_for", "factors_against"})
_NOT_HEADING = re.compile(
    r"^(?:dear|yours|kind regards|best regards|regards|many thanks|thank you|sincerely|"
    r"tel|telephone|email|e-mail|date|dated|our ref|your ref|ref|reference|request reference|"
    r"page \d|https?:|www\.)\b",
    re.IGNORECASE,
)
_DATE_ONLY = re.compile(r"^[\d/.\- ]+$|^\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}$")
_BRACKETS = re.compile(r"\([^)]*\)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "vs",
        "v",
        "-",
        "–",
        "nor",
        "not",
        "non",
    ]
)
_PROSE = re.compile(r"\b(?:include[sd]?|including|are as follows)\b", re.IGNORECASE)
_NOT_TITLE = re.compile(r"[|£$€\t]|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\d{3,}")
"""Marks of a table row, an amount, a postcode or a number: not a heading."""
_STRONG_KINDS = frozenset({"factors", "harm", "balance"})
_STRONG_START = re.compile(
    r"^(?:(?:" + SECTION_WORD + r"|s\d+)[^.]{0,80}?[-–—:]\s*)?"
    r"(?:factors?|considerations?|arguments?|harm|balanc\w+|public interest)\b|"
    r"^(?:" + SECTION_WORD + r"|s\d+)[^.]{0,80}?[-–—:]\s*(?:in favou?r of|against|favou?ring)\b",
    re.IGNORECASE,
)
_CITATION_TITLE = re.compile(
    r"^(?i:sections?|s\.?|sec\.?|§|regulations?|reg\.?)\s*\d+[A-Z]{0,2}(?:\s?\(\w{1,4}\))*"
    r"(?:\s*(?:and|&|,)\s*\(\w{1,4}\))*\s*(?:[-–—:]|$|[A-Z(])"
)
"""A heading that opens with a citation and goes on with a title or a dash
("Section 30(1)(a) - Investigations", "Section 24 National Security"), not a sentence."""


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading found in the cleaned text.

    Attributes:
        line: index of its line.
        start: cleaned-text offset of the heading words.
        end: offset after them.
        text: the heading as a person reads it (markup, numbering, colon removed).
        kind: harm, factors_for, factors_against, balance, conclusion, rights,
            request, answer, exemption, public_interest or other.
        body_start: where the text under it begins.
        inline: True for a label at the start of a paragraph ("Harm: ...").
    """

    line: int
    start: int
    end: int
    text: str
    kind: str
    body_start: int
    inline: bool = False


def _marked(text: str) -> bool:
    """True when ``text`` may hold markup (every ``_MARKUP`` match has a ``_MARKUP_CHARS``)."""
    return any(mark in text for mark in _MARKUP_CHARS)


def _unmarked(text: str) -> str:
    """``text`` without markup, searched for only where it may be."""
    return _MARKUP.sub("", text) if _marked(text) else text


def normalise(text: str) -> str:
    """A heading line without markup, list numbering or trailing colon and dashes."""
    text = _unmarked(text)
    text = _NUMBERING.sub("", text.strip())
    if text[-1:] in _TRAILING_CHARS:
        text = _TRAILING.sub("", text)
    return text.strip()


@lru_cache(maxsize=4096)
def classify(heading: str) -> str:
    """The kind of part a heading opens, from :data:`KIND_PATTERNS` (remembered for the
    last few thousand headings: authorities reuse theirs from one letter to the next).

    Example:
        >>> classify("S31 - Factors Favouring Non-Disclosure:")
        'factors_against'
        >>> classify("Overall Harm")
        'harm'
    """
    text = normalise(heading)
    for kind, pattern in KIND_PATTERNS:
        if pattern.search(text):
            if kind == "factors":
                side = factor_side(text)
                return "factors_against" if side is False else "factors_for"
            return kind
    return "other"


def _title_like(text: str) -> bool:
    words = _WORD.findall(_BRACKETS.sub(" ", text))
    if not words or len(words) > 12:
        return False
    if text.isupper():
        return True
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not big:
        return False
    capitals = sum(1 for w in big if w[0].isupper())
    return capitals / len(big) >= 0.6


def _kind_family(kind: str) -> str:
    return "factors" if kind.startswith("factors") else kind


def _line_heading(
    line: Line,
    previous: Line | None,
    following: Line | None,
    *,
    alone: Callable[[], bool] = lambda: True,
) -> Heading | None:
    """A heading that is a whole line, or None.

    Args:
        line: the candidate line.
        previous: the line before it (None at the start or after another heading).
        following: the next line (None at the end of the document).
        alone: the line stands apart in the original text (not one of a block of short
            lines such as an address); needed for a heading of no known kind.
    """
    if following is None:
        return None
    text = normalise(line.text)
    if len(text) < 3 or not (text[0].isupper() or text[0].isdigit() or text[0] in "§("):
        return None
    if previous is not None and not previous.blank and not _closes(previous.text):
        return None
    if _NOT_HEADING.match(text) or _DATE_ONLY.match(text):
        return None
    words = text.count(" ") + 1
    long = words > 14 or len(text) > 120 or text.endswith((".", ",", ";", "?", "!"))
    if words > 40 or (long and not _STRONG_START.match(text)):
        return None
    kind = classify(text)
    strong = _kind_family(kind) in _STRONG_KINDS and bool(_STRONG_START.match(text))
    if (
        strong
        and words <= 40
        and not text.endswith((",", ";"))
        and not _PROSE.search(text)
        and not _SENTENCES.search(text)
    ):
        return Heading(line.index, line.start, line.end, text, kind, line.end)
    if words > 14 or text.endswith((".", ",", ";", "?", "!")) or len(text) > 120:
        return None
    if kind in ("other", "public_interest") and (":" in text or _NOT_TITLE.search(text)):
        return None
    cited = kind == "exemption" and bool(_CITATION_TITLE.match(text))
    short = kind != "other" and words <= 6 and following.blank
    if kind in ("other", "public_interest", "exemption") and not (
        cited or short or _title_like(text)
    ):
        return None
    if kind == "other" and not alone():
        return None
    return Heading(line.index, line.start, line.end, text, kind, line.end)


def _stands_alone(doc: Doc, line: Line) -> bool:
    """True when a line is set apart in the raw text, not one of a block of short lines
    (an address, a table): the raw lines around it are blank or long running text."""
    raw = doc.raw
    start, end = doc.clean.to_raw(line.start, line.end)
    before_end = raw.rfind("\n", 0, start)
    before = raw[raw.rfind("\n", 0, max(before_end, 0)) + 1 : before_end] if before_end > 0 else ""
    after_start = raw.find("\n", end)
    after = "" if after_start < 0 else raw[after_start + 1 : _line_end(raw, after_start + 1)]
    return not before.strip() and (not after.strip() or len(after.strip()) >= 60)


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _inline_heading(line: Line) -> Heading | None:
    colon = line.text.find(":")
    if colon < 0 or colon > 90:
        return None
    match = _INLINE.match(_unmarked(line.text))
    if match is None:
        return None
    label = normalise(match.group("label"))
    if len(label.split()) > 8 or _NOT_HEADING.match(label):
        return None
    kind = classify(label)
    rest = match.group("rest")
    if kind in ("other", "public_interest") or (kind != "exemption" and len(rest.split()) < 5):
        return None
    body_start = line.start + line.text.find(rest)
    if kind == "exemption" and len(rest.split()) <= 12 and not rest.rstrip().endswith("."):
        return Heading(line.index, line.start, line.end, normalise(line.text), kind, line.end)
    label_end = line.start + line.text.find(match.group("label")) + len(match.group("label"))
    return Heading(line.index, line.start, label_end, label, kind, body_start, inline=True)


def _factor_label(line: Line, match: re.Match[str] | None) -> Heading | None:
    """The inline factors heading of ``match`` (a label and the factor after it), or None."""
    if match is None:
        return None
    label = normalise(match.group("label"))
    kind = classify(label)
    rest = match.group("rest")
    if kind not in FACTOR_KINDS or len(label.split()) > 8 or len(rest.split()) < 5:
        return None
    start = line.start + match.start("label")
    return Heading(
        line.index,
        start,
        start + len(match.group("label")),
        label,
        kind,
        line.start + match.start("rest"),
        inline=True,
    )


def _dashed_heading(line: Line) -> Heading | None:
    """A factors label set off by a dash, the factor on the same line (s17(3))."""
    head = line.text[:80]
    if not any(dash in head for dash in "-–—") or not _DASH_SEEN.search(head):
        return None  # the dashes screen the search: every match has one
    if _marked(line.text) and _MARKUP.search(line.text):
        return None
    return _factor_label(line, _DASHED.match(line.text))


def _mid_heading(line: Line) -> Heading | None:
    """A factors label that follows a sentence on the same line (s17(3))."""
    if ":" not in line.text or (_marked(line.text) and _MARKUP.search(line.text)):
        return None
    return _factor_label(line, _MID_LABEL.search(line.text))


def _closes(text: str) -> bool:
    """True when a line ends a paragraph, so the next line may be a heading."""
    stripped = _unmarked(text).rstrip()
    return stripped.endswith((".", ":", "?", "!", ")", '"', "”")) or len(stripped) < 60


def find_headings(doc: Doc) -> list[Heading]:
    """Every heading of the document, in order.

    A heading line needs text after it; the line before it must be blank,
    another heading, or the end of a sentence (so a wrapped line of running
    text is never taken for a heading). A label followed by running text on
    the same line ("Harm: The disclosure would ...") is an inline heading.
    """
    headings: list[Heading] = []
    lines = doc.lines
    last_text = max((line.index for line in lines if not line.blank), default=-1)
    heading_lines: set[int] = set()
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if line.text[0] in _UNDERLINE_CHARS and _UNDERLINE.match(line.text):
            if i - 1 in heading_lines:
                heading_lines.add(i)
            continue
        previous = None if i == 0 or i - 1 in heading_lines else lines[i - 1]
        following = lines[i + 1] if i < last_text else None
        found = (
            _inline_heading(line)
            or _dashed_heading(line)
            or _line_heading(line, previous, following, alone=partial(_stands_alone, doc, line))
            or _mid_heading(line)
            or _factor_label(line, _COMMA_LABEL.match(line.text))
        )
        if found is not None:
            headings.append(found)
            heading_lines.add(i)
    return headings
