"""One document from file to Response: extract, clean, analyse."""

from __future__ import annotations

import hashlib
from dataclasses import fields, replace
from pathlib import Path

from foidesk.read.clean import clean
from foidesk.read.extract import Extracted, Limits, extract
from foidesk.record.model import Response, Source

LIMIT_NAMES = frozenset(f.name for f in fields(Limits))
TRUNCATED_CONFIDENCE = 0.4
"""The most confidence a record of a text cut short at ``Limits.max_text`` can have."""


def make_limits(limits: Limits | None = None, **overrides: float) -> Limits:
    """Limits with some fields changed (``max_bytes=200 * MB``).

    Raises:
        TypeError: when an override names no limit.
    """
    unknown = set(overrides) - LIMIT_NAMES
    if unknown:
        raise TypeError(f"unknown read limit(s): {', '.join(sorted(unknown))}")
    base = limits or Limits()
    if not overrides:
        return base
    typed = {k: type(getattr(base, k))(v) for k, v in overrides.items()}
    return replace(base, **typed)


def analyse_extracted(extracted: Extracted) -> Response:
    """Clean and analyse extracted text into a Response whose spans point into its text.

    A text cut short at ``Limits.max_text`` gives a low-confidence record with a note.
    """
    from foidesk.read.analyse import analyse

    source = Source(
        path=extracted.path,
        format=extracted.format,
        sha256=extracted.sha256,
        text=extracted.text,
    )
    furniture = "\n".join(extracted.metadata.get(part, "") for part in ("headers", "footers"))
    response = analyse(
        clean(extracted.text, format=extracted.format), source=source, furniture=furniture.strip()
    )
    truncated = extracted.metadata.get("truncated")
    if truncated:
        response.confidence = min(response.confidence, TRUNCATED_CONFIDENCE)
        response.notes.append(
            f"The file is longer than the text limit: only {truncated} was read and "
            "analysed (raise it with max_text); the rest may hold more of the response."
        )
    return response


def read_file(path: str | Path, *, limits: Limits | None = None, **overrides: float) -> Response:
    """Read one document into a Response (extract → clean → analyse).

    Args:
        path: a .txt, .docx, .pdf, .html or .eml file.
        limits: size and safety limits (:class:`Limits`); single ones may be given as
            keywords (``max_bytes=...``, ``timeout=...``).

    Raises:
        ReadError: (a subclass) naming the file and what is wrong with it.
    """
    return analyse_extracted(extract(path, make_limits(limits, **overrides)))


def read_text(text: str, *, path: str | None = None, format: str = "txt") -> Response:
    """Read text already in memory (pasted into the desk, say) into a Response."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    extracted = Extracted(text=text, format=format, sha256=digest, path=path, size=len(text))
    return analyse_extracted(extracted)
