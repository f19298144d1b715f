"""``foidesk cite``: find and normalise the citations of FOIA, FOISA or the EIR in a text.

Example::

    $ foidesk cite "Section 31(1)(a)(b) - Law enforcement"
    $ foidesk cite "regulation 12(5)(b) and 13" --json
    $ foidesk cite - < response.txt          # read the text from standard input
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from rich.table import Table

from foidesk.cli.output import err_console, out_console, print_json
from foidesk.errors import UnknownProvision
from foidesk.law import FoundCitation, Regime, find_citations


def citation_json(found: FoundCitation) -> dict[str, Any]:
    """One citation as the JSON object ``foidesk cite --json`` prints."""
    return {
        "citation": found.key,
        "span": {"start": found.start, "end": found.end},
        "regime": found.regime.value,
        "known": found.known,
        "text": found.text,
    }


def _table(found: list[FoundCitation]) -> Table:
    table = Table(title="Citations")
    for column in ("citation", "regime", "known", "span", "text"):
        table.add_column(column)
    for each in found:
        table.add_row(
            each.key,
            each.regime.value.upper(),
            "yes" if each.known else "[red]no[/red]",
            f"{each.start}-{each.end}",
            each.text,
            style=None if each.known else "red",
        )
    return table


def cite(
    text: Annotated[str, typer.Argument(help="The text to search, or - to read standard input.")],
    regime: Annotated[
        Regime,
        typer.Option(
            "--regime",
            case_sensitive=False,
            help="The regime of a bare 'section' when no Act is named.",
        ),
    ] = Regime.FOIA,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print a JSON list for programs.")
    ] = False,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Exit with status 2 if any citation is unknown."),
    ] = False,
) -> None:
    """Find every citation in TEXT, normalised, with its span and whether the statute has it."""
    if text == "-":
        text = sys.stdin.read()
    found = find_citations(text, regime=regime)
    if as_json:
        print_json([citation_json(each) for each in found])
    elif found:
        out_console.print(_table(found))
        missing = sum(not each.known for each in found)
        err_console.print(f"{len(found)} citation(s), {missing} unknown.")
    else:
        err_console.print("No citation of FOIA, FOISA or the EIR found in the text.")
    unknown = [each for each in found if not each.known]
    if strict and unknown:
        first = unknown[0]
        word = "regulation" if first.regime is Regime.EIR else "section"
        raise UnknownProvision(
            f"{len(unknown)} unknown provision(s), first: {first.regime.instrument} "
            f"has no {word} {first.key} (cited as {first.text!r} at {first.start})",
            provision=first.key,
            regime=first.regime.value,
        )


def register(app: typer.Typer) -> None:
    """Add ``foidesk cite`` to the app."""
    app.command(name="cite")(cite)
