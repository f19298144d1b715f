"""The public authority that wrote a response.

Candidates are police forces (a data table of force names, so "West Midlands
police can neither confirm ..." reads as West Midlands Police), national bodies
by their full or short names (a data table, :mod:`authority_names`: "FCDO",
"Ofsted"), and councils, departments, NHS bodies, fire and rescue services,
housing associations, academy trusts and other kinds of body found by pattern.
A name standing alone on one of the first lines of the letter is the author.
Otherwise the authority is the candidate named in the letterhead, as the
subject of the decision ("X can neither confirm nor deny", "X holds"), or on a
short sign-off line, and named most often. A name in running text that only
qualifies something else ("the Home Office Incident Recording System", "the
Department's response") does not count. Bodies that responses name as third
parties (the Information Commissioner's Office in a rights paragraph, the
College of Policing) and kinds whose names are ordinary phrases ("Surgery")
count only from the letterhead or as the subject of the decision. The raw text
is searched, since letterheads are running headers the cleaner drops.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from foidesk.read.analyse.anchor_index import anchor_positions, lowered
from foidesk.read.analyse.anchors import anchored, word_start
from foidesk.read.analyse.authority_names import (
    ANCHORS,
    BODIES,
    FORCES,
    THIRD_PARTIES,
    WRITTEN,
)

__all__ = ["BODIES", "FORCES", "THIRD_PARTIES", "AuthorityFinding", "find_authority"]

_FORCE_NAMES: dict[str, str] = {}
for _name in FORCES:
    _FORCE_NAMES.setdefault(_name.lower(), _name)
"""Each force's name as written in :data:`FORCES`, by its lower-cased name."""

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
    r"|(?:" + _CAP + r" ){1,3}University(?! of| Health Board)"
    r"|UNIVERSITY OF (?:THE )?[A-Z]{2,}(?: (?:AND )?[A-Z]{2,}){0,2}"
    r")\b"
)
_WORD = r"[A-Z][^\W\d_]+(?:-[^\W\d_]+)*"
"""A capitalised word, letters beyond ASCII too (Welsh "Môn")."""
_PLACE = r"(?:" + _WORD + r" (?:(?:and|&|of|upon|on) )?){1,6}"
"""A place or name of up to six words ("Hampshire and Isle of Wight")."""
_CYNGOR = (
    r"Cyngor (?:(?:Sir|Dinas|Bwrdeistref Sirol)(?: a Sir)? (?:y |ar )?)?(?:Ynys )?"
    + _WORD
    + r"(?: "
    + _WORD
    + r")?"
)
"""A Welsh council's own name ("Cyngor Gwynedd", "Cyngor Sir Ynys Môn")."""
_PRACTICE = r"(?:Surgery|Medical Practice|Medical Centre|Health Centre)"
"""A GP practice's kind: also an ordinary phrase ("Plastic Surgery")."""
_KIND_ENDS = (
    r"Fire (?:and|&) Rescue (?:Service|Authority)",
    r"Housing Association",
    _PRACTICE,
    r"(?:Learning|Academy|Academies|Multi-Academy|Education|Schools) Trust",
    r"National Park Authority",
    r"Integrated Care Board",
    r"(?:University )?Health Board",
)
"""The words that end the name of each kind of body :data:`_KINDS` finds after a place."""
_KIND_END = r"(?:" + "|".join(_KIND_ENDS) + r")"
_KINDS = re.compile(
    r"\b(?P<name>"
    + (_PLACE + _KIND_END + r"(?: Ltd| Limited)?")
    + (r"|NHS " + _PLACE + r"ICB")
    + (r"|" + _CYNGOR)
    + r")\b"
)
"""Kinds of body named by pattern beyond councils, departments, NHS trusts, universities."""
_KIND_ALONE = re.compile(_KIND_END)
"""A kind of body named without its place ("the Fire and Rescue Service"): nobody."""
_WEAK = re.compile(_PRACTICE + r"$")
"""Kinds whose names are also ordinary phrases ("Plastic Surgery"): they count only from
the letterhead or a sign-off line."""
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
_KIND_WORDS = (
    "fire and rescue",
    "fire & rescue",
    "housing association",
    "surgery",
    "medical practice",
    "medical centre",
    "health centre",
    "learning trust",
    "academy trust",
    "academies trust",
    "education trust",
    "schools trust",
    "national park authority",
    "integrated care board",
    "icb",
    "health board",
    "cyngor",
)
"""Words each pattern's names contain: the patterns run only around them."""
_SEARCHES = (
    (_FORCE, _FORCE_WORDS, 60),
    (_BODY, _BODY_WORDS, 60),
    (_PATTERNS, _PATTERN_WORDS, 90),
    (_KINDS, _KIND_WORDS, 110),
)
"""Each pattern, its anchor words, and how far before an anchor its names may start."""
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
_LIMITED = re.compile(r" (?:Ltd|Limited)$")
"""A company's ending, left out of the name recorded ("Kelvinside Housing Association")."""
_SMALL_WORDS = frozenset({"of", "and", "upon", "on", "the"})
"""Words left in lower case when a name written in capitals is given its capitals."""
_POSSESSIVE = re.compile(r"['’]s$|(?<=s)['’]$")
"""A possessive ending that a pattern of capitalised words took into a name ("Care's")."""
_COMPOUND_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
"""A capitalised word straight after a name makes the name an adjective ("Home Office
Incident Recording System")."""
_LETTERHEAD_REST = re.compile(r"[\s,.;:|–-]*")
"""What may stand on a letterhead line beside a name that stands alone there."""


