"""Read what the writer writes from: a JSON Response record or a friendly YAML notice."""

from __future__ import annotations

from pathlib import Path

from foidesk.errors import InvalidRecord
from foidesk.record.io import load_record
from foidesk.write.draft import Draft
from foidesk.write.yaml_input import load_yaml

JSON_SUFFIXES = (".json",)
YAML_SUFFIXES = (".yaml", ".yml")


def load_draft(path: str | Path) -> Draft:
    """A :class:`Draft` from a ``.json`` record (``record.io``) or a ``.yaml`` notice.

    Raises:
        InvalidRecord: naming the file when it is missing, of another kind, or not a
            valid record.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in YAML_SUFFIXES:
        return load_yaml(path)
    if suffix in JSON_SUFFIXES:
        return Draft(response=load_record(path), source=str(path))
    raise InvalidRecord(
        "a record to write from must be a .json record or a .yaml notice", source=path
    )
