"""E-mail (.eml): the message body and every attachment, each read by its own extractor.

The raw text is the main headers (From, To, Date, Subject), the body (text/plain,
or text/html made text), then each attachment after a ``[[attachment: name]]``
line. :attr:`Extracted.parts` says where each part starts and ends, and why an
attachment could not be read; one bad attachment does not spoil the message.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import PurePath

from foidesk.errors import CorruptDocument, EmptyDocument, ReadError
from foidesk.read.extract.base import Extracted, Limits, Part
from foidesk.read.extract.html import html_text

HEADERS = ("From", "To", "Date", "Subject")

ReadBytes = Callable[[bytes, str, Limits, int], Extracted]
"""How the dispatcher reads an attachment: data, file name, limits, depth."""


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError, AssertionError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        return html_text(content)[0]
    return content


def _attachments(message: EmailMessage) -> list[tuple[str, bytes]]:
    found = []
    for index, part in enumerate(message.iter_attachments(), start=1):
        name = PurePath(part.get_filename() or f"attachment-{index}").name
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            first = inner[0] if isinstance(inner, list) and inner else None
            payload = first.as_bytes() if isinstance(first, EmailMessage) else b""
            name = name if name.endswith(".eml") else f"{name}.eml"
        else:
            data = part.get_payload(decode=True)
            payload = data if isinstance(data, bytes) else b""
        found.append((name, payload))
    return found


def extract_eml(
    data: bytes,
    *,
    limits: Limits,
    read_bytes: ReadBytes,
    depth: int = 0,
    source: str | None = None,
) -> Extracted:
    """Read an e-mail and its attachments.

    Raises:
        CorruptDocument: when it is not an e-mail.
        EmptyDocument: when neither the body nor any attachment has text.
    """
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except (ValueError, TypeError, LookupError) as exc:
        raise CorruptDocument(f"not a readable e-mail ({exc})", source=source) from None
    if not isinstance(message, EmailMessage) or not message.keys():
        raise CorruptDocument("not an e-mail: it has no headers", source=source)
    heads = [f"{name}: {message[name]}" for name in HEADERS if message[name]]
    chunks = ["\n".join(heads) + "\n\n" if heads else ""]
    offset = len(chunks[0])
    body = _body(message).strip("\n")
    parts = [Part("body", "txt", offset, offset + len(body))]
    chunks.append(body)
    offset += len(body)
    metadata = {name.lower(): str(message[name]) for name in HEADERS if message[name]}
    for name, payload in _attachments(message):
        marker = f"\n\n[[attachment: {name}]]\n\n"
        try:
            if depth >= limits.max_depth:
                raise CorruptDocument("attachments nested too deep", source=name)
            inner = read_bytes(payload, name, limits, depth + 1)
        except ReadError as exc:
            parts.append(Part(name, "", offset, offset, error=exc.message))
            continue
        chunks += [marker, inner.text]
        start = offset + len(marker)
        offset = start + len(inner.text)
        parts.append(Part(name, inner.format, start, offset))
    text = "".join(chunks)
    if not any(part.end > part.start and text[part.start : part.end].strip() for part in parts):
        raise EmptyDocument("the e-mail has no text in its body or attachments", source=source)
    metadata["attachments"] = str(len(parts) - 1)
    return Extracted(text=text, format="eml", sha256="", metadata=metadata, parts=tuple(parts))
