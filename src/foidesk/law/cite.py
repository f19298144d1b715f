"""Find, normalise and locate citations of FOIA 2000, FOISA 2002 and EIR 2004 in text.

One parser reads every way a response cites the law. :func:`find_citations`
scans running text; :func:`parse_citation` reads a string that should be
nothing but a citation (a form field, a command-line argument). Each result is
a :class:`FoundCitation` with the normalised key (``31(1)(a)``), the regime,
the words as written and their span in the input, and whether the statute has
that provision (asked of the :class:`~foidesk.law.catalogue.Catalogue`, never
guessed: ``section 99(1)`` is reported as ``99(1)``, unknown).

The grammar accepted (case is ignored except where noted):

Introducing word, then at most three spaces or a line break, then a number:
    ``section``, ``sections``, ``sect.``, ``sec.``, ``secs``, ``s``, ``s.``,
    ``ss``, ``ss.``, ``§``, ``§§`` (a section of an Act); ``regulation``,
    ``regulations``, ``reg``, ``reg.``, ``regs`` (a regulation of the EIR);
    or, case-sensitive, ``FOIA``, ``FoIA``, ``FOISA``, ``FoISA``, ``EIR``,
    ``EIRs`` standing in for the word (``EIR 12(5)(e)``). The word must not be
    the end of a longer word (``subsection``, ``it's 20``), nor follow
    ``sub-``. ``S31``, ``s.24``, ``§31`` need no space.

Number:
    one to three digits with up to two capital letters (``31``, ``11A``);
    four digits are a year, never a section (``FOIA 2000``). A number without
    brackets must stand alone: not run into letters (``s21st``), not a decimal
    (``section 2.3`` of a document), and not a count or a date (``section 10,
    20 working days``, ``section 31, 24 March``).

Brackets, each optionally preceded by up to two spaces (``Section 1 (1) (a)``):
    ``(5A)`` a subsection; ``(b)`` a paragraph (a letter, or ``aa``, ``ba``,
    ``za``); ``(ii)`` a sub-paragraph (roman, up to ``xxix``). A bracket that
    is none of these (``(see below)``, ``(or)``) ends the citation. Brackets
    of the same level in a row are alternatives: ``31(1)(a)(b)`` cites
    ``31(1)(a)`` and ``31(1)(b)``, both with the span of the whole expression.
    ``(i)``, ``(v)`` and ``(x)`` after a paragraph are either a sub-paragraph
    or the next paragraph: the catalogue decides (``40(5B)(a)(i)`` is a
    sub-paragraph, ``31(2)(h)(i)`` is paragraph ``(i)``); where it knows
    neither, the next letter of the alphabet (``h`` then ``i``) is a paragraph
    and anything else a sub-paragraph.

Lists and ranges:
    items joined by ``,``, ``and``, ``or``, ``and/or``, ``&``, ``/`` or
    ``, and``; an item is a full number (``sections 30(1)(a), 31(1)(a) and
    38``), optionally with the word repeated (``section 24 and section 31``),
    or brackets only, read against the item before (``section 40(2) and (3)``
    gives ``40(3)``; ``31(1)(a) and (b)`` gives ``31(1)(b)``). A range joined
    by ``-``, ``–`` or ``to`` also cites what lies between, for whole sections
    (``ss.21-23``, at most 20 apart) and single letters or numbers in brackets
    (``31(1)(a) to (c)``). Each later item has its own span.

The Act named after the citation, optionally after ``of``, ``under`` or
``in`` and ``the`` (``of the Freedom of Information Act 2000``, ``of FOISA``,
``(FOIA)``, ``of the EIR``), or just before it with only spaces between
(``FOIA s.31``, ``EIR reg 12(5)(e)``), decides the regime. A different Act
named straight after or after ``of`` (``of the Data Protection Act 2018``,
``of the UK GDPR``, ``s.29 DPA``, ``DPA s.29``, ``of the Fees Regulations``,
``of the Environmental Information (Scotland) Regulations``) or a document
(``of this letter``) means the words are not a citation of FOIA, FOISA or the
EIR, and nothing is reported. Another Act after ``under`` or ``in``, or after
a comma, is context (``section 40(2) under the UK GDPR principles``) and
changes nothing; so does a bare title word (``the section 45 Code``). ``of
the Act`` keeps the default. Otherwise a regulation is always EIR; a section
is of the default regime, or FOIA when the default is EIR (the EIR has no
sections).

Not read: upper-case brackets (``31(1)(A)`` gives ``31(1)``), citations with
no introducing word in running text (``by virtue of 40(3A)(a)``; a bare key
is read by :func:`parse_citation` only), ``subsection (3)`` on its own, and
numbered parts of other documents that look like sections (``Section 2:
Background`` is read as section 2; the reader's context must judge).

The span (``start``/``end``, end exclusive) covers the introducing word and
the numbers and brackets; the named Act is read but not included.
"""

