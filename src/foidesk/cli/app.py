"""The ``foidesk`` command: one Typer app, one error handler at the edge.

Each command lives in its own module with a ``register(app)`` function.
Library errors (:class:`foidesk.errors.FoideskError`) become a one-line
message on standard error and exit status 2 here, and only here.
"""

from __future__ import annotations

import sys

import typer

from foidesk import __version__
from foidesk.cli import check, cite, deadline, desk, law, library, read, schema, write
from foidesk.errors import FoideskError

app = typer.Typer(
    name="foidesk",
    help="Answer and challenge UK Freedom of Information requests, offline.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"foidesk {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Answer and challenge UK Freedom of Information requests, offline."""


for module in (law, cite, schema, deadline, read, check, write, library, desk):
    module.register(app)


def main() -> None:
    """Run the CLI, turning every foidesk error into one line and exit status 2."""
    try:
        app()
    except FoideskError as exc:
        sys.stderr.write(f"foidesk: error: {exc}\n")
        raise SystemExit(exc.exit_code) from None
