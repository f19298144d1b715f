"""Save Response records into the library: the record whole plus its normalised rows.

:func:`save_responses` writes a batch of records with ``bulk_create`` (the Dask path uses
batches of hundreds); :func:`save_response` writes one. Either way every batch is one
transaction: a failed save leaves the database as it was. A record saved again under the
same source path replaces the old one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from django.db import DatabaseError, IntegrityError, transaction

from foidesk.check.library import response_key, units
from foidesk.errors import LibraryError
from foidesk.library.labels import Label, label_blocks, section_of
from foidesk.library.models import (
    Authority,
    StoredClaim,
    StoredDate,
    StoredParagraph,
    StoredPassage,
    StoredResponse,
)
from foidesk.library.segment import Block, norm_hash, paragraphs, tidy
from foidesk.record.io import dump_record
from foidesk.record.model import DateRole, Response

DATE_PREFERENCE = (DateRole.SENT, DateRole.DOCUMENT, DateRole.RECEIVED, DateRole.OTHER)


@dataclass(frozen=True)
class Incoming:
    """A record to store, with the file it came from and that file's sha256."""

    response: Response
    path: str
    sha256: str


def record_sha256(response: Response) -> str:
    """sha256 of the record's JSON: the content hash of a record with no file."""
    return hashlib.sha256(dump_record(response, indent=None).encode("utf-8")).hexdigest()


def response_date(response: Response) -> dt.date | None:
    """The response's own date: sent, else the document's date, else received, else any."""
    for role in DATE_PREFERENCE:
        found = response.date(role)
        if found is not None:
            return found
    return None


def _clip(value: str | None, size: int) -> str:
    return (value or "")[:size]


def _response_row(item: Incoming, authorities: dict[str, Authority]) -> StoredResponse:
    response = item.response
    name = tidy(response.authority or "")
    return StoredResponse(
        source_path=_clip(item.path, 2000),
        sha256=item.sha256,
        key=_clip(response_key(response), 2000),
        format=_clip(response.source.format, 20),
        reference=_clip(response.reference, 200),
        authority=authorities.get(name) if name else None,
        regime=response.regime.value,
        outcome=response.outcome.value,
        ncnd=any(claim.ncnd for claim in response.claims),
        received=response.date(DateRole.RECEIVED),
        sent=response.date(DateRole.SENT),
        date=response_date(response),
        request_text=response.request.text if response.request else "",
        record=response.model_dump(mode="json"),
    )


def _claim_rows(response: Response, stored: StoredResponse) -> list[StoredClaim]:
    return [
        StoredClaim(
            response=stored,
            position=index,
            citation=_clip(claim.citation, 40),
            section=_clip(section_of(claim.citation), 20),
            regime=claim.regime.value,
            ncnd=claim.ncnd,
            likelihood=claim.harm.likelihood.value if claim.harm else "",
            scope=_clip(claim.scope, 300),
        )
        for index, claim in enumerate(response.claims)
    ]


def _structured(response: Response) -> list[tuple[Block, Label]]:
    """Paragraphs of a record with no source text (built in the desk), from its claims."""
    found: list[tuple[str, Label]] = []
    if response.request:
        found.append((response.request.text, Label("request")))
    for index, claim in enumerate(response.claims):
        if claim.harm:
            found.append((claim.harm.text, Label("harm", "harm", index)))
        pit = claim.pit
        if pit is None:
            continue
        found += [(p.text, Label("factors_for", "for", index)) for p in pit.factors_for]
        found += [(p.text, Label("factors_against", "against", index)) for p in pit.factors_against]
        if pit.balance:
            found.append((pit.balance.text, Label("balance", "balance", index)))
        if pit.conclusion:
            found.append((pit.conclusion.text, Label("conclusion", "conclusion", index)))
    return [(Block(tidy(text), 0, 0), label) for text, label in found if tidy(text)]


