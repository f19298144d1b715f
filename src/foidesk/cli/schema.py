"""``foidesk schema``: print the JSON Schema of the Response record."""

from __future__ import annotations

import typer

from foidesk.cli.output import print_json
from foidesk.record import response_schema


def schema() -> None:
    """Print the JSON Schema that every Response record (and --json output) follows."""
    print_json(response_schema())


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("schema")(schema)
