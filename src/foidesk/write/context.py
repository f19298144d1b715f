"""The view-model of a notice: everything a template shows, worked out in one place.

Templates stay free of law: this module decides the headings, the statutory sentences
(FOIA s17(1)-(7); FOISA ss16-19; EIR reg 14) and the order of the parts, from the
Response record, the law catalogue and the house style. Every string here is plain
text, already cleaned of characters no document can carry; escaping is the
renderer's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from foidesk.law.catalogue import catalogue
from foidesk.law.model import Provision, ProvisionKind, Regime
from foidesk.record.model import Answer, Claim, DateRole, Favours, Outcome, Passage, Response
from foidesk.write import wording
from foidesk.write.config import HouseStyle
from foidesk.write.draft import Draft
from foidesk.write.text import long_date, one_line, paragraphs
from foidesk.write.wording import WORDS, RegimeWords

HARM = "Harm"
HARM_NCND = "Harm in confirming or denying that information is held"
FOR = "Factors favouring disclosure"
AGAINST = "Factors favouring non-disclosure"
FOR_NCND = "Factors favouring confirming or denying"
AGAINST_NCND = "Factors favouring neither confirming nor denying"
HEADING_LIMIT = 60
"""Longer headings drop the provision's title (it is in the first sentence below them), so
that a heading fits on one line of an A4 page and is read back as one."""
BALANCE = "Balancing test"
CONCLUSION = "Conclusion"


@dataclass(frozen=True)
class PublicInterestView:
    """The public interest test of one claim (FOIA s2(1)(b), s2(2)(b), s17(3))."""

    for_heading: str
    factors_for: list[str]
    against_heading: str
    factors_against: list[str]
    balance: list[str]
    conclusion: list[str]


@dataclass(frozen=True)
class ClaimView:
    """One provision relied on, as the notice sets it out."""

    key: str
    label: str
    heading: str
    ncnd: bool
    nature: list[str]
    harm_heading: str
    harm: list[str]
    pit: PublicInterestView | None


@dataclass(frozen=True)
class AnswerView:
    """One numbered question and its answer."""

    number: str
    question: list[str]
    answer: list[str]


@dataclass(frozen=True)
class Notice:
    """Everything the notice templates render. Built by :func:`build_notice`."""

    title: str
    outcome_title: str
    reference: str
    date: str
    date_iso: str
    authority: str
    letterhead: list[str]
    request: list[str]
    received: str
    intro: list[str]
    answers: list[AnswerView]
    ncnd_caveat: str
    claims: list[ClaimView]
    advice: list[str]
    review_heading: str
    review: list[str]
    review_address: list[str]
    commissioner_heading: str
    commissioner: list[str]
    commissioner_address: list[str]
    closing: str
    signer: list[str]
    subject: str
    keywords: list[str] = field(default_factory=list)
    reference_label: str = "Our reference"
    lang: str = "en-GB"


def _provision(claim: Claim) -> Provision:
    return catalogue().get(claim.regime, claim.citation)


def _labels(claims: list[Claim]) -> str:
    names = [f"{_provision(c).label} ({_provision(c).title})" for c in claims]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _interest(claim: Claim, provision: Provision) -> str:
    """The interest a harm test protects: the limb's title, or the section's for an NCND limb."""
    if not provision.excludes_confirm_deny:
        return provision.title
    section = catalogue().find(claim.regime, provision.section)
    return section.title if section is not None else ""


def _texts(passages: list[Passage]) -> list[str]:
    return [p for passage in passages for p in paragraphs(passage.text)]


def _harm_heading(claim: Claim, provision: Provision) -> str:
    if claim.ncnd:
        return HARM_NCND
    if provision.kind in (ProvisionKind.REFUSAL_GROUND, ProvisionKind.PROCEDURAL):
        return f"Why {provision.label} applies"
    if provision.test in wording.HARM_TESTS:
        return HARM
    return f"Why the {wording.kind_word(provision).lower()} applies"


def _pit_view(claim: Claim) -> PublicInterestView | None:
    pit = claim.pit
    if pit is None:
        return None
    conclusion = paragraphs(pit.conclusion.text) if pit.conclusion else []
    if not conclusion:
        favours_disclosure = pit.favours is Favours.DISCLOSURE
        conclusion = [wording.conclusion_sentence(claim.ncnd, favours_disclosure)]
    return PublicInterestView(
        for_heading=FOR_NCND if claim.ncnd else FOR,
        factors_for=_texts(pit.factors_for),
        against_heading=AGAINST_NCND if claim.ncnd else AGAINST,
        factors_against=_texts(pit.factors_against),
        balance=paragraphs(pit.balance.text) if pit.balance else [],
        conclusion=conclusion,
    )


def claim_view(claim: Claim) -> ClaimView:
    """How one claim is set out: heading, what it is, harm and public interest test."""
    provision = _provision(claim)
    label = provision.label
    heading = f"{wording.kind_word(provision)}: {label} – {provision.title}"
    if len(heading) > HEADING_LIMIT:
        heading = f"{wording.kind_word(provision)}: {label}"
    nature = [wording.nature(provision, claim.regime)]
    if provision.kind not in (ProvisionKind.REFUSAL_GROUND, ProvisionKind.PROCEDURAL):
        nature.append(
            wording.public_interest_sentence(
                provision, claim.regime, claim.ncnd, has_test=claim.pit is not None
            )
        )
    if claim.scope:
        nature.append(f"This applies to {one_line(claim.scope)}.")
    harm = paragraphs(claim.harm.text) if claim.harm else []
    if claim.harm and harm:
        harm_test = provision.test in wording.HARM_TESTS
        extra = wording.likelihood_sentence(
            claim.harm.likelihood,
            claim.ncnd,
            provision if harm_test else None,
            _interest(claim, provision) if harm_test else "",
        )
        harm += [extra] if extra else []
    return ClaimView(
        key=claim.citation,
        label=label,
        heading=heading,
        ncnd=claim.ncnd,
        nature=nature,
        harm_heading=_harm_heading(claim, provision),
        harm=harm,
        pit=_pit_view(claim),
    )


def _answer_text(answer: Answer) -> list[str]:
    given = paragraphs(answer.answer)
    if given:
        return given
    cited = ", ".join(f"section {c}" for c in answer.citations)
    if answer.outcome is Outcome.NCND:
        return ["We can neither confirm nor deny whether this information is held; see below."]
    if answer.outcome is Outcome.NOT_HELD:
        return ["This information is not held."]
    if answer.outcome in (Outcome.REFUSED, Outcome.PARTIAL) and cited:
        return [f"This information is withheld under {cited}; see below."]
    return []


def _intro(response: Response, words: RegimeWords) -> list[str]:
    withholding = [c for c in response.claims if not c.ncnd]
    ncnd = [c for c in response.claims if c.ncnd]
    considered = f"We have considered your request under the {words.act}."
    outcome = response.outcome
    text: list[str] = [considered]
    if outcome is Outcome.DISCLOSED:
        text.append("The information you asked for is set out below.")
    elif outcome is Outcome.PARTIAL:
        text.append(
            "Some of the information you asked for is set out below. The rest is withheld "
            f"under {_labels(withholding) or 'the provisions set out below'}; this notice "
            "explains why."
        )
    elif outcome is Outcome.REFUSED:
        text.append(
            "We hold the information you asked for, but it is exempt from disclosure under "
            f"{_labels(withholding)}. This notice explains why."
        )
    elif outcome is Outcome.NOT_HELD:
        text.append(f"We do not hold the information you asked for. {words.not_held}")
    elif outcome in (Outcome.COST_LIMIT, Outcome.VEXATIOUS):
        text.append(
            f"We are not obliged to comply with your request, relying on "
            f"{_labels(response.claims)}. {words.not_obliged_notice}"
        )
    if ncnd:
        text.append(
            "We can neither confirm nor deny whether we hold "
            + ("the information you asked for. " if outcome is Outcome.NCND else "part of it. ")
            + words.ncnd_basis.format(labels=_labels(ncnd))
        )
    return text


def _review(style: HouseStyle, regime: Regime, reference: str) -> list[str]:
    words = WORDS[regime]
    days = style.review.window_working_days
    about = f" quoting reference {reference}" if reference else ""
    where = (
        f"by email to {style.review.email} or by post to the address below"
        if style.review.email and style.review.address
        else f"by email to {style.review.email}"
        if style.review.email
        else "to the address below"
        if style.review.address
        else "to us at the address at the top of this letter"
    )
    return [
        f"If you are not satisfied with this response you have the right to ask for "
        f"{words.review}. Please write {where}{about}, within {days} working days of the "
        "date of this letter, and say why you are not satisfied.",
        "The review will be carried out by someone who was not involved in the original decision.",
    ]


def _commissioner(style: HouseStyle, regime: Regime) -> list[str]:
    if style.commissioner.wording.strip():
        return paragraphs(style.commissioner.wording)
    words = WORDS[regime]
    return [
        "If you remain dissatisfied after the review, you have the right under "
        f"{words.complaint} to apply to {words.commissioner} for a decision on whether "
        "your request has been dealt with in accordance with the law. You can contact "
        f"{words.commissioner} at:"
    ]


def build_notice(draft: Draft, style: HouseStyle | None = None) -> Notice:
    """The view-model of the notice for ``draft``, in ``style`` (the default style if None).

    The record must already be valid (``record.validate.ensure_valid``).
    """
    style = style or HouseStyle()
    response = draft.response
    regime = response.regime
    words = WORDS[regime]
    reference = one_line(response.reference)
    authority = one_line(response.authority) or one_line(style.authority.name)
    sent = response.date(DateRole.SENT) or response.date(DateRole.DOCUMENT)
    received = response.date(DateRole.RECEIVED)
    title = words.request_kind + (f" {reference}" if reference else "")
    contact = [
        f"{label}: {one_line(value)}"
        for label, value in (
            ("Email", style.authority.email),
            ("Telephone", style.authority.telephone),
            ("Web", style.authority.website),
        )
        if value
    ]
    letterhead = [one_line(line) for line in style.authority.address] + contact
    claims = [claim_view(c) for c in response.claims]
    keywords = [words.act, *[c.label for c in claims], response.outcome.value]
    signer = [one_line(x) for x in (style.sign_off.name, style.sign_off.role) if x]
    signer += [authority] if authority else []
    return Notice(
        title=title,
        outcome_title=wording.OUTCOME_TITLES[response.outcome],
        reference=reference,
        date=long_date(sent),
        date_iso=sent.isoformat() if sent else "",
        authority=authority,
        letterhead=letterhead,
        request=paragraphs(response.request.text) if response.request else [],
        received=long_date(received),
        intro=_intro(response, words),
        answers=[
            AnswerView(
                number=one_line(a.number), question=paragraphs(a.question), answer=_answer_text(a)
            )
            for a in response.answers
        ],
        ncnd_caveat=wording.NCND_CAVEAT if any(c.ncnd for c in response.claims) else "",
        claims=claims,
        advice=paragraphs(draft.advice),
        review_heading="Your right to ask for a review"
        if regime is not Regime.EIR
        else "Your right to ask us to reconsider",
        review=_review(style, regime, reference),
        review_address=[one_line(line) for line in style.review.address],
        commissioner_heading=f"Your right to complain to {words.commissioner}",
        commissioner=_commissioner(style, regime),
        commissioner_address=[]
        if style.commissioner.wording.strip()
        else list(words.commissioner_address),
        closing=one_line(style.sign_off.closing),
        signer=signer,
        subject=f"{wording.OUTCOME_TITLES[response.outcome]} under the {words.act}",
        keywords=keywords,
    )


__all__ = ["AnswerView", "ClaimView", "Notice", "PublicInterestView", "build_notice", "claim_view"]
