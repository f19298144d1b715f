"""The statutes as data: FOIA 2000, FOISA 2002 and EIR 2004.

Public API: :func:`catalogue` (every provision, typed), :class:`Provision`,
:class:`Regime`, and the citation parser :func:`find_citations`.
"""

from foidesk.law.catalogue import Catalogue, catalogue, parent_key, section_of
from foidesk.law.model import Provision, ProvisionKind, Regime, Status, Test

__all__ = [
    "Catalogue",
    "Provision",
    "ProvisionKind",
    "Regime",
    "Status",
    "Test",
    "catalogue",
    "parent_key",
    "section_of",
]
