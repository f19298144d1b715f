"""The regular expressions of the citation grammar, compiled once at import.

The grammar itself is described in prose in :mod:`foidesk.law.cite`. Every
pattern here is anchored (used with ``match`` at a known position) or starts
with a literal word, and every repetition is bounded, so no input can make
them backtrack badly (the reader runs them on about 1,000 documents a second).
"""

from __future__ import annotations

import re

from foidesk.law.model import Regime

SECTION_WORDS = r"sections?|sects?\.?|secs?\.?|ss?\.?|§§?"
"""Words that introduce a section of an Act: section, sections, sect., sec., s., ss, §."""

REGULATION_WORDS = r"regulations?|regs?\.?"
"""Words that introduce a regulation of the EIR: regulation, regulations, reg., regs."""

ACT_INTRO_NAMES = {"FOIA": Regime.FOIA, "FoIA": Regime.FOIA, "FOISA": Regime.FOISA}
"""Abbreviations that may stand in front of a bare number ("FOIA 31(1)(a)", "EIR 12(5)(e)")."""

START_REGEX = re.compile(
    # The first-letter check comes first because it fails fastest: it halves the scan time.
    r"(?=[sSrReEfF§])(?<![\w'’])(?<!sub-)(?<!sub\s)"
    r"(?:(?P<sub>sub[-\s]?sections?)\s{0,3}(?=\d{1,3}(?-i:[A-Z]{0,2})\s{0,2}\()"
    rf"|(?:(?P<section>{SECTION_WORDS})|(?P<regulation>{REGULATION_WORDS})"
    r"|(?P<act>(?-i:FOIA|FoIA|FOISA|FoISA|EIRs?)))"
    r"\s{0,3}(?=\d{1,3}(?!\d)))",
    re.IGNORECASE,
)
"""An introducing word followed by a section number of at most three digits (not a year).

"subsection" introduces a section only when a bracket follows the number
("subsection 31(2)(a)"); "subsection 3" alone is a part of a section not named.
"""

NUMBER_REGEX = re.compile(
    r"(?P<num>\d{1,3}(?-i:[A-Z]{0,2}))(?![\w])(?![.,:/]\d)(?!\s(?-i:\d[A-Z]{2})\b)"
)
"""A section or regulation number, optionally with capital letters (``11A``), standing alone,
and not the first half of a postcode ("Sheffield S1 2HH")."""

BARE_NUMBER_REGEX = re.compile(r"(?P<num>\d{1,3}(?-i:[A-Z]{0,2}))(?=\s{0,2}\()")
"""A number straight followed by a bracket, as in ``31(1)``."""

GROUP_REGEX = re.compile(r"\s{0,2}\(\s?(?P<tok>\d{1,3}(?-i:[A-Z]{0,2})|(?-i:[a-z]{1,4}))\s?\)")
"""One bracketed part: a subsection ``(5A)``, a paragraph ``(b)`` or a sub-paragraph ``(ii)``."""

LIST_SEP_REGEX = re.compile(
    r"\s{0,3}(?:,\s{0,3}(?:(?:and|or|&)\s{1,3})?|(?:and/or|and|or)(?=[\s(])\s{0,3}|[&/]\s{0,3})",
    re.IGNORECASE,
)
"""What joins the items of a list: a comma, "and", "or", "&", "/", ", and"."""

RANGE_SEP_REGEX = re.compile(r"\s{0,2}(?:[-–—]|to(?=[\s(]))\s{0,2}", re.IGNORECASE)
"""What joins the two ends of a range: a dash or "to"."""

REPEAT_INTRO_REGEX = re.compile(
    rf"(?:(?P<section>{SECTION_WORDS})|(?P<regulation>{REGULATION_WORDS}))\s{{0,3}}(?=\d)",
    re.IGNORECASE,
)
"""An introducing word repeated inside a list: "section 24 and section 31"."""

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
NOT_A_CITATION_REGEX = re.compile(
    r"\s{0,3}(?:(?:working|calendar|clear|business|days?|weeks?|months?|years?|hours?|minutes?"
    rf"|per\s?cent|percent|{_MONTHS})\b|%)",
    re.IGNORECASE,
)
"""Words after a bare number showing it is a count or a date, not a section ("20 working days")."""

