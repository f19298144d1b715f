"""The library's database schema: Django models shared by the CLI and the desk.

A stored response keeps its whole record (the JSON of :class:`foidesk.record.Response`) and
normalised rows for searching and counting:

* :class:`Authority` - the public authority that answered;
* :class:`StoredResponse` - outcome, regime, dates, NCND flag and the record itself;
* :class:`StoredClaim` - each provision relied on (citation, section, NCND, regime);
* :class:`StoredParagraph` - each paragraph, with its normalised hash, its position and
  the claim, part (harm, factors for/against, balance ...) and side it belongs to;
* :class:`StoredDate` - every date the reader found, with its role;
* :class:`StoredPassage` - the digest of each sentence the checker compares, so the checker's
  boilerplate rule can ask the library how many responses use a passage word for word.

Full-text indexes are made by migration ``0002_fulltext``: an FTS5 table on SQLite and a
``tsvector`` column with a GIN index on PostgreSQL (see :mod:`foidesk.library.search`).
Table names are fixed (``db_table``) because the search SQL names them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from django.db import models


class Side(models.TextChoices):
    """Which side of the argument a paragraph is on (FOIA s2, s17(3))."""

    HARM = "harm", "harm (why disclosure would prejudice)"
    FOR = "for", "factor favouring disclosure"
    AGAINST = "against", "factor favouring non-disclosure"
    BALANCE = "balance", "balancing test"
    CONCLUSION = "conclusion", "conclusion"
    NONE = "", "none"


class Authority(models.Model):
    """A public authority (a police force, a council, a department)."""

    name: models.CharField[str, str] = models.CharField(max_length=300, unique=True)

    objects: ClassVar[models.Manager[Authority]] = models.Manager()

    class Meta:
        db_table = "library_authority"
        ordering: ClassVar[list[str]] = ["name"]

    def __str__(self) -> str:
        return self.name


class StoredResponse(models.Model):
    """One response in the library: its record whole, and the facts filtered on."""

    source_path: models.CharField[str, str] = models.CharField(
        max_length=2000, blank=True, default=""
    )
    sha256: models.CharField[str, str] = models.CharField(max_length=64, db_index=True)
    """sha256 of the file's bytes (of the record JSON for a record with no file)."""
    key: models.CharField[str, str] = models.CharField(max_length=2000, db_index=True, default="")
    """``foidesk.check.library.response_key`` of the record: what the checker excludes by."""
    format: models.CharField[str, str] = models.CharField(max_length=20, blank=True, default="")
    reference: models.CharField[str, str] = models.CharField(max_length=200, blank=True, default="")
    authority: models.ForeignKey[Authority | None, Authority | None] = models.ForeignKey(
        Authority, null=True, blank=True, on_delete=models.SET_NULL, related_name="responses"
    )
    regime: models.CharField[str, str] = models.CharField(max_length=10, default="foia")
    outcome: models.CharField[str, str] = models.CharField(
        max_length=20, db_index=True, default="other"
    )
    ncnd: models.BooleanField[bool, bool] = models.BooleanField(default=False, db_index=True)
    """True when any claim neither confirms nor denies (FOIA s1(1)(a) excluded)."""
    received: models.DateField[dt.date | None, dt.date | None] = models.DateField(
        null=True, blank=True
    )
    sent: models.DateField[dt.date | None, dt.date | None] = models.DateField(null=True, blank=True)
    date: models.DateField[dt.date | None, dt.date | None] = models.DateField(
        null=True, blank=True, db_index=True
    )
    """The response's own date: sent, else document date, else received."""
    request_text: models.TextField[str, str] = models.TextField(blank=True, default="")
    record: models.JSONField[Any, Any] = models.JSONField()
    """The whole Response record, as ``foidesk.record.io.dump_record`` writes it."""
    ingested_at: models.DateTimeField[dt.datetime, dt.datetime] = models.DateTimeField(
        auto_now=True
    )

    objects: ClassVar[models.Manager[StoredResponse]] = models.Manager()

    class Meta:
        db_table = "library_response"
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.UniqueConstraint(
                fields=["source_path"],
                condition=~models.Q(source_path=""),
                name="library_response_unique_path",
            )
        ]

    def __str__(self) -> str:
        return self.reference or self.source_path or f"response {self.pk}"


