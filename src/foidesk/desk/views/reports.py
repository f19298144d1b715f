"""The statistics dashboard: SVG charts with data tables (managers and admins)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_safe

from foidesk.desk.permissions import REPORTS
from foidesk.desk.statistics import statistics
from foidesk.desk.svgchart import bar_chart
from foidesk.desk.views import require


@require_safe
def dashboard(request: HttpRequest) -> HttpResponse:
    """Timeliness, outcomes, exemptions and NCND rate."""
    require(request, REPORTS)
    stats = statistics()
    charts = [
        ("Timeliness", stats.timeliness),
        ("Outcomes", stats.outcomes),
        ("Exemptions relied on", stats.exemptions),
    ]
    # bar_chart escapes every label it writes, so its SVG is safe to insert.
    blocks = [(title, mark_safe(bar_chart(title, bars)), bars) for title, bars in charts]
    return render(request, "desk/stats.html", {"stats": stats, "blocks": blocks})
