"""PDF paragraphs found from the vertical gaps between lines of the text layer."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import yaml

from foidesk.read import clean, read_file
from foidesk.read.extract import extract_bytes
from foidesk.read.extract.pdf import paragraph_breaks
from foidesk.write import load_draft, render_notice

SEED_003 = Path(__file__).parents[1] / "write" / "fixtures" / "seed-003.yaml"
PHRASE = (
    "The force holds records of the cameras it operates and of the places where each one "
    "of them stands on the roads of the county in its systems so that the public can see them all"
)
WORDS = PHRASE.split()
NEXT = (
    "Disclosure would reveal where enforcement is absent and would help those intent on "
    "committing crime to avoid detection in the area."
)


def _pdf(*paragraphs: str) -> bytes:
    import weasyprint  # type: ignore[import-untyped]

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    style = "@page { size: A4; margin: 2cm } p { width: 11cm; margin: 0 0 1em 0; font: 11pt serif }"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    data: bytes = weasyprint.HTML(string=f"<style>{style}</style>{body}").write_pdf()
    return data


@pytest.mark.parametrize(
    ("baselines", "expected"),
    [
        ([700.0, 685.0, 670.0, 655.0], set()),
        ([700.0, 685.0, 660.0, 645.0, 630.0], {2}),
        ([700.0, 685.0, 670.0, 640.0, 625.0, 600.0], {3, 5}),
        ([700.0, None, 670.0, 655.0, 625.0], {4}),
        ([700.0, 700.0, 685.0, 670.0, 640.0], {4}),
        ([700.0, 670.0], set()),
        ([100.0, 700.0, 685.0, 670.0], set()),
    ],
)
def test_paragraph_breaks_from_baselines(baselines: list[float | None], expected: set[int]) -> None:
    assert paragraph_breaks(baselines) == expected


@pytest.mark.parametrize("count", [21, 32])
def test_full_last_line_does_not_run_into_the_next_paragraph(count: int) -> None:
    first = " ".join(WORDS[:count]) + "."
    extracted = extract_bytes(_pdf(first, NEXT), "notice.pdf")
    lines = extracted.text.splitlines()
    ends = [i for i, line in enumerate(lines) if line.endswith(WORDS[count - 1] + ".")]
    assert len(ends) == 1
    assert lines[ends[0] + 1] == ""
    cleaned = clean(extracted.text, format="pdf").text.splitlines()
    assert first in cleaned
    assert NEXT in cleaned


def test_spans_point_into_the_extracted_text(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    path.write_bytes(_pdf(" ".join(WORDS) + ".", NEXT))
    response = read_file(path)
    text = response.source.text
    assert "\n\n" in text
    assert all(0 <= c.span.start <= c.span.end <= len(text) for c in response.claims)


def test_writer_pdf_keeps_each_public_interest_factor_apart(tmp_path: Path) -> None:
    draft = load_draft(SEED_003)
    path = tmp_path / "seed-003.pdf"
    path.write_bytes(render_notice(draft, "pdf", check=False))
    cleaned = clean(extract_bytes(path.read_bytes(), path.name).text, format="pdf")
    lines = [line.removeprefix("- ") for line in cleaned.text.splitlines()]
    exemptions = yaml.safe_load(SEED_003.read_text(encoding="utf-8"))["exemptions"]
    factors = [" ".join(f.split()) for e in exemptions for f in e["against"]]
    assert factors
    for factor in factors:
        found = [line for line in lines if line.startswith(factor[:40])]
        assert len(found) == 1, factor[:40]
        assert found[0].endswith(factor[-20:])
