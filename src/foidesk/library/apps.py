"""The Django application of the precedent library."""

from __future__ import annotations

from django.apps import AppConfig


class LibraryConfig(AppConfig):
    """``foidesk.library`` as a Django app (label ``library``)."""

    name = "foidesk.library"
    label = "library"
    verbose_name = "foidesk precedent library"
    default_auto_field = "django.db.models.BigAutoField"
