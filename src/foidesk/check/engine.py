"""Run the rule catalogue over a response and collect the findings into a report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from foidesk.check.context import Context
from foidesk.check.library import ParagraphLibrary
from foidesk.check.model import Audience, Finding, Hit, Report, Rule
from foidesk.check.registry import all_rules, get_rule
from foidesk.law.catalogue import Catalogue, catalogue
from foidesk.record.model import Response


def check(
    response: Response,
    *,
    audience: Audience = Audience.OFFICER,
    library: ParagraphLibrary | None = None,
    law: Catalogue | None = None,
    select: Iterable[str] | None = None,
    today: dt.date | None = None,
) -> Report:
    """Check a response against the rule catalogue.

    Args:
        response: the record to check; spans point into ``response.source.text``.
        audience: ``officer`` (every finding, with the fix) or ``requester``
            (officer-only style findings hidden; each fix says what to ask for
            in an internal review).
        library: other responses' passages, for the boilerplate rule BP02.
        law: the law catalogue (the shared one by default).
        select: rule codes to run (all rules by default).
        today: the date to judge links against when the response has no date.

    Returns:
        The report: findings by severity, then by position in the text.

    Raises:
        CheckError: when ``select`` names a code no rule has.
    """
    rules = all_rules() if select is None else [get_rule(code) for code in select]
    ctx = Context(
        response=response,
        law=law or catalogue(),
        library=library,
        today=today or dt.date.today(),
    )
    findings: list[Finding] = []
    seen: set[tuple[str, int, int]] = set()
    for rule in rules:
        if audience is Audience.REQUESTER and rule.officer_only:
            continue
        for hit in rule.function(ctx):
            if hit.span is not None:
                key = (rule.code, hit.span.start, hit.span.end)
                if key in seen:
                    continue
                seen.add(key)
            findings.append(_finding(rule, hit, response, audience))
    findings.sort(key=_order)
    return Report(
        source=response.source.path,
        reference=response.reference,
        audience=audience,
        findings=tuple(findings),
    )


def _finding(rule: Rule, hit: Hit, response: Response, audience: Audience) -> Finding:
    quote = response.quote(hit.span) or hit.quote
    return Finding(
        code=rule.code,
        severity=hit.severity or rule.severity,
        title=rule.title,
        message=hit.message,
        span=hit.span,
        quote=quote,
        fix=rule.ask if audience is Audience.REQUESTER else rule.fix,
        provision=rule.provision,
    )


def _order(finding: Finding) -> tuple[int, int, str]:
    position = finding.span.start if finding.span is not None else -1
    return (finding.severity.rank, position, finding.code)
