"""Start the desk: migrate, load the demo data, serve with waitress."""

from __future__ import annotations

from foidesk.errors import FoideskError


def prepare() -> None:
    """Configure Django, bring the schema up to date and load the demo data."""
    from foidesk.library.django_setup import migrate, setup

    setup()
    migrate()
    from foidesk.desk.demo import load_demo

    load_demo()


def serve(host: str = "127.0.0.1", port: int = 8000, threads: int = 8) -> None:
    """Serve the desk with waitress (a production WSGI server) until interrupted.

    Raises:
        FoideskError: when the address cannot be used.
    """
    from django.core.wsgi import get_wsgi_application
    from waitress import serve as waitress_serve

    application = get_wsgi_application()
    try:
        waitress_serve(application, host=host, port=port, threads=threads, _quiet=True)
    except OSError as exc:
        raise FoideskError(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from None