from __future__ import annotations

from dataclasses import dataclass

from foidesk.errors import MalformedCitation
from foidesk.law.catalogue import Catalogue, catalogue, section_of
from foidesk.law.cite_keys import keys_of, known
from foidesk.law.cite_scan import regime_of, scan
from foidesk.law.model import Regime


@dataclass(frozen=True)
class FoundCitation:
    """One provision cited in a text.

    Attributes:
        key: the normalised citation, such as ``"31(1)(a)"``.
        regime: the statute cited.
        text: the words as written (shared by the provisions one expression
            cites, as ``Section 31(1)(a)(b)``).
        start: offset of the first character of ``text`` in the input.
        end: offset just past its last character.
        known: whether the statute has this provision (through the catalogue).
    """

    key: str
    regime: Regime
    text: str
    start: int
    end: int
    known: bool

    @property
    def section(self) -> str:
        """The section (or regulation) number: ``31(1)(a)`` -> ``31``."""
        return section_of(self.key)


def _found(
    text: str, keyspans: list[tuple[str, int, int]], regime: Regime, law: Catalogue
) -> list[FoundCitation]:
    return [
        FoundCitation(key, regime, text[start:end], start, end, known(law, regime, key))
        for key, start, end in keyspans
    ]


def find_citations(
    text: str, *, regime: Regime = Regime.FOIA, law: Catalogue | None = None
) -> list[FoundCitation]:
    """Every citation in running text, in order, normalised, with spans.

    Args:
        text: any text, such as a refusal notice.
        regime: the regime a bare ``section`` belongs to when no Act is named.
        law: the catalogue that decides which provisions exist (default: the real one).

    Returns:
        One :class:`FoundCitation` per provision cited, in the order of the text.
        Citations of other Acts (``section 29 of the Data Protection Act 2018``)
        are left out.

    Example:
        >>> [c.key for c in find_citations("Section 31(1)(a)(b) - Law enforcement")]
        ['31(1)(a)', '31(1)(b)']
    """
    law = law if law is not None else catalogue()
    found: list[FoundCitation] = []
    for group in scan(text):
        cited = regime_of(group, regime)
        if cited is not None:
            found.extend(_found(text, keys_of(group, cited, law), cited, law))
    return found


def parse_citation(
    text: str, *, regime: Regime = Regime.FOIA, law: Catalogue | None = None
) -> list[FoundCitation]:
    """Read a string that should be nothing but a citation (a form field, a CLI argument).

    Besides everything :func:`find_citations` reads, a bare key (``31(1)(a)``,
    ``12(5)(b)`` with ``regime=Regime.EIR``) is accepted.

    Args:
        text: the citation, such as ``"s.40(5B)(a)(i)"`` or ``"sections 24 and 31"``.
        regime: the regime of a bare key or ``section`` when no Act is named.
        law: the catalogue that decides which provisions exist (default: the real one).

    Returns:
        The normalised citations; a provision the statute lacks has ``known=False``.

    Raises:
        MalformedCitation: when the string is empty, holds anything but
            citations, or cites an Act other than FOIA, FOISA or the EIR.
    """
    law = law if law is not None else catalogue()
    groups = list(scan(text, bare=True))
    if not text.strip():
        raise MalformedCitation("an empty string is not a citation (try 'section 31(1)(a)')")
    if not groups:
        raise MalformedCitation(f"{_shown(text)} is not a citation (try 'section 31(1)(a)')")
    regimes = [regime_of(group, regime) for group in groups]
    if None in regimes:
        raise MalformedCitation(
            f"{_shown(text)} cites another Act or document, not FOIA, FOISA or the EIR"
        )
    pos = 0
    for group in groups:
        _check_gap(text, text[pos : group.head_start])
        pos = group.consumed_end
    _check_gap(text, text[pos:])
    found: list[FoundCitation] = []
    for group, cited in zip(groups, regimes, strict=True):
        assert cited is not None
        found.extend(_found(text, keys_of(group, cited, law), cited, law))
    return found


def _check_gap(text: str, gap: str) -> None:
    """Between citations only spaces, punctuation and 'and' may stand."""
    if gap.strip(" \t\r\n,;.&").lower() not in ("", "and", "or"):
        raise MalformedCitation(f"{_shown(text)} is not just a citation: cannot read {_shown(gap)}")


def _shown(text: str, limit: int = 60) -> str:
    """The input as quoted in a message: stripped, on one line, cut to ``limit`` characters."""
    text = text.strip()
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
