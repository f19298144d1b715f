"""The public authority that wrote a response.

Candidates are police forces (a data table of force names, so "West Midlands
police can neither confirm ..." reads as West Midlands Police), councils,
government departments and other bodies found by pattern. The authority is
the candidate named in the letterhead, as the subject of the decision ("X can
neither confirm nor deny", "X holds"), or on a short sign-off line, and named
most often. Bodies that responses name as third parties (the Information
Commissioner's Office in a rights paragraph, the College of Policing) count
only from the letterhead or as the subject of the decision. The raw text is
searched, since letterheads are running headers the cleaner drops.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foidesk.read.analyse.anchor_index import lowered
from foidesk.read.analyse.anchors import anchored, word_start

FORCES = (
    "Avon and Somerset",
    "Bedfordshire",
    "Cambridgeshire",
    "Cheshire",
    "City of London",
    "Cleveland",
    "Cumbria",
    "Derbyshire",
    "Devon and Cornwall",
    "Devon & Cornwall",
    "Dorset",
    "Durham",
    "Dyfed-Powys",
    "Essex",
    "Gloucestershire",
    "Greater Manchester",
    "Gwent",
    "Hampshire",
    "Hampshire and Isle of Wight",
    "Hertfordshire",
    "Humberside",
    "Kent",
    "Lancashire",
    "Leicestershire",
    "Lincolnshire",
    "Merseyside",
    "Metropolitan",
    "Norfolk",
    "North Wales",
    "North Yorkshire",
    "Northamptonshire",
    "Northumbria",
    "Nottinghamshire",
    "South Wales",
    "South Yorkshire",
    "Staffordshire",
    "Suffolk",
    "Surrey",
    "Sussex",
    "Thames Valley",
    "Warwickshire",
    "West Mercia",
    "West Midlands",
    "West Yorkshire",
    "Wiltshire",
    "British Transport",
    "Ministry of Defence",
)
"""Territorial and special police forces of England and Wales (and the BTP, MDP)."""
_FORCE_NAMES: dict[str, str] = {}
for _name in FORCES:
    _FORCE_NAMES.setdefault(_name.lower(), _name)
"""Each force's name as written in :data:`FORCES`, by its lower-cased name."""

BODIES = (
    "Police Scotland",
    "Police Service of Northern Ireland",
    "National Police Chiefs' Council",
    "National Police Chiefs Council",
    "National Crime Agency",
    "Civil Nuclear Constabulary",
    "Home Office",
    "Cabinet Office",
    "HM Treasury",
    "HM Revenue and Customs",
    "HM Revenue & Customs",
    "Scottish Government",
    "Welsh Government",
    "Northern Ireland Office",
    "Environment Agency",
    "Transport for London",
    "Scottish Environment Protection Agency",
    "Natural England",
    "Information Commissioner's Office",
    "Information Commissioner’s Office",
    "Scottish Information Commissioner",
    "College of Policing",
)
"""Bodies named exactly."""

THIRD_PARTIES = frozenset(
    {
        "Information Commissioner's Office",
        "Scottish Information Commissioner",
        "College of Policing",
    }
)

