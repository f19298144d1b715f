"""An authority's own closure days, read from a TOML or JSON file.

TOML::

    [[closure]]
    date = 2026-12-24            # a TOML date, or a string such as "24/12/2026"
    reason = "Christmas Eve: offices closed"

JSON: ``{"closures": [{"date": "2026-12-24", "reason": "..."}]}`` or a bare list.

Closure days are reported in every explanation and may move the internal target
earlier; they never change a statutory date (see docs/clock.md).
"""

from __future__ import annotations

import json
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

from foidesk.clock.calendar import Closure
from foidesk.clock.dates import parse_uk_date
from foidesk.errors import ClockError, DateError


def load_closures(path: str | Path) -> tuple[Closure, ...]:
    """Read closure days from a ``.toml`` or ``.json`` file.

    Raises:
        ClockError: the file is missing, unreadable or not in the expected shape
            (the message names the file).
        DateError: a closure date cannot be read (the message names the file).
    """
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ClockError(
            f"cannot read closure days: {exc.__class__.__name__}", source=source
        ) from exc
    try:
        data: Any = json.loads(text) if source.suffix.lower() == ".json" else tomllib.loads(text)
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ClockError(
            f"not valid {source.suffix.lstrip('.') or 'TOML'}: {exc}", source=source
        ) from exc
    items = data if isinstance(data, list) else _entries(data, source)
    return tuple(_closure(item, index, source) for index, item in enumerate(items, start=1))


def _entries(data: Any, source: Path) -> list[Any]:
    if isinstance(data, dict):
        for key in ("closure", "closures"):
            if isinstance(data.get(key), list):
                return list(data[key])
    raise ClockError("expected a list of closures under 'closure' or 'closures'", source=source)


def _closure(item: Any, index: int, source: Path) -> Closure:
    if not isinstance(item, dict) or "date" not in item:
        raise ClockError(f"closure {index} has no date", source=source)
    raw, reason = item["date"], item.get("reason", "office closed")
    if not isinstance(reason, str) or not reason.strip():
        raise ClockError(f"closure {index} has an empty or non-text reason", source=source)
    if isinstance(raw, date):
        return Closure(raw, reason.strip())
    if not isinstance(raw, str):
        raise ClockError(f"closure {index}: the date must be text or a TOML date", source=source)
    try:
        return Closure(parse_uk_date(raw), reason.strip())
    except DateError as exc:
        raise DateError(f"closure {index}: {exc.message}", source=source) from exc
