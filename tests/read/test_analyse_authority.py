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
