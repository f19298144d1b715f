"""Plain text in any encoding, and content sniffing."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest

from foidesk.read import extract
from foidesk.read.extract.sniff import sniff
from foidesk.read.extract.txt import guess_encoding

TEXT = "The ‘public interest’ – it’s “held”; £5 café\nSection 31(1)(a)\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("cp1252"), "cp1252"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_text_in_any_encoding_reads_back_the_same(
    tmp_path: Path, data: bytes, encoding: str
) -> None:
    path = tmp_path / "response.txt"
    path.write_bytes(data)
    extracted = extract(path)
    assert extracted.text == TEXT
    assert extracted.format == "txt"
    assert extracted.metadata["encoding"] == encoding
    assert guess_encoding(data) == encoding


def test_extracted_records_path_size_and_hash(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    data = b"Harm\r\n\r\nText\r\n"
    path.write_bytes(data)
    extracted = extract(path)
    assert extracted.text == "Harm\r\n\r\nText\r\n"
    assert extracted.path == str(path)
    assert extracted.size == len(data)
    assert extracted.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7\n", "pdf"),
        (b"PK\x03\x04rest", "zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
        (b"\x89PNG\r\n", "png image"),
        (b"<!DOCTYPE html><html>", "html"),
        (b"  <html lang='en'>", "html"),
        (b"From: a@b.example\nTo: c@d.example\nSubject: x\n\nbody", "eml"),
        (b"Date: 12 March 2024\nDear requester,\n", "text"),
        (b"Plain words of a response.", "text"),
        (bytes(range(256)) * 4, "binary"),
        ("utf-16 text".encode("utf-16-le"), "text"),
    ],
)
def test_sniff(head: bytes, kind: str) -> None:
    assert sniff(head) == kind
