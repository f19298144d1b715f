"""Formats and safe output: a file is written whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from foidesk.errors import WriteError

FORMATS = ("md", "html", "docx", "pdf")
"""The output formats, by the name ``--format`` takes."""

SUFFIXES = {
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}


def format_for(path: str | Path | None, given: str | None, default: str = "md") -> str:
    """The output format: ``given`` if set, else from the file suffix, else ``default``.

    Raises:
        WriteError: for a format foidesk does not write.
    """
    if given:
        fmt = given.lower().lstrip(".")
    elif path is not None and Path(path).suffix.lower() in SUFFIXES:
        fmt = SUFFIXES[Path(path).suffix.lower()]
    else:
        fmt = default
    if fmt not in FORMATS:
        raise WriteError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return fmt


def _ordinary_mode() -> int:
    """The mode an ordinary new file gets under the current umask (mkstemp makes it 0600).

    Linux reports the umask in /proc without changing it (safe with threads); elsewhere it
    is read by setting and restoring it.
    """
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
        umask = int(
            next(line.split()[1] for line in status.splitlines() if line.startswith("Umask:")), 8
        )
    except (OSError, StopIteration, ValueError, IndexError):
        umask = os.umask(0o022)
        os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file renamed into place.

    A failure part-way leaves any existing file untouched and no partial file behind.

    Raises:
        WriteError: naming the file when it cannot be written.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise WriteError("the folder for the output does not exist", source=target)
    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temp, _ordinary_mode())
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise WriteError(f"cannot write the output: {exc.strerror}", source=target) from None
    return target
