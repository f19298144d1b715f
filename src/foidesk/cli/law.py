"""``foidesk law``: browse the statutes as data (FOIA 2000, FOISA 2002, EIR 2004).

``foidesk law list`` tabulates every provision with its status (FOIA s2(3)),
test and neither-confirm-nor-deny limb; ``foidesk law show 31`` shows a section
with all its subsections, sources and examples, ``show 31(1)(a)`` one provision.
Both take ``--regime`` and ``--json``. An unknown provision raises
:class:`~foidesk.errors.UnknownProvision`, which the edge in ``cli/app.py``
turns into one line and exit status 2.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich import box
from rich.markup import escape
from rich.table import Table

from foidesk.cli.output import out_console, print_json
from foidesk.law.catalogue import Catalogue, catalogue, normalise_key, section_of
from foidesk.law.model import Provision, Regime

law_app = typer.Typer(
    help="The statutes as data: FOIA 2000, FOISA 2002 and EIR 2004.",
    no_args_is_help=True,
)

_REGIME_HELP = "foia, foisa or eir."
_JSON_HELP = "Write JSON for programs."


def provisions_to_show(law: Catalogue, regime: Regime, text: str) -> list[Provision]:
    """The provisions ``foidesk law show TEXT`` displays.

    A bare section (``31``) gives the section and every subsection; anything
    more specific (``31(1)(a)``) gives that one provision.

    Raises:
        MalformedCitation: when ``text`` is not a provision key.
        UnknownProvision: when the statute has no such provision.
    """
    key = normalise_key(text)
    provision = law.get(regime, key)
    if key == section_of(key):
        return law.in_section(regime, key)
    return [provision]


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def _table(provisions: list[Provision], *, with_regime: bool) -> Table:
    table = Table(show_lines=False, header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False)
    if with_regime:
        table.add_column("Regime", no_wrap=True)
    table.add_column("Key", no_wrap=True)
    table.add_column("Title", min_width=16, ratio=1)
    table.add_column("Kind", max_width=10, overflow="fold")
    table.add_column("Status", max_width=11, overflow="fold")
    table.add_column("Test", max_width=10, overflow="fold")
    table.add_column("NCND limb", no_wrap=True)
    for p in provisions:
        limb = p.key if p.excludes_confirm_deny else p.ncnd
        row = [p.key, escape(p.title), p.kind.value, _cell(p.status), _cell(p.test), _cell(limb)]
        table.add_row(*([p.regime.value, *row] if with_regime else row))
    return table


def _details(p: Provision) -> list[str]:
    lines = [f"[bold]{p.label}[/bold] — {escape(p.title)}  ({p.regime.instrument})"]
    facts: list[tuple[str, Any]] = [
        ("kind", p.kind.value),
        ("status", p.status),
        ("absolute when", p.absolute_when),
        ("test", p.test),
        ("NCND limb", p.ncnd),
        ("excludes the duty to confirm or deny", "yes" if p.excludes_confirm_deny else None),
        ("historical records: ceases after (years)", p.historical_expiry_years),
        ("historical records", p.historical_expiry_note),
        ("summary", p.summary or None),
    ]
    lines += [f"  {name}: {escape(str(value))}" for name, value in facts if value is not None]
    lines.append("  sources:")
    lines += [f"    - {escape(s)}" for s in p.sources]
    lines.append("  examples: " + escape("; ".join(p.examples)))
    return lines


@law_app.command("list")
def list_provisions(
    regime: Annotated[Regime | None, typer.Option("--regime", "-r", help=_REGIME_HELP)] = None,
    as_json: Annotated[bool, typer.Option("--json", help=_JSON_HELP)] = False,
) -> None:
    """List every provision (of one regime, or all) with status, test and NCND limb."""
    provisions = list(catalogue().provisions(regime))
    if as_json:
        print_json([p.as_dict() for p in provisions])
        return
    out_console.print(_table(provisions, with_regime=regime is None))


@law_app.command("show")
def show(
    provision: Annotated[str, typer.Argument(help="A section (31) or provision (31(1)(a)).")],
    regime: Annotated[Regime, typer.Option("--regime", "-r", help=_REGIME_HELP)] = Regime.FOIA,
    as_json: Annotated[bool, typer.Option("--json", help=_JSON_HELP)] = False,
) -> None:
    """Show a section with all its subsections, or one provision, with sources and examples."""
    found = provisions_to_show(catalogue(), regime, provision)
    if as_json:
        print_json(
            {
                "regime": regime.value,
                "query": provision,
                "provisions": [p.as_dict() for p in found],
            }
        )
        return
    for p in found:
        for line in _details(p):
            out_console.print(line, highlight=False, soft_wrap=True)
        out_console.print()


def register(app: typer.Typer) -> None:
    """Add ``foidesk law`` (list, show) to the app."""
    app.add_typer(law_app, name="law")