@dataclass(frozen=True, slots=True)
class AuthorityFinding:
    """The authority's name as foidesk writes it, and the offsets of one mention."""

    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Mention:
    """One mention of a candidate: its name, where the whole match and the name stand."""

    name: str
    match_start: int
    match_end: int
    start: int
    end: int


def _title(name: str) -> str:
    """A name written in capitals, given ordinary capitals ("UNIVERSITY OF LEEDS")."""
    words = name.split()
    return " ".join(
        w.lower() if i and w.lower() in _SMALL_WORDS else w.capitalize()
        for i, w in enumerate(words)
    )


def _canonical(match: re.Match[str], pattern: re.Pattern[str]) -> str:
    """The name foidesk records for a match of one of the patterns ("" for none)."""
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
        name = _title(name)
    name = _GENERIC.sub("", name)
    if pattern is _KINDS:
        name = _LIMITED.sub("", name)
        if name.endswith(" ICB"):
            name = name[:-3] + "Integrated Care Board"
        if _KIND_ALONE.fullmatch(name):
            return ""
    return "" if name in _BARE else name


def _pattern_mentions(
    pattern: re.Pattern[str], words: tuple[str, ...], back: int, text: str, lower: str
) -> Iterator[_Mention]:
    """The candidates one pattern finds, a possessive ending ("Care's") left out of the name."""
    for match in anchored(pattern, text, lower, words, back=back):
        name = _canonical(match, pattern)
        end = match.end()
        possessive = _POSSESSIVE.search(name)
        if possessive and pattern is not _BODY:
            name = _bare_none(name[: possessive.start()])
            end -= len(possessive.group())
        yield _Mention(name, match.start(), match.end(), match.start("name"), end)


def _bare_none(name: str) -> str:
    """``name``, or "" for a council or university named without its place."""
    return "" if name in _BARE else name


def _national_mentions(text: str, lower: str) -> Iterator[_Mention]:
    """The national bodies of :data:`WRITTEN` named in ``text``, found by dictionary lookup
    where the anchor index finds their lower-cased names, whole words only."""
    if len(lower) != len(text):  # lower-casing moved the offsets: nothing to look up
        return
    size_of = len(text)
    for at, size in sorted(anchor_positions(lower, ANCHORS), key=lambda p: (p[0], -p[1])):
        end = at + size
        name = WRITTEN.get(text[at:end])
        if name is None:
            continue
        if (at and text[at - 1].isalnum()) or (end < size_of and text[end].isalnum()):
            continue
        yield _Mention(name, at, end, at, end)


def _mentions(text: str, lower: str) -> Iterator[_Mention]:
    """Every candidate mention: police forces, bodies named exactly, the national table, then
    the other patterns. A mention overlapping an earlier one is dropped."""
    taken: list[tuple[int, int]] = []
    sources = (
        _pattern_mentions(*_SEARCHES[0], text, lower),
        _pattern_mentions(*_SEARCHES[1], text, lower),
        _national_mentions(text, lower),
        _pattern_mentions(*_SEARCHES[2], text, lower),
        _pattern_mentions(*_SEARCHES[3], text, lower),
    )
    for source in sources:
        for mention in source:
            if not mention.name or any(
                mention.match_start < b and a < mention.match_end for a, b in taken
            ):
                continue
            taken.append((mention.match_start, mention.match_end))
            yield mention


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the line that holds ``text[start:end]``."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def _short_line(text: str, start: int, end: int, words: int) -> bool:
    """Whether the line holding ``text[start:end]`` has at most ``words`` words."""
    line_start, line_end = _line(text, start, end)
    return len(text[line_start:line_end].split()) <= words


