"""Charts of the library's statistics, as PNG or SVG files (matplotlib, no display needed)."""

from __future__ import annotations

from pathlib import Path

from foidesk.errors import LibraryError
from foidesk.library.stats import LibraryStats, Row

FORMATS = ("png", "svg")
TOP = 20
"""The most bars a chart shows (the biggest)."""


def _bar(rows: list[Row], title: str, path: Path, *, rate: bool = False) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    shown = rows[:TOP]
    figure, axes = pyplot.subplots(figsize=(9, 4.5))
    try:
        values = [r.ncnd_rate * 100 if rate else r.responses for r in shown]
        axes.bar([r.key for r in shown], values, color="#3b6ea5")
        axes.set_title(title)
        axes.set_ylabel("% of responses NCND" if rate else "responses")
        axes.tick_params(axis="x", labelrotation=45)
        for label in axes.get_xticklabels():
            label.set_horizontalalignment("right")
        figure.tight_layout()
        figure.savefig(path)
    finally:
        pyplot.close(figure)
    return path


def write_charts(stats: LibraryStats, directory: str | Path, *, fmt: str = "png") -> list[Path]:
    """Draw one chart per table into ``directory``; return the files written.

    Raises:
        LibraryError: for an unknown format or a directory that cannot be written.
    """
    if fmt not in FORMATS:
        raise LibraryError(f"chart format {fmt!r} is not one of {', '.join(FORMATS)}")
    target = Path(directory)
    try:
        target.mkdir(parents=True, exist_ok=True)
        return [
            _bar(stats.by_outcome, "Responses by outcome", target / f"outcomes.{fmt}"),
            _bar(
                stats.by_exemption, "Responses citing each exemption", target / f"exemptions.{fmt}"
            ),
            _bar(
                stats.by_authority,
                "NCND rate by authority",
                target / f"ncnd_by_authority.{fmt}",
                rate=True,
            ),
            _bar(stats.by_month, "Responses by month", target / f"months.{fmt}"),
        ]
    except OSError as exc:
        raise LibraryError(f"cannot write the charts: {exc.strerror}", source=target) from None
