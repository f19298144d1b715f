"""Which access regime a response answers under: FOIA, FOISA or the EIR.

FOIA 2000 is the default. A response is under the Freedom of Information
(Scotland) Act 2002 when it names that Act, "FOISA" or the Scottish
Information Commissioner; it is under the Environmental Information
Regulations 2004 when it names the Regulations or cites a regulation 12 or 13
exception. An EIR response may also mention FOIA (s39 routes environmental
information to the EIR), so EIR markers win over FOIA; a Scottish EIR response
(EIR markers and FOISA markers) is read as EIR.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foidesk.law.model import Regime
from foidesk.read.analyse.anchor_index import lowered
from foidesk.read.analyse.anchors import anchored

FOISA_MARKERS = re.compile(
    r"Freedom of Information \(Scotland\) Act|\bFOI\(?S\)?A\b|\bFOISA\b|"
    r"Scottish Information Commissioner|\bitspublicknowledge\b",
    re.IGNORECASE,
)
EIR_MARKERS = re.compile(
    r"Environmental Information (?:\(Scotland\) )?Regulations|\bEIRs?\b|"
    r"\breg(?:ulation|s?\.)?\s*1[23]\s*\(\s*[45]\s*\)\s*\(\s*[a-g]\s*\)|\bregulation 13\b",
    re.IGNORECASE,
)
"""EIR: the Regulations named, "EIR", or an exception cited as a regulation."""


EIR_ANCHORS = ("environmental", "eir", "reg")
FOISA_ANCHORS = ("scotland", "scottish", "foi(s", "fois", "itspublic")
"""Words every marker contains: the marker patterns run only around them."""


@dataclass(frozen=True, slots=True)
class RegimeFinding:
    """The regime and, where a marker decided it, the marker's offsets."""

    regime: Regime
    start: int | None = None
    end: int | None = None


def find_regime(text: str) -> RegimeFinding:
    """The regime of a response from its own words (FOIA when nothing else is named).

    Example:
        >>> find_regime("exempt under regulation 12(5)(b) of the EIR").regime.value
        'eir'
    """
    lower = lowered(text)
    for regime, pattern, anchors in (
        (Regime.EIR, EIR_MARKERS, EIR_ANCHORS),
        (Regime.FOISA, FOISA_MARKERS, FOISA_ANCHORS),
    ):
        found = anchored(pattern, text, lower, anchors, back=40)
        if found:
            return RegimeFinding(regime, found[0].start(), found[0].end())
    return RegimeFinding(Regime.FOIA)
