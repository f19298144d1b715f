"""The register's statistics, in the categories public authorities report.

The Cabinet Office's quarterly FOI statistics count requests answered in time or late
(FOIA s10(1)) and outcomes: granted in full, granted in part, withheld in full, neither
confirmed nor denied, information not held, refused on cost (s12), vexatious or repeated (s14).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from foidesk.desk.clockview import light
from foidesk.desk.models import Case
from foidesk.desk.svgchart import Bar
from foidesk.desk.workflow import CaseStatus

OUTCOME_LABELS = {
    "disclosed": "Granted in full",
    "partial": "Granted in part",
    "refused": "Withheld in full",
    "ncnd": "Neither confirm nor deny",
    "not_held": "Information not held",
    "cost_limit": "Refused: cost limit (s12)",
    "vexatious": "Refused: vexatious or repeated (s14)",
    "other": "Other",
}
ANSWERED = (
    CaseStatus.SENT,
    CaseStatus.INTERNAL_REVIEW,
    CaseStatus.ICO_COMPLAINT,
    CaseStatus.CLOSED,
)


@dataclass(frozen=True)
class Statistics:
    """Counts for the dashboard."""

    timeliness: list[Bar]
    outcomes: list[Bar]
    exemptions: list[Bar]
    answered: int
    ncnd: int

    @property
    def ncnd_rate(self) -> str:
        """Share of answered requests that neither confirmed nor denied, as a percentage."""
        if not self.answered:
            return "0%"
        return f"{100 * self.ncnd / self.answered:.0f}%"


def _section(citation: str) -> str:
    return citation.split("(", 1)[0].strip()


def statistics(today: dt.date | None = None) -> Statistics:
    """Timeliness, outcomes, exemptions and NCND rate over the answered requests."""
    today = today or dt.date.today()
    answered = list(Case.objects.filter(status__in=[s.value for s in ANSWERED]))
    late = sum(1 for case in answered if light(case, today).colour == "red")
    outcomes = Counter(case.outcome for case in answered)
    sections: Counter[str] = Counter()
    for case in answered:
        found = {_section(c) for c in case.citations.replace(";", ",").split(",") if c.strip()}
        sections.update(found)
    return Statistics(
        timeliness=[Bar("In time", len(answered) - late), Bar("Late", late)],
        outcomes=[Bar(label, outcomes.get(key, 0)) for key, label in OUTCOME_LABELS.items()],
        exemptions=[Bar(f"Section {s}", n) for s, n in sorted(sections.items())],
        answered=len(answered),
        ncnd=sum(1 for case in answered if case.ncnd or case.outcome == "ncnd"),
    )
