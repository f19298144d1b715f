"""``foidesk write``: refusal notices from records, and review requests from responses.

Two forms, one command::

    foidesk write RECORD [--format docx|pdf|html|md] [-o OUT] [--style house.toml] [--templates DIR]
    foidesk write review-request FILE [--format ...] [-o OUT] [--sent DATE] [--name NAME]

RECORD is a JSON Response record or a friendly YAML notice (``docs/writing.md``);
FILE is a response received, in any format ``foidesk read`` reads. A thin shell over
:mod:`foidesk.write`: the library does the work, this module parses options and
chooses where the bytes go.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from foidesk.cli.output import err_console, print_json
from foidesk.clock.dates import parse_uk_date
from foidesk.errors import WriteError
from foidesk.write import (
    FORMATS,
    format_for,
    load_draft,
    load_style,
    render_notice,
    review_request_for,
    write_atomic,
)

REVIEW_REQUEST = "review-request"
BINARY = frozenset({"docx", "pdf"})


def _chosen(output: Path | None, fmt: str | None) -> str:
    """The output format, refusing binary output to the terminal before any work is done."""
    chosen = format_for(output, fmt)
    if output is None and chosen in BINARY:
        raise WriteError(f"{chosen} output is binary: give a file with -o OUT.{chosen}")
    return chosen


def _emit(data: bytes, fmt: str, output: Path | None, as_json: bool, what: str) -> None:
    """Write ``data`` to ``output`` (atomically) or to standard output."""
    if output is None:
        if as_json:
            print_json(
                {"format": fmt, "output": None, "bytes": len(data), "content": data.decode()}
            )
        else:
            sys.stdout.write(data.decode("utf-8"))
        return
    written = write_atomic(output, data)
    if as_json:
        print_json({"format": fmt, "output": str(written), "bytes": len(data)})
    else:
        err_console.print(f"Wrote {what} to [bold]{written}[/bold] ({fmt}, {len(data):,} bytes)")


def _sent(value: str | None) -> dt.date:
    """The day the requester sends the review request: ``--sent``, or today (CLI only)."""
    return parse_uk_date(value) if value else dt.date.today()


def register(app: typer.Typer) -> None:
    """Add ``foidesk write`` to the app."""

    @app.command("write")
    def write(
        record: Annotated[
            str,
            typer.Argument(
                metavar="RECORD",
                help="A .json record or .yaml notice; or the word review-request, then FILE.",
            ),
        ],
        file: Annotated[
            Path | None,
            typer.Argument(
                metavar="[FILE]", help="With review-request: the response you received."
            ),
        ] = None,
        fmt: Annotated[
            str | None,
            typer.Option(
                "--format",
                "-f",
                help=f"One of {', '.join(FORMATS)} (default: from -o's suffix, else md).",
            ),
        ] = None,
        output: Annotated[
            Path | None,
            typer.Option("--output", "-o", help="Write here (md and html go to stdout without)."),
        ] = None,
        style: Annotated[
            Path | None,
            typer.Option("--style", help="House-style TOML: letterhead, sign-off, review route."),
        ] = None,
        templates: Annotated[
            Path | None,
            typer.Option("--templates", help="Your own templates, searched before the defaults."),
        ] = None,
        sent: Annotated[
            str | None,
            typer.Option("--sent", help="review-request: the day you send it (default today)."),
        ] = None,
        name: Annotated[
            str, typer.Option("--name", help="review-request: your name, to sign the letter.")
        ] = "",
        force: Annotated[
            bool,
            typer.Option("--force", help="Write even if the notice fails its own check."),
        ] = False,
        as_json: Annotated[
            bool, typer.Option("--json", help="Print what was written as JSON.")
        ] = False,
    ) -> None:
        """Write a refusal notice from a record, or a review request from a response.

        \b
        foidesk write notice.yaml --format docx -o notice.docx
        foidesk write record.json -o notice.pdf --style house.toml
        foidesk write review-request response.pdf -o review.md --sent 14/12/2023
        """
        if record == REVIEW_REQUEST and not Path(record).exists():
            if file is None:
                raise WriteError("review-request needs the response you received: FILE")
            chosen = _chosen(output, fmt)
            data = review_request_for(
                file, chosen, sent=_sent(sent), name=name, templates=templates
            )
            _emit(data, chosen, output, as_json, "the review request")
            return
        if file is not None:
            raise WriteError(f"unexpected argument {file}: give one RECORD")
        chosen = _chosen(output, fmt)
        house = load_style(style) if style else None
        data = render_notice(
            load_draft(record), chosen, style=house, templates=templates, check=not force
        )
        _emit(data, chosen, output, as_json, "the notice")
