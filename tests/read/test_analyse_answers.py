"""Numbered questions answered one by one: each answer's outcome from its own words when
the exemptions it relies on are set out under headings after it."""

from __future__ import annotations

from tests.read.analyse_helpers import read

LETTER = """Police Scotland
Our reference: IM-FOI-2025-0412

Freedom of Information (Scotland) Act 2002

1. How many officers are trained to use Taser in the North East division?

The number of officers trained in the use of Taser in North East division was 211.

2. Please list the police stations where Taser-trained officers are based.

{second}

Section 35(1)(a) - Law Enforcement

Disclosure of the stations would be likely to prejudice substantially the prevention and
detection of crime, because it would show where an armed response is less readily available.

3. How many times was Taser discharged in 2024?

Police Scotland does not hold this information.

If you are dissatisfied, you may require a review under section 20 within 40 working days,
and then apply to the Scottish Information Commissioner under section 47.
"""


def test_refusal_before_its_exemption_headings_is_refused() -> None:
    second = (
        "I am refusing to provide the information, as it is exempt from disclosure under the "
        "following exemption:"
    )
    record = read(LETTER.format(second=second))
    assert [a.outcome.value for a in record.answers] == ["disclosed", "refused", "not_held"]
    assert record.outcome.value == "partial"


def test_ncnd_in_one_answer_is_ncnd() -> None:
    second = "Police Scotland can neither confirm nor deny that it holds this information:"
    record = read(LETTER.format(second=second))
    assert record.answers[1].outcome.value == "ncnd"
