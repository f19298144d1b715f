"""Regenerate the writer's golden files: ``python -m tests.write.regen_golden``.

Run it after an intended change to the templates or the wording, then read the diff
(``git diff tests/golden/write``) before committing: the golden files are the review.
"""

from __future__ import annotations

from tests.write.helpers import GOLDEN, GOLDEN_CASES, GOLDEN_FORMATS


def main() -> None:
    """Render every golden case in every text format and write the files."""
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for case in GOLDEN_CASES:
        for fmt in GOLDEN_FORMATS:
            case.golden(fmt).write_bytes(case.render(fmt))
            print(f"wrote {case.golden(fmt).relative_to(GOLDEN.parents[2])}")


if __name__ == "__main__":
    main()
