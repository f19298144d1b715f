"""A text file longer than ``Limits.max_text``: its start read in bounded memory, marked."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from foidesk.errors import CorruptDocument, DocumentTooLarge
from foidesk.read import extract, read_file
from foidesk.read.extract import Limits
from tests.conftest import SEEDS

CAP = 64 * 1024


def _seed_text() -> str:
    return next(iter(sorted(SEEDS.glob("*.txt")))).read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_long_text_is_read_to_the_cap_and_hashed_whole(tmp_path: Path, encoding: str) -> None:
    line = "The council’s “reasoning” under section 43(2) — commercial interests.\n"
    full = line * (3 * CAP // len(line))
    path = tmp_path / "long.txt"
    path.write_bytes(full.encode(encoding))
    data = path.read_bytes()
    extracted = extract(path, limits=Limits(max_text=CAP))
    assert full.startswith(extracted.text)
    assert extracted.text.endswith("\n")
    assert CAP // 4 < len(extracted.text.encode(encoding)) <= CAP
    assert extracted.sha256 == hashlib.sha256(data).hexdigest()
    assert extracted.size == len(data)
    assert extracted.metadata["truncated"].startswith("the first 0.1 MB of ")


def test_short_text_is_not_truncated(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text("A short refusal notice under section 40(2).\n", encoding="utf-8")
    assert "truncated" not in extract(path, limits=Limits(max_text=CAP)).metadata


def test_truncated_record_is_low_confidence_with_a_note(tmp_path: Path) -> None:
    text = _seed_text()
    path = tmp_path / "long.txt"
    path.write_text(text * (2 * CAP // len(text) + 2), encoding="utf-8")
    whole = read_file(path, max_text=10 * CAP)
    cut = read_file(path, max_text=CAP)
    assert not any("text limit" in note for note in whole.notes)
    assert cut.confidence <= 0.4 < whole.confidence
    assert any("only the first 0.1 MB" in note for note in cut.notes)
    assert len(cut.source.text) < len(whole.source.text)
    for claim in cut.claims:
        assert 0 <= claim.span.start <= claim.span.end <= len(cut.source.text)


def test_binary_junk_over_the_cap_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * (CAP // 128))
    with pytest.raises(CorruptDocument, match="not a text file"):
        extract(path, limits=Limits(max_text=CAP))


def test_size_limit_still_refuses_before_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(b"words and more words\n" * (CAP // 10))
    with pytest.raises(DocumentTooLarge):
        extract(path, limits=Limits(max_bytes=CAP, max_text=CAP // 2))
