"""The statutory phrases a notice needs, by regime.

FOIA 2000 s17 (refusal notice), FOISA 2002 ss16-19 and EIR 2004 reg 14 each require
the notice to name the provision relied on, say why it applies, give the public
interest reasons for a qualified exemption, and tell the requester about the review
and the Commissioner. The words for each regime live here, in one table per topic,
so that a template never has to know which statute it is writing under.
"""

from __future__ import annotations

from dataclasses import dataclass

from foidesk.law.model import Provision, ProvisionKind, Regime, Status, Test
from foidesk.record.model import Likelihood, Outcome


@dataclass(frozen=True)
class RegimeWords:
    """The phrases one regime uses."""

    act: str
    """The short title (``Freedom of Information Act 2000``)."""
    short: str
    """How a letter refers to it after the first time (``the Act``)."""
    request_kind: str
    """``Freedom of Information request`` or ``Environmental Information request``."""
    confirm_deny_duty: str
    """The provision giving the duty to confirm or deny."""
    refusal_notice: str
    """The provision under which a refusal notice is given."""
    public_interest: str
    """The provision that sets the public interest test for withholding information."""
    public_interest_ncnd: str
    """The provision that sets it for the duty to confirm or deny."""
    review: str
    """The review route."""
    commissioner: str
    """Who decides complaints."""
    commissioner_address: tuple[str, ...]
    complaint: str
    """The provision giving the right to complain to the Commissioner."""
    not_held: str
    """How the notice says the information is not held, and under which provision."""
    not_obliged_notice: str
    """The notice given when a request is refused as too costly or vexatious."""
    ncnd_basis: str
    """How the notice says the duty to confirm or deny does not apply ({labels} filled in)."""


WORDS = {
    Regime.FOIA: RegimeWords(
        act="Freedom of Information Act 2000",
        short="the Act",
        request_kind="Freedom of Information request",
        confirm_deny_duty="section 1(1)(a)",
        refusal_notice="section 17",
        public_interest="section 2(2)(b) of the Act",
        public_interest_ncnd="section 2(1)(b) of the Act",
        review="an internal review",
        commissioner="the Information Commissioner",
        commissioner_address=(
            "Information Commissioner's Office",
            "Wycliffe House, Water Lane",
            "Wilmslow, Cheshire SK9 5AF",
            "www.ico.org.uk",
        ),
        complaint="section 50 of the Freedom of Information Act 2000",
        not_held="This is our answer under section 1(1)(a) of the Act.",
        not_obliged_notice="This is a notice under section 17(5) of the Act.",
        ncnd_basis="The duty in section 1(1)(a) of the Freedom of Information Act 2000 to "
        "confirm or deny whether information is held does not apply, by virtue of {labels}.",
    ),
    Regime.FOISA: RegimeWords(
        act="Freedom of Information (Scotland) Act 2002",
        short="the Act",
        request_kind="Freedom of Information request",
        confirm_deny_duty="section 18",
        refusal_notice="section 16",
        public_interest="section 2(1)(b) of the Act",
        public_interest_ncnd="section 18(1) of the Act",
        review="a review under section 20 of the Freedom of Information (Scotland) Act 2002",
        commissioner="the Scottish Information Commissioner",
        commissioner_address=(
            "Scottish Information Commissioner",
            "Kinburn Castle, Doubledykes Road",
            "St Andrews, Fife KY16 9DS",
            "www.foi.scot",
        ),
        complaint="section 47 of the Freedom of Information (Scotland) Act 2002",
        not_held="This is a notice under section 17 of the Act.",
        not_obliged_notice="This is a notice under section 16 of the Act.",
        ncnd_basis="Under section 18 of the Freedom of Information (Scotland) Act 2002 we "
        "neither reveal whether the information exists nor whether it is held, relying on "
        "{labels}.",
    ),
    Regime.EIR: RegimeWords(
        act="Environmental Information Regulations 2004",
        short="the Regulations",
        request_kind="Environmental Information request",
        confirm_deny_duty="regulation 12(6)",
        refusal_notice="regulation 14",
        public_interest="regulation 12(1)(b) of the Regulations",
        public_interest_ncnd="regulation 12(6) of the Regulations",
        review="a reconsideration under regulation 11 of the Environmental Information "
        "Regulations 2004",
        commissioner="the Information Commissioner",
        commissioner_address=(
            "Information Commissioner's Office",
            "Wycliffe House, Water Lane",
            "Wilmslow, Cheshire SK9 5AF",
            "www.ico.org.uk",
        ),
        complaint="section 50 of the Freedom of Information Act 2000, as applied by "
        "regulation 18 of the Environmental Information Regulations 2004",
        not_held="This is a refusal under regulation 12(4)(a) of the Regulations.",
        not_obliged_notice="This is a refusal notice under regulation 14 of the Regulations.",
        ncnd_basis="Under regulation 12(6) of the Environmental Information Regulations 2004 "
        "we neither confirm nor deny whether the information exists and is held, relying on "
        "{labels}.",
    ),
}

NCND_CAVEAT = (
    "This notice should not be taken as an indication that the information you requested "
    "is, or is not, held."
)
"""The line every NCND notice carries, so that the notice itself reveals nothing."""

_TEST_ADJECTIVES = {Test.CLASS: "class-based", Test.PREJUDICE: "prejudice-based"}
_TEST_WORDS = {
    Test.ENDANGER: "engaged where disclosure would, or would be likely to, endanger "
    "health or safety",
    Test.REQUIRED: "engaged where exemption is required to safeguard national security",
    Test.REASONABLE_OPINION: "engaged on the reasonable opinion of a qualified person",
    Test.ADVERSE_EFFECT: "engaged where disclosure would adversely affect the interests "
    "it protects",
    Test.SUBSTANTIAL_PREJUDICE: "engaged where disclosure would, or would be likely to, "
    "prejudice substantially",
}

