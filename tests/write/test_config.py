"""House style: loaded from TOML, applied to the notice, errors name the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidesk.errors import StyleError
from foidesk.record.model import Outcome, Response
from foidesk.write import HouseStyle, load_style, render_notice
from tests.write.helpers import HOUSE_STYLE

STYLE = """\
[authority]
name = "Testshire Council"
address = ["1 High Street", "Testtown TT1 1TT"]
email = "foi@testshire.example"

[sign_off]
closing = "With best wishes"
name = "Pat Clerk"
role = "Information Governance Officer"

[review]
email = "reviews@testshire.example"
window_working_days = 30

[commissioner]
wording = "Our own words about the ICO and section 50."
"""


def test_the_example_house_style_loads() -> None:
    style = load_style(HOUSE_STYLE)
    assert style.authority.name == "West Midlands Police"
    assert style.sign_off.name == "A. Officer"
    assert style.review.window_working_days == 40


def test_a_style_changes_letterhead_sign_off_review_and_commissioner(tmp_path: Path) -> None:
    path = tmp_path / "house.toml"
    path.write_text(STYLE, encoding="utf-8")
    response = Response(reference="T/1", outcome=Outcome.NOT_HELD)
    text = render_notice(response, "md", style=load_style(path), check=False).decode()
    for expected in (
        "**Testshire Council**",
        "1 High Street",
        "Email: foi@testshire.example",
        "With best wishes",
        "Pat Clerk",
        "Information Governance Officer",
        "by email to reviews@testshire.example",
        "within 30 working days",
        "Our own words about the ICO and section 50.",
    ):
        assert expected in text
    assert "Wycliffe House" not in text  # the authority's own wording replaces the default
    default = render_notice(response, "md", check=False).decode()
    assert "Wycliffe House" in default
    assert "Testshire" not in default


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("[authority\nname = 1", "not valid TOML"),
        ("[authority]\nnmae = 'x'", "authority.nmae: unknown setting"),
        ("[review]\nwindow_working_days = 0", "review.window_working_days"),
        ("[sign_off]\nname = 3", "sign_off.name"),
        ("base_dir = '/etc'", "base_dir: unknown setting"),
    ],
)
def test_bad_styles_name_the_file_and_setting(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "house.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StyleError) as caught:
        load_style(path)
    assert str(caught.value).startswith(str(path))
    assert words in str(caught.value)


def test_a_missing_style_is_named(tmp_path: Path) -> None:
    with pytest.raises(StyleError, match="cannot open the house style"):
        load_style(tmp_path / "none.toml")


def test_template_directory_is_relative_to_the_style_file(tmp_path: Path) -> None:
    path = tmp_path / "house.toml"
    path.write_text('[templates]\ndirectory = "mine"\n', encoding="utf-8")
    assert load_style(path).template_dir == tmp_path.resolve() / "mine"
    assert HouseStyle().template_dir is None
