"""The library answers the checker's ParagraphLibrary question from the database."""

from __future__ import annotations

from foidesk.check.library import ParagraphLibrary, digest, response_key
from foidesk.library.checker import DatabaseParagraphLibrary
from tests.library.conftest import seed_response

POLICE = (
    "The Police Service is charged with enforcing the law, preventing and detecting crime"
    " and protecting the communities we serve."
)
FUNDS = (
    "The public are entitled to know how public funds are spent and how resources are "
    "distributed within an area of policing."
)


def test_counts_responses_holding_a_passage(seeded: str) -> None:
    library: ParagraphLibrary = DatabaseParagraphLibrary(using=seeded)
    assert library.count(digest(POLICE)) == 4  # 003 has "protection the communities"
    assert library.count(digest(FUNDS)) == 3
    assert library.count(digest("A sentence no response in the library has ever used.")) == 0


def test_excluding_the_response_being_checked(seeded: str) -> None:
    library = DatabaseParagraphLibrary(using=seeded)
    assert library.count(digest(FUNDS), excluding=response_key(seed_response("004"))) == 2
