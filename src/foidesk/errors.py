"""The one exception tree of foidesk.

Every error foidesk raises on purpose is a :class:`FoideskError`. The library
raises them; only the edges (the CLI, later the web app) turn them into
messages and exit codes. The tree::

    FoideskError
    ├── LawError                 the statutes as data, citations
    │   ├── LawDataError         a law data file is broken (a bug, not user input)
    │   ├── UnknownProvision     a citation names a provision that does not exist
    │   └── MalformedCitation    text that cannot be read as a citation at all
    ├── RecordError
    │   └── InvalidRecord        a Response record fails parsing or validation
    ├── ClockError
    │   ├── DateError            a date that cannot be read, is ambiguous or impossible
    │   ├── EventOrderError      clock events out of order
    │   └── HolidayCoverageError a date outside the years the holiday data covers
    ├── ReadError                a document cannot be read (always names the file)
    │   ├── UnsupportedFormat
    │   ├── EmptyDocument
    │   ├── CorruptDocument
    │   ├── EncryptedDocument
    │   ├── NeedsOCR
    │   ├── DocumentTooLarge
    │   └── ZipBomb
    ├── CheckError               the checker was asked for something it cannot do
    ├── WriteError               a notice or letter cannot be written
    │   ├── StyleError           a house-style file is missing or malformed
    │   └── TemplateError        a template is broken (names the template and line)
    └── LibraryError             the precedent library: database settings, schema, storage

Errors carry context (``source``, ``provision``) the way httpx errors carry the
request, so that an edge can say *which* file or citation is wrong.
"""

from __future__ import annotations

from pathlib import Path


class FoideskError(Exception):
    """Base of every error foidesk raises on purpose.

    Args:
        message: one line that says what is wrong and, where possible, how to
            put it right.
        source: the file (or other input) the error is about, if any.
    """

    exit_code = 2

    def __init__(self, message: str, *, source: str | Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = str(source) if source is not None else None

    def __str__(self) -> str:
        if self.source:
            return f"{self.source}: {self.message}"
        return self.message


class LawError(FoideskError):
    """A problem with the statutes as data or with a citation."""


class LawDataError(LawError):
    """A law data file is malformed. This is a bug in foidesk's data."""


class UnknownProvision(LawError):
    """A citation names a provision that the statute does not contain."""

    def __init__(
        self, message: str, *, provision: str, regime: str, source: str | Path | None = None
    ) -> None:
        super().__init__(message, source=source)
        self.provision = provision
        self.regime = regime


class MalformedCitation(LawError):
    """Text that cannot be read as a citation of any provision."""


class RecordError(FoideskError):
    """A problem with a Response record."""


class InvalidRecord(RecordError):
    """A Response record that cannot be parsed or breaks what the law requires.

    ``problems`` lists every problem found, one line each.
    """

    def __init__(
        self, message: str, *, problems: list[str] | None = None, source: str | Path | None = None
    ) -> None:
        super().__init__(message, source=source)
        self.problems = list(problems or [])


class ClockError(FoideskError):
    """A problem computing a statutory deadline."""


class DateError(ClockError):
    """A date that cannot be read, is ambiguous, or does not exist."""


class EventOrderError(ClockError):
    """Clock events given out of order (for example clarified before sought)."""


class HolidayCoverageError(ClockError):
    """A date beyond the years for which bank-holiday data is known."""


class ReadError(FoideskError):
    """A document that cannot be read. ``source`` always names the file."""


class UnsupportedFormat(ReadError):
    """A file type foidesk does not read."""


class EmptyDocument(ReadError):
    """A file with no text in it."""


class CorruptDocument(ReadError):
    """A file that claims a format but is damaged or is not that format."""


class EncryptedDocument(ReadError):
    """A password-protected document."""


class NeedsOCR(ReadError):
    """A PDF with no text layer: it must be put through OCR first."""


class DocumentTooLarge(ReadError):
    """A file over the configured size limit."""


class ZipBomb(ReadError):
    """A compressed document (docx) that expands beyond safe limits."""


class CheckError(FoideskError):
    """The checker was asked for something it cannot do (an unknown rule code)."""


class LibraryError(FoideskError):
    """The precedent library cannot do what was asked.

    A database address that cannot be read, a database that cannot be reached,
    a schema that is not migrated, or a bad search or filter value.
    """


class WriteError(FoideskError):
    """A notice or letter cannot be written (bad input, unwritable output)."""


class StyleError(WriteError):
    """A house-style (TOML) file that is missing, not TOML, or has unknown settings."""


class TemplateError(WriteError):
    """A Jinja template that cannot be loaded or rendered.

    ``template`` and ``line`` say where the problem is, when known.
    """

    def __init__(
        self,
        message: str,
        *,
        template: str | None = None,
        line: int | None = None,
        source: str | Path | None = None,
    ) -> None:
        super().__init__(message, source=source)
        self.template = template
        self.line = line


__all__ = [
    "CheckError",
    "ClockError",
    "CorruptDocument",
    "DateError",
    "DocumentTooLarge",
    "EmptyDocument",
    "EncryptedDocument",
    "EventOrderError",
    "FoideskError",
    "HolidayCoverageError",
    "InvalidRecord",
    "LawDataError",
    "LawError",
    "LibraryError",
    "MalformedCitation",
    "NeedsOCR",
    "ReadError",
    "RecordError",
    "StyleError",
    "TemplateError",
    "UnknownProvision",
    "UnsupportedFormat",
    "WriteError",
    "ZipBomb",
]
