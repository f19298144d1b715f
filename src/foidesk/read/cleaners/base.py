"""The registry of cleaning steps.

A step is a small named function that looks at the current text and returns the
edits it wants (sorted, non-overlapping). :func:`foidesk.read.clean.clean` runs
the registered steps in order and keeps the offset map, so each step only has to
say *what* to change, never how to keep spans pointing into the raw text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from foidesk.read.cleaners.offsets import Edit

FORMATS = frozenset({"txt", "docx", "pdf", "html", "eml"})
"""The formats the extractors produce (and the cleaners know about)."""


@dataclass(frozen=True)
class Context:
    """What a step may know besides the text: the format it was extracted from."""

    format: str = "txt"


StepFunction = Callable[[str, Context], list[Edit]]


@dataclass(frozen=True)
class Step:
    """One named cleaning step."""

    name: str
    function: StepFunction
    formats: frozenset[str]
    doc: str

    def edits(self, text: str, context: Context) -> list[Edit]:
        """The edits this step makes to ``text`` (none when the format is not its own)."""
        if context.format not in self.formats:
            return []
        return self.function(text, context)


def word_set(text: str) -> frozenset[str]:
    """The words of ``text`` (split on white space) as a set: for word lists in the steps."""
    return frozenset(text.split())


STEPS: dict[str, Step] = {}
"""Every registered step by name, in the order they run."""


def step(name: str, *, formats: frozenset[str] = FORMATS) -> Callable[[StepFunction], StepFunction]:
    """Register a cleaning step under ``name`` for the given formats (all by default)."""

    def register(function: StepFunction) -> StepFunction:
        if name in STEPS:
            raise ValueError(f"cleaning step {name!r} is registered twice")
        doc = (function.__doc__ or "").strip().splitlines()
        STEPS[name] = Step(name, function, formats, doc[0] if doc else "")
        return function

    return register
