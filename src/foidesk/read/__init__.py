"""Reading documents into Response records (issue 4).

>>> from foidesk.read import read_file, read_many           # doctest: +SKIP
>>> response = read_file("refusal.pdf")                      # doctest: +SKIP
>>> for outcome in read_many(sorted(Path("inbox").glob("*.pdf"))):  # doctest: +SKIP
...     print(outcome.path, outcome.response or outcome.error)

The steps are :func:`extract` (bytes → raw text, :mod:`foidesk.read.extract`),
:func:`clean` (raw → cleaned text with an offset map, :mod:`foidesk.read.clean`)
and the analysis (cleaned text → Response, :mod:`foidesk.read.analyse`). Every
span in the Response points into the raw text, kept as ``Response.source.text``.
"""

from __future__ import annotations

from pathlib import Path

from foidesk.read.batch import ReadOutcome, collect, read_many
from foidesk.read.clean import CleanText, clean
from foidesk.read.extract import SUPPORTED_SUFFIXES, Extracted, Limits, Part
from foidesk.read.extract import extract as _extract
from foidesk.read.pipeline import make_limits, read_file, read_text


def extract(path: str | Path, *, limits: Limits | None = None, **overrides: float) -> Extracted:
    """The raw text of one document, its format, sha256, path and metadata.

    Raises:
        ReadError: (a subclass) naming the file and what is wrong with it.
    """
    return _extract(path, make_limits(limits, **overrides))


__all__ = [
    "SUPPORTED_SUFFIXES",
    "CleanText",
    "Extracted",
    "Limits",
    "Part",
    "ReadOutcome",
    "clean",
    "collect",
    "extract",
    "read_file",
    "read_many",
    "read_text",
]
