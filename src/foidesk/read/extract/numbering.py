"""The numbers and bullets Word draws in front of list paragraphs.

A paragraph's text does not hold its list number, which lives in
``word/numbering.xml``. This renders it (``1.``, ``a)``, ``(iv)``, ``•``) so a
numbered answer ("1. Do you hold ...") keeps its number in the text.
"""

from __future__ import annotations

from typing import Any

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(name: str) -> str:
    """The Clark name of a WordprocessingML element or attribute (``{ns}p``)."""
    return f"{{{W}}}{name}"


def qn(name: str) -> str:
    """``w:val`` as a Clark name."""
    return w(name.split(":", 1)[1])


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
    """Counts list paragraphs as Word does and renders each one's label.

    Args:
        root: the root of ``numbering.xml`` (None when the document has no lists).
        styles: the root of ``styles.xml``, for numbering that comes with a style.
    """

    def __init__(self, root: Any, styles: Any = None) -> None:
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._styles = _style_numbering(styles)
        if root is None:
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
        """The number or bullet Word shows before a ``w:p`` ("" for none)."""
        num_pr = self._num_pr(paragraph)
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

    def _num_pr(self, paragraph: Any) -> Any:
        p_pr = paragraph.find(_PPR)
        if p_pr is not None:
            num_pr = p_pr.find(_NUMPR)
            if num_pr is not None:
                return num_pr
            style = p_pr.find(qn("w:pStyle"))
            if style is not None and style.get(_VAL) in self._styles:
                return self._styles[style.get(_VAL)]
        return self._styles.get(None)


_PPR, _NUMPR, _VAL = qn("w:pPr"), qn("w:numPr"), qn("w:val")


def _style_numbering(styles: Any) -> dict[str | None, Any]:
    """Each paragraph style's ``w:numPr`` (or None) by style id; None keys the default style."""
    found: dict[str | None, Any] = {}
    if styles is None:
        return found
    for style in styles.iterchildren(qn("w:style")):
        if style.get(qn("w:type")) != "paragraph":
            continue
        p_pr = style.find(_PPR)
        num_pr = p_pr.find(_NUMPR) if p_pr is not None else None
        found[style.get(qn("w:styleId"))] = num_pr
        if style.get(qn("w:default")) in ("1", "true", "on"):
            found[None] = num_pr
    return found
