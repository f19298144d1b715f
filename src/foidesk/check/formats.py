"""Report formats: text for people (Rich), JSON for programs, SARIF 2.1.0 for code-review tools.

* text: grouped by file, one block per finding with its severity in colour,
  the quoted words, and the fix; a summary line at the end.
* json: a list of ``{source, reference, findings: [...]}``, one per file.
* sarif: one run whose ``tool.driver.rules`` is the rule catalogue and whose
  results point at the quoted words by ``charOffset`` / ``charLength`` (offsets
  into the extracted text, which is the file itself for plain text).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from foidesk import __version__
from foidesk.check.model import Audience, Finding, Report, Rule, Severity
from foidesk.check.registry import all_rules

COLOURS = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
SARIF_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
QUOTE_LIMIT = 400
"""Quotes longer than this are shortened in the text report (JSON and SARIF keep them whole)."""


def summary(reports: Sequence[Report]) -> str:
    """One line: how many files, errors, warnings and notes."""
    counts = {s: sum(r.count(s) for r in reports) for s in Severity}
    files = f"{len(reports)} file" + ("" if len(reports) == 1 else "s")
    return (
        f"{files} checked: {counts[Severity.ERROR]} error(s), "
        f"{counts[Severity.WARNING]} warning(s), {counts[Severity.INFO]} note(s)"
    )


def _shorten(quote: str) -> str:
    flat = " ".join(quote.split())
    return flat if len(flat) <= QUOTE_LIMIT else flat[: QUOTE_LIMIT - 1] + "…"


def _finding_text(finding: Finding, audience: Audience) -> RenderableType:
    head = Text()
    head.append(f"{finding.severity.value:<7} ", style=COLOURS[finding.severity])
    head.append(f"{finding.code} ", style="bold")
    head.append(finding.title)
    parts: list[RenderableType] = [head, Padding(Text(finding.message), (0, 0, 0, 8))]
    if finding.quote.strip():
        where = f" [{finding.span.start}:{finding.span.end}]" if finding.span else ""
        quoted = Text(f"> {_shorten(finding.quote)}", style="italic")
        quoted.append(where, style="dim")
        parts.append(Padding(quoted, (0, 0, 0, 8)))
    label = "ask" if audience is Audience.REQUESTER else "fix"
    parts.append(Padding(Text(f"{label}: {finding.fix}", style="green"), (0, 0, 0, 8)))
    parts.append(Padding(Text(f"rests on: {finding.provision}", style="dim"), (0, 0, 0, 8)))
    return Group(*parts)


def render_text(reports: Sequence[Report]) -> RenderableType:
    """The people's report: grouped by file, quoted text under each finding, a summary."""
    blocks: list[RenderableType] = []
    for report in reports:
        title = Text(report.source or "(record)", style="bold underline")
        if report.reference:
            title.append(f"  ref {report.reference}", style="dim")
        blocks.append(title)
        if not report.findings:
            blocks.append(Padding(Text("no findings", style="green"), (0, 0, 1, 2)))
            continue
        for finding in report.findings:
            blocks.append(Padding(_finding_text(finding, report.audience), (0, 0, 1, 2)))
    blocks.append(Text(summary(reports), style="bold"))
    return Group(*blocks)


def render_json(reports: Sequence[Report]) -> list[dict[str, Any]]:
    """The JSON report: one object per file."""
    return [report.as_dict() for report in reports]


def explain(rule: Rule) -> RenderableType:
    """A rule explained for ``foidesk check --explain CODE``."""
    head = Text()
    head.append(f"{rule.code} ", style="bold")
    head.append(f"({rule.severity.value}, {rule.family.label}) ", style=COLOURS[rule.severity])
    head.append(rule.title, style="bold")
    lines: list[RenderableType] = [head]
    for label, body in (
        ("why", rule.reason),
        ("rests on", rule.provision),
        ("fix", rule.fix),
        ("for a requester", rule.ask),
    ):
        line = Text(f"{label}: ", style="bold")
        line.append(body)
        lines.append(line)
    if rule.officer_only:
        lines.append(Text("shown to officers only (--for officer)", style="dim"))
    return Group(*lines)


def _sarif_rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": "".join(word.capitalize() for word in rule.function.__name__.split("_")),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.reason},
        "help": {"text": f"{rule.fix} (rests on: {rule.provision})"},
        "defaultConfiguration": {"level": SARIF_LEVELS[rule.severity]},
        "properties": {"family": rule.family.value, "provision": rule.provision},
    }


def _sarif_result(finding: Finding, uri: str, index: dict[str, int]) -> dict[str, Any]:
    location: dict[str, Any] = {"artifactLocation": {"uri": uri}}
    if finding.span is not None:
        location["region"] = {
            "charOffset": finding.span.start,
            "charLength": finding.span.end - finding.span.start,
            "snippet": {"text": finding.quote},
        }
    return {
        "ruleId": finding.code,
        "ruleIndex": index[finding.code],
        "level": SARIF_LEVELS[finding.severity],
        "message": {"text": f"{finding.message}. Fix: {finding.fix}"},
        "locations": [{"physicalLocation": location}],
    }


def render_sarif(reports: Sequence[Report]) -> dict[str, Any]:
    """The SARIF 2.1.0 log: the catalogue as ``tool.driver.rules``, one result per finding."""
    rules = all_rules()
    index = {rule.code: i for i, rule in enumerate(rules)}
    artifacts = []
    results = []
    for report in reports:
        uri = report.source or "record"
        artifacts.append({"location": {"uri": uri}})
        results += [_sarif_result(f, uri, index) for f in report.findings]
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "foidesk",
                        "version": __version__,
                        "informationUri": "https://foidesk.invalid/docs/checking",
                        "rules": [_sarif_rule(rule) for rule in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "artifacts": artifacts,
                "results": results,
            }
        ],
    }
