"""Shared helpers for the writer's tests: the worked examples and the golden cases."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from foidesk.write import HouseStyle, load_draft, load_style, render_notice

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
GOLDEN = ROOT / "tests" / "golden" / "write"
HOUSE_STYLE = EXAMPLES / "house-style.toml"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))


@dataclass(frozen=True)
class GoldenCase:
    """One example rendered in one style, compared with a golden file per text format."""

    example: Path
    styled: bool

    @property
    def name(self) -> str:
        """The golden file stem: the example's, plus ``.house`` in the house style."""
        return self.example.stem + (".house" if self.styled else "")

    def style(self) -> HouseStyle | None:
        """The house style this case is rendered in."""
        return load_style(HOUSE_STYLE) if self.styled else None

    def render(self, fmt: str) -> bytes:
        """The example rendered now (without the self-check, which has its own tests)."""
        return render_notice(load_draft(self.example), fmt, style=self.style(), check=False)

    def golden(self, fmt: str) -> Path:
        """The golden file for ``fmt``."""
        return GOLDEN / f"{self.name}.{fmt}"


GOLDEN_CASES = [GoldenCase(path, False) for path in EXAMPLE_FILES] + [
    GoldenCase(EXAMPLES / "refusal-public-interest.yaml", True),
    GoldenCase(EXAMPLES / "partial-disclosure.yaml", True),
]
GOLDEN_FORMATS = ("md", "html")
