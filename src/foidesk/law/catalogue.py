"""Load the statutes from their data files and answer questions about them.

The data lives in TOML files beside this module, one per regime
(``foia2000.toml``, ``foisa2002.toml``, ``eir2004.toml``). Each file has a
``[meta]`` table and one ``[provisions."KEY"]`` table per citable provision.
Attributes not set on a provision are inherited from its nearest ancestor
(``31(1)(a)`` from ``31(1)``, then ``31``). See ``docs/law.md``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from foidesk.errors import LawDataError, MalformedCitation, UnknownProvision
from foidesk.law.model import Provision, ProvisionKind, Regime, Status, Test

DATA_FILES = {
    Regime.FOIA: "foia2000.toml",
    Regime.FOISA: "foisa2002.toml",
    Regime.EIR: "eir2004.toml",
}

REQUIRED_KEYS = frozenset({"title", "kind"})
ALLOWED_KEYS = REQUIRED_KEYS | frozenset(
    {
        "status",
        "absolute_when",
        "test",
        "ncnd",
        "excludes_confirm_deny",
        "historical_expiry_years",
        "summary",
        "sources",
        "examples",
        "notes",
        "historical_expiry_note",
    }
)
INHERITED_KEYS = (
    "status",
    "test",
    "ncnd",
    "historical_expiry_years",
    "absolute_when",
    "historical_expiry_note",
)
"""Keys a provision takes from its nearest ancestor that sets them (see docs/law.md).

``absolute_when`` travels with ``status``: it comes from the same ancestor unless the
provision sets its own. Procedural provisions inherit no ``status``, ``test`` or
``absolute_when``: those describe exemptions, not duties.
"""

KEY_PATTERN = re.compile(r"^\d+[A-Z]*(\(\d+[A-Z]*\))?(\([a-z]{1,3}\))?(\([ivx]+\))?$")
"""A normalised key: section, then optional (subsection), (paragraph), (sub-paragraph)."""


def parent_key(key: str) -> str | None:
    """The key one level up: ``31(1)(a)`` -> ``31(1)`` -> ``31`` -> None."""
    cut = key.rfind("(")
    return key[:cut] if cut > 0 else None


_PREFIX = re.compile(r"^(?:sections?|regulations?|regs?|s|r)(?:\.|\b|(?=\d))\s*", re.IGNORECASE)
_LETTERED_NUMBER = re.compile(r"(\d+)([a-zA-Z]+)")


def normalise_key(text: str) -> str:
    """A person's way of naming a provision as a normalised key.

    ``"s.31 (1)(a)"`` -> ``"31(1)(a)"``, ``"section 40(5a)"`` -> ``"40(5A)"``,
    ``"Regulation 12(5)(b)"`` -> ``"12(5)(b)"``. For reading citations in running
    text use :func:`foidesk.law.find_citations`; this is for a single key typed
    at the command line.

    Raises:
        MalformedCitation: when the text cannot be read as one key.
    """
    bare = re.sub(r"\s+", "", _PREFIX.sub("", text.strip()))
    key = _LETTERED_NUMBER.sub(lambda m: m.group(1) + m.group(2).upper(), bare)
    if not KEY_PATTERN.match(key):
        raise MalformedCitation(
            f"{text.strip()!r} is not a provision key (try 31, 31(1)(a) or 40(5A))"
        )
    return key


def section_of(key: str) -> str:
    """The section (or regulation) number of a key: ``31(1)(a)`` -> ``31``."""
    cut = key.find("(")
    return key if cut < 0 else key[:cut]


@dataclass(frozen=True)
class Statute:
    """One regime's provisions, keyed by normalised citation."""

    regime: Regime
    title: str
    provisions: dict[str, Provision]
    sources: tuple[str, ...]


class Catalogue:
    """Every provision of every regime foidesk knows.

    Example:
        >>> from foidesk.law import catalogue, Regime
        >>> catalogue().get(Regime.FOIA, "31(1)(a)").is_qualified
        True
    """

    def __init__(self, statutes: dict[Regime, Statute]) -> None:
        self._statutes = statutes

    def statute(self, regime: Regime) -> Statute:
        """The statute of one regime."""
        return self._statutes[regime]

    def find(self, regime: Regime, key: str) -> Provision | None:
        """The provision with this exact key, or None."""
        return self._statutes[regime].provisions.get(key)

    def get(self, regime: Regime, key: str) -> Provision:
        """The provision with this exact key.

        Raises:
            UnknownProvision: when the statute has no such provision.
        """
        found = self.find(regime, key)
        if found is None:
            word = "regulation" if regime is Regime.EIR else "section"
            raise UnknownProvision(
                f"{regime.instrument} has no {word} {key}", provision=key, regime=regime.value
            )
        return found

    def provisions(self, regime: Regime | None = None) -> Iterator[Provision]:
        """Every provision, in data-file order, of one regime or all."""
        regimes = [regime] if regime else list(self._statutes)
        for each in regimes:
            yield from self._statutes[each].provisions.values()

    def in_section(self, regime: Regime, section: str) -> list[Provision]:
        """The section's own entry and all its subsections."""
        return [p for p in self.provisions(regime) if p.section == section]

    def ncnd_limb(self, regime: Regime, key: str) -> Provision | None:
        """The provision excluding the duty to confirm or deny for ``key``, if any.

        For the NCND limb itself (``31(3)``) the answer is that provision.
        """
        provision = self.get(regime, key)
        if provision.excludes_confirm_deny:
            return provision
        if provision.ncnd is None:
            return None
        return self.find(regime, provision.ncnd)


