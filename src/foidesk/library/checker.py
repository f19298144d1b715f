"""The library as the checker's :class:`~foidesk.check.library.ParagraphLibrary`.

The boilerplate rule asks how many *other* responses contain a passage word for word. The
library keeps each stored response's passage digests (``library_passage``, computed with the
checker's own :func:`foidesk.check.library.units`), so the answer is one indexed query.

Example:
    >>> lib = DatabaseParagraphLibrary(using="default")         # doctest: +SKIP
    >>> run_checks(response, paragraphs=lib)                     # doctest: +SKIP
"""

from __future__ import annotations

from django.db.models import Q

from foidesk.library.models import StoredPassage


class DatabaseParagraphLibrary:
    """A :class:`~foidesk.check.library.ParagraphLibrary` over the library database."""

    def __init__(self, *, using: str = "default") -> None:
        self.using = using

    def count(self, passage_digest: str, *, excluding: str | None = None) -> int:
        """How many stored responses contain the passage, not counting the one keyed
        ``excluding`` (its :func:`~foidesk.check.library.response_key`, sha256 or path)."""
        rows = StoredPassage.objects.using(self.using).filter(digest=passage_digest)
        if excluding is not None:
            rows = rows.exclude(
                Q(response__key=excluding)
                | Q(response__sha256=excluding)
                | Q(response__source_path=excluding)
            )
        return rows.values("response_id").distinct().count()