class StoredClaim(models.Model):
    """A provision a stored response relies on."""

    response: models.ForeignKey[StoredResponse, StoredResponse] = models.ForeignKey(
        StoredResponse, on_delete=models.CASCADE, related_name="claims"
    )
    position: models.PositiveIntegerField[int, int] = models.PositiveIntegerField()
    citation: models.CharField[str, str] = models.CharField(max_length=40, db_index=True)
    """Normalised key such as ``31(1)(a)``."""
    section: models.CharField[str, str] = models.CharField(max_length=20, db_index=True)
    """The section (or regulation) number: ``31`` for ``31(1)(a)``."""
    regime: models.CharField[str, str] = models.CharField(max_length=10, default="foia")
    ncnd: models.BooleanField[bool, bool] = models.BooleanField(default=False)
    likelihood: models.CharField[str, str] = models.CharField(max_length=20, blank=True, default="")
    scope: models.CharField[str, str] = models.CharField(max_length=300, blank=True, default="")

    objects: ClassVar[models.Manager[StoredClaim]] = models.Manager()

    class Meta:
        db_table = "library_claim"
        ordering: ClassVar[list[str]] = ["response", "position"]

    def __str__(self) -> str:
        return f"{self.regime} {self.citation}"


class StoredParagraph(models.Model):
    """A paragraph of a stored response, where it sits and what it argues."""

    response: models.ForeignKey[StoredResponse, StoredResponse] = models.ForeignKey(
        StoredResponse, on_delete=models.CASCADE, related_name="paragraphs"
    )
    position: models.PositiveIntegerField[int, int] = models.PositiveIntegerField()
    text: models.TextField[str, str] = models.TextField()
    norm_hash: models.CharField[str, str] = models.CharField(max_length=64, db_index=True)
    """sha256 of the normalised words: the same paragraph, word for word, has the same hash."""
    start: models.PositiveIntegerField[int | None, int | None] = models.PositiveIntegerField(
        null=True, blank=True
    )
    end: models.PositiveIntegerField[int | None, int | None] = models.PositiveIntegerField(
        null=True, blank=True
    )
    """Offsets into the record's ``source.text`` (a Span), where known."""
    part: models.CharField[str, str] = models.CharField(max_length=20, blank=True, default="other")
    """The headed part: harm, factors_for, factors_against, balance, conclusion, request ..."""
    side: models.CharField[str, str] = models.CharField(
        max_length=12, choices=Side.choices, blank=True, default=""
    )
    claim: models.ForeignKey[StoredClaim | None, StoredClaim | None] = models.ForeignKey(
        StoredClaim, null=True, blank=True, on_delete=models.SET_NULL, related_name="paragraphs"
    )

    objects: ClassVar[models.Manager[StoredParagraph]] = models.Manager()

    class Meta:
        db_table = "library_paragraph"
        ordering: ClassVar[list[str]] = ["response", "position"]

    def __str__(self) -> str:
        return self.text[:60]


class StoredDate(models.Model):
    """A date the reader found in a response, with its role (received, sent ...)."""

    response: models.ForeignKey[StoredResponse, StoredResponse] = models.ForeignKey(
        StoredResponse, on_delete=models.CASCADE, related_name="dates"
    )
    role: models.CharField[str, str] = models.CharField(max_length=20)
    date: models.DateField[dt.date, dt.date] = models.DateField()

    objects: ClassVar[models.Manager[StoredDate]] = models.Manager()

    class Meta:
        db_table = "library_date"

    def __str__(self) -> str:
        return f"{self.role} {self.date}"


class StoredPassage(models.Model):
    """A sentence the checker compares, by digest (``foidesk.check.library.digest``)."""

    response: models.ForeignKey[StoredResponse, StoredResponse] = models.ForeignKey(
        StoredResponse, on_delete=models.CASCADE, related_name="passages"
    )
    digest: models.CharField[str, str] = models.CharField(max_length=40, db_index=True)

    objects: ClassVar[models.Manager[StoredPassage]] = models.Manager()

    class Meta:
        db_table = "library_passage"

    def __str__(self) -> str:
        return self.digest
