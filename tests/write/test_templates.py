"""Authority templates: searched before the package's; broken ones named by file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidesk.errors import TemplateError
from foidesk.record.model import Outcome, Response
from foidesk.write import load_style, render_notice

RESPONSE = Response(reference="T/2", authority="Testshire Council", outcome=Outcome.NOT_HELD)


def test_an_authority_template_replaces_the_default(tmp_path: Path) -> None:
    (tmp_path / "notice.md.j2").write_text("Custom notice {{ doc.reference }}\n", encoding="utf-8")
    text = render_notice(RESPONSE, "md", templates=tmp_path, check=False).decode()
    assert text == "Custom notice T/2\n"


def test_an_override_of_the_base_layout_reaches_html_docx_and_pdf(tmp_path: Path) -> None:
    package = Path(__file__).resolve().parents[2] / "src/foidesk/write/templates/base.html.j2"
    base = package.read_text(encoding="utf-8").replace(
        "{% block letterhead %}", "{% block letterhead %}<p>OFFICIAL LETTERHEAD</p>"
    )
    (tmp_path / "base.html.j2").write_text(base, encoding="utf-8")
    html = render_notice(RESPONSE, "html", templates=tmp_path, check=False).decode()
    assert "<p>OFFICIAL LETTERHEAD</p>" in html
    import io

    import docx

    document = docx.Document(
        io.BytesIO(render_notice(RESPONSE, "docx", templates=tmp_path, check=False))
    )
    assert document.paragraphs[0].text == "OFFICIAL LETTERHEAD"


def test_the_style_file_can_name_the_templates_directory(tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notice.md.j2").write_text("From the style {{ doc.title }}\n")
    (tmp_path / "house.toml").write_text('[templates]\ndirectory = "mine"\n')
    style = load_style(tmp_path / "house.toml")
    text = render_notice(RESPONSE, "md", style=style, check=False).decode()
    assert text.startswith("From the style Freedom of Information request T/2")


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("line one\n{% if %}\n", 2, "syntax error at line 2"),
        ("a\nb\n{{ doc.no_such_field }}\n", 3, "no_such_field"),
        ("{% for x in doc.reference %}\n{{ x.missing.deeper }}\n{% endfor %}\n", 2, "missing"),
        ("{% include 'absent.j2' %}\n", None, "absent.j2"),
    ],
)
def test_a_broken_template_is_named_with_its_line(
    tmp_path: Path, body: str, line: int | None, words: str
) -> None:
    (tmp_path / "notice.md.j2").write_text(body, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        render_notice(RESPONSE, "md", templates=tmp_path, check=False)
    error = caught.value
    assert words in str(error)
    if line is not None:
        assert error.line == line
        assert "notice.md.j2" in str(error)


def test_a_missing_templates_directory_is_named(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="does not exist"):
        render_notice(RESPONSE, "md", templates=tmp_path / "nowhere", check=False)
