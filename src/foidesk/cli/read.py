"""``foidesk read FILE|DIR``: documents in, Response records out.

Records go to standard output (``--json`` one object, ``--jsonl`` one record a
line) or to ``--out DIR`` (one ``<name>.json`` each); with no flag, a table a
file for people. Progress and the closing summary go to standard error, so the
output can be piped. A single file that cannot be read is an error (one line,
exit status 2); in a folder, each bad file is listed in the summary and the
rest are read (exit status 1 when any failed).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from foidesk.cli.output import err_console, out_console
from foidesk.errors import ReadError
from foidesk.read.batch import ReadOutcome, collect, read_many, read_one
from foidesk.read.extract import SUPPORTED_SUFFIXES, Limits
from foidesk.read.extract.base import DEFAULT_MAX_BYTES, MB
from foidesk.record.io import dump_record
from foidesk.record.model import Response

MAX_LISTED = 50
"""Failures listed one by one in the summary; beyond this they are only counted."""


def without_text(response: Response) -> Response:
    """The record without ``source.text`` (``--no-text``): compact, but spans cannot be quoted."""
    source = response.source.model_copy(update={"text": None})
    return response.model_copy(update={"source": source})


def output_names(paths: list[Path], root: Path) -> dict[Path, Path]:
    """Where ``--out`` writes each record: ``<name>.json`` beside its folder's structure.

    Two inputs with the same stem in one folder (``a.pdf``, ``a.docx``) keep their
    suffix (``a.pdf.json``) so neither overwrites the other.
    """
    base = root if root.is_dir() else root.parent
    stems = Counter((p.parent, p.stem) for p in paths)
    names = {}
    for path in paths:
        relative = path.relative_to(base) if path.is_relative_to(base) else Path(path.name)
        clash = stems[(path.parent, path.stem)] > 1
        names[path] = relative.with_name(relative.name if clash else relative.stem).with_suffix(
            (relative.suffix + ".json") if clash else ".json"
        )
    return names


def response_table(name: str, response: Response) -> Table:
    """The people's view of one record: reference, outcome, claims and NCND flags."""
    table = Table(title=escape(Path(name).name), show_header=False, title_justify="left")
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("value")
    table.add_row("reference", escape(response.reference or "—"))
    table.add_row("authority", escape(response.authority or "—"))
    table.add_row("regime", response.regime.value)
    table.add_row("outcome", response.outcome.value)
    claims = [
        f"{c.regime.value} {c.citation}" + (" [yellow](NCND)[/yellow]" if c.ncnd else "")
        for c in response.claims
    ]
    table.add_row("claims", ", ".join(claims) or "—")
    table.add_row("confidence", f"{response.confidence:.2f}")
    for note in response.notes:
        table.add_row("note", escape(note))
    return table


def _summary(outcomes: Counter[str], failures: list[ReadOutcome], read: int, skipped: int) -> None:
    table = Table(title="foidesk read", show_header=False, title_justify="left")
    table.add_column("what", style="bold")
    table.add_column("count", justify="right")
    table.add_row("read", str(read))
    table.add_row("failed", str(len(failures)))
    if skipped:
        table.add_row("skipped (not a supported suffix)", str(skipped))
    for outcome, count in sorted(outcomes.items()):
        table.add_row(f"  outcome {outcome}", str(count))
    for kind, count in sorted(Counter(type(f.error).__name__ for f in failures).items()):
        table.add_row(f"  failed: {kind}", str(count))
    err_console.print(table)
    for failure in failures[:MAX_LISTED]:
        err_console.print(f"[red]failed[/red] {escape(str(failure.error))}", highlight=False)
    if len(failures) > MAX_LISTED:
        err_console.print(f"... and {len(failures) - MAX_LISTED} more failures")


class _Writer:
    """Sends each record where the options say."""

    def __init__(self, mode: str, out: Path | None, names: dict[Path, Path], text: bool) -> None:
        self.mode = mode
        self.out = out
        self.names = names
        self.text = text
        self.first = True

    def write(self, outcome: ReadOutcome) -> None:
        response = outcome.response
        if response is None:
            return
        if not self.text:
            response = without_text(response)
        if self.out is not None:
            target = self.out / self.names[Path(outcome.path)]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(dump_record(response) + "\n", encoding="utf-8")
        elif self.mode == "jsonl":
            sys.stdout.write(dump_record(response, indent=None) + "\n")
        elif self.mode == "json-array":
            sys.stdout.write(("[\n" if self.first else ",\n") + dump_record(response))
        elif self.mode == "json":
            sys.stdout.write(dump_record(response) + "\n")
        else:
            out_console.print(response_table(outcome.path, response))
        self.first = False

    def close(self) -> None:
        if self.mode == "json-array" and self.out is None:
            sys.stdout.write("[]\n" if self.first else "\n]\n")


def _progress_reads(
    paths: list[Path], workers: int | None, limits: Limits
) -> Iterator[ReadOutcome]:
    progress = Progress(
        TextColumn("reading"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )
    with progress:
        task = progress.add_task("read", total=len(paths))
        for outcome in read_many(paths, workers=workers, limits=limits):
            progress.advance(task)
            yield outcome


def read_command(
    target: Annotated[Path, typer.Argument(help="A document, or a folder of documents.")],
    json_out: Annotated[
        bool, typer.Option("--json", help="Write JSON (an array for a folder).")
    ] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Write one JSON record a line.")] = False,
    out: Annotated[
        Path | None, typer.Option("--out", help="Write one <name>.json a document into DIR.")
    ] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="Processes to use (default: all cores).")
    ] = None,
    max_size: Annotated[
        float, typer.Option("--max-size", min=0.001, help="Largest file to read, in MB.")
    ] = DEFAULT_MAX_BYTES / MB,
    no_text: Annotated[
        bool, typer.Option("--no-text", help="Leave source.text out of the records (compact).")
    ] = False,
) -> None:
    """Read refusal notices and other FOI responses into Response records.

    Reads .txt, .docx, .pdf, .html and .eml files.
    """
    if json_out and jsonl:
        raise typer.BadParameter("choose one of --json and --jsonl", param_hint="--json")
    if not target.exists():
        raise ReadError("no such file or folder", source=target)
    limits = Limits(max_bytes=int(max_size * MB))
    paths, skipped = collect(target)
    mode = "jsonl" if jsonl else ("json-array" if target.is_dir() else "json") if json_out else ""
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    writer = _Writer(mode, out, output_names(paths, target) if out else {}, text=not no_text)
    if not target.is_dir():
        outcome = read_one(target, limits)
        if outcome.error is not None:
            raise outcome.error
        writer.write(outcome)
        writer.close()
        return
    _read_folder(paths, len(skipped), writer, workers, limits)


def _read_folder(
    paths: list[Path], skipped: int, writer: _Writer, workers: int | None, limits: Limits
) -> None:
    outcomes: Counter[str] = Counter()
    failures: list[ReadOutcome] = []
    read = 0
    for outcome in _progress_reads(paths, workers, limits):
        if outcome.response is None:
            failures.append(outcome)
            continue
        read += 1
        outcomes[outcome.response.outcome.value] += 1
        writer.write(outcome)
    writer.close()
    sys.stdout.flush()
    _summary(outcomes, failures, read, skipped)
    if writer.out is not None:
        err_console.print(f"wrote {read} records to {escape(str(writer.out))}")
    if not paths:
        err_console.print(f"no documents found; foidesk reads {', '.join(SUPPORTED_SUFFIXES)}")
    if failures:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``foidesk read`` to the app."""
    app.command("read")(read_command)
