"""docs/checking.md lists every rule, and its catalogue table is the registry's."""

from __future__ import annotations

import re
from pathlib import Path

from foidesk.check import all_rules
from foidesk.check.doc import BEGIN, END, catalogue_table, with_table

DOC = Path(__file__).parents[2] / "docs" / "checking.md"


def test_doc_lists_every_rule_code() -> None:
    text = DOC.read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| ((?:S17|PRJ|PIT|NCND|BP|HK)\d\d) \|", text, re.MULTILINE))
    assert listed == {rule.code for rule in all_rules()}


def test_doc_table_is_up_to_date() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert catalogue_table() in text, "run: python -m foidesk.check.doc docs/checking.md"


def test_with_table_replaces_only_between_the_markers() -> None:
    document = f"before\n{BEGIN}\nold table\n{END}\nafter\n"
    rewritten = with_table(document)
    assert rewritten.startswith("before\n")
    assert rewritten.endswith(f"{END}\nafter\n")
    assert "old table" not in rewritten
    assert catalogue_table() in rewritten
