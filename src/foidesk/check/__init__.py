"""The checker: a linter for refusal notices.

Rules over a :class:`~foidesk.record.Response` give findings (code, severity,
span, quote, reason, fix), grouped by family: the s17 notice, the prejudice
test, the public interest test, NCND, boilerplate and housekeeping. See
``docs/checking.md``.

Example:
    >>> from foidesk.check import check
    >>> from foidesk.record import Response, Source
    >>> report = check(Response(source=Source(text="Thank you for your request.")))
    >>> report.has_errors
    False
"""

from foidesk.check.engine import check
from foidesk.check.library import InMemoryLibrary, ParagraphLibrary
from foidesk.check.model import Audience, Family, Finding, Hit, Report, Rule, Severity
from foidesk.check.registry import all_rules, get_rule

__all__ = [
    "Audience",
    "Family",
    "Finding",
    "Hit",
    "InMemoryLibrary",
    "ParagraphLibrary",
    "Report",
    "Rule",
    "Severity",
    "all_rules",
    "check",
    "get_rule",
]
