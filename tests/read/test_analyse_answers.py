"""Numbered questions answered one by one: each answer's outcome from its own words when
the exemptions it relies on are set out under headings after it."""

from __future__ import annotations

from foidesk.read import read_text
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


HEADED = """HM Revenue & Customs
Our reference: FOI2025/05531

Thank you for your request under the Freedom of Information Act 2000. You asked:

1. Whether HMRC has opened an enquiry into the tax affairs of Redpath Holdings Ltd.
2. Copies of legal advice HMRC obtained on the loan charge legislation.

Question 1

HMRC cannot confirm or deny whether it holds information about the tax affairs of an \
identifiable person. Section 44(2) of the Freedom of Information Act applies.

Question 2

We hold the advice, but it is withheld under section 42(1) (legal professional privilege).

The public interest favours withholding the information.

If you are not satisfied with this response you may ask for an internal review.
"""


def test_question_headings_after_the_request_list_hold_the_answers() -> None:
    record = read(HEADED)
    assert [(a.number, a.outcome.value) for a in record.answers] == [
        ("1", "ncnd"),
        ("2", "refused"),
    ]
    assert record.answers[0].question.startswith("Whether HMRC")
    assert record.answers[0].citations == ["44(2)"]
    assert record.answers[1].answer.startswith("We hold the advice")
    assert record.answers[1].answer.endswith("withholding the information.")
    assert {c.citation: c.ncnd for c in record.claims} == {"44(2)": True, "42(1)": False}


QUESTION_THEN_RESPONSE = """Kent Police
Request Number: FOI/24/1234

Freedom of Information Act 2000

Question 1
How many officers were dismissed in 2024?
Response
Twelve officers were dismissed in 2024.

Question 2
How many of them were dismissed for sharing data?
Response
Kent Police does not hold this information.

Yours sincerely
"""


def test_a_question_heading_with_the_question_and_a_response_label_under_it() -> None:
    record = read(QUESTION_THEN_RESPONSE)
    assert [(a.question, a.answer, a.outcome.value) for a in record.answers] == [
        (
            "How many officers were dismissed in 2024?",
            "Twelve officers were dismissed in 2024.",
            "disclosed",
        ),
        (
            "How many of them were dismissed for sharing data?",
            "Kent Police does not hold this information.",
            "not_held",
        ),
    ]


TRUST = """Sussex Partnership NHS Foundation Trust
Reference: FOI 2425-0933

Freedom of Information Act 2000 - Response

Q1. How many adult inpatients were placed out of area in each quarter of 2024?

Q1 2024: 61
Q2 2024: 54

Q2. Please list the providers used and the daily bed rate paid to each.

The providers used were Priory Healthcare and Cygnet Health Care.

The daily bed rates are exempt under section 43(2), as disclosure would be likely to \
prejudice the commercial interests of the providers.

Q3. Please provide the names of the patients placed more than 100 miles away.

This information is exempt under section 40(2) of the Act. We also considered section 38 \
in relation to this question, but it has not been necessary to rely on it. Any complaint \
about the handling is covered by section 17 and section 50.

If you are dissatisfied with this response, you may request an internal review.
"""


def test_answers_run_over_paragraphs_and_cite_only_what_they_rely_on() -> None:
    record = read(TRUST)
    assert [(a.number, a.outcome.value, a.citations) for a in record.answers] == [
        ("1", "disclosed", []),
        ("2", "refused", ["43(2)"]),
        ("3", "refused", ["40(2)"]),
    ]
    assert record.answers[0].answer == "Q1 2024: 61 Q2 2024: 54"
    assert record.answers[1].answer.startswith("The providers used were")
    assert record.answers[1].answer.endswith("commercial interests of the providers.")
    assert "internal review" not in record.answers[2].answer


LISTED = """Kent Police
Our Ref: 2025/FOI/0123

Freedom of Information Act 2000

Question 1
How many drones does Kent Police own?

Response
Kent Police owns 14 drones.

Question 2
Please provide the make and model of each drone.

Response
Kent Police holds this information. However, it is exempt by virtue of the following \
exemptions:

Section 31(1)(a) - Law Enforcement
Section 38(1)(a) - Health and Safety

Harm

Releasing the models would be likely to prejudice the prevention of crime.
"""


def test_exemptions_listed_under_an_answer_ending_with_a_colon_are_its_citations() -> None:
    record = read(LISTED)
    assert [(a.number, a.outcome.value, a.citations) for a in record.answers] == [
        ("1", "disclosed", []),
        ("2", "refused", ["31(1)(a)", "38(1)(a)"]),
    ]


ORDINAL = """Department for Work and Pensions
Our Ref: FOI2025/12873

Thank you for your Freedom of Information request. You asked:

"1. How many advances were flagged for review by the model in 2023/24?
2. How many of those were later found to be fraudulent?
3. Please provide the list of features the model uses."

DWP response

In answer to your first question, 185,400 advance claims were referred for review.

In answer to your second question, 21,730 were found to involve fraud or error. The \
Department does not hold a breakdown distinguishing fraud from error.

We are withholding the information requested in your third question under section \
31(1)(a) of the Freedom of Information Act, as disclosure would be likely to prejudice the \
prevention or detection of crime.

If you have any queries about this letter please contact us.
"""


