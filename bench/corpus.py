"""Generate the reading benchmark's corpus into bench/out/read-corpus/ (git-ignored).

Ten thousand text responses (the five seeds with a different reference and
date each, one in five saved as Windows-1252), a thousand Word documents and a
thousand PDFs (the generated fixture notice, each with its own reference), and
one 200 MB text file for the memory test. Files are made once and reused.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from tests.conftest import SEEDS
from tests.fixtures import make_files

OUT = Path(__file__).parent / "out" / "read-corpus"
COUNTS = {"txt": 10_000, "docx": 1_000, "pdf": 1_000}
BIG_MB = 200


def _reference(number: int) -> str:
    """A reference as long as the fixture's ``FOI 2024/0917`` (so PDF offsets hold)."""
    return f"FOI 2024/{number % 10_000:04d}"


def _txt(folder: Path, count: int) -> None:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for number in range(count):
        text = f"Our reference: {_reference(number)}\nDate: {1 + number % 28} March 2024\n\n"
        text += seeds[number % len(seeds)]
        encoding = "cp1252" if number % 5 == 4 else "utf-8"
        (folder / f"{number:05d}.txt").write_bytes(text.encode(encoding, "replace"))


def _docx(folder: Path, count: int) -> None:
    template = make_files.response_docx()
    with zipfile.ZipFile(io.BytesIO(template)) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    for number in range(count):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info, data in members:
                if info.filename == "word/document.xml":
                    data = data.replace(make_files.REFERENCE.encode(), _reference(number).encode())
                target.writestr(info, data)
        (folder / f"{number:05d}.docx").write_bytes(out.getvalue())


def _pdf(folder: Path, count: int) -> None:
    template = make_files.response_pdf()
    for number in range(count):
        data = template.replace(make_files.REFERENCE.encode(), _reference(number).encode())
        (folder / f"{number:05d}.pdf").write_bytes(data)


MAKERS = {"txt": _txt, "docx": _docx, "pdf": _pdf}


def corpus(kind: str) -> Path:
    """The folder of ``kind`` documents, made if it is missing or short."""
    folder = OUT / kind
    if len(list(folder.glob(f"*.{kind}"))) != COUNTS[kind]:
        folder.mkdir(parents=True, exist_ok=True)
        MAKERS[kind](folder, COUNTS[kind])
    return folder


def big_text(megabytes: int = BIG_MB) -> Path:
    """One text file of ``megabytes`` MB: the seeds over and over, with a running footer."""
    path = OUT / f"big-{megabytes}mb.txt"
    size = megabytes * 1024 * 1024
    if path.exists() and path.stat().st_size == size:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    block = "\n\n".join(seeds).encode("utf-8")
    with path.open("wb") as handle:
        written = 0
        while written + len(block) <= size:
            handle.write(block)
            written += len(block)
        handle.write(b"\n" * (size - written))
    return path


def main() -> None:
    """Make the whole corpus and say where it is."""
    for kind in COUNTS:
        print(kind, corpus(kind))
    print("big", big_text())


if __name__ == "__main__":
    main()
