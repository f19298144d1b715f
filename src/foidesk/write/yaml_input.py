"""Friendly YAML an officer can write by hand, mapped onto the Response record.

Example (see ``examples/`` and ``docs/writing.md``)::

    reference: 1771A/23
    authority: West Midlands Police
    regime: foia
    received: 2023-11-16
    sent: 2023-12-14
    outcome: refused
    request: |
      Which cyber security products does the force use?
    exemptions:
      - section: 31(1)(a)
        likelihood: would be likely
        harm: |
          Disclosure would tell attackers which systems to target ...
        for:
          - Disclosure would show how public money is spent.
        against:
          - Disclosure would help those intent on attacking police systems.
        balance: |
          The public interest in disclosure is outweighed ...

Every problem is reported with the file and line, and all problems are reported at
once. The record is then validated against the law (``ensure_valid``): a qualified
exemption without a public interest test, for example, is refused here.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from foidesk.clock.dates import parse_uk_date
from foidesk.errors import DateError, InvalidRecord
from foidesk.record.io import MAX_RECORD_BYTES
from foidesk.record.model import Response
from foidesk.record.validate import Severity, validate
from foidesk.write.draft import Draft
from foidesk.write.yaml_lines import LineLoader, Located, line_of

TOP_KEYS = (
    "reference",
    "authority",
    "regime",
    "received",
    "sent",
    "date",
    "outcome",
    "request",
    "answers",
    "exemptions",
    "advice",
)
EXEMPTION_KEYS = (
    "section",
    "regime",
    "ncnd",
    "scope",
    "text",
    "harm",
    "likelihood",
    "interests",
    "for",
    "against",
    "balance",
    "conclusion",
    "favours",
)
ANSWER_KEYS = ("number", "question", "answer", "outcome", "cites")
PIT_KEYS = ("for", "against", "balance", "conclusion", "favours")

_PREFIX = re.compile(r"^(?:sections?|regulations?|regs?\.?|s\.?|r\.?)\s*", re.IGNORECASE)


def normalise_citation(value: object) -> str:
    """``"Section 31 (1)(a)"``, ``"s31(1)(a)"`` or ``31`` → ``"31(1)(a)"`` / ``"31"``."""
    text = _PREFIX.sub("", str(value).strip())
    return re.sub(r"\s+", "", text)


class _Problems:
    """Problems found while reading, each with its line."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.items: list[str] = []

    def add(self, line: int | None, message: str) -> None:
        where = f"line {line}: " if line else ""
        self.items.append(f"{where}{message}")

    def raise_if_any(self) -> None:
        if self.items:
            raise InvalidRecord(
                f"{len(self.items)} problem(s): " + "; ".join(self.items),
                problems=self.items,
                source=self.source,
            )