HARM_TESTS = frozenset(
    {Test.PREJUDICE, Test.ENDANGER, Test.ADVERSE_EFFECT, Test.SUBSTANTIAL_PREJUDICE}
)
"""Tests under which the notice must show harm (the prejudice test, Hogan)."""


def kind_word(provision: Provision | None) -> str:
    """``Exemption``, ``Exception`` or ``Refusal`` for the heading of a block."""
    if provision is None:
        return "Exemption"
    if provision.kind is ProvisionKind.EXCEPTION:
        return "Exception"
    if provision.kind in (ProvisionKind.REFUSAL_GROUND, ProvisionKind.PROCEDURAL):
        return "Refusal"
    return "Exemption"


def nature(provision: Provision, regime: Regime) -> str:
    """One sentence on what kind of provision it is (FOIA s2; s17(1)(b),(c)).

    Example: ``Section 31(1)(a) of the Freedom of Information Act 2000 (Prevention or
    detection of crime) is a qualified, prejudice-based exemption.``
    """
    label = provision.label[0].upper() + provision.label[1:]
    head = f"{label} of the {WORDS[regime].act} ({provision.title})"
    kind = "exception" if provision.kind is ProvisionKind.EXCEPTION else "exemption"
    if provision.kind in (ProvisionKind.REFUSAL_GROUND, ProvisionKind.PROCEDURAL):
        return f"{head} applies to this request."
    adjective = _TEST_ADJECTIVES.get(provision.test) if provision.test else None
    test = _TEST_WORDS.get(provision.test) if provision.test else None
    noun = f"{adjective} {kind}" if adjective else kind
    if provision.status is Status.ABSOLUTE:
        status = f"an absolute, {noun}" if adjective else f"an absolute {kind}"
    elif provision.status is Status.CONDITIONAL:
        # absolute_when is not quoted: its citations would read as further claims.
        article = "a" if adjective else "an"
        status = f"{article} {noun} that is absolute in some cases and qualified in others"
    else:
        status = f"a qualified, {noun}" if adjective else f"a qualified {kind}"
    return f"{head} is {status}{', ' + test if test else ''}."


def public_interest_sentence(
    provision: Provision, regime: Regime, ncnd: bool, has_test: bool = True
) -> str:
    """Why the notice weighs the public interest, or why it need not (FOIA s2(3))."""
    words = WORDS[regime]
    if provision.status is Status.ABSOLUTE:
        return "As it is absolute, no public interest test is required."
    if provision.status is Status.CONDITIONAL and not has_test:
        return "Here it applies absolutely, so no public interest test is required."
    if ncnd:
        return (
            "We must therefore show the harm in confirming or denying whether the information "
            "is held, and consider whether the public interest in maintaining the exclusion of "
            "the duty to confirm or deny outweighs the public interest in confirming or denying "
            f"({words.public_interest_ncnd})."
        )
    return (
        "We have therefore considered whether the public interest in maintaining the "
        "exemption outweighs the public interest in disclosing the information "
        f"({words.public_interest})."
    )


_HARM_VERB = {
    Test.ENDANGER: "endanger",
    Test.ADVERSE_EFFECT: "adversely affect",
    Test.SUBSTANTIAL_PREJUDICE: "prejudice substantially",
}


def likelihood_sentence(
    likelihood: Likelihood, ncnd: bool, provision: Provision | None = None, interest: str = ""
) -> str:
    """The level of likelihood relied on, naming the interest harmed (Hogan steps 1 and 3).

    "" when the record does not state the likelihood.
    """
    act = "confirming or denying whether the information is held" if ncnd else "disclosure"
    verb = _HARM_VERB.get(provision.test, "prejudice") if provision and provision.test else ""
    harmed = (
        f"{verb} the interest protected by {provision.label} ({interest[:1].lower()}{interest[1:]})"
        if provision is not None and interest
        else "cause this prejudice"
    )
    if likelihood is Likelihood.WOULD:
        return f"We consider that {act} would {harmed}: it is more probable than not."
    if likelihood is Likelihood.WOULD_BE_LIKELY:
        return (
            f"We consider that {act} would be likely to {harmed}: there is a real and "
            "significant risk of it."
        )
    return ""


def conclusion_sentence(ncnd: bool, favours_disclosure: bool) -> str:
    """The conclusion of the public interest test when the record gives none (s17(3))."""
    if favours_disclosure:
        return "On balance, the public interest favours disclosure."
    if ncnd:
        return (
            "On balance, the public interest in maintaining the exclusion of the duty to "
            "confirm or deny outweighs the public interest in confirming or denying whether "
            "the information is held."
        )
    return (
        "On balance, the public interest in maintaining the exemption outweighs the public "
        "interest in disclosing the information."
    )


OUTCOME_TITLES = {
    Outcome.DISCLOSED: "Information provided",
    Outcome.PARTIAL: "Information provided in part",
    Outcome.REFUSED: "Refusal notice",
    Outcome.NCND: "Refusal notice: neither confirm nor deny",
    Outcome.NOT_HELD: "Information not held",
    Outcome.COST_LIMIT: "Refusal notice: cost of compliance",
    Outcome.VEXATIOUS: "Refusal notice: vexatious request",
    Outcome.OTHER: "Response",
}
