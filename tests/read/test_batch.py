"""read_many: every core, input order, errors carried per file, recovery from a broken pool."""

from __future__ import annotations

import hashlib
from collections import deque
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from foidesk.errors import EmptyDocument, NeedsOCR, ReadError
from foidesk.read import collect, read_file, read_many, read_text
from foidesk.read.batch import ReadOutcome, _Job, _pack, _recover, _unpack, read_one
from foidesk.read.extract import Limits
from tests.conftest import SEEDS
from tests.fixtures import make_files

FILES = Path(__file__).parents[1] / "fixtures" / "files"


def _inputs(tmp_path: Path) -> list[Path]:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_files.pdf_bytes([[]], images=True))
    return [*sorted(SEEDS.glob("*.txt")), empty, *sorted(FILES.iterdir()), scan]


def test_pool_gives_the_same_records_in_the_same_order_as_one_process(tmp_path: Path) -> None:
    paths = _inputs(tmp_path)
    alone = list(read_many(paths, workers=1))
    pooled = list(read_many(paths, workers=2))
    assert [o.path for o in pooled] == [str(p) for p in paths]
    assert [o.response for o in pooled] == [o.response for o in alone]
    assert [type(o.error) for o in pooled] == [type(o.error) for o in alone]
    errors = {Path(o.path).name: o.error for o in pooled if not o.ok}
    assert set(errors) == {"empty.txt", "scan.pdf"}
    assert isinstance(errors["empty.txt"], EmptyDocument)
    assert isinstance(errors["scan.pdf"], NeedsOCR)
    assert errors["scan.pdf"].source == str(tmp_path / "scan.pdf")


def test_read_many_is_lazy() -> None:
    outcomes = read_many([SEEDS / "nope.txt"] * 3, workers=1)
    first = next(outcomes)
    assert not first.ok
    assert "cannot open the file" in str(first.error)


def test_read_file_source_and_read_text_agree() -> None:
    seed = sorted(SEEDS.glob("*.txt"))[1]
    from_file = read_file(seed)
    assert from_file.source.path == str(seed)
    assert from_file.source.format == "txt"
    assert from_file.source.text == seed.read_text(encoding="utf-8")
    assert from_file.source.sha256 == hashlib.sha256(seed.read_bytes()).hexdigest()
    from_text = read_text(seed.read_text(encoding="utf-8"), path=str(seed))
    assert from_text.claims == from_file.claims
    assert from_text.reference == from_file.reference


def test_an_unexpected_failure_becomes_a_read_error_for_that_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(path: object, limits: object = None) -> None:
        raise KeyError("boom")

    monkeypatch.setattr("foidesk.read.batch.read_file", broken)
    outcome = read_one("x.txt")
    assert isinstance(outcome.error, ReadError)
    assert str(outcome.error) == "x.txt: internal error while reading (KeyError: 'boom')"


@pytest.mark.parametrize(
    "error",
    [EmptyDocument("no text", source="a.txt"), ReadError("odd", source="b.txt")],
)
def test_errors_cross_the_process_boundary_whole(error: ReadError) -> None:
    outcome = _unpack(_pack(ReadOutcome(error.source or "", error=error)))
    assert type(outcome.error) is type(error)
    assert str(outcome.error) == str(error)


def _future(result: Any = None, error: BaseException | None = None) -> Future[Any]:
    future: Future[Any] = Future()
    if error is not None:
        future.set_exception(error)
    elif result is not None:
        future.set_result(result)
    return future


def test_recovery_keeps_finished_chunks_and_retries_the_rest_one_file_at_a_time() -> None:
    done = [("a", None, None)]
    queue = deque(
        [
            _Job(["x", "y"], future=_future(error=RuntimeError("pool broke"))),
            _Job(["a"], future=_future(done)),
            _Job(["p", "q"], future=_future()),
            _Job(["later"]),
        ]
    )
    failed = list(_recover(queue, window=3, stuck=False, limits=Limits()))
    assert failed == []
    assert [(job.paths, job.retried) for job in queue] == [
        (["x"], True),
        (["y"], True),
        (["a"], False),
        (["p"], True),
        (["q"], True),
        (["later"], False),
    ]
    assert queue[2].done == done


@pytest.mark.parametrize(("stuck", "words"), [(True, "stopped responding"), (False, "crashed")])
def test_a_file_that_breaks_the_pool_twice_is_reported(stuck: bool, words: str) -> None:
    queue = deque([_Job(["bad.pdf"], retried=True, future=_future()), _Job(["next.txt"])])
    failed = list(_recover(queue, window=2, stuck=stuck, limits=Limits(timeout=5)))
    assert [o.path for o in failed] == ["bad.pdf"]
    assert words in str(failed[0].error)
    assert [job.paths for job in queue] == [["next.txt"]]


def test_collect_walks_folders_in_order_skipping_hidden_and_unsupported(tmp_path: Path) -> None:
    for name in ("b.txt", "a.pdf", "sub/c.docx", "sub/z.HTML", ".hidden.txt", ".git/x.txt",
                 "photo.png", "notes"):  # fmt: skip
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    found, skipped = collect(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.pdf",
        "b.txt",
        "sub/c.docx",
        "sub/z.HTML",
    ]
    assert sorted(p.name for p in skipped) == ["notes", "photo.png"]
    assert collect(tmp_path / "b.txt") == ([tmp_path / "b.txt"], [])
