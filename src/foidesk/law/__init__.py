"""The statutes as data: FOIA 2000, FOISA 2002 and EIR 2004.

Public API: :func:`catalogue` (every provision, typed), :class:`Provision`,
:class:`Regime`, and the citation parser :func:`find_citations`.
"""

from foidesk.law.catalogue import Catalogue, catalogue, parent_key, section_of
from foidesk.law.cite import FoundCitation, find_citations, parse_citation
from foidesk.law.model import Provision, ProvisionKind, Regime, Status, Test

__all__ = [
    "Catalogue",
    "FoundCitation",
    "Provision",
    "ProvisionKind",
    "Regime",
    "Status",
    "Test",
    "catalogue",
    "find_citations",
    "parent_key",
    "parse_citation",
    "section_of",
]
