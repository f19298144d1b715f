"""Build Response records for the checker's tests, with spans found in the text.

A :class:`Doc` holds the text of a response; passages, harms and claims are
given as snippets of that text and located in it, so every span is true.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from foidesk.law import Regime
from foidesk.record import (
    Claim,
    DatedItem,
    DateRole,
    Favours,
    Harm,
    Likelihood,
    Outcome,
    Passage,
    PublicInterestTest,
    Response,
    Source,
    Span,
)


class Doc:
    """The text of a response and helpers to point into it."""

    def __init__(self, text: str) -> None:
        self.text = text

    def span(self, snippet: str, nth: int = 0) -> Span:
        """The span of the ``nth`` occurrence of ``snippet`` (it must be there)."""
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(snippet, start + 1)
        return Span(start=start, end=start + len(snippet))

    def passage(self, snippet: str) -> Passage:
        """A passage for a snippet of the text."""
        return Passage(text=snippet, span=self.span(snippet))

    def claim(
        self,
        citation: str,
        written: str,
        *,
        ncnd: bool = False,
        harm: str | None = None,
        likelihood: Likelihood = Likelihood.UNSTATED,
        interests: Sequence[str] = (),
        factors_for: Sequence[str] = (),
        factors_against: Sequence[str] = (),
        balance: str | None = None,
        favours: Favours | None = None,
        regime: Regime = Regime.FOIA,
    ) -> Claim:
        """A claim citing ``citation``, written ``written`` in the text."""
        pit = None
        if factors_for or factors_against or balance:
            pit = PublicInterestTest(
                factors_for=[self.passage(f) for f in factors_for],
                factors_against=[self.passage(f) for f in factors_against],
                balance=self.passage(balance) if balance else None,
                favours=favours,
            )
        return Claim(
            citation=citation,
            regime=regime,
            span=self.span(written),
            text=written,
            ncnd=ncnd,
            harm=None
            if harm is None
            else Harm(
                text=harm,
                span=self.span(harm),
                likelihood=likelihood,
                interests=list(interests),
            ),
            pit=pit,
        )

    def response(
        self,
        claims: Sequence[Claim] = (),
        *,
        outcome: Outcome = Outcome.REFUSED,
        request: str | None = None,
        rights: str | None = None,
        regime: Regime = Regime.FOIA,
        reference: str | None = None,
        dates: Sequence[tuple[DateRole, str]] = (),
        path: str | None = None,
    ) -> Response:
        """The Response record over this text."""
        items = [DatedItem(role=role, date=dt.date.fromisoformat(day)) for role, day in dates]
        return Response(
            reference=reference,
            reference_span=self.span(reference) if reference and reference in self.text else None,
            regime=regime,
            outcome=outcome,
            claims=list(claims),
            request=self.passage(request) if request else None,
            rights=self.passage(rights) if rights else None,
            dates=items,
            source=Source(path=path, format="txt", text=self.text),
        )


REQUEST = (
    "Please tell me how many automatic number plate recognition cameras the force operates "
    "on the A38 in Birmingham, and the exact location of each camera."
)
HARM = (
    "Disclosing the exact location of each automatic number plate recognition camera on the "
    "A38 would allow offenders to plan routes that avoid the cameras, and so would prejudice "
    "the prevention and detection of crime (section 31(1)(a)) and the apprehension of "
    "offenders (section 31(1)(b))."
)
FOR = (
    "Disclosure would increase transparency about how the force uses camera technology on "
    "public roads and would inform public debate about surveillance."
)
AGAINST = (
    "The camera locations on the A38 would show offenders where they can travel unseen, "
    "which would undermine investigations that rely on the cameras."
)
BALANCE = (
    "We have told you how many cameras operate on the A38. Having weighed the factors, we "
    "consider that the public interest in maintaining the exemption outweighs the public "
    "interest in disclosing the exact locations."
)
RIGHTS = (
    "If you are unhappy with this response you may ask for an internal review within 40 "
    "working days. If you remain dissatisfied you may complain to the Information "
    "Commissioner under section 50 of the Act (ico.org.uk)."
)


def good_text(
    *,
    harm: str = HARM,
    for_: str = FOR,
    against: str = AGAINST,
    balance: str = BALANCE,
    rights: str = RIGHTS,
    opening: str = "We hold this information.",
    footer: str = "",
) -> str:
    """The text of a well-formed partial refusal, with any part replaced."""
    return f"""Our reference: 1234A/24

Date: 10 May 2024

Your request: "{REQUEST}"

{opening} The force operates 14 cameras on the A38 in Birmingham. We are
withholding the exact locations under section 31(1)(a) and (b) of the Freedom of Information
Act 2000.

Harm

{harm}

Factors favouring disclosure

{for_}

Factors favouring non-disclosure

{against}

Balance

{balance}

{rights}
{footer}"""


GOOD_TEXT = good_text()


def good(
    *,
    harm: str = HARM,
    for_: str = FOR,
    against: str = AGAINST,
    balance: str = BALANCE,
    rights: str = RIGHTS,
    opening: str = "We hold this information.",
    footer: str = "",
) -> Response:
    """A well-formed partial refusal under s31(1)(a) and (b), with any part replaced.

    An empty part is left out of the record as well as the text.
    """
    text = good_text(
        harm=harm,
        for_=for_,
        against=against,
        balance=balance,
        rights=rights,
        opening=opening,
        footer=footer,
    )
    doc = Doc(text)
    claim = doc.claim(
        "31(1)(a)",
        "section 31(1)(a)",
        harm=harm or None,
        factors_for=[for_] if for_ else [],
        factors_against=[against] if against else [],
        balance=balance or None,
    )
    return doc.response(
        [claim],
        outcome=Outcome.PARTIAL,
        request=REQUEST,
        rights=rights or None,
        reference="1234A/24",
        dates=[(DateRole.DOCUMENT, "2024-05-10")],
    )
