"""Django app configuration for the desk."""

from __future__ import annotations

from django.apps import AppConfig


class DeskConfig(AppConfig):
    """The desk app (cases, audit trail, login lockout)."""

    name = "foidesk.desk"
    label = "desk"
    default_auto_field = "django.db.models.BigAutoField"
