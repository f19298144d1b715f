"""House style: the authority's letterhead, sign-off, review route and own templates.

An authority sets these in a TOML file (``foidesk write ... --style house.toml``)
without touching code. Every key is optional; see ``docs/writing.md``::

    [authority]
    name = "West Midlands Police"
    address = ["Lloyd House", "Colmore Circus Queensway", "Birmingham B4 6NQ"]
    email = "foi@example.police.uk"

    [sign_off]
    closing = "Yours sincerely"
    name = "A. Officer"
    role = "Disclosure Officer"

    [review]
    address = ["Information Management", "PO Box 52", "Birmingham B4 6NQ"]
    email = "foi.review@example.police.uk"

    [commissioner]
    wording = "..."          # replaces the default paragraph on the s50 complaint

    [templates]
    directory = "templates"  # relative to this file; searched before the package templates

The right to complain to the Commissioner is required by FOIA s17(7)(b) (FOISA s19,
EIR reg 14(5)(b)); an authority may reword it but cannot leave it out.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from foidesk.errors import StyleError


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Authority(_Strict):
    """Who sends the notice: the letterhead."""

    name: str = ""
    address: list[str] = Field(default_factory=list)
    email: str = ""
    telephone: str = ""
    website: str = ""


class SignOff(_Strict):
    """How the notice is signed."""

    closing: str = "Yours sincerely"
    name: str = ""
    role: str = "Freedom of Information Officer"


class Review(_Strict):
    """Where to ask for an internal review (FOIA s17(7)(a); FOISA s20; EIR reg 11)."""

    address: list[str] = Field(default_factory=list)
    email: str = ""
    window_working_days: int = Field(default=40, ge=1, le=365)
    """How long the requester has to ask; 40 working days is common practice (and the
    statutory period under FOISA s20(5) and EIR reg 11(2))."""


class Commissioner(_Strict):
    """The paragraph on the right to complain to the Commissioner (FOIA s50; FOISA s47)."""

    wording: str = ""
    """Replaces the default paragraph when set."""


class Templates(_Strict):
    """Where the authority keeps its own templates."""

    directory: str = ""


class HouseStyle(_Strict):
    """An authority's house style. ``HouseStyle()`` is the default style.

    Example:
        >>> HouseStyle().sign_off.closing
        'Yours sincerely'
    """

    authority: Authority = Field(default_factory=Authority)
    sign_off: SignOff = Field(default_factory=SignOff)
    review: Review = Field(default_factory=Review)
    commissioner: Commissioner = Field(default_factory=Commissioner)
    templates: Templates = Field(default_factory=Templates)
    base_dir: Path | None = None
    """The folder of the style file: a relative templates directory is found from here."""

    @property
    def template_dir(self) -> Path | None:
        """The authority's templates directory, resolved, or None."""
        if not self.templates.directory:
            return None
        folder = Path(self.templates.directory).expanduser()
        if not folder.is_absolute() and self.base_dir is not None:
            folder = self.base_dir / folder
        return folder


def _describe(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item["loc"]) or "(file)"
        message = "unknown setting" if item["type"] == "extra_forbidden" else item["msg"]
        parts.append(f"{where}: {message}")
    return "; ".join(parts)


def load_style(path: str | Path) -> HouseStyle:
    """Read a house-style TOML file.

    Raises:
        StyleError: naming the file and the line or setting that is wrong.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise StyleError(f"cannot open the house style: {exc.strerror}", source=path) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise StyleError("the house style is not UTF-8 text", source=path) from None
    except tomllib.TOMLDecodeError as exc:
        raise StyleError(f"not valid TOML: {exc}", source=path) from None
    if "base_dir" in data:
        raise StyleError("base_dir: unknown setting", source=path)
    try:
        return HouseStyle.model_validate({**data, "base_dir": path.parent.resolve()})
    except ValidationError as exc:
        raise StyleError(f"bad house style: {_describe(exc)}", source=path) from None
