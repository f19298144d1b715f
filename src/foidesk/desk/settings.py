"""Settings module for ``DJANGO_SETTINGS_MODULE=foidesk.desk.settings``.

The values are the ones the CLI uses (:func:`foidesk.library.django_setup.shared_settings`),
so both use one database and one set of migrations.
"""

from __future__ import annotations

from foidesk.library.django_setup import database_url, shared_settings

globals().update(shared_settings(database_url()))
