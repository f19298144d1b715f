"""Each cleaning step on its own, table-driven: input text, format, expected cleaned text."""

from __future__ import annotations

import pytest

from foidesk.read.clean import clean
from foidesk.read.cleaners.running import line_key
from foidesk.read.cleaners.welsh import is_welsh
from foidesk.read.cleaners.wraps import keep_hyphen

WRAP = (
    "Policing is an information-led activity, and information assurance (which\n"
    "includes information security) is fundamental to how the Police Service manages\n"
    "the challenges faced by forces across the country in the current climate of cuts.\n"
)


def run(step: str, text: str, format: str = "txt") -> str:
    return clean(text, format=format, steps=[step]).text


@pytest.mark.parametrize(
    ("step", "raw", "expected"),
    [
        ("newlines", "a\r\nb\rc\u2028d", "a\nb\nc\nd"),
        ("invisible", "\ufeffinfor\u00admation\u200b", "information"),
        ("spaces", "a\tb\u00a0c\u2009d", "a b c d"),
        (
            "hyphens",
            "with\u2010holding a non\u2011breaking hyphen",
            "with-holding a non-breaking hyphen",
        ),
        ("markup", "<u>Harm</u> and <b>bold</b> <i>it</i>", "Harm and bold it"),
        ("markup", "Q&amp;A&nbsp;here &#8211; &lt;x&gt;", "Q&A here – <x>"),
        ("markup", "line<br/>next <p class='x'>para</p>", "line\nnext \npara\n"),
        ("markup", "write to <foi@example.org> if a < b", "write to <foi@example.org> if a < b"),
        ("markup", "&unknownentity; stays", "&unknownentity; stays"),
        ("markings", "Text\nPage 3 of 7\nMore", "Text\nMore"),
        ("markings", "OFFICIAL\nText\nNOT PROTECTIVELY MARKED", "Text"),
        ("markings", "Text\n- 4 -\nClassification: OFFICIAL-SENSITIVE\nEnd", "Text\nEnd"),
        ("markings", "The OFFICIAL figures\nPage three", "The OFFICIAL figures\nPage three"),
        ("page_breaks", "end of page\n\f\nnext page", "end of page\nnext page"),
        ("trim_lines", "  Harm  \n \ntext   with  gaps ", "Harm\n\ntext with gaps"),
        (
            "bullets",
            "• one\n◦ two\n\uf0b7 three\n*  four\n- five",
            "- one\n- two\n- three\n- four\n- five",
        ),
        ("bullets", "1.\tfirst\n(iv)   fourth\na)  item", "1. first\n(iv) fourth\na) item"),
        ("bullets", "•\nalone on its line", "- alone on its line"),
        ("bullets", "i.e. not a list\n2023. not a number", "i.e. not a list\n2023. not a number"),
        ("blocks", "\n\nHarm\nText\n\n\n\nMore\n\n", "Harm\n\nText\n\nMore"),
        ("part_markers", "body\n[[attachment: notice.pdf]]\nnotice", "body\n\nnotice"),
    ],
)
def test_step(step: str, raw: str, expected: str) -> None:
    assert run(step, raw, format="eml" if step == "part_markers" else "txt") == expected


def test_part_markers_are_only_for_email() -> None:
    assert run("part_markers", "[[attachment: a.pdf]]", "txt") == "[[attachment: a.pdf]]"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            WRAP,
            "Policing is an information-led activity, and information assurance (which "
            "includes information security) is fundamental to how the Police Service manages "
            "the challenges faced by forces across the country in the current climate of cuts.\n",
        ),
        ("The requested informa-\ntion is not held.", "The requested information is not held."),
        ("a cyber-\nattack on the force", "a cyber-attack on the force"),
        ("multi-agency work and multi-\nagency data", "multi-agency work and multi-agency data"),
        ("Short heading\nNext line", "Short heading\nNext line"),
        (
            WRAP.replace(
                "cuts.",
                "cuts, as set out in the policy published at http://\n"
                "library.college.example/docs/policy.pdf",
            ),
            WRAP.replace("\n", " ")
            .rstrip()
            .replace(
                "cuts.",
                "cuts, as set out in the policy "
                "published at http://library.college.example/docs/policy.pdf",
            )
            + "\n",
        ),
        ("Section 31 -\nlaw enforcement", "Section 31 -\nlaw enforcement"),
        (
            "1 | How many hours did ambulances wait outside the hospitals? | 312,480 hours.\n"
            "2 | Please give the figure for each hospital. | See the attached spreadsheet.\n",
            "1 | How many hours did ambulances wait outside the hospitals? | 312,480 hours.\n"
            "2 | Please give the figure for each hospital. | See the attached spreadsheet.\n",
        ),
    ],
)
def test_wraps(raw: str, expected: str) -> None:
    assert run("wraps", raw, "pdf") == expected


def test_wraps_leave_docx_paragraphs_alone() -> None:
    assert run("wraps", WRAP, "docx") == WRAP


def test_wraps_keep_headings_and_list_items_apart() -> None:
    raw = (
        WRAP.replace("cuts.\n", "cuts.\nFactors favouring release\n")
        + "- the first item of a list that is long enough to wrap onto the next line of text\n"
        + "- second item\n"
    )
    lines = run("wraps", raw, "pdf").splitlines()
    assert lines[1:] == [
        "Factors favouring release",
        "- the first item of a list that is long enough to wrap onto the next line of text",
        "- second item",
    ]


