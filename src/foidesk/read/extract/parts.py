"""The parts of a .docx package, found through its relationships and parsed with lxml.

Open Packaging Conventions (ECMA-376 Part 2): ``_rels/.rels`` names the main
document part, whose own ``.rels`` names its numbering, styles, headers and
footers. Parsing never resolves entities or reaches the network.
"""

from __future__ import annotations

import posixpath
import zipfile
from typing import Any

from lxml import etree

from foidesk.read.extract.numbering import w

Element = Any
"""An lxml element (lxml ships no type hints of its own)."""

_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_CORE = {
    "title": "{http://purl.org/dc/elements/1.1/}title",
    "author": "{http://purl.org/dc/elements/1.1/}creator",
}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
MAIN = "word/document.xml"


def _parse(data: bytes) -> Element:
    return etree.fromstring(data, _PARSER)


class DocxParts:
    """The XML parts of one .docx, read from its (already checked) zip archive."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive
        self._names = set(archive.namelist())
        self.main = self._main_name()
        self._rels = self._relationships(self.main)

    def _read(self, name: str) -> Element | None:
        return _parse(self._archive.read(name)) if name in self._names else None

    def _main_name(self) -> str:
        for rel in self._relationship_nodes(""):
            if rel.get("Type", "").endswith("/officeDocument"):
                return str(posixpath.normpath(rel.get("Target", MAIN))).lstrip("/")
        return MAIN

    def _relationship_nodes(self, part: str) -> list[Element]:
        folder, name = posixpath.split(part)
        root = self._read(posixpath.join(folder, "_rels", f"{name}.rels"))
        return [] if root is None else list(root.iter(f"{{{_REL_NS}}}Relationship"))

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """Each relationship's id: (kind such as ``header``, part name in the zip)."""
        folder = posixpath.dirname(part)
        found = {}
        for rel in self._relationship_nodes(part):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            name = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            found[rel.get("Id", "")] = (kind, posixpath.normpath(name))
        return found

    def body(self) -> Element:
        """The ``w:body`` of the main document.

        Raises:
            KeyError: when the document part or its body is missing.
        """
        root = self._read(self.main)
        body = root.find(w("body")) if root is not None else None
        if body is None:
            raise KeyError(f"{self.main} has no document body")
        return body

    def part(self, kind: str) -> Element | None:
        """The root of the main document's first part of a kind (``numbering``, ``styles``)."""
        name = self._name(kind)
        return self._read(name) if name else None

    def _name(self, kind: str) -> str | None:
        for rel_kind, name in self._rels.values():
            if rel_kind == kind and name in self._names:
                return name
        return None

    def numbered_styles(self) -> Element | None:
        """``styles.xml`` cut down to the paragraph styles that carry list numbering.

        Word's style sheet runs to hundreds of kilobytes of styles that have nothing
        to do with lists; only the few with ``w:numPr`` are parsed (wrapped in the
        sheet's own root element, so every namespace is declared). A sheet that is
        not written the usual way (other prefixes, a numbered default style) is
        parsed whole.
        """
        name = self._name("styles")
        if name is None:
            return None
        data = self._archive.read(name)
        root_start = data.find(b"<w:styles")
        root_end = data.find(b">", root_start)
        chunks = data.split(b"<w:style ")
        if root_start < 0 or root_end < 0 or len(chunks) < 2:
            return _parse(data)
        kept = [c[: c.find(b"</w:style>") + 10] for c in chunks[1:] if b"<w:numPr" in c]
        if any(b'w:default="1"' in c or b"</w:style>" not in c for c in kept):
            return _parse(data)
        head = data[root_start : root_end + 1]
        return _parse(head + b"".join(b"<w:style " + c for c in kept) + b"</w:styles>")

    def furniture(self, body: Element, which: str) -> list[Element]:
        """The default header (or footer) of each section of ``body`` that has its own."""
        sections = body.xpath("./w:p/w:pPr/w:sectPr | ./w:sectPr", namespaces={"w": w("")[1:-1]})
        roots = []
        for section in sections:
            for ref in section.iterchildren(w(f"{which}Reference")):
                if ref.get(w("type"), "default") != "default":
                    continue
                kind, name = self._rels.get(ref.get(_R_ID, ""), ("", ""))
                root = self._read(name) if kind == which else None
                if root is not None:
                    roots.append(root)
        return roots

    def core_properties(self) -> dict[str, str]:
        """The document's title and author from ``docProps/core.xml`` (blank when absent)."""
        root = self._read("docProps/core.xml")
        found = {}
        for key, tag in _CORE.items():
            node = root.find(tag) if root is not None else None
            found[key] = (node.text or "").strip() if node is not None else ""
        return found
