"""The kinds of heading a response uses, as a data table of keyword patterns.

A refusal notice under FOIA s17 is written in parts (the exemption, the harm, the factors
for and against disclosure under s17(3), the balance, the rights under s17(7)); each kind
is recognised by the patterns of :data:`KIND_PATTERNS`, searched in the lower-cased
heading, the first kind that matches winning.
"""

from __future__ import annotations

import re

SECTION_WORD = r"(?:sections?|s\.?|sec\.?|§|regulations?|reg\.?|regs\.?)\s*\d"

KIND_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        (
            "rights",
            r"\binternal review\b|\breview (?:procedure|process|rights)\b|\bright(?:s)? (?:of|to) "
            r"(?:appeal|review|complain)|\byour rights\b|^(?:appeals?|complaints?)(?: procedure| "
            r"process| rights)?$|\bhow to (?:complain|appeal)\b|\bif you are (?:not satisfied|"
            r"dissatisfied|unhappy)|\b(?:complain\w*|appeal\w*|apply(?:ing)?) to the (?:scottish )?"
            r"information commissioner\b|^(?:right of )?appeal\b",
        ),
        (
            "factors",
            r"^" + SECTION_WORD + r"[^.]{0,60}?[-–—:]\s*(?:in favou?r of|against|for|favou?ring)\s|"
            r"\b(?:factors?|considerations?|arguments?|points?)\b.*\b(?:for|favou?r\w*|against|"
            r"support\w*)\b|\bpublic interest (?:in|for|against|arguments?|factors?) (?:favou?r\w* "
            r"(?:of )?|of )?(?:disclos|releas|maintain|withhold|confirm|neither|non)|"
            r"^(?:in favou?r of|against|for) "
            r"(?:disclos|releas|withhold|maintain|confirm|neither|non)|"
            r"\breasons? (?:for|against) (?:disclos|releas|withhold|non)",
        ),
        ("balance", r"\bbalanc(?:e|ing)\b|\bweighing (?:up|the)\b"),
        (  # the title of FOIA s36 / FOISA s30 names a prejudice but opens the exemption
            "exemption",
            r"^" + SECTION_WORD + r"[^.]{0,30}?(?:substantial )?prejudice to (?:the )?"
            r"effective conduct of public affairs$",
        ),
        (
            "harm",
            r"\b(?:harm|prejudice|damage|adverse(?:ly)? effect|endanger\w*|likelihood)\b",
        ),
        (
            "conclusion",
            r"^(?:overall |final |our |in )?(?:conclusions?|decision|outcome|summary)\b|"
            r"\bconclusions?$",
        ),
        (
            "request",
            r"^(?:(?:your|the|original|details of (?:your|the)) )?(?:request(?:ed information)?|"
            r"information requested|questions?)(?: details| made)?$|^you (?:asked|requested)\b|"
            r"^your (?:request|questions?)\b|^what you asked for\b",
        ),
        (
            "answer",
            r"^(?:our |the )?(?:response|answer|reply|disclosure)s?(?: to (?:your )?(?:request|"
            r"questions?))?$|^information (?:disclosed|provided|released)\b|^(?:our|my) response\b",
        ),
        (
            "exemption",
            r"^(?:applicable |relevant |the )?(?:exemptions?|exceptions?)\b|^" + SECTION_WORD + r"|"
            r"^reasons? for (?:refusal|refusing|withholding|non-disclosure)|^refusal notice\b|"
            r"^(?:exemptions?|exceptions?) (?:applied|engaged|relied)",
        ),
        ("public_interest", r"^public interest\b"),
    )
)
"""Heading kinds and the patterns (searched in the lower-cased heading) that mark them.
The first kind that matches wins; "factors" becomes factors_for or factors_against.
"public_interest" is the umbrella heading of a test ("Public Interest Considerations")."""

PART_KINDS = frozenset({"harm", "factors_for", "factors_against", "balance", "conclusion"})
"""Kinds that are parts of an exemption's reasoning and attach to its claim."""

__all__ = ["KIND_PATTERNS", "PART_KINDS", "SECTION_WORD"]
