"""Jinja2 environments: the authority's own templates first, then the package's.

Two environments share one search path (a ``ChoiceLoader``): HTML templates are
autoescaped, so text in a record can never become markup; Markdown templates are
given a view whose every string has been through :func:`foidesk.write.text.md_escape`
(see :func:`foidesk.write.md.escape_view`). Both use
``StrictUndefined``, so a misspelt name in an authority's template is an error that
names the template and line, never a silent blank.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2

from foidesk.errors import TemplateError

PACKAGE_TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=16)
def environment(kind: str, override: str | None = None) -> jinja2.Environment:
    """The environment for ``kind`` ("html" or "md"), searching ``override`` first.

    Raises:
        TemplateError: when ``override`` is not a folder.
    """
    loaders: list[jinja2.BaseLoader] = []
    if override is not None:
        folder = Path(override)
        if not folder.is_dir():
            raise TemplateError("the templates directory does not exist", source=folder)
        loaders.append(jinja2.FileSystemLoader(str(folder)))
    loaders.append(jinja2.FileSystemLoader(str(PACKAGE_TEMPLATES)))
    options: dict[str, Any] = {
        "loader": jinja2.ChoiceLoader(loaders),
        "undefined": jinja2.StrictUndefined,
        "keep_trailing_newline": True,
        "trim_blocks": True,
        "lstrip_blocks": True,
    }
    if kind == "html":
        return jinja2.Environment(autoescape=True, **options)
    return jinja2.Environment(autoescape=False, **options)


def _template_frame(tb: TracebackType | None) -> tuple[str, int] | None:
    """The innermost traceback frame that is a template line (Jinja rewrites them so)."""
    found = None
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith((".j2", ".html", ".md", ".css")):
            found = (name, tb.tb_lineno)
        tb = tb.tb_next
    return found


def render(kind: str, name: str, override: Path | None = None, **context: Any) -> str:
    """Render template ``name`` with ``context``.

    Raises:
        TemplateError: naming the template and line for syntax errors, unknown names
            and anything else that goes wrong inside a template.
    """
    env = environment(kind, str(override) if override is not None else None)
    try:
        template = env.get_template(name)
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or exc.name or name
        raise TemplateError(
            f"template syntax error at line {exc.lineno}: {exc.message}",
            template=exc.name or name,
            line=exc.lineno,
            source=where,
        ) from None
    except jinja2.TemplateNotFound as exc:
        missing = str(exc.name)
        raise TemplateError(f"template {missing} not found", template=missing) from None
    try:
        return template.render(**context)
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError) as exc:
        frame = _template_frame(sys.exc_info()[2])
        file, line = frame if frame else (template.filename or name, None)
        where = f" at line {line}" if line else ""
        detail = exc.message if isinstance(exc, jinja2.TemplateError) and exc.message else exc
        raise TemplateError(
            f"template error{where}: {detail}", template=name, line=line, source=file
        ) from None
