"""``foidesk deadline``: being built under issue 3; the owner replaces this module."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the command(s) of this module to the app."""
