"""Every rule fires on its firing examples and stays quiet on its near misses."""

from __future__ import annotations

import pytest

from foidesk.check import Severity, all_rules, check
from tests.check.examples import EXAMPLES, Example, dates_example


def _id(example: Example) -> str:
    return f"{example.code}-{'fires' if example.fires else 'quiet'}-{example.name}"


def test_every_rule_has_a_firing_and_a_quiet_example() -> None:
    codes = {rule.code for rule in all_rules()}
    firing = {e.code for e in EXAMPLES if e.fires}
    quiet = {e.code for e in EXAMPLES if not e.fires}
    assert codes - firing == set(), "rules with no firing example"
    assert codes - quiet == set(), "rules with no non-firing example"
    assert {e.code for e in EXAMPLES} <= codes, "examples for unknown rules"


@pytest.mark.parametrize("example", EXAMPLES, ids=_id)
def test_rule_on_example(example: Example) -> None:
    report = check(example.build(), select=[example.code], library=example.library())
    assert (example.code in report.codes()) is example.fires, report.findings


@pytest.mark.parametrize("example", [e for e in EXAMPLES if e.fires], ids=_id)
def test_finding_carries_rule_metadata(example: Example) -> None:
    report = check(example.build(), select=[example.code], library=example.library())
    finding = next(f for f in report.findings if f.code == example.code)
    assert all((finding.title, finding.fix, finding.provision, finding.message))
    if finding.span is not None:
        response = example.build()
        assert response.source.text is not None
        assert finding.quote == response.source.text[finding.span.start : finding.span.end]


def test_received_after_sent_is_flagged() -> None:
    report = check(dates_example(), select=["HK03"])
    assert report.codes() == ["HK03"]
    assert "after the reply" in report.findings[0].message


def test_good_notice_has_no_finding_at_all() -> None:
    from tests.check.factories import good

    report = check(good())
    assert report.findings == (), [f"{f.code}: {f.message}" for f in report.findings]


def test_findings_are_sorted_by_severity_then_position() -> None:
    from tests.check.factories import good

    report = check(good(rights=""))
    ranks = [f.severity.rank for f in report.findings]
    assert ranks == sorted(ranks)
    assert report.findings[0].severity is Severity.ERROR
