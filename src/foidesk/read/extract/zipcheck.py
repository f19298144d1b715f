"""Checks on a .docx (a zip archive) before anything unpacks it: zip bombs and damage."""

from __future__ import annotations

import io
import zipfile

from foidesk.errors import CorruptDocument, EncryptedDocument, ZipBomb
from foidesk.read.extract.base import MB, Limits

SMALL_MEMBER = 1 * MB
"""Members smaller than this may compress as well as they like (XML of repeated runs does)."""


def open_docx_zip(data: bytes, *, limits: Limits, source: str | None) -> zipfile.ZipFile:
    """Open a .docx's zip and check its declared sizes before anything is unpacked.

    Refuses an archive whose members declare more than ``limits.max_unzipped``
    bytes in all, any member larger than :data:`SMALL_MEMBER` that expands more
    than ``limits.max_ratio`` times, or more than ``limits.max_members`` members.
    (zipfile stops at the declared size, so a member that lies about its size
    fails its CRC check instead of expanding.)

    Raises:
        ZipBomb: when the archive would expand beyond those limits.
        CorruptDocument: when it is not a zip or not a Word document.
        EncryptedDocument: when the Word document is encrypted inside.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise CorruptDocument(f"not a readable .docx (damaged zip: {exc})", source=source) from None
    if len(members) > limits.max_members:
        raise ZipBomb(
            f"the archive holds {len(members)} files; the limit is {limits.max_members}",
            source=source,
        )
    total = sum(member.file_size for member in members)
    if total > limits.max_unzipped:
        raise ZipBomb(
            f"the archive would expand to {total / MB:,.0f} MB; "
            f"the limit is {limits.max_unzipped / MB:,.0f} MB",
            source=source,
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > SMALL_MEMBER and ratio > limits.max_ratio:
            raise ZipBomb(
                f"{member.filename} expands {ratio:,.0f} times "
                f"(the limit is {limits.max_ratio:g}); refusing to unpack it",
                source=source,
            )
        if member.flag_bits & 0x1:
            raise EncryptedDocument("the .docx is password-protected", source=source)
    names = {member.filename for member in members}
    if "word/document.xml" not in names and "[Content_Types].xml" not in names:
        raise CorruptDocument(
            "not a Word .docx: it is a zip archive without a Word document in it", source=source
        )
    return archive