def test_wraps_join_a_sentence_over_a_blank_line() -> None:
    raw = WRAP.replace("manages\n", "manages \n\n").replace("the challenges", "and challenges")
    assert "\n" not in run("wraps", raw, "pdf").strip()


@pytest.mark.parametrize(
    ("left", "right", "vocabulary", "keep"),
    [
        ("informa", "tion", set(), False),
        ("cyber", "attack", set(), True),
        ("multi", "agency", {"multiagency"}, False),
        ("data", "set", {"data-set"}, True),
    ],
)
def test_keep_hyphen(left: str, right: str, vocabulary: set[str], keep: bool) -> None:
    assert keep_hyphen(left, right, vocabulary) is keep


PAGE = "\n".join(f"Paragraph {n} of the response says something of substance." for n in range(14))


@pytest.mark.parametrize(
    ("raw", "gone", "kept"),
    [
        (
            f"Header Line Of Force\n{PAGE}\nfooter 12/01/2024 REF_1\n\f"
            f"Header Line Of Force\n{PAGE}\nfooter 12/01/2024 REF_1",
            ["Header Line Of Force", "REF_1"],
            ["Paragraph 3"],
        ),
        (
            f"FOI 123/24 page 1\n{PAGE}\n\fFOI 123/24 page 2\n{PAGE}\n\fFOI 123/24 page 3\n{PAGE}",
            ["FOI 123/24"],
            ["Paragraph 13"],
        ),
        (
            f"West Midlands Police Freedom of Information\n\n{PAGE}\n\n14/12/2023 1771A_PIT_01\n\n"
            f"West Midlands Police Freedom of Information\n\n{PAGE}\n\n14/12/2023 1771A_PIT_01",
            ["West Midlands Police", "1771A_PIT_01"],
            ["Paragraph 13"],
        ),
        (
            f"Harm\n{PAGE}\nHarm\n{PAGE}\nHarm\n{PAGE}",
            [],
            ["Harm"],
        ),
        (
            f"Factors favouring disclosure\n{PAGE}\n\fFactors favouring disclosure\n{PAGE}",
            [],
            ["Factors favouring disclosure"],
        ),
        (
            "Short document\nWest Midlands Police\nWest Midlands Police\nEnd of it",
            [],
            ["West Midlands Police"],
        ),
    ],
)
def test_running_lines(raw: str, gone: list[str], kept: list[str]) -> None:
    cleaned = run("running_lines", raw)
    for text in gone:
        assert text not in cleaned
    for text in kept:
        assert text in cleaned


def test_line_key_ignores_case_spacing_and_page_numbers() -> None:
    assert line_key("  Page 3  of 7 ") == line_key("page 4 of 7")
    assert line_key("Harm") != line_key("Balance")


WELSH = (
    "Mae Heddlu Dyfed-Powys wedi ystyried eich cais am wybodaeth o dan Ddeddf Rhyddid "
    "Gwybodaeth 2000 ac mae'r wybodaeth yn cael ei chadw gan yr heddlu."
)
ENGLISH = (
    "Dyfed-Powys Police has considered your request for information under the Freedom of "
    "Information Act 2000 and the information is held by the force."
)


@pytest.mark.parametrize(
    ("paragraph", "welsh"),
    [
        (WELSH, True),
        (ENGLISH, False),
        ("Niwed", True),
        ("Harm", False),
        ("Prawf budd y cyhoedd", True),
        ("Cais Rhyddid Gwybodaeth / Freedom of Information Request", False),
        ("Section 31 Law Enforcement", False),
        ("", False),
    ],
)
def test_is_welsh(paragraph: str, welsh: bool) -> None:
    assert is_welsh(paragraph) is welsh


def test_welsh_paragraphs_are_dropped_and_english_kept() -> None:
    raw = f"{WELSH}\n\n{ENGLISH}\n\n{WELSH}\n\n{ENGLISH}"
    assert run("welsh", raw).split() == f"{ENGLISH}\n\n{ENGLISH}".split()


def test_an_all_welsh_document_is_left_alone() -> None:
    raw = f"{WELSH}\n\n{WELSH}"
    assert run("welsh", raw) == raw


def test_a_word_broken_with_a_unicode_hyphen_is_mended() -> None:
    raw = (
        "The Council is refusing your request as manifestly unreasonable; under regula\u2010\n"
        "tion 11 you may ask for reconsideration of this decision within forty days.\n"
    )
    assert "regulation 11" in clean(raw, format="pdf").text


def test_a_reasoning_heading_is_not_run_into_the_paragraph_below_it() -> None:
    raw = (
        "Confirmation or denial would be likely to undermine national security and would\n"
        "be likely to prejudice the prevention and detection of crime in the county area.\n"
        "\n"
        "Section 24(2) – factors favouring confirmation or denial\n"
        "Confirming or denying would show openness about the scale of covert policing of\n"
        "protest, an area of acknowledged public concern, and would help the public.\n"
    )
    lines = run("wraps", raw, "pdf").split("\n")
    assert "Section 24(2) – factors favouring confirmation or denial" in lines


def test_a_footer_with_a_reference_on_two_pages_is_a_running_line() -> None:
    page = (
        "Public interest in maintaining the exemption\n"
        "Releasing evidence before a charging decision could prejudice a fair trial.\n"
        "More text of the letter on this page.\n"
        "Health and Safety Executive FOI request 202505-0321\n"
    )
    raw = page + "\f" + page.replace("Releasing", "Publishing")
    cleaned = run("running_lines", raw, "pdf")
    assert "FOI request 202505-0321" not in cleaned
    assert "Public interest in maintaining the exemption" in cleaned
