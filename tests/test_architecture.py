"""The layers of docs/architecture.md, enforced: dependencies point inward.

Each core package may import only the foidesk packages listed for it, and no
core package imports a web framework or a database driver.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import foidesk

SRC = Path(foidesk.__file__).parent

ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "law": {"errors"},
    "record": {"law", "errors"},
    "clock": {"law", "errors"},
    "read": {"record", "law", "errors"},
    "check": {"record", "law", "errors"},
    "write": {"check", "read", "clock", "record", "law", "errors"},
    "library": {"read", "check", "record", "law", "errors"},
}
CORE = ("errors", "law", "record", "clock", "read", "check", "write")
FORBIDDEN_THIRD_PARTY = ("django", "psycopg", "sqlite3", "sqlalchemy", "requests", "httpx")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _files(package: str) -> list[Path]:
    target = SRC / package
    return [target.with_suffix(".py")] if not target.is_dir() else sorted(target.rglob("*.py"))


@pytest.mark.parametrize("package", tuple(ALLOWED))
def test_package_imports_only_inner_layers(package: str) -> None:
    files = _files(package)
    assert files, f"foidesk.{package} has no modules"
    for path in files:
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "foidesk" and len(parts) > 1 and parts[1] != package:
                assert parts[1] in ALLOWED[package], f"{path}: imports {name}"
            if package in CORE:
                assert parts[0] not in FORBIDDEN_THIRD_PARTY, f"{path}: imports {name}"


def test_public_api_is_exported() -> None:
    for name in foidesk.__all__:
        assert hasattr(foidesk, name), name


def test_modules_stay_small() -> None:
    too_long = {
        str(p.relative_to(SRC)): n
        for p in SRC.rglob("*.py")
        if "migrations" not in p.parts
        and (n := len(p.read_text(encoding="utf-8").splitlines())) > 450
    }
    assert not too_long, f"modules over 450 lines: {too_long}"
