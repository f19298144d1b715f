"""The numbers and bullets Word draws in front of list paragraphs.

python-docx gives a paragraph's text without its list number, which lives in
``word/numbering.xml``. This renders it (``1.``, ``a)``, ``(iv)``, ``•``) so a
numbered answer ("1. Do you hold ...") keeps its number in the text.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def roman(number: int) -> str:
    """``number`` in lower-case Roman numerals."""
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def letters(number: int) -> str:
    """``number`` as Word's letter numbering (a … z, aa … zz)."""
    if number < 1:
        return str(number)
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def format_number(number: int, fmt: str) -> str:
    """One level's number in Word's ``numFmt`` (decimal, lowerLetter, upperRoman ...)."""
    if fmt == "lowerLetter":
        return letters(number)
    if fmt == "upperLetter":
        return letters(number).upper()
    if fmt == "lowerRoman":
        return roman(number)
    if fmt == "upperRoman":
        return roman(number).upper()
    return str(number)


def _val(element: Any, tag: str, default: str = "") -> str:
    child = element.find(qn(tag)) if element is not None else None
    if child is None:
        return default
    return str(child.get(qn("w:val"), default))


class Numbering:
    """Counts list paragraphs as Word does and renders each one's label."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in node.findall(qn("w:lvl")):
                ilvl = int(lvl.get(qn("w:ilvl"), "0"))
                start = int(_val(lvl, "w:start", "1") or 1)
                levels[ilvl] = (_val(lvl, "w:numFmt", "decimal"), _val(lvl, "w:lvlText"), start)
            abstract[str(node.get(qn("w:abstractNumId")))] = levels
        for num in root.findall(qn("w:num")):
            abstract_id = _val(num, "w:abstractNumId")
            self._levels[str(num.get(qn("w:numId")))] = abstract.get(abstract_id, {})

    def label(self, paragraph: Any) -> str:
        """The number or bullet Word shows before ``paragraph`` ("" for none)."""
        num_pr = _num_pr(paragraph)
        if num_pr is None:
            return ""
        num_id = _val(num_pr, "w:numId")
        ilvl = int(_val(num_pr, "w:ilvl", "0") or 0)
        levels = self._levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        fmt, text, _start = levels[ilvl]
        if fmt == "bullet":
            return "•"
        if fmt == "none":
            return ""
        counters = self._counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl][2] - 1) + 1
        for deeper in [level for level in counters if level > ilvl]:
            del counters[deeper]
        for level in range(9):
            if f"%{level + 1}" in text:
                fmt_at, _, start_at = levels.get(level, ("decimal", "", 1))
                value = counters.get(level, start_at)
                text = text.replace(f"%{level + 1}", format_number(value, fmt_at))
        return text


def _num_pr(paragraph: Any) -> Any:
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.numPr is not None:
        return p_pr.numPr
    style = getattr(paragraph, "style", None)
    element = getattr(style, "element", None)
    style_ppr = element.find(qn("w:pPr")) if element is not None else None
    return style_ppr.find(qn("w:numPr")) if style_ppr is not None else None
