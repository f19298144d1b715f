"""``foidesk deadline``: when a response is due, and how that date was reached.

A thin shell over :mod:`foidesk.clock`: it reads the dates, builds the clock
events, calls :func:`foidesk.clock.due_date`, :func:`foidesk.clock.appeal_path`
and :func:`foidesk.clock.status_on`, and prints the result (a Rich panel, or JSON
with ``--json``).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.panel import Panel
from rich.table import Table

from foidesk.cli.output import err_console, out_console, print_json
from foidesk.clock import (
    AppealPath,
    ClarificationReceived,
    ClarificationSought,
    ClockEvent,
    ComplexVoluminous,
    Deadline,
    FeePaid,
    FeesNoticeIssued,
    PublicInterestExtension,
    ReceiptRule,
    Status,
    appeal_path,
    due_date,
    format_day,
    load_closures,
    parse_uk_date,
    status_on,
)
from foidesk.errors import DateError
from foidesk.law.model import Regime


def _date(value: str | None) -> date | None:
    return parse_uk_date(value) if value is not None else None


def _received(text: str) -> date | datetime:
    """A date, or an ISO date-time with an offset (converted to Europe/London)."""
    if "T" in text.upper() and ":" in text:
        try:
            moment = datetime.fromisoformat(text.strip())
        except ValueError as exc:
            raise DateError(f"cannot read {text!r} as a date and time: {exc}") from exc
        return moment
    return parse_uk_date(text)


def _events(
    sought: date | None,
    clarified: date | None,
    notice: date | None,
    paid: date | None,
    pit_days: int | None,
    pit_date: date | None,
    complex_voluminous: bool,
    notified: date | None,
) -> list[ClockEvent]:
    events: list[ClockEvent] = []
    if sought:
        events.append(ClarificationSought(sought))
    if clarified:
        events.append(ClarificationReceived(clarified))
    if notice:
        events.append(FeesNoticeIssued(notice))
    if paid:
        events.append(FeePaid(paid))
    if pit_days is not None or pit_date is not None:
        events.append(PublicInterestExtension(extra_days=pit_days, new_date=pit_date))
    if complex_voluminous or notified:
        events.append(ComplexVoluminous(notified))
    return events


def deadline_command(
    received: Annotated[str, typer.Argument(help="Date of receipt: 18/12/2026, 18 Dec 2026 ...")],
    regime: Annotated[Regime, typer.Option(help="foia, foisa or eir.")] = Regime.FOIA,
    clarification_sought: Annotated[
        str | None, typer.Option(help="Clarification asked for (s1(3)).")
    ] = None,
    clarified: Annotated[str | None, typer.Option(help="Clarification received.")] = None,
    fees_notice: Annotated[str | None, typer.Option(help="Fees notice given (s9).")] = None,
    fee_paid: Annotated[str | None, typer.Option(help="Fee received (s10(2)).")] = None,
    pit_extension: Annotated[
        int | None, typer.Option(help="Extra working days, FOIA s10(3).")
    ] = None,
    pit_date: Annotated[str | None, typer.Option(help="Extended date, FOIA s10(3).")] = None,
    complex_voluminous: Annotated[
        bool, typer.Option(help="EIR reg 7(1): 40 working days.")
    ] = False,
    extension_notified: Annotated[
        str | None, typer.Option(help="When the reg 7(3) notice was given.")
    ] = None,
    responded: Annotated[str | None, typer.Option(help="Date the response was sent.")] = None,
    review_requested: Annotated[
        str | None, typer.Option(help="Date a review was asked for.")
    ] = None,
    review_decided: Annotated[str | None, typer.Option(help="Date of the review outcome.")] = None,
    today: Annotated[str | None, typer.Option(help="Report the status on this day.")] = None,
    closures: Annotated[
        Path | None, typer.Option(help="TOML or JSON file of office closure days.")
    ] = None,
    receipt_rule: Annotated[
        ReceiptRule, typer.Option(help="How to treat receipt on a non-working day.")
    ] = ReceiptRule.ACTUAL_DAY,
    explain: Annotated[bool, typer.Option("--explain", help="Show every day.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for programs.")] = False,
) -> None:
    """When a response is due (FOIA s10, FOISA s10, EIR regs 5 and 7), and why."""
    events = _events(
        _date(clarification_sought),
        _date(clarified),
        _date(fees_notice),
        _date(fee_paid),
        pit_extension,
        _date(pit_date),
        complex_voluminous,
        _date(extension_notified),
    )
    deadline = due_date(
        _received(received),
        regime,
        events,
        closures=load_closures(closures) if closures else (),
        receipt_rule=receipt_rule,
    )
    answered = _date(responded)
    path = appeal_path(
        deadline,
        responded=answered,
        review_requested=_date(review_requested),
        review_decided=_date(review_decided),
    )
    day = _date(today)
    status = status_on(deadline, day, answered=answered) if day else None
    if as_json:
        print_json(_as_data(deadline, path, status))
        return
    _show(deadline, path, status, explain)


def _as_data(deadline: Deadline, path: AppealPath, status: Status | None) -> dict[str, Any]:
    data = deadline.to_dict()
    data["after_response"] = path.to_dict()
    data["status"] = status.to_dict() if status else None
    return data


def _show(deadline: Deadline, path: AppealPath, status: Status | None, explain: bool) -> None:
    lines = [f"[bold]{deadline.regime.instrument}[/bold]"]
    lines.append(f"Received: {format_day(deadline.received)}")
    if deadline.date:
        lines.append(
            f"[bold green]Due: {format_day(deadline.date)}[/bold green] "
            f"({deadline.working_days} working days)"
        )
    else:
        lines.append(f"[bold yellow]On hold:[/bold yellow] {deadline.on_hold}")
    if deadline.notice_due:
        lines.append(f"Notice of extension due: {format_day(deadline.notice_due)}")
    if deadline.internal_target and deadline.internal_target != deadline.date:
        lines.append(f"Internal target (office closure): {format_day(deadline.internal_target)}")
    lines += [f"{p.label[0].upper()}{p.label[1:]}: {format_day(p.date)}" for p in path.periods]
    if status:
        lines.append(f"Status on {format_day(status.today)}: {status.text}")
    out_console.print(Panel("\n".join(lines), title="foidesk deadline", expand=False))
    if explain:
        out_console.print(_table(deadline))
        for rule in deadline.rules:
            out_console.print(f"• {rule}", highlight=False)
        for period in path.periods:
            out_console.print(f"• {period.label}: {period.basis}", highlight=False)
    for warning in deadline.warnings:
        err_console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False)
    for note in path.notes:
        err_console.print(f"note: {note}", highlight=False)


def _table(deadline: Deadline) -> Table:
    table = Table(title="How the date was reached")
    for header in ("Date", "WD", "Reason", "Office closure"):
        table.add_column(header)
    for entry in deadline.days:
        label = f"working day {entry.working_day_number}" if entry.counted else entry.reason
        style = "green" if entry.counted else "dim"
        table.add_row(
            format_day(entry.date),
            str(entry.working_day_number or ""),
            label,
            entry.closure or "",
            style=style,
        )
    return table


def register(app: typer.Typer) -> None:
    """Add ``foidesk deadline`` to the app."""
    app.command("deadline")(deadline_command)
