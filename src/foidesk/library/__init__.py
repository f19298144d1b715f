"""The precedent library: past responses stored, searched and compared (issue 7).

Only this package (and the CLI) imports Django. Call
:func:`foidesk.library.django_setup.setup` before importing :mod:`foidesk.library.models`
or any module that works on the database; the desk configures Django itself.
"""

from __future__ import annotations
