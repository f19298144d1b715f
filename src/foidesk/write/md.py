"""Markdown renderer: the notice as plain, escaped Markdown (``notice.md.j2``)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, TypeVar

from foidesk.write.templating import render
from foidesk.write.text import md_escape

T = TypeVar("T")


def escape_view(value: T) -> T:
    """A copy of a view-model with every string Markdown-escaped (lists and dataclasses)."""
    result: Any
    if isinstance(value, str):
        result = md_escape(value)
    elif isinstance(value, list):
        result = [escape_view(item) for item in value]
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: escape_view(getattr(value, f.name)) for f in dataclasses.fields(value)}
        result = dataclasses.replace(value, **changes)
    else:
        result = value
    return result  # type: ignore[no-any-return]


def render_md(view: object, template: str, templates: Path | None = None) -> bytes:
    """Render ``view`` through the Markdown template ``template`` as UTF-8 bytes.

    Runs of blank lines left by template logic are collapsed to one, so the output is
    tidy whatever an authority's template does.
    """
    text = render("md", template, templates, doc=escape_view(view))
    lines: list[str] = []
    for line in text.splitlines():
        if line.strip() or (lines and lines[-1].strip()):
            lines.append(line.rstrip() if not line.endswith("\\") else line)
    return ("\n".join(lines).strip() + "\n").encode("utf-8")
