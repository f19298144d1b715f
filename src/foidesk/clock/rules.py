"""The periods of each regime, with the provision that sets each one.

Statutory periods are facts of law; the ICO's expectations (the 40-working-day
ceiling on a public interest extension, the internal review times under FOIA, the
six weeks to complain) are guidance, and are marked so wherever they are shown.
Sources for each are listed in docs/clock.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from foidesk.law.model import Regime

RESPONSE_DAYS = 20
"""FOIA s10(1), FOISA s10(1), EIR reg 5(2): twenty working days."""

PIT_EXPECTED_TOTAL = 40
"""ICO: a public interest extension should not normally take the total past 40 working days."""

EIR_COMPLEX_DAYS = 40
"""EIR reg 7(1): up to 40 working days for a complex and voluminous request."""

FEE_PAYMENT_MONTHS = 3
"""FOIA s9(2): no duty to comply if the fee is not paid within three months of the notice."""


@dataclass(frozen=True)
class RegimeRules:
    """Citations and periods for one regime.

    Attributes:
        response: the provision fixing the time for compliance.
        clarification: the provision restarting the clock on clarification.
        fees: the provision disregarding the fees period, or None if the regime has
            no verified pause.
        review_request_days: working days a requester has to ask for a review.
        review_request_basis: where that period comes from.
        review_days: working days for the authority to decide a review.
        review_longstop_days: the most it should take, if different.
        review_basis: where the review periods come from.
        commissioner: who hears complaints.
        commissioner_basis: where the complaint window comes from.
    """

    response: str
    clarification: str
    fees: str | None
    review_request_days: int
    review_request_basis: str
    review_days: int
    review_longstop_days: int | None
    review_basis: str
    commissioner: str
    commissioner_basis: str


RULES: dict[Regime, RegimeRules] = {
    Regime.FOIA: RegimeRules(
        response="FOIA s10(1)",
        clarification="FOIA s1(3) and s10(6)(b)",
        fees="FOIA s10(2)",
        review_request_days=40,
        review_request_basis=(
            "s45 code of practice and ICO guidance (not statute): an authority may refuse a "
            "review asked for more than 40 working days after its response"
        ),
        review_days=20,
        review_longstop_days=40,
        review_basis=(
            "s45 code of practice and ICO guidance (not statute): 20 working days in most "
            "cases, 40 in exceptional circumstances"
        ),
        commissioner="the Information Commissioner (FOIA s50)",
        commissioner_basis=(
            "ICO (not statute): complain within six weeks of the final response or last "
            "substantive contact; undue delay may end the complaint (s50(2)(b))"
        ),
    ),
    Regime.EIR: RegimeRules(
        response="EIR reg 5(2)",
        clarification="EIR reg 9(4)",
        fees=None,
        review_request_days=40,
        review_request_basis=(
            "EIR reg 11(2): representations within 40 working days after the date on which "
            "the applicant believes the authority failed to comply"
        ),
        review_days=40,
        review_longstop_days=None,
        review_basis="EIR reg 11(4): a decision within 40 working days of the representations",
        commissioner="the Information Commissioner (FOIA s50 as applied by EIR reg 18)",
        commissioner_basis=(
            "ICO (not statute): complain within six weeks of the final response or last "
            "substantive contact"
        ),
    ),
    Regime.FOISA: RegimeRules(
        response="FOISA s10(1)",
        clarification="FOISA s1(3) and s10(1)(b)",
        fees="FOISA s10(2)",
        review_request_days=40,
        review_request_basis=(
            "FOISA s20(5): within 40 working days after the response or, if later, the end "
            "of the time for compliance"
        ),
        review_days=20,
        review_longstop_days=None,
        review_basis="FOISA s21(1): within 20 working days of receiving the requirement for review",
        commissioner="the Scottish Information Commissioner (FOISA s47)",
        commissioner_basis=(
            "FOISA s47(4): within six months of the review decision or, if none came, of "
            "the end of the time for the review"
        ),
    ),
}
