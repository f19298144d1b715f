"""``foidesk serve``: the desk web app on loopback, with demo logins printed."""

from __future__ import annotations

import typer

from foidesk.cli.output import err_console


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
) -> None:
    """Start the desk (migrates the database and loads demo data on first start)."""
    from foidesk.desk.serve import prepare
    from foidesk.desk.serve import serve as run
    from foidesk.library.django_setup import redacted_url

    prepare()
    from foidesk.desk.demo import DEMO_LOGINS

    err_console.print(f"foidesk desk: http://{host}:{port}/  (database {redacted_url()})")
    err_console.print("Demo logins (fixed demo passwords, for local trial only):")
    for login in DEMO_LOGINS:
        err_console.print(f"  {login.role:9} {login.username:9} {login.password}")
    if host not in ("127.0.0.1", "localhost", "::1"):
        err_console.print("[bold]warning:[/] listening beyond loopback; change the demo passwords")
    print(f"http://{host}:{port}/", flush=True)
    run(host=host, port=port)


def register(app: typer.Typer) -> None:
    """Add ``foidesk serve`` to the CLI."""
    app.command("serve")(serve)
