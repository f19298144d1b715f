"""What an extractor gives back, and the limits every extractor works within."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from foidesk.errors import CorruptDocument

MB = 1024 * 1024
DEFAULT_MAX_BYTES = 50 * MB
"""Files over 50 MB are refused unless the limit is raised (``--max-size``): no refusal
notice comes near it, and a larger file is more likely a scan or an archive."""
DEFAULT_MAX_TEXT = 4 * MB
"""Of a plain-text file, only the first 4 MB (some 1,500 pages) is read and analysed; the
longest real refusal notices run to tens of pages. The record of a longer file is marked
low-confidence with a note saying how much was read."""


@dataclass(frozen=True)
class Limits:
    """How much an extractor may read before it refuses a file.

    Attributes:
        max_bytes: largest file read (``DocumentTooLarge`` above it).
        max_unzipped: largest total uncompressed size a .docx may declare (``ZipBomb``).
        max_ratio: largest compression ratio of any member of a .docx (``ZipBomb``).
        max_members: most files a .docx may contain.
        max_pages: most PDF pages read.
        timeout: seconds one file may take before it is given up (0 for none).
        max_depth: how deep e-mails attached to e-mails are followed.
        max_text: bytes of a plain-text file read (the rest is hashed, not read into
            memory; ``metadata["truncated"]`` says so).
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    max_unzipped: int = 200 * MB
    max_ratio: float = 200.0
    max_members: int = 5000
    max_pages: int = 5000
    timeout: float = 60.0
    max_depth: int = 3
    max_text: int = DEFAULT_MAX_TEXT


@dataclass(frozen=True)
class Part:
    """One part of a multi-part document (an e-mail body or attachment) in the raw text.

    Attributes:
        name: the attachment's file name (``body`` for the message itself).
        format: the format it was read as (empty when it was not read).
        start: where its text starts in :attr:`Extracted.text`.
        end: where it ends (exclusive).
        error: why it could not be read, if it could not.
    """

    name: str
    format: str
    start: int
    end: int
    error: str | None = None


@dataclass(frozen=True)
class Extracted:
    """The raw text of one document and what is known about it.

    Attributes:
        text: the text as extracted; ``Response.source.text`` and every span point here.
        format: txt, docx, pdf, html or eml (what the content is, not just the suffix).
        sha256: hash of the file's bytes.
        path: the file, when read from one.
        size: the file's size in bytes.
        metadata: title, author, encoding, page count, docx headers and footers ...
        pages: where each PDF page starts in :attr:`text` (pages are separated by ``\\f``).
        parts: the body and attachments of an e-mail.
    """

    text: str
    format: str
    sha256: str
    path: str | None = None
    size: int = 0
    metadata: Mapping[str, str] = field(default_factory=dict)
    pages: tuple[int, ...] = ()
    parts: tuple[Part, ...] = ()


class _TimedOut(BaseException):
    """Raised by the alarm inside a read that took too long (BaseException: never swallowed)."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _TimedOut


@contextmanager
def time_limit(seconds: float, source: str | Path | None) -> Iterator[None]:
    """Give up a read after ``seconds`` with :class:`CorruptDocument`.

    Works where signals can (the main thread on POSIX); elsewhere it only runs
    the body. Code inside must be Python or release to Python often (pypdfium2
    reads page by page, so a damaged PDF cannot hold the alarm off for long).
    """
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _TimedOut:
        raise CorruptDocument(
            f"reading took longer than {seconds:g} s and was stopped; the file may be damaged",
            source=source,
        ) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