class _Reader:
    """Turns located YAML data into Response data, remembering where each part came from."""

    def __init__(self, problems: _Problems) -> None:
        self.problems = problems
        self.lines: dict[str, int] = {}

    def check_keys(self, data: Located, allowed: tuple[str, ...], what: str) -> None:
        for key in data:
            if key not in allowed:
                self.problems.add(
                    line_of(data, key),
                    f"{what}: unknown key {key!r} (expected one of: {', '.join(allowed)})",
                )

    def text(self, data: Located, key: str, what: str) -> str:
        value = data.get(key)
        if value is None:
            return ""
        if isinstance(value, (dict, list)):
            self.problems.add(line_of(data, key), f"{what}.{key}: expected text")
            return ""
        return str(value)

    def date(self, data: Located, key: str) -> dt.date | None:
        value = data.get(key)
        if value is None or isinstance(value, dt.date):
            return value
        try:
            return parse_uk_date(str(value))
        except DateError as exc:
            self.problems.add(line_of(data, key), f"{key}: {exc.message}")
            return None

    def passages(self, data: Located, key: str, what: str) -> list[dict[str, Any]]:
        value = data.get(key)
        if value is None:
            return []
        items = value if isinstance(value, list) else [value]
        result = []
        for item in items:
            if isinstance(item, (dict, list)):
                self.problems.add(line_of(data, key), f"{what}.{key}: expected text items")
            elif str(item).strip():
                result.append({"text": str(item)})
        return result

    def exemption(self, index: int, item: Any, line: int | None) -> list[dict[str, Any]]:
        what = f"exemptions[{index}]"
        if not isinstance(item, dict):
            self.problems.add(line, f"{what}: expected a mapping with section:, harm: ...")
            return []
        self.check_keys(item, EXEMPTION_KEYS, what)
        sections = item.get("section")
        if sections is None or sections == "":
            self.problems.add(line, f"{what}: section is required (for example 31(1)(a))")
            return []
        keys = sections if isinstance(sections, list) else [sections]
        claim: dict[str, Any] = {"ncnd": bool(item.get("ncnd", False))}
        for name in ("regime", "scope", "text"):
            if item.get(name) is not None:
                claim[name] = self.text(item, name, what)
        harm = self.text(item, "harm", what)
        if harm or item.get("likelihood") is not None:
            claim["harm"] = {"text": harm}
            if item.get("likelihood") is not None:
                claim["harm"]["likelihood"] = re.sub(r"[\s-]+", "_", str(item["likelihood"]))
            if item.get("interests") is not None:
                claim["harm"]["interests"] = [str(x) for x in _as_list(item["interests"])]
        if any(k in item for k in PIT_KEYS):
            claim["pit"] = self.pit(item, what)
        return [{**claim, "citation": normalise_citation(key)} for key in keys]

    def pit(self, item: Located, what: str) -> dict[str, Any]:
        pit: dict[str, Any] = {
            "factors_for": self.passages(item, "for", what),
            "factors_against": self.passages(item, "against", what),
        }
        for key in ("balance", "conclusion"):
            if self.text(item, key, what).strip():
                pit[key] = {"text": self.text(item, key, what)}
        if item.get("favours") is not None:
            favours = str(item["favours"]).strip().lower().replace("non-disclosure", "withholding")
            pit["favours"] = favours
        return pit

    def answer(self, index: int, item: Any, line: int | None) -> dict[str, Any]:
        what = f"answers[{index}]"
        if not isinstance(item, dict):
            self.problems.add(line, f"{what}: expected a mapping with number:, question: ...")
            return {"number": str(index + 1)}
        self.check_keys(item, ANSWER_KEYS, what)
        answer: dict[str, Any] = {"number": str(item.get("number", index + 1))}
        for key in ("question", "answer"):
            answer[key] = self.text(item, key, what)
        if item.get("outcome") is not None:
            answer["outcome"] = str(item["outcome"]).strip().lower()
        if item.get("cites") is not None:
            answer["citations"] = [normalise_citation(c) for c in _as_list(item["cites"])]
        return answer

    def listed(self, data: Located, key: str) -> list[tuple[int, Any, int | None]]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problems.add(line_of(data, key), f"{key}: expected a list (items start with -)")
            return []
        return [(i, item, line_of(value, i)) for i, item in enumerate(value)]


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _record_data(data: Located, reader: _Reader) -> tuple[dict[str, Any], str]:
    reader.check_keys(data, TOP_KEYS, "record")
    record: dict[str, Any] = {"confidence": 1.0, "source": {"format": "yaml"}}
    for key in ("reference", "authority"):
        if data.get(key) is not None:
            record[key] = reader.text(data, key, "record")
            reader.lines[key] = line_of(data, key) or 0
    for key in ("regime", "outcome"):
        if data.get(key) is not None:
            record[key] = str(data[key]).strip().lower().replace(" ", "_").replace("-", "_")
            reader.lines[key] = line_of(data, key) or 0
    dates = []
    for key, role in (("received", "received"), ("sent", "sent"), ("date", "document")):
        day = reader.date(data, key)
        if day is not None:
            dates.append({"role": role, "date": day})
    record["dates"] = dates
    if reader.text(data, "request", "record").strip():
        record["request"] = {"text": reader.text(data, "request", "record")}
    claims: list[dict[str, Any]] = []
    for index, item, line in reader.listed(data, "exemptions"):
        for claim in reader.exemption(index, item, line):
            reader.lines[f"claims[{len(claims)}]"] = line or 0
            claims.append(claim)
    record["claims"] = claims
    answers = []
    for index, item, line in reader.listed(data, "answers"):
        reader.lines[f"answers[{index}]"] = line or 0
        answers.append(reader.answer(index, item, line))
    record["answers"] = answers
    return record, reader.text(data, "advice", "record")


def _line_for(path: str, lines: dict[str, int]) -> int | None:
    best = max((k for k in lines if path.startswith(k)), key=len, default=None)
    return lines[best] or None if best else None


def _loc_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def draft_from_yaml(text: str, *, source: str = "<yaml>") -> Draft:
    """Build a validated :class:`Draft` from friendly YAML text.

    Raises:
        InvalidRecord: listing every problem with its line, then every way the record
            breaks what the law requires.
    """
    from pydantic import ValidationError

    problems = _Problems(source)
    try:
        data = yaml.load(text, Loader=LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problems.add(line, f"not valid YAML: {getattr(exc, 'problem', None) or exc}")
        problems.raise_if_any()
        raise AssertionError("unreachable") from None
    if not isinstance(data, dict):
        problems.add(None, "a notice must be a YAML mapping (reference:, outcome:, ...)")
        problems.raise_if_any()
    reader = _Reader(problems)
    record, advice = _record_data(data, reader)
    problems.raise_if_any()
    try:
        response = Response.model_validate(record)
    except ValidationError as exc:
        for error in exc.errors():
            path = _loc_path(error["loc"])
            problems.add(_line_for(path, reader.lines), f"{path}: {error['msg']}")
        problems.raise_if_any()
        raise AssertionError("unreachable") from None
    for problem in validate(response):
        if problem.severity is Severity.ERROR:
            problems.add(_line_for(problem.path, reader.lines), str(problem))
    problems.raise_if_any()
    return Draft(response=response, advice=advice, source=source)


def load_yaml(path: str | Path) -> Draft:
    """Read a friendly YAML notice from ``path`` (see the module docstring).

    Raises:
        InvalidRecord: naming the file, and the line of every problem.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidRecord(f"cannot open the notice: {exc.strerror}", source=path) from None
    if len(raw) > MAX_RECORD_BYTES:
        raise InvalidRecord(
            f"file is {len(raw)} bytes; the limit is {MAX_RECORD_BYTES}", source=path
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidRecord("the notice is not UTF-8 text", source=path) from None
    return draft_from_yaml(text, source=str(path))
