"""Documents: notice downloads, uploads into the library (size, type by content), statistics."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from foidesk.desk.uploads import MAX_BYTES, UploadRefused, sniff
from tests.conftest import SEEDS


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n...", "PDF"),
        (b"PK\x03\x04....[Content_Types].xml....word/document.xml", "Word"),
        (b"<!DOCTYPE html><html><body>Hi</body></html>", "HTML"),
        (b"Dear requester, section 31 applies.", "text"),
    ],
)
def test_sniff_by_content(data: bytes, kind: str) -> None:
    assert sniff(data, "x.bin").name == kind


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"PK\x03\x04 just a zip of photos", "not a Word document"),
        (b"\xff\xd8\xff\xe0 JPEG bytes \x00\x01", "not a PDF"),
        (b"text with a NUL \x00 byte", "binary"),
        (b"a" * (MAX_BYTES + 1), "larger than 5 MB"),
    ],
)
def test_sniff_refuses(data: bytes, message: str) -> None:
    with pytest.raises(UploadRefused, match=message):
        sniff(data, "given.pdf")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FOIDESK_DATA_DIR", str(tmp_path))
    return tmp_path


def test_upload_a_seed_reads_it_into_the_library(
    client_for: Callable[..., Any], data_dir: Path
) -> None:
    from foidesk.library.models import StoredResponse

    seed = sorted(SEEDS.glob("*.txt"))[0]
    upload = SimpleUploadedFile("seed.txt", seed.read_bytes(), content_type="text/plain")
    before = StoredResponse.objects.count()
    reply = client_for("officer").post("/library/upload/", {"document": upload})
    assert reply.status_code == 200
    assert "read into the library" in reply.content.decode()
    assert StoredResponse.objects.count() == before + 1


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("photo.pdf", b"\x89PNG\r\n\x1a\n\x00\x00binary", "not a PDF"),
        ("big.txt", b"a" * (MAX_BYTES + 1), "larger than 5 MB"),
        ("empty.txt", b"", "empty"),
    ],
)
def test_bad_uploads_are_refused_clearly(
    client_for: Callable[..., Any], data_dir: Path, name: str, data: bytes, message: str
) -> None:
    from foidesk.library.models import StoredResponse

    before = StoredResponse.objects.count()
    upload = SimpleUploadedFile(name, data)
    reply = client_for("officer").post("/library/upload/", {"document": upload})
    assert reply.status_code == 400
    body = reply.content.decode()
    assert "There is a problem" in body
    assert message in body
    assert StoredResponse.objects.count() == before


def test_upload_without_a_file(client_for: Callable[..., Any], data_dir: Path) -> None:
    reply = client_for("officer").post("/library/upload/", {})
    assert reply.status_code == 400
    assert "Choose a file" in reply.content.decode()


def test_upload_needs_the_officer_role(client_for: Callable[..., Any], data_dir: Path) -> None:
    assert client_for("manager").get("/library/upload/").status_code == 403


def test_word_notice_download(client_for: Callable[..., Any], new_case: Callable[..., Any]) -> None:
    from foidesk.desk.models import Case

    case = new_case()
    Case.objects.filter(pk=case.pk).update(outcome="disclosed")
    reply = client_for("officer").get(f"/cases/{case.pk}/notice.docx")
    assert reply.status_code == 200
    assert reply.content.startswith(b"PK\x03\x04")
    assert "attachment" in reply["Content-Disposition"]


def test_notice_for_an_unlawful_decision_is_explained(
    client_for: Callable[..., Any], new_case: Callable[..., Any]
) -> None:
    from foidesk.desk.models import Case

    case = new_case()
    Case.objects.filter(pk=case.pk).update(outcome="refused", citations="")
    reply = client_for("officer").get(f"/cases/{case.pk}/notice.docx")
    assert reply.status_code == 400
    assert "cannot be written yet" in reply.content.decode()


def test_unknown_notice_format(
    client_for: Callable[..., Any], new_case: Callable[..., Any]
) -> None:
    case = new_case()
    assert client_for("officer").get(f"/cases/{case.pk}/notice.exe").status_code == 404


def test_statistics_count_outcomes_and_ncnd(
    client_for: Callable[..., Any], make_user: Callable[..., Any], new_case: Callable[..., Any]
) -> None:
    from foidesk.desk.models import Case
    from foidesk.desk.statistics import statistics

    officer = make_user("stats-officer", "officer")
    outcomes = [
        ("refused", "31(1)(a)", False),
        ("ncnd", "24(2), 31(3)", True),
        ("disclosed", "", False),
    ]
    for index, (outcome, citations, ncnd) in enumerate(outcomes):
        case = new_case(drafter=officer, status="sent", text=f"request {index}")
        Case.objects.filter(pk=case.pk).update(outcome=outcome, citations=citations, ncnd=ncnd)
    new_case(drafter=officer, status="draft")
    stats = statistics()
    assert stats.answered == 3
    assert stats.ncnd_rate == "33%"
    counts = {bar.label: bar.value for bar in stats.outcomes}
    assert counts["Withheld in full"] == 1
    assert counts["Neither confirm nor deny"] == 1
    assert counts["Granted in full"] == 1
    assert {bar.label: bar.value for bar in stats.exemptions} == {"Section 31": 2, "Section 24": 1}
    body = client_for("manager").get("/stats/").content.decode()
    assert body.count("<svg") == 3
    assert "Neither confirm nor deny" in body


def test_chart_labels_are_escaped() -> None:
    from foidesk.desk.svgchart import Bar, bar_chart

    svg = bar_chart("<t>", [Bar("<script>x</script>", 3)])
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg


def test_pdf_notice_download(client_for: Callable[..., Any], new_case: Callable[..., Any]) -> None:
    from foidesk.desk.models import Case

    case = new_case()
    Case.objects.filter(pk=case.pk).update(outcome="disclosed")
    reply = client_for("officer").get(f"/cases/{case.pk}/notice.pdf")
    assert reply.status_code == 200
    assert reply.content.startswith(b"%PDF")
