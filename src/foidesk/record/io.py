"""Load and save Response records as JSON, and publish their JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from foidesk.errors import InvalidRecord
from foidesk.record.model import Response

MAX_RECORD_BYTES = 20 * 1024 * 1024
"""A record larger than this is refused: no real response comes near it."""


def _describe(error: ValidationError) -> list[str]:
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "(record)"
        lines.append(f"{where}: {item['msg']}")
    return lines


def record_from_data(data: Any, *, source: str | None = None) -> Response:
    """Build a Response from parsed JSON (or YAML) data.

    Raises:
        InvalidRecord: naming every field that is wrong.
    """
    if not isinstance(data, dict):
        raise InvalidRecord("a record must be a JSON object", source=source)
    try:
        return Response.model_validate(data)
    except ValidationError as exc:
        lines = _describe(exc)
        raise InvalidRecord(
            f"not a valid Response record: {'; '.join(lines)}", problems=lines, source=source
        ) from None


def load_record(path: str | Path) -> Response:
    """Read a Response record from a JSON file.

    Raises:
        InvalidRecord: when the file is missing, too large, not JSON, or not a record.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidRecord(f"cannot open the record: {exc.strerror}", source=path) from None
    if size > MAX_RECORD_BYTES:
        raise InvalidRecord(f"record is {size} bytes; the limit is {MAX_RECORD_BYTES}", source=path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InvalidRecord("record is not UTF-8 text", source=path) from None
    except json.JSONDecodeError as exc:
        raise InvalidRecord(
            f"not valid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", source=path
        ) from None
    return record_from_data(data, source=str(path))


def dump_record(response: Response, *, indent: int | None = 2) -> str:
    """The record as JSON text, following the published schema."""
    return response.model_dump_json(indent=indent, exclude_none=False)


def response_schema() -> dict[str, Any]:
    """The JSON Schema of the Response record (``foidesk schema``)."""
    schema = Response.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://foidesk.invalid/schema/response.json"
    return schema
