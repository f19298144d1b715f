"""Cleaning steps, one small module per concern, run in the order of :data:`ORDER`.

The order matters: characters and markup first, then whole lines that are not
content (protective markings, running headers and footers, which need the page
breaks), then spacing, lists and line wraps, then Welsh paragraphs (a whole
paragraph at a time); the e-mail part markers go last, as the steps before judge
each part on its own; then the layout of blocks.
"""

from __future__ import annotations

from foidesk.read.cleaners import characters, layout, lists, markings, markup, running, welsh, wraps
from foidesk.read.cleaners.base import STEPS, Context, Step, step
from foidesk.read.cleaners.offsets import Edit, OffsetMap

ORDER: tuple[str, ...] = (
    "newlines",
    "invisible",
    "spaces",
    "hyphens",
    "markup",
    "markings",
    "running_lines",
    "page_breaks",
    "trim_lines",
    "bullets",
    "wraps",
    "welsh",
    "part_markers",
    "blocks",
)
"""Every step, in the order :func:`foidesk.read.clean.clean` runs them."""

if set(ORDER) != set(STEPS):  # pragma: no cover - a wiring mistake, caught by any test
    raise RuntimeError(f"cleaning steps out of step: {sorted(set(ORDER) ^ set(STEPS))}")

PIPELINE: tuple[Step, ...] = tuple(STEPS[name] for name in ORDER)

_MODULES = (characters, layout, lists, markings, markup, running, welsh, wraps)

__all__ = ["ORDER", "PIPELINE", "STEPS", "Context", "Edit", "OffsetMap", "Step", "step"]
