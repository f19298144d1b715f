"""foidesk: answer and challenge UK Freedom of Information requests, offline.

The public API is re-exported here; see ``docs/architecture.md`` for the layers.
"""

from foidesk.errors import FoideskError
from foidesk.law import Provision, Regime, catalogue
from foidesk.record import Claim, Outcome, Response, load_record, validate

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "FoideskError",
    "Outcome",
    "Provision",
    "Regime",
    "Response",
    "__version__",
    "catalogue",
    "load_record",
    "validate",
]