def test_answers_named_by_ordinal_after_a_quoted_request_list() -> None:
    record = read(ORDINAL)
    assert [(a.number, a.outcome.value, a.citations) for a in record.answers] == [
        ("1", "disclosed", []),
        ("2", "disclosed", []),
        ("3", "refused", ["31(1)(a)"]),
    ]
    assert record.answers[0].question.startswith("How many advances")
    assert record.outcome.value == "partial"


TOPICS = """UNIVERSITY OF LEEDS
Freedom of Information Request: FOI-2025-0311

Your request has been considered under the Freedom of Information Act 2000. You asked for:

1. The University's income from international student fees in 2023/24.
2. The University's financial modelling of recruitment for 2025/26.
3. The names of the agents the University paid commission to.

1. Income

The University's income from international students in 2023/24 was £268.4 million.

2. Financial modelling

We hold this information but it is exempt from disclosure under section 43(2) of the Act.

3. Agents

The names of individual agents are exempt under section 40(2).

If you are dissatisfied with this response you may ask for an internal review.
"""


def test_request_items_without_question_words_answered_under_numbered_headings() -> None:
    record = read(TOPICS)
    assert [(a.number, a.outcome.value, a.citations) for a in record.answers] == [
        ("1", "disclosed", []),
        ("2", "refused", ["43(2)"]),
        ("3", "refused", ["40(2)"]),
    ]
    assert record.answers[2].answer.startswith("Agents")
    assert record.outcome.value == "partial"


TABLE = """North West Ambulance Service NHS Trust
Reference: FOI-2025-0456

Freedom of Information Act 2000. The Trust's response to each question is in the table below.

No. | Question | Response
1 | How many hours did ambulances wait outside hospitals in 2024/25? | 312,480 hours.
2 | Please give the figure for each hospital. | See the attached spreadsheet.
3 | Please provide the names of suspended paramedics. | Withheld under section 40(2).

Section 40(2) - personal information

The names are personal data, and disclosure would breach the first data protection principle.
"""


def test_a_question_and_answer_table_written_as_text() -> None:
    record = read(TABLE)
    assert [(a.number, a.outcome.value, a.citations) for a in record.answers] == [
        ("1", "disclosed", []),
        ("2", "disclosed", []),
        ("3", "refused", ["40(2)"]),
    ]
    assert record.answers[0].question == (
        "How many hours did ambulances wait outside hospitals in 2024/25?"
    )
    assert record.answers[0].answer == "312,480 hours."
    assert record.quote(record.answers[0].span).startswith("1 | How many hours")
    assert record.outcome.value == "partial"


LABELLED = """Transport for London
Our reference: FOI-1234-2526

Freedom of Information Act 2000

Q1. How many penalty fares were issued on buses in 2024/25?
Q2. How much does TfL pay per hour for contracted inspection staff?

A1. 181,340 penalty fares were issued on the bus network in 2024/25.

A2. We are unable to provide the hourly rate, which is exempt under section 43(2) of the Act.

(a) Car park usage review

Response to Q3

Yours sincerely
"""


def test_answers_labelled_with_their_numbers_follow_the_listed_questions() -> None:
    record = read(LABELLED)
    assert [(a.number, a.outcome.value, a.citations) for a in record.answers] == [
        ("1", "disclosed", []),
        ("2", "refused", ["43(2)"]),
    ]
    assert record.answers[0].answer == (
        "181,340 penalty fares were issued on the bus network in 2024/25."
    )


REPLIES = """Devon & Cornwall Police
Reference: 101/25

(1) How many quad bikes were stolen in 2024?
(2) Which farms have trackers fitted?

Our reply to (1)

167 quad bikes were stolen in 2024.

Our reply to (2)

The force holds this information. However, it is exempt by virtue of section 31(1)(a) of \
the Act, as disclosure would be likely to prejudice the prevention of crime.
"""


def test_reply_headings_answer_the_items_of_their_numbers() -> None:
    record = read(REPLIES)
    assert [(a.number, a.outcome.value, a.citations) for a in record.answers] == [
        ("1", "disclosed", []),
        ("2", "refused", ["31(1)(a)"]),
    ]
    assert record.answers[0].answer == "167 quad bikes were stolen in 2024."
    assert record.outcome.value == "partial"


LETTERED = """Fife Council
Our reference: FOI-5678

Freedom of Information (Scotland) Act 2002. You asked for:

(a) the Council's review of car park usage;
(b) the number of spaces at each car park.

(a) Car park usage review

The review is to be published in July, so it is exempt under section 27(1) of FOISA.

(b) Number of spaces

Leven station car park has 196 spaces.
"""


