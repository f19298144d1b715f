"""Small server-rendered SVG bar charts (no script, no third-party assets).

Each chart is paired on the page with a data table (the accessible alternative).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

BAR_HEIGHT = 24
GAP = 8
LABEL_WIDTH = 300
CHART_WIDTH = 720


@dataclass(frozen=True)
class Bar:
    """One labelled value."""

    label: str
    value: int


def bar_chart(title: str, bars: list[Bar]) -> str:
    """A horizontal bar chart as an ``<svg>`` element (role="img", titled)."""
    height = max(1, len(bars)) * (BAR_HEIGHT + GAP) + GAP
    top = max((bar.value for bar in bars), default=0) or 1
    room = CHART_WIDTH - LABEL_WIDTH - 60
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{CHART_WIDTH}" '
        f'height="{height}" viewBox="0 0 {CHART_WIDTH} {height}">',
        f"<title>{escape(title)}</title>",
    ]
    for index, bar in enumerate(bars):
        y = GAP + index * (BAR_HEIGHT + GAP)
        width = round(room * bar.value / top)
        text_y = y + BAR_HEIGHT - 7
        parts.append(
            f'<text x="0" y="{text_y}" font-size="14" fill="#0b0c0c">{escape(bar.label)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{width}" height="{BAR_HEIGHT}" '
            f'fill="#1d70b8"/>'
            f'<text x="{LABEL_WIDTH + width + 6}" y="{text_y}" font-size="14" '
            f'fill="#0b0c0c">{bar.value}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
