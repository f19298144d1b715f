"""The rule catalogue: every rule registers itself with the :func:`rule` decorator.

Rule modules live in :mod:`foidesk.check.rules`, one per family. Importing
:mod:`foidesk.check.rules` registers them all; :func:`all_rules` does that for
you. Codes are stable: a code is never reused for another meaning.

Example:
    >>> from foidesk.check.registry import get_rule
    >>> get_rule("S1701").family.value
    'S17'
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable

from foidesk.check.model import Family, Rule, RuleFunction, Severity
from foidesk.errors import CheckError

CODE_PATTERN = re.compile(r"^(S17|PRJ|PIT|NCND|BP|HK)\d{2}$")
"""A rule code: the family prefix and two digits (``S1701``, ``NCND03``)."""

_REGISTRY: dict[str, Rule] = {}


def rule(
    code: str,
    *,
    severity: Severity,
    title: str,
    reason: str,
    fix: str,
    ask: str,
    provision: str,
    officer_only: bool = False,
) -> Callable[[RuleFunction], RuleFunction]:
    """Register the decorated function as the rule ``code``.

    Raises:
        CheckError: when the code is malformed or already taken (a bug in a rule module).
    """
    found = CODE_PATTERN.match(code)
    if found is None:
        raise CheckError(f"rule code {code!r} does not follow the pattern {CODE_PATTERN.pattern}")

    def register(function: RuleFunction) -> RuleFunction:
        if code in _REGISTRY and _REGISTRY[code].function is not function:
            raise CheckError(f"rule code {code} is registered twice")
        _REGISTRY[code] = Rule(
            code=code,
            family=Family(found.group(1)),
            severity=severity,
            title=title,
            reason=reason,
            fix=fix,
            ask=ask,
            provision=provision,
            function=function,
            officer_only=officer_only,
        )
        return function

    return register


def _load() -> None:
    importlib.import_module("foidesk.check.rules")


def all_rules() -> list[Rule]:
    """Every registered rule, in code order."""
    _load()
    return [_REGISTRY[code] for code in sorted(_REGISTRY, key=_sort_key)]


def _sort_key(code: str) -> tuple[int, str]:
    order = [family.value for family in Family]
    return (order.index(_REGISTRY[code].family.value), code)


def get_rule(code: str) -> Rule:
    """The rule with this code (case-insensitive).

    Raises:
        CheckError: when no rule has this code.
    """
    _load()
    found = _REGISTRY.get(code.strip().upper())
    if found is None:
        raise CheckError(f"no rule has the code {code!r}; `foidesk rules` lists them")
    return found
