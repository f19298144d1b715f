"""Golden files: each worked example renders to exactly the Markdown and HTML on file.

After an intended change, regenerate with ``python -m tests.write.regen_golden`` and
review the diff.
"""

from __future__ import annotations

import pytest

from tests.write.helpers import GOLDEN_CASES, GOLDEN_FORMATS, GoldenCase


@pytest.mark.parametrize("fmt", GOLDEN_FORMATS)
@pytest.mark.parametrize("case", GOLDEN_CASES, ids=lambda c: c.name)
def test_rendering_matches_the_golden_file(case: GoldenCase, fmt: str) -> None:
    golden = case.golden(fmt)
    assert golden.exists(), f"missing {golden}: run python -m tests.write.regen_golden"
    assert case.render(fmt).decode("utf-8") == golden.read_text(encoding="utf-8")


def test_every_example_has_a_golden_case() -> None:
    from tests.write.helpers import EXAMPLE_FILES

    named = {case.example for case in GOLDEN_CASES if not case.styled}
    assert set(EXAMPLE_FILES) == named
    assert len(EXAMPLE_FILES) == 5
