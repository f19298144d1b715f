"""Storing a record: the record whole, normalised rows, and all or nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from foidesk.errors import LibraryError
from foidesk.library import store
from foidesk.library.models import (
    StoredClaim,
    StoredDate,
    StoredParagraph,
    StoredPassage,
    StoredResponse,
)
from foidesk.library.segment import tidy
from foidesk.library.store import save_response
from foidesk.record.model import (
    Claim,
    Harm,
    Outcome,
    Passage,
    PublicInterestTest,
    Response,
)
from tests.library.conftest import seed_path, seed_response


def test_record_is_stored_whole_with_its_rows(library: str) -> None:
    response = seed_response("001")
    pk = save_response(response, path=str(seed_path("001")), using=library)
    row = StoredResponse.objects.using(library).get(pk=pk)
    assert Response.model_validate(row.record) == response
    assert (row.outcome, row.ncnd, row.regime) == ("ncnd", True, "foia")
    assert row.date == dt.date(2021, 3, 2)
    assert row.authority is not None
    assert row.authority.name == "West Midlands Police"
    claims = StoredClaim.objects.using(library).filter(response_id=pk).order_by("position")
    assert [(c.citation, c.section, c.ncnd) for c in claims] == [
        ("24(2)", "24", True),
        ("31(3)", "31", True),
    ]
    assert StoredDate.objects.using(library).filter(response_id=pk, role="sent").count() == 1
    assert StoredPassage.objects.using(library).filter(response_id=pk).count() > 10


def test_paragraphs_keep_spans_parts_sides_and_claims(library: str) -> None:
    response = seed_response("001")
    pk = save_response(response, path="x", using=library)
    text = response.source.text or ""
    rows = StoredParagraph.objects.using(library).filter(response_id=pk).select_related("claim")
    for row in rows:
        assert row.start is not None
        assert row.end is not None
        assert tidy(text[row.start : row.end]) == row.text
    funds = rows.get(text__startswith="The public are entitled")
    assert (funds.part, funds.side) == ("factors_for", "for")
    assert funds.claim is not None
    assert funds.claim.citation == "24(2)"
    mosaic = rows.get(text__startswith="Confirmation or denial that information is held")
    assert (mosaic.side, mosaic.claim.citation if mosaic.claim else None) == ("against", "31(3)")


def test_record_without_text_is_stored_from_its_claims(library: str) -> None:
    response = Response(
        reference="D-1",
        outcome=Outcome.REFUSED,
        claims=[
            Claim(
                citation="31(1)(a)",
                harm=Harm(text="Disclosure would help offenders avoid detection."),
                pit=PublicInterestTest(
                    factors_for=[Passage(text="Transparency about spending.")],
                    factors_against=[Passage(text="Tactics would be revealed.")],
                    balance=Passage(text="On balance the exemption is maintained."),
                ),
            )
        ],
    )
    pk = save_response(response, using=library)
    rows = StoredParagraph.objects.using(library).filter(response_id=pk).order_by("position")
    assert [(r.side, r.start) for r in rows] == [
        ("harm", None),
        ("for", None),
        ("against", None),
        ("balance", None),
    ]
    assert StoredResponse.objects.using(library).get(pk=pk).source_path == ""


def test_saving_the_same_path_again_replaces_the_old_record(library: str) -> None:
    save_response(seed_response("000"), path="same", using=library)
    save_response(seed_response("004"), path="same", using=library)
    only = StoredResponse.objects.using(library).get()
    assert only.outcome == "refused"
    assert StoredClaim.objects.using(library).filter(response=only).count() == 2


def test_a_failed_save_leaves_the_database_as_it_was(
    library: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_response(seed_response("000"), path="first", using=library)
    before = (
        StoredResponse.objects.using(library).count(),
        StoredParagraph.objects.using(library).count(),
    )

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise LibraryError("disk full (injected)")

    monkeypatch.setattr(store, "_paragraph_rows", broken)
    with pytest.raises(LibraryError, match="injected"):
        save_response(seed_response("003"), path="first", using=library)
    after = (
        StoredResponse.objects.using(library).count(),
        StoredParagraph.objects.using(library).count(),
    )
    assert after == before
    assert StoredResponse.objects.using(library).get().outcome == "refused"
