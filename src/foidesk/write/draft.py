"""A draft notice: the Response record plus what only the letter needs.

The record (``foidesk.record.model.Response``) holds what was decided and why. A letter
also carries advice and assistance offered under FOIA s16 (FOISA s15, EIR reg 9), which
the record has no field for; a friendly YAML input can give it, a JSON record cannot.
"""

from __future__ import annotations

from dataclasses import dataclass

from foidesk.record.model import Response


@dataclass(frozen=True)
class Draft:
    """What the writer renders.

    Attributes:
        response: the decision, validated through ``record.validate.ensure_valid``.
        advice: advice and assistance offered (FOIA s16), for example how to narrow
            a request refused under s12; "" for none.
        source: the file the draft was read from, for error messages.
    """

    response: Response
    advice: str = ""
    source: str | None = None