def test_lettered_items_pair_with_their_answers() -> None:
    record = read(LETTERED)
    assert [(a.number, a.outcome.value, a.citations) for a in record.answers] == [
        ("a", "refused", ["27(1)"]),
        ("b", "disclosed", []),
    ]


def test_ncnd_for_one_question_of_several_answered_is_partial() -> None:
    text = REPLIES + (
        "\nOur reply to (3)\n\nThe force "
        "can neither confirm nor deny that it holds any information relevant to this part of "
        "your request, by virtue of section 31(3).\n"
    )
    text = text.replace(
        "(2) Which farms have trackers fitted?\n",
        "(2) Which farms have trackers fitted?\n(3) Are there covert cameras at markets?\n",
    )
    record = read(text)
    assert [(a.number, a.outcome.value) for a in record.answers] == [
        ("1", "disclosed"),
        ("2", "refused"),
        ("3", "ncnd"),
    ]
    assert record.outcome.value == "partial"


PART_GIVEN = """University of Leeds
Freedom of Information Request: FOI-2025-0311

You asked for:

1. The agents paid commission in 2023/24.
2. The report on the review, which is due to be published.

1. Agents

The University paid commission to 143 recruitment agents in 2023/24, totalling \u00a311.6 \
million. The names of individual agents are exempt under section 43(2).

2. Review

The report is exempt under section 22(1), as it will be published in July 2025. Section 22 \
is a qualified exemption.
"""


def test_an_answer_giving_figures_and_withholding_a_detail_is_partial() -> None:
    record = read(PART_GIVEN)
    assert [(a.number, a.outcome.value) for a in record.answers] == [
        ("1", "partial"),
        ("2", "refused"),
    ]


REPLY_ABOVE_QUOTE = """From: Freedom of Information Unit <foi@police.example.uk>
Subject: RE: Freedom of Information request [FOI 0789/25]

Dear Mr Whitworth,

1. The force owns 14 walk-through knife arches.
2. The names of the suppliers are withheld under section 43(2) of the Act.

Kind regards

-----Original Message-----
From: Dan Whitworth <dan@example.org>
Subject: Freedom of Information request

Under the Freedom of Information Act I would like the following:

1. How many knife arches does the force own?
2. Who supplied them?
"""


def test_a_reply_above_the_quoted_request_answers_its_numbered_questions() -> None:
    record = read(REPLY_ABOVE_QUOTE)
    assert [(a.number, a.question, a.outcome.value) for a in record.answers] == [
        ("1", "How many knife arches does the force own?", "disclosed"),
        ("2", "Who supplied them?", "refused"),
    ]
    assert record.answers[0].answer == "The force owns 14 walk-through knife arches."


CELLS = """Leeds Teaching Hospitals NHS Trust
Request LTHT 25/1198

Freedom of Information Act 2000. Our answers are set out in the table below.

No.
Your question
Our answer
1
Which company supplies the robotic surgical systems?
Meridian Robotics UK Ltd.
2
Please provide the names of the consultants trained to use them.
Withheld under section 40(2). See the explanation below.
"""


def test_a_word_table_read_cell_by_cell_gives_its_rows() -> None:
    record = read_text(CELLS, format="docx")
    assert [(a.number, a.question, a.answer, a.outcome.value) for a in record.answers] == [
        (
            "1",
            "Which company supplies the robotic surgical systems?",
            "Meridian Robotics UK Ltd.",
            "disclosed",
        ),
        (
            "2",
            "Please provide the names of the consultants trained to use them.",
            "Withheld under section 40(2). See the explanation below.",
            "refused",
        ),
    ]


LABELS = """Ministry of Defence
Ref: FOI2025/09318

Thank you for your email requesting the following information:

- How many aircraft are based at RAF Waddington?
- Their availability rates for each month of 2024.

Question 1: on 1 June 2025 the Royal Air Force had 10 aircraft based at RAF Waddington.

Question 2: the availability figures are withheld under section 26(1)(b) of the Act.
"""


def test_answers_under_their_question_labels_alone() -> None:
    record = read(LABELS)
    assert [(a.number, a.question, a.outcome.value) for a in record.answers] == [
        ("1", "", "disclosed"),
        ("2", "", "refused"),
    ]
    assert record.answers[0].answer.startswith("on 1 June 2025")
    assert record.outcome.value == "partial"


PARTS = """Natural Resources Wales
Our reference: NRW-EIR-2025-0412

We received your request for (a) the inundation maps and (b) the dates of the last tests.

Part (a)

We enclose the outline flood extent for each reservoir. We are withholding the depth grids \
under regulation 12(5)(a) of the Environmental Information Regulations 2004.

Part (b)

We do not hold this information, so regulation 12(4)(a) applies.
"""


def test_part_headings_hold_the_answers() -> None:
    record = read(PARTS)
    assert [(a.number, a.outcome.value, a.citations) for a in record.answers] == [
        ("a", "partial", ["12(5)(a)"]),
        ("b", "not_held", ["12(4)(a)"]),
    ]
