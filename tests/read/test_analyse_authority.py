"""Which authority wrote the response (``Response.authority``), for kinds beyond police and
councils: universities, named with or without "of"."""

from __future__ import annotations

import pytest

from foidesk.read.analyse.authority import find_authority


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "University of Bristol – Freedom of Information response\n\nThe University holds",
            "University of Bristol",
        ),
        (
            "Cardiff University\n\nFreedom of Information request\n\nDear Ms Evans",
            "Cardiff University",
        ),
        ("The Open University\n\nYour request under the Act", "Open University"),
        (
            "Kent County Council\n\nDear Sir\n\nYou asked about students at the University of "
            "Kent. The Council holds no information.",
            "Kent County Council",
        ),
    ],
)
def test_universities_and_their_neighbours(text: str, name: str) -> None:
    found = find_authority(text)
    assert found is not None
    assert found.name == name


def test_the_university_alone_names_nobody() -> None:
    assert find_authority("The University holds no information about this.") is None


def _letter(head: str, body: str, sign_off: str = "Freedom of Information Team") -> str:
    """A short response: ``head`` as its letterhead, ``body`` as its one paragraph."""
    return (
        f"{head}\n\nOur ref: FOI-2025-001\nDate: 3 March 2025\n\nDear Ms Smith\n\n"
        f"Freedom of Information request\n\n{body}\n\nYours sincerely\n\n{sign_off}\n"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            _letter(
                "Foreign, Commonwealth & Development Office\nKing Charles Street, London",
                "The FCDO does hold information falling within the scope of your request.",
            ),
            "Foreign, Commonwealth & Development Office",
            id="fcdo",
        ),
        pytest.param(
            _letter(
                "Brookfield Surgery\n12 Mill Lane, Kidderminster",
                "The practice does not hold the information. NHS England publishes "
                "appointment data, and NHS England can be asked for it.",
                "Practice Manager",
            ),
            "Brookfield Surgery",
            id="gp-surgery",
        ),
        pytest.param(
            _letter(
                "Kelvinside Housing Association Ltd\nRegistered Social Landlord No. HAL 187",
                "The Association holds some of the information you asked for.",
            ),
            "Kelvinside Housing Association",
            id="housing-association",
        ),
        pytest.param(
            _letter(
                "Scottish Prison Service\nCommunications Branch",
                "The SPS neither confirms nor denies that it holds the information.",
            ),
            "Scottish Prison Service",
            id="scottish-prison-service",
        ),
        pytest.param(
            "From: FOI Requests (NHS Greater Glasgow and Clyde) <ggc.foi@nhs.scot>\n"
            "Subject: FOI response\n\nDear Ms McAllister\n\nUnfortunately NHS Greater Glasgow "
            "and Clyde is unable to comply with your request.\n",
            "NHS Greater Glasgow and Clyde",
            id="scottish-health-board",
        ),
        pytest.param(
            _letter("Ofcom\nRiverside House, London", "Ofcom holds the data you asked for."),
            "Ofcom",
            id="ofcom",
        ),
        pytest.param(
            _letter(
                "BBC Freedom of Information\nBBC Broadcasting House, London",
                "The BBC is not required to supply information held for journalism.",
            ),
            "BBC",
            id="bbc",
        ),
        pytest.param(
            _letter("Network Rail\nWaterloo General Offices", "Network Rail holds the report."),
            "Network Rail",
            id="network-rail",
        ),
        pytest.param(
            _letter(
                "Peak District National Park Authority\nAldern House, Bakewell",
                "The Authority holds the minutes of the closed session.",
            ),
            "Peak District National Park Authority",
            id="national-park-authority",
        ),
        pytest.param(
            _letter("Ofsted\nClive House, London", "Ofsted does not announce inspections."),
            "Ofsted",
            id="ofsted",
        ),
        pytest.param(
            _letter("UNIVERSITY OF LEEDS\nLeeds LS2 9JT", "The University holds the figures."),
            "University of Leeds",
            id="university-in-capitals",
        ),
        pytest.param(
            _letter(
                "Riverside Learning Trust\nRegistered office: Millbrook Academy",
                "The Trust does not hold the information.",
            ),
            "Riverside Learning Trust",
            id="academy-trust",
        ),
        pytest.param(
            _letter(
                "Cyngor Gwynedd\nSwyddfa'r Cyngor, Caernarfon",
                "The Council is refusing your request under regulation 12(4)(b).",
            ),
            "Cyngor Gwynedd",
            id="welsh-council-name",
        ),
        pytest.param(
            _letter(
                "Health and Safety Executive\nRedgrave Court, Bootle",
                "HSE holds the documents, but they are exempt under section 44.",
            ),
            "Health and Safety Executive",
            id="hse",
        ),
        pytest.param(
            _letter(
                "Hampshire and Isle of Wight Fire and Rescue Service\nService Headquarters",
                "The Service publishes its notices on the National Fire Chiefs Council register.",
            ),
            "Hampshire and Isle of Wight Fire and Rescue Service",
            id="fire-service-not-nfcc",
        ),
        pytest.param(
            _letter(
                "Essex County Fire and Rescue Service\nKelvedon Park, Witham",
                "In 2024 Essex County Fire and Rescue Service attended 412 fires. The figures "
                "are taken from the Home Office Incident Recording System.",
            ),
            "Essex County Fire and Rescue Service",
            id="fire-service-not-home-office-system",
        ),
        pytest.param(
            _letter(
                "NHS Cheshire and Merseyside Integrated Care Board\nNo 1 Lakeside, Warrington",
                "NHS Cheshire and Merseyside ICB does not hold the information. I suggest you "
                "ask Wirral University Teaching Hospital NHS Foundation Trust, as Wirral "
                "University Teaching Hospital NHS Foundation Trust runs Arrowe Park Hospital.",
                "NHS Cheshire and Merseyside ICB",
            ),
            "NHS Cheshire and Merseyside Integrated Care Board",
            id="icb-not-redirect-trust",
        ),
        pytest.param(
            _letter(
                "NHS England\nPO Box 16738, Redditch",
                "The report will be published alongside the Department of Health and Social "
                "Care's response.",
            ),
            "NHS England",
            id="nhs-england-not-possessive",
        ),
        pytest.param(
            _letter(
                "Surrey County Council\nCounty Hall, Reigate",
                "The Home Office holds this data, and the Home Office will answer requests "
                "for it. Please write to the Home Office.",
            ),
            "Surrey County Council",
            id="letterhead-alone-beats-running-text",
        ),
        pytest.param(
            "Dear Sir\n\nKent County Council holds the figures, which come from the Home "
            "Office Incident Recording System. The Home Office Incident Recording System "
            "counts fires; the Home Office Data Hub and the Home Office Fire Statistics "
            "publish them.",
            "Kent County Council",
            id="name-as-adjective-is-not-the-body",
        ),
        pytest.param(
            _letter(
                "Betsi Cadwaladr University Health Board\nYsbyty Gwynedd, Bangor",
                "The Health Board holds the figures.",
            ),
            "Betsi Cadwaladr University Health Board",
            id="welsh-health-board-not-a-university",
        ),
    ],
)
def test_authority_of_more_kinds(text: str, name: str) -> None:
    """National bodies (and their short names), kinds of body found by pattern, a name
    standing alone at the head of the letter, and not a name used as an adjective."""
    found = find_authority(text)
    assert found is not None
    assert found.name == name


def test_a_possessive_is_not_taken_into_the_name() -> None:
    """ "the Department of Health and Social Care's response" names the department, not
    "Department of Health and Social Care's"."""
    text = "We will publish it alongside the Department of Health and Social Care's response."
    found = find_authority(text)
    assert found is None or not found.name.endswith("'s")


@pytest.mark.parametrize(
    "text",
    [
        "You may complain to the Information Commissioner's Office. The ICO's address is "
        "Wycliffe House. The Information Commissioner's Office website explains how.",
        "Guidance from the College of Policing on this subject is published. The College of "
        "Policing sets standards.",
    ],
)
def test_third_parties_do_not_win_from_running_text(text: str) -> None:
    """The ICO and the College of Policing, named only in running text, are no author."""
    assert find_authority(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sir\n\nThe Fire and Rescue Service holds the data.",
        "Dear Sir\n\nThe Integrated Care Board holds the data.",
        "Dear Sir\n\nWe referred you to Plastic Surgery, as Cosmetic Surgery is not funded.",
    ],
)
def test_a_kind_of_body_without_its_own_name_names_nobody(text: str) -> None:
    """A kind named without its place, or a practice's kind as an ordinary phrase in
    running text, is no author."""
    assert find_authority(text) is None