_FOISA = (
    r"(?P<foisa>(?i:freedom\s+of\s+information\s*\(\s*scotland\s*\)\s*act)(?:\s+2002)?"
    r"|FOISA|FoISA|FOI\s?\(S\)\s?A)"
)
_FOIA = r"(?P<foia>(?i:freedom\s+of\s+information\s+act)(?:\s+2000)?|FOIA|FoIA|FOI\s+Act)"
_EIR = r"(?P<eir>(?i:environmental\s+information\s+regulations)(?:\s+2004)?|EIRs?(?:\s+2004)?)"
_ACT = r"(?P<act>(?:[Tt]h(?:e|is|at)\s+)?(?:Act|[Ll]egislation)\b)(?!\s+\d)"
_REGS = r"(?P<regs>(?:[Tt]h(?:e|ese)\s+)?Regulations\b)(?!\s+\d)"
_OTHER_ABBREVIATION = (
    r"(?:the\s+)?(?:UK\s?GDPR|GDPR|DPA|HRA|RIPA|IPA|PACE|ECHR|EISRs?|LGA|CPIA|OSA)\b"
    r"(?:\s{1,2}\d{4})?"
)
_TITLE_KEYWORDS = r"(?:Act|Regulations|Order|Rules|Code|Convention|Directive|Charter)\b"
_TITLE_WORD = r"\(?[A-Z][\w'’-]*\)?"
_TITLE_JOIN = r"(?:of|and|for|on|in|to|the|at|with|by|etc\.?|&)"
"""Small words inside a title: "Health and Safety at Work etc. Act 1974"."""
_TITLE_RUN = rf"(?:{_TITLE_WORD}\s+(?:{_TITLE_JOIN}\s+){{0,2}}){{0,7}}"
_NOT_OUR_ACTS = rf"(?!(?:the\s+)?{_TITLE_RUN}Freedom\s+of\s+Information\s+(?:\(Scotland\)\s+)?Act)"
"""Not a title that runs into one of our own Acts: in "Section 31(3) Law Enforcement of the
Freedom of Information Act 2000" the words before "of the" are the exemption's name."""
_OTHER_TITLE = (
    rf"{_NOT_OUR_ACTS}(?:the\s+)?(?:{_TITLE_WORD}\s+(?:{_TITLE_JOIN}\s+){{0,2}}){{0,7}}"
    rf"{_TITLE_WORD}\s+(?:etc\.?\s+)?{_TITLE_KEYWORDS}(?:\s{{1,2}}\d{{4}})?"
)
"""A title such as "Data Protection Act 2018": its last word before "Act" is capitalised."""
_OTHER_KEYWORD = r"(?:the\s+)?(?:Code|Order|Rules|Convention|Directive|Charter)\b"
TITLE_KEYWORD_REGEX = re.compile(_OTHER_KEYWORD)
"""A title word alone ("Code" in "the section 45 Code"): names no Act unless after "of"."""
_OTHER_DOCUMENT = (
    r"(?:this|our|your|these|my|the\s+(?:attached|enclosed))\s+[a-z]|the\s+(?:application|"
    r"applicant's|operator's|report|policy|guidance|plan|contract|agreement|document|appendix|"
    r"schedule\s+[a-z]|manual|handbook|strategy|procedure)\b"
)
_OTHER = rf"(?P<other>{_OTHER_ABBREVIATION}|{_OTHER_TITLE}|{_OTHER_KEYWORD})"
_ACT_NAMES = rf"(?:{_FOISA}|{_FOIA}|{_EIR}|{_ACT}|{_REGS}|{_OTHER}|(?P<doc>{_OTHER_DOCUMENT}))"

ACT_TAIL_REGEX = re.compile(
    r"\s{0,3}(?:,?\s{0,3}(?P<prep>(?i:of|under|in))\s{1,3}(?:(?i:the)\s{1,3})?)?\(?" + _ACT_NAMES
)
"""The Act named after a citation: "of the Freedom of Information Act 2000", "of FOISA", "DPA".

A comma may stand before "of", "under" or "in", not before a bare name: in "section 40(2), the
UK GDPR ..." the GDPR is not what section 40(2) belongs to.
"""

ACT_HEAD_REGEX = re.compile(
    rf"(?:{_FOISA}|{_FOIA}|{_EIR}|{_OTHER})(?:\s{{1,2}}\d{{4}})?\)?\s{{1,3}}$"
)
"""The Act named just before a citation: "FOIA s.31", "EIR reg 12(5)(e)", "DPA s.29".

Only spaces may stand between: in "under the UK GDPR, section 40(2)" the GDPR is not named for
section 40(2).
"""

HEAD_WINDOW = 80
"""How many characters before a citation are searched for the Act named in front of it."""

HEAD_ENDINGS = (
    "A",  # FOIA, FoIA, FOISA, FoISA, FOI(S)A, DPA, HRA, RIPA, IPA, LGA, CPIA, OSA
    "R",  # EIR, GDPR, ECHR, EISR
    "E",  # PACE
    "s",  # EIRs, EISRs, Rules
    "Order",
    "Code",
    "Convention",
    "Directive",
    "Charter",
)
"""How every name :data:`ACT_HEAD_REGEX` reads ends, in the case it must be written in;
the other names end as :data:`HEAD_ENDING_REGEX` says, or in a year."""

HEAD_ENDING_REGEX = re.compile(r"(?:act|regulations)\Z", re.IGNORECASE)
"""The names of :data:`ACT_HEAD_REGEX` that end in any case ("Act", "REGULATIONS"), with
the same case rules ("ſ" is an "s")."""

ROMAN_REGEX = re.compile(r"^(?=[ivx])x{0,2}(?:ix|iv|v?i{0,3})$")
"""A lower-case roman numeral up to xxix: a sub-paragraph, or (for i, v, x) also a paragraph."""

PARAGRAPH_REGEX = re.compile(r"^(?:[a-z]|[a-z][a-d]|([a-z])\1|z[a-z])$")
"""A paragraph letter: ``a`` .. ``z``, and the inserted ``aa``, ``ba``, ``za`` forms."""
