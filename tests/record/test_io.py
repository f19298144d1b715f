"""Loading records from files: every bad file gets a message naming it and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidesk.errors import InvalidRecord
from foidesk.record import Claim, Outcome, Response, dump_record, load_record


def test_load_round_trips_a_dumped_record(tmp_path: Path) -> None:
    record = Response(reference="502A-22", outcome=Outcome.REFUSED, claims=[Claim(citation="31")])
    path = tmp_path / "r.json"
    path.write_text(dump_record(record), encoding="utf-8")
    assert load_record(path) == record


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON at line 1"),
        ("[1, 2]", "must be a JSON object"),
        ('{"outcome": "maybe"}', "outcome: Input should be"),
        ('{"claims": [{"ncnd": true}]}', "claims.0.citation: Field required"),
    ],
)
def test_bad_records_name_the_file_and_problem(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidRecord) as caught:
        load_record(path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(path))


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InvalidRecord, match="cannot open the record"):
        load_record(tmp_path / "absent.json")


def test_non_utf8_record_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin.json"
    path.write_bytes(b'{"reference": "caf\xe9"}')
    with pytest.raises(InvalidRecord, match="not UTF-8"):
        load_record(path)