def _setter(key: str, raw: dict[str, dict[str, Any]], name: str) -> dict[str, Any] | None:
    """The entry of ``key`` or its nearest ancestor that sets ``name``."""
    here: str | None = key
    while here is not None:
        entry = raw.get(here)
        if entry is not None and name in entry:
            return entry
        here = parent_key(here)
    return None


def _inherit(key: str, raw: dict[str, dict[str, Any]], name: str) -> Any:
    entry = _setter(key, raw, name)
    return None if entry is None else entry[name]


def _status_and_condition(
    key: str, raw: dict[str, dict[str, Any]]
) -> tuple[Status | None, str | None]:
    """``status`` and the ``absolute_when`` of the same ancestor (own value first)."""
    source = _setter(key, raw, "status")
    own = raw[key].get("absolute_when")
    if source is None:
        return None, own
    return Status(source["status"]), own if own is not None else source.get("absolute_when")


def _build(regime: Regime, key: str, raw: dict[str, dict[str, Any]], file: str) -> Provision:
    entry = raw[key]
    missing = REQUIRED_KEYS - entry.keys()
    extra = set(entry) - ALLOWED_KEYS
    if missing or extra:
        raise LawDataError(
            f"provision {key}: missing {sorted(missing)} extra {sorted(extra)}", source=file
        )
    if not KEY_PATTERN.match(key):
        raise LawDataError(f"provision key {key!r} is not a normalised citation", source=file)
    try:
        kind = ProvisionKind(entry["kind"])
        if kind is ProvisionKind.PROCEDURAL:
            status = Status(entry["status"]) if "status" in entry else None
            condition, test = entry.get("absolute_when"), entry.get("test")
        else:
            (status, condition), test = _status_and_condition(key, raw), _inherit(key, raw, "test")
        return Provision(
            regime=regime,
            key=key,
            title=entry["title"],
            kind=kind,
            section=section_of(key),
            status=status,
            absolute_when=condition,
            test=Test(test) if test else None,
            ncnd=_inherit(key, raw, "ncnd"),
            excludes_confirm_deny=bool(entry.get("excludes_confirm_deny", False)),
            historical_expiry_years=_inherit(key, raw, "historical_expiry_years"),
            summary=entry.get("summary", ""),
            sources=tuple(entry.get("sources", ())),
            examples=tuple(entry.get("examples", ())),
            historical_expiry_note=_inherit(key, raw, "historical_expiry_note"),
        )
    except (ValueError, TypeError) as exc:
        raise LawDataError(f"provision {key}: {exc}", source=file) from exc


def load_statute(regime: Regime) -> Statute:
    """Read one regime's data file into a :class:`Statute`.

    Raises:
        LawDataError: when the file breaks the data format.
    """
    file = DATA_FILES[regime]
    text = resources.files("foidesk.law").joinpath("data", file).read_text(encoding="utf-8")
    return parse_statute(regime, text, source=file)


def parse_statute(regime: Regime, text: str, *, source: str = "<text>") -> Statute:
    """Build a :class:`Statute` from the TOML text of a law data file.

    Raises:
        LawDataError: when the text is not TOML or breaks the data format
            (docs/law.md), naming ``source``.
    """
    file = source
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LawDataError(f"not valid TOML: {exc}", source=file) from exc
    raw: dict[str, dict[str, Any]] = doc.get("provisions", {})
    meta: dict[str, Any] = doc.get("meta", {})
    if not isinstance(raw, dict) or not all(isinstance(v, dict) for v in raw.values()):
        raise LawDataError("[provisions] must hold one table per provision", source=file)
    provisions = {key: _build(regime, key, raw, file) for key in raw}
    return Statute(
        regime=regime,
        title=meta.get("title", regime.instrument),
        provisions=provisions,
        sources=tuple(meta.get("sources", ())),
    )


@cache
def catalogue() -> Catalogue:
    """The catalogue of all three regimes, loaded once and shared."""
    return Catalogue({regime: load_statute(regime) for regime in Regime})
