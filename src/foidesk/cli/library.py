"""The precedent library commands: ingest, search, similar, arguments, consistency, stats, db.

Each command opens the library database (``FOIDESK_DATABASE_URL``, else a SQLite file in the
data directory; see :mod:`foidesk.library.django_setup`), brings its schema up to date, calls
one library function and prints the result: Rich tables for people, ``--json`` for programs.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from foidesk.cli.output import err_console, out_console, print_json

db_app = typer.Typer(
    help="The library database: migrate it, or show where it is.", no_args_is_help=True
)

_JSON = Annotated[bool, typer.Option("--json", help="Write JSON for programs.")]
_AUTHORITY = Annotated[
    str | None, typer.Option("--authority", help="Part of the authority's name, any case.")
]
_FROM = Annotated[
    str | None, typer.Option("--from", help="Responses dated on or after YYYY-MM-DD.")
]
_TO = Annotated[str | None, typer.Option("--to", help="Responses dated on or before YYYY-MM-DD.")]
_EXEMPTION = Annotated[
    str | None, typer.Option("--exemption", help="A section; 31 also matches 31(1)(a), 31(3).")
]


def _open() -> str:
    """Configure Django, bring the schema up to date, and return the database alias."""
    from foidesk.library.django_setup import migrate, setup

    alias = setup()
    migrate(alias)
    return alias


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date like 2024-03-31", param_hint=option
        ) from None


def _short(text: str, size: int = 160) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _name(path: str) -> str:
    return Path(path).name or path


def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Files and folders to read into the library.")
    ],
    dask: Annotated[
        str | None, typer.Option("--dask", help="Read on this Dask scheduler (tcp://HOST:PORT).")
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Records per bulk insert with --dask.")] = 200,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Reading processes (default: every core).")
    ] = None,
    as_json: _JSON = False,
) -> None:
    """Read documents into the library; unchanged files are skipped, so it can be resumed.

    Example: foidesk ingest ~/foi/responses
    """
    alias = _open()
    from foidesk.library.dask_ingest import ingest_with_dask
    from foidesk.library.ingest import FileResult, Status
    from foidesk.library.ingest import ingest as run_ingest

    progress = Progress(
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=err_console,
        transient=True,
    )
    with progress:
        task = progress.add_task("", total=None)

        def tell(result: FileResult, total: int) -> None:
            progress.update(task, total=total, advance=1, description=escape(_name(result.path)))

        if dask:
            report = ingest_with_dask(
                paths, dask, using=alias, batch_size=batch_size, progress=tell
            )
        else:
            report = run_ingest(paths, using=alias, workers=workers, progress=tell)
    failed = report.of(Status.FAILED)
    if as_json:
        print_json(
            {
                "counts": report.counts,
                "failed": [{"file": r.path, "error": r.message} for r in failed],
            }
        )
    else:
        for result in failed:
            err_console.print(f"[red]failed[/red] {escape(result.path)}: {escape(result.message)}")
        counts = report.counts
        err_console.print(
            f"stored {counts['stored']}, unchanged {counts['unchanged']}, failed {counts['failed']}"
        )
    if failed:
        raise typer.Exit(1)


def search(
    query: Annotated[str, typer.Argument(help="Words to find (taken as plain words).")],
    exemption: _EXEMPTION = None,
    ncnd: Annotated[
        bool | None, typer.Option("--ncnd/--not-ncnd", help="Only NCND responses, or only others.")
    ] = None,
    outcome: Annotated[
        str | None, typer.Option(help="disclosed, partial, refused, ncnd ...")
    ] = None,
    authority: _AUTHORITY = None,
    date_from: _FROM = None,
    date_to: _TO = None,
    limit: Annotated[int, typer.Option(min=1, help="The most hits to show.")] = 20,
    match: Annotated[str, typer.Option(help="all, any, or auto (all words first).")] = "auto",
    as_json: _JSON = False,
) -> None:
    """Full-text search over past responses, ranked, with highlighted snippets.

    Example: foidesk search "cyber attack suppliers" --exemption 31 --ncnd
    """
    alias = _open()
    from foidesk.library.search import MARK, SearchFilters
    from foidesk.library.search import search as run_search

    filters = SearchFilters(
        exemption=exemption,
        ncnd=ncnd,
        outcome=outcome,
        authority=authority,
        date_from=_date(date_from, "--from"),
        date_to=_date(date_to, "--to"),
    )
    hits = run_search(query, filters=filters, limit=limit, match=match, using=alias)
    if as_json:
        print_json([h.as_json() for h in hits])
        return
    table = Table(box=box.SIMPLE_HEAD, header_style="bold")
    for column in ("score", "file", "outcome", "part", "snippet"):
        table.add_column(column, overflow="fold")
    for h in hits:
        snippet = escape(h.snippet).replace(MARK[0], "[bold yellow]").replace(MARK[1], "[/]")
        outcome_ = h.outcome + (" (NCND)" if h.ncnd and h.outcome != "ncnd" else "")
        table.add_row(f"{h.score:.2f}", escape(_name(h.source_path)), outcome_, h.part, snippet)
    out_console.print(table)
    err_console.print(f"{len(hits)} hit(s)")


def similar(
    file: Annotated[
        Path | None, typer.Argument(help="A response (any format the reader reads).")
    ] = None,
    text: Annotated[
        str | None, typer.Option("--text", help="Request or response text instead.")
    ] = None,
    limit: Annotated[int, typer.Option(min=1)] = 10,
    as_json: _JSON = False,
) -> None:
    """The closest past responses, and why each is close.

    Example: foidesk similar --text "cyber attacks on force IT systems"
    """
    alias = _open()
    from foidesk.errors import LibraryError
    from foidesk.library.ingest import read_document
    from foidesk.library.similar import similar as run_similar
    from foidesk.record.model import Response, Source

    if (file is None) == (text is None):
        raise LibraryError("give either a FILE or --text, not both and not neither")
    response = read_document(file) if file is not None else Response(source=Source(text=text))
    results = run_similar(response, limit=limit, using=alias)
    if as_json:
        print_json([r.as_json() for r in results])
        return
    table = Table(box=box.SIMPLE_HEAD, header_style="bold")
    for column in ("score", "file", "outcome", "why"):
        table.add_column(column, overflow="fold")
    for r in results:
        why = [f"terms: {', '.join(r.shared_terms[:8]) or '-'} ({r.term_score:.2f})"]
        if r.shared_passages:
            why.append(
                f"{len(r.shared_passages)} reused passage(s): “{_short(r.shared_passages[0], 90)}”"
            )
        if r.shared_exemptions:
            why.append(f"exemptions: {', '.join('s' + s for s in r.shared_exemptions)}")
        table.add_row(f"{r.score:.2f}", escape(_name(r.source)), r.outcome, escape("\n".join(why)))
    out_console.print(table)


def arguments(
    exemption: _EXEMPTION = None,
    side: Annotated[
        str | None, typer.Option(help="harm, for, against, balance or conclusion.")
    ] = None,
    min_count: Annotated[
        int, typer.Option(min=2, help="Used by at least this many responses.")
    ] = 2,
    authority: _AUTHORITY = None,
    limit: Annotated[int, typer.Option(min=1)] = 50,
    as_json: _JSON = False,
) -> None:
    """The argument bank: passages reused across responses, grouped and counted.

    Example: foidesk arguments --exemption 31 --side against
    """
    alias = _open()
    from foidesk.library.arguments import ArgumentFilters, argument_bank, group_json

    filters = ArgumentFilters(
        exemption=exemption, side=side, min_count=min_count, authority=authority
    )
    groups = argument_bank(filters, using=alias)[:limit]
    if as_json:
        print_json([group_json(g) for g in groups])
        return
    table = Table(box=box.SIMPLE_HEAD, header_style="bold", show_lines=True)
    for column in ("uses", "side", "exemptions", "text", "files"):
        table.add_column(column, overflow="fold")
    for g in groups:
        files = ", ".join(_name(s) for s in g.sources)
        table.add_row(
            str(g.count),
            ", ".join(g.sides),
            ", ".join(g.exemptions),
            escape(_short(g.text, 300)),
            escape(files),
        )
    out_console.print(table)
    err_console.print(f"{len(groups)} reused argument(s)")


def consistency(authority: _AUTHORITY = None, as_json: _JSON = False) -> None:
    """NCND consistency: the same subject neither confirmed nor denied in one response and
    confirmed or denied in another.

    Example: foidesk consistency --authority "West Midlands"
    """
    alias = _open()
    from foidesk.library.consistency import inconsistencies

    pairs = inconsistencies(authority=authority, using=alias)
    if as_json:
        print_json([p.as_json() for p in pairs])
        return
    for p in pairs:
        out_console.print(
            f"[bold]{escape(_name(p.ncnd.source))}[/] neither confirms nor denies "
            f"({', '.join(p.ncnd.citations)}); [bold]{escape(_name(p.other.source))}[/] "
            f"{escape(p.stance)}."
        )
        family = ", ".join("s" + s for s in p.shared_exemptions) or "none"
        out_console.print(
            f"  same subject {p.subject_score:.2f}: {escape(', '.join(p.shared_terms))}; "
            f"same exemption family: {family}"
        )
        if p.evidence:
            out_console.print(f"  “{escape(_short(p.evidence))}”")
    err_console.print(f"{len(pairs)} pair(s) to look at")


def stats(
    authority: _AUTHORITY = None,
    date_from: _FROM = None,
    date_to: _TO = None,
    csv_file: Annotated[Path | None, typer.Option("--csv", help="Also write a CSV here.")] = None,
    chart: Annotated[
        Path | None, typer.Option("--chart", help="Also draw charts into this folder.")
    ] = None,
    chart_format: Annotated[str, typer.Option("--chart-format", help="png or svg.")] = "png",
    as_json: _JSON = False,
) -> None:
    """Responses by outcome, exemption use, NCND rate, by authority and by month.

    Example: foidesk stats --csv stats.csv --chart charts --chart-format svg
    """
    alias = _open()
    from foidesk.library.charts import write_charts
    from foidesk.library.stats import library_stats, write_csv

    result = library_stats(
        authority=authority,
        date_from=_date(date_from, "--from"),
        date_to=_date(date_to, "--to"),
        using=alias,
    )
    if csv_file is not None:
        err_console.print(f"wrote {write_csv(result, csv_file)}")
    if chart is not None:
        for path in write_charts(result, chart, fmt=chart_format):
            err_console.print(f"wrote {path}")
    if as_json:
        print_json(result.as_json())
        return
    out_console.print(
        f"[bold]{result.total}[/] responses, {result.ncnd} NCND ({result.ncnd_rate:.0%})"
    )
    for name, rows in result.tables().items():
        table = Table(title=f"by {name}", box=box.SIMPLE_HEAD, header_style="bold")
        for column in (name, "responses", "NCND", "NCND rate"):
            table.add_column(column, justify="left" if column == name else "right")
        for r in rows:
            table.add_row(escape(r.key), str(r.responses), str(r.ncnd), f"{r.ncnd_rate:.0%}")
        out_console.print(table)


@db_app.command("migrate")
def db_migrate() -> None:
    """Create or update the library's tables (safe to run any time)."""
    from foidesk.library.django_setup import migrate, setup

    applied = migrate(setup())
    err_console.print(f"applied {len(applied)} migration(s)" if applied else "up to date")


@db_app.command("info")
def db_info(as_json: _JSON = False) -> None:
    """Where the library is, its schema state and how much it holds."""
    from django.db import connections

    from foidesk.library.django_setup import pending_migrations, redacted_url, setup

    alias = setup()
    info: dict[str, Any] = {
        "url": redacted_url(),
        "vendor": connections[alias].vendor,
        "pending_migrations": pending_migrations(alias),
    }
    if not info["pending_migrations"]:
        from foidesk.library.models import StoredParagraph, StoredResponse

        info["responses"] = StoredResponse.objects.using(alias).count()
        info["paragraphs"] = StoredParagraph.objects.using(alias).count()
    if as_json:
        print_json(info)
        return
    for key, value in info.items():
        out_console.print(f"{key}: {escape(str(value))}")


def register(app: typer.Typer) -> None:
    """Add the library commands (and the ``db`` group) to the app."""
    for command in (ingest, search, similar, arguments, consistency, stats):
        app.command()(command)
    app.add_typer(db_app, name="db")