def _alone(text: str, mention: _Mention) -> bool:
    """Whether ``mention`` stands alone on its line (punctuation aside)."""
    line_start, line_end = _line(text, mention.match_start, mention.match_end)
    before = text[line_start : mention.match_start]
    return bool(
        _LETTERHEAD_REST.fullmatch(before)
        and _LETTERHEAD_REST.fullmatch(text, mention.match_end, line_end)
    )


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


def _attributive(text: str, mention: _Mention) -> bool:
    """Whether ``mention`` only qualifies something else: a possessive ("the Department of
    Health and Social Care's response") or an adjective before a capitalised noun ("the
    Home Office Incident Recording System"). Neither is the body speaking for itself."""
    end = mention.end
    if text.startswith(("'s", "’s"), end) or mention.end < mention.match_end:
        return True
    return bool(_COMPOUND_AFTER.match(text, end, end + 4))


def _counts(text: str, mention: _Mention, letterhead: bool, subject: bool, sign_off: bool) -> bool:
    """Whether ``mention`` counts for its body: third parties only from the letterhead or as
    the subject of the decision, GP practices only from the letterhead or a sign-off line,
    and a name that only qualifies something else (:func:`_attributive`) not in running text."""
    if mention.name in THIRD_PARTIES:
        return letterhead or subject
    if _WEAK.search(mention.name):
        return letterhead or sign_off
    if letterhead or subject or sign_off or _opens_short_line(text, mention):
        return True
    return not _attributive(text, mention)


def _opens_short_line(text: str, mention: _Mention) -> bool:
    """Whether ``mention`` opens a short line of its own: a page header or footer ("Bristol
    City Council Information Rights"), where the words after the name are a team's name."""
    line_start = text.rfind("\n", 0, mention.match_start) + 1
    return not text[line_start : mention.match_start].strip() and _short_line(
        text, mention.match_start, mention.match_end, 8
    )


@dataclass(slots=True)
class _Tally:
    """The evidence for each candidate: its score, its first mention in the text, and
    whether it stands alone on a letterhead line."""

    scores: dict[str, float]
    first: dict[str, AuthorityFinding]
    alone: set[str]

    def best(self) -> AuthorityFinding | None:
        """The candidate standing alone on the letterhead, else the best scored (then the
        first named) one."""
        if not self.scores:
            return None
        best = max(
            self.scores,
            key=lambda n: (n in self.alone, self.scores[n], -self.first[n].start),
        )
        return self.first[best]


def _weigh(text: str, mention: _Mention, head: int, tail: int, tally: _Tally) -> None:
    """Add the weight of one mention to ``tally``."""
    letterhead = mention.match_start < head and _short_line(
        text, mention.match_start, mention.match_end, 10
    )
    subject = bool(_SUBJECT_AFTER.match(text[mention.end : mention.end + 20]))
    sign_off = mention.match_start >= tail and _short_line(
        text, mention.match_start, mention.match_end, 6
    )
    if not _counts(text, mention, letterhead, subject, sign_off):
        return
    bonus = 3.0 * letterhead + 2.0 * subject + 2.0 * sign_off
    name = mention.name
    tally.scores[name] = tally.scores.get(name, 0.0) + 1 + bonus
    seen = tally.first.get(name)
    if seen is None or mention.start < seen.start:  # the sources are searched one by one
        tally.first[name] = AuthorityFinding(name, mention.start, mention.end)
    if letterhead and _alone(text, mention):
        tally.alone.add(name)


def find_authority(text: str) -> AuthorityFinding | None:
    """The authority that wrote ``text``, or None when no candidate is named.

    Example:
        >>> find_authority("West Midlands police can neither confirm nor deny ...").name
        'West Midlands Police'
    """
    tally = _Tally({}, {}, set())
    tail = max(0, len(text) - 800)
    head = _head_end(text)
    for mention in _mentions(text, lowered(text)):
        _weigh(text, mention, head, tail, tally)
    return tally.best()