def labelled_blocks(response: Response) -> list[tuple[Block, Label]]:
    """The paragraphs the library stores for a record, each with its claim, part and side."""
    text = response.source.text
    if not text:
        return _structured(response)
    blocks = paragraphs(text)
    return list(zip(blocks, label_blocks(response, blocks), strict=True))


def _paragraph_rows(
    response: Response, stored: StoredResponse, claims: Sequence[StoredClaim]
) -> list[StoredParagraph]:
    rows = []
    for position, (block, label) in enumerate(labelled_blocks(response)):
        has_span = block.end > block.start
        rows.append(
            StoredParagraph(
                response=stored,
                position=position,
                text=block.text,
                norm_hash=norm_hash(block.text),
                start=block.start if has_span else None,
                end=block.end if has_span else None,
                part=_clip(label.part, 20),
                side=label.side,
                claim=claims[label.claim] if label.claim is not None else None,
            )
        )
    return rows


def _authorities(items: Sequence[Incoming], using: str) -> dict[str, Authority]:
    names = {tidy(i.response.authority or "")[:300] for i in items} - {""}
    if not names:
        return {}
    manager = Authority.objects.using(using)
    known = {a.name for a in manager.filter(name__in=names)}
    manager.bulk_create([Authority(name=n) for n in names - known], ignore_conflicts=True)
    return {a.name: a for a in manager.filter(name__in=names)}


def _replace(items: Sequence[Incoming], using: str) -> None:
    paths = [i.path for i in items if i.path]
    if paths:
        StoredResponse.objects.using(using).filter(source_path__in=paths).delete()


def _insert(items: Sequence[Incoming], using: str) -> list[StoredResponse]:
    authorities = _authorities(items, using)
    rows = [_response_row(item, authorities) for item in items]
    stored = StoredResponse.objects.using(using).bulk_create(rows)
    claims = [_claim_rows(item.response, row) for item, row in zip(items, stored, strict=True)]
    StoredClaim.objects.using(using).bulk_create([c for group in claims for c in group])
    paragraphs_ = [
        para
        for item, row, group in zip(items, stored, claims, strict=True)
        for para in _paragraph_rows(item.response, row, group)
    ]
    StoredParagraph.objects.using(using).bulk_create(paragraphs_, batch_size=2000)
    StoredDate.objects.using(using).bulk_create(
        [
            StoredDate(response=row, role=d.role.value, date=d.date)
            for item, row in zip(items, stored, strict=True)
            for d in item.response.dates
        ]
    )
    StoredPassage.objects.using(using).bulk_create(
        [
            StoredPassage(response=row, digest=digest)
            for item, row in zip(items, stored, strict=True)
            for digest in dict.fromkeys(d for _, _, d in units(item.response.source.text or ""))
        ],
        batch_size=5000,
    )
    return stored


def save_responses(items: Sequence[Incoming], *, using: str = "default") -> list[int]:
    """Store a batch of records in one transaction; return their new ids, in order.

    Raises:
        LibraryError: when the database refuses the batch (nothing of it is kept).
    """
    if not items:
        return []
    try:
        with transaction.atomic(using=using):
            _replace(items, using)
            return [int(row.pk) for row in _insert(items, using)]
    except IntegrityError as exc:
        raise LibraryError(f"the library refused the records: {exc}") from None
    except DatabaseError as exc:
        raise LibraryError(f"cannot save to the library database ({using}): {exc}") from None


def save_response(
    response: Response, *, path: str = "", sha256: str | None = None, using: str = "default"
) -> int:
    """Store one record in its own transaction; return its id.

    Args:
        response: the record.
        path: the file it was read from ("" for a record built in the desk).
        sha256: the file's sha256 (default: the hash of the record's JSON).
        using: the database alias.
    """
    digest = sha256 or response.source.sha256 or record_sha256(response)
    return save_responses([Incoming(response, path, digest)], using=using)[0]