_FORCE = re.compile(
    r"\b(?:the\s+)?(?P<name>"
    + "|".join(sorted((re.escape(f) for f in FORCES), key=len, reverse=True))
    + r")\s+(?P<kind>Police(?:\s+Service)?|Constabulary)\b",
    re.IGNORECASE,
)
_BODY = word_start(
    re.compile(
        r"\b(?P<name>"
        + "|".join(sorted((re.escape(b) for b in BODIES), key=len, reverse=True))
        + r")"
    )
)
_CAP = r"[A-Z][A-Za-z'’-]+"
_PATTERNS = re.compile(
    r"\b(?P<name>"
    r"(?:London|Royal) Borough of " + _CAP + r"(?: (?:and|upon) " + _CAP + r")?"
    r"|(?:" + _CAP + r" (?:(?:and|upon|on|in|under|le|of) )?){1,4}"
    r"(?:(?:City|County|Borough|District|Metropolitan Borough|Town|Parish|Unitary) )*Council"
    r"|(?:[A-Z]{2,} (?:OF |AND |UPON )?){1,5}COUNCIL"
    r"|Department (?:for|of) " + _CAP + r"(?:(?:,| and| &)? " + _CAP + r"){0,4}"
    r"|Ministry of (?!Defence Police)" + _CAP + r"(?: (?:and|&) " + _CAP + r")?"
    r"|(?:" + _CAP + r" ){1,5}NHS (?:Foundation )?Trust"
    r"|Office (?:for|of) (?:the )?" + _CAP + r"(?: " + _CAP + r")?"
    r"|University of (?:the )?" + _CAP + r"(?: (?:and )?" + _CAP + r"){0,2}"
    r"|(?:" + _CAP + r" ){1,3}University(?! of)"
    r")\b"
)
_FORCE_WORDS = ("police", "constabulary")
_BODY_WORDS = (
    "police",
    "council",
    "agency",
    "office",
    "treasury",
    "revenue",
    "government",
    "transport",
    "england",
    "commissioner",
    "policing",
    "constabulary",
)
_PATTERN_WORDS = ("council", "department", "ministry", "nhs", "office", "borough", "university")
"""Words each pattern's names contain: the patterns run only around them."""
_SUBJECT_AFTER = re.compile(
    r"^\s+(?:can|cannot|will|has|have|holds?|does|did|is|neither|would|do|are|received|"
    r"considers?|is able|must|may)\b",
    re.IGNORECASE,
)
_BARE = frozenset(
    {"Council", "County Council", "City Council", "Borough Council", "Town Council", "University"}
)
"""A council named without its place ("the Council") says nothing of which one."""
_GENERIC = re.compile(r"^(?:The|This|Our|Your|A|Any|Each|Every|Police|Dear) ")


@dataclass(frozen=True, slots=True)
class AuthorityFinding:
    """The authority's name as foidesk writes it, and the offsets of one mention."""

    name: str
    start: int
    end: int


def _canonical(match: re.Match[str], pattern: re.Pattern[str]) -> str:
    if pattern is _FORCE:
        key = match.group("name").lower()
        name = _FORCE_NAMES.get(key) or next(f for f in FORCES if f.lower() == key)
        kind = " ".join(word.capitalize() for word in match.group("kind").split())
        if name == "Metropolitan":
            return "Metropolitan Police Service"
        return f"{name} {kind}".replace("&", "and")
    name = re.sub(r"\s+", " ", match.group("name")).replace("’", "'")
    if pattern is _BODY:
        return name
    if name.isupper():
        name = " ".join(
            w.lower() if w.lower() in ("of", "and", "upon", "on") else w.capitalize()
            for w in name.split()
        )
    name = _GENERIC.sub("", name)
    return "" if name in _BARE else name


def _short_line(text: str, start: int, end: int, words: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return len(line.split()) <= words


def _head_end(text: str, lines: int = 6) -> int:
    """The offset after the first few non-blank lines: where a letterhead stands."""
    seen = 0
    pos = 0
    while seen < lines:
        nl = text.find("\n", pos)
        if nl < 0:
            return len(text)
        if text[pos:nl].strip():
            seen += 1
        pos = nl + 1
    return pos


def find_authority(text: str) -> AuthorityFinding | None:
    """The authority that wrote ``text``, or None when no candidate is named.

    Example:
        >>> find_authority("West Midlands police can neither confirm nor deny ...").name
        'West Midlands Police'
    """
    scores: dict[str, float] = {}
    first: dict[str, AuthorityFinding] = {}
    taken: list[tuple[int, int]] = []
    tail = max(0, len(text) - 800)
    head = _head_end(text)
    lower = lowered(text)
    for pattern, words, back in (
        (_FORCE, _FORCE_WORDS, 60),
        (_BODY, _BODY_WORDS, 60),
        (_PATTERNS, _PATTERN_WORDS, 90),
    ):
        for match in anchored(pattern, text, lower, words, back=back):
            name = _canonical(match, pattern)
            if not name or any(match.start() < b and a < match.end() for a, b in taken):
                continue
            taken.append((match.start(), match.end()))
            letterhead = match.start() < head and _short_line(text, match.start(), match.end(), 10)
            subject = bool(_SUBJECT_AFTER.match(text[match.end() : match.end() + 20]))
            if name in THIRD_PARTIES and not (letterhead or subject):
                continue
            bonus = 3.0 * letterhead + 2.0 * subject
            if match.start() >= tail and _short_line(text, match.start(), match.end(), 6):
                bonus += 2
            scores[name] = scores.get(name, 0.0) + 1 + bonus
            first.setdefault(name, AuthorityFinding(name, match.start("name"), match.end()))
    if not scores:
        return None
    best = max(scores, key=lambda name: (scores[name], -first[name].start))
    return first[best]
