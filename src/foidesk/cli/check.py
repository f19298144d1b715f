"""``foidesk check`` and ``foidesk rules``: the refusal-notice linter at the command line.

``foidesk check FILE|DIR`` reads each response (the reader's formats, or a
Response record saved as ``.json``), runs the rule catalogue and prints the
findings as text, JSON or SARIF. Exit status: 0 when no finding is an error,
1 when any is (so the command can gate a workflow), 2 for bad input (a file
that cannot be read, an unknown rule code). For a folder, a bad file is
reported on standard error and the others are still checked; the other files
in the folder serve as the library for the boilerplate rule BP02.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from foidesk.check import Audience, InMemoryLibrary, Report, all_rules, check, get_rule
from foidesk.check.formats import explain, render_json, render_sarif, render_text, summary
from foidesk.check.library import ParagraphLibrary
from foidesk.cli.output import err_console, out_console, print_json
from foidesk.errors import FoideskError, ReadError
from foidesk.read import collect, read_file, read_many
from foidesk.record import Response, load_record


class Format(StrEnum):
    """Output formats of ``foidesk check``."""

    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"


def _read_one(path: Path) -> Response:
    if path.suffix.lower() == ".json":
        return load_record(path)
    return read_file(path)


def _read_folder(folder: Path) -> tuple[list[Response], list[FoideskError]]:
    """Every response in a folder (documents and ``.json`` records) and every file's error."""
    documents, skipped = collect(folder)
    records = [p for p in skipped if p.suffix.lower() == ".json"]
    responses: list[Response] = []
    errors: list[FoideskError] = []
    for outcome in read_many(documents) if documents else []:
        if outcome.response is not None:
            responses.append(outcome.response)
        elif outcome.error is not None:
            errors.append(outcome.error)
    for path in records:
        try:
            responses.append(load_record(path))
        except FoideskError as exc:
            errors.append(exc)
    responses.sort(key=lambda r: r.source.path or "")
    return responses, errors


def check_paths(path: Path, audience: Audience) -> tuple[list[Report], list[FoideskError]]:
    """Read and check a file or every supported file in a folder.

    Raises:
        FoideskError: for a single file that cannot be read, or a path that does not exist.
    """
    if path.is_dir():
        responses, errors = _read_folder(path)
        if not responses and not errors:
            raise ReadError("the folder holds no file foidesk can read", source=path)
        library: ParagraphLibrary | None = (
            InMemoryLibrary.from_responses(responses) if len(responses) > 1 else None
        )
        reports = [check(r, audience=audience, library=library) for r in responses]
        return reports, errors
    if not path.exists():
        raise ReadError("no such file or folder", source=path)
    return [check(_read_one(path), audience=audience)], []


PathArgument = Annotated[
    Path | None,
    typer.Argument(help="A response (txt, docx, pdf, html, eml, or a .json record) or a folder."),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="text, json or sarif.")]
AudienceOption = Annotated[
    Audience,
    typer.Option("--for", help="officer: every finding and its fix; requester: what to ask."),
]
ExplainOption = Annotated[
    str | None, typer.Option("--explain", metavar="CODE", help="Explain one rule and exit.")
]


def check_command(
    path: PathArgument = None,
    output: FormatOption = Format.TEXT,
    audience: AudienceOption = Audience.OFFICER,
    code: ExplainOption = None,
) -> None:
    """Check refusal notices for what the law and ICO guidance require.

    Exit status 0: no errors; 1: at least one error-level finding; 2: bad input.

    Example: foidesk check tests/fixtures/seeds --for requester
    """
    if code is not None:
        out_console.print(explain(get_rule(code)))
        return
    if path is None:
        raise typer.BadParameter("give a FILE or DIR to check, or --explain CODE")
    reports, errors = check_paths(path, audience)
    for error in errors:
        sys.stderr.write(f"foidesk: error: {error}\n")  # one line each, never wrapped
    if output is Format.JSON:
        print_json(render_json(reports))
    elif output is Format.SARIF:
        print_json(render_sarif(reports))
    else:
        out_console.print(render_text(reports))
    if output is not Format.TEXT:
        err_console.print(summary(reports), markup=False, highlight=False, soft_wrap=True)
    if errors:
        raise typer.Exit(2)
    if any(report.has_errors for report in reports):
        raise typer.Exit(1)


def rules_command(
    as_json: Annotated[bool, typer.Option("--json", help="Print the catalogue as JSON.")] = False,
) -> None:
    """List the checker's rules: code, severity, title and what each rests on.

    Example: foidesk rules --json
    """
    rules = all_rules()
    if as_json:
        print_json([rule.as_dict() for rule in rules])
        return
    table = Table(title="foidesk check: rule catalogue")
    for column in ("code", "severity", "title", "rests on"):
        table.add_column(column)
    for rule in rules:
        table.add_row(rule.code, rule.severity.value, rule.title, rule.provision)
    out_console.print(table)


def register(app: typer.Typer) -> None:
    """Add ``check`` and ``rules`` to the app."""
    app.command("check")(check_command)
    app.command("rules")(rules_command)
