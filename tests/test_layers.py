"""The import direction of docs/ARCHITECTURE.md, checked on every module so it cannot rot."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "shadowdesk"
# Modules allowed to start Qt: the GUI itself, and the entry points that start it lazily.
QT_ALLOWED = ("gui/", "app.py", "cli.py", "__main__.py")
GUI_FORBIDDEN = ("shadowdesk.model", "shadowdesk.storage", "shadowdesk.interop", "shadowdesk.rules",
                 "shadowdesk.reports")
LOWER_LAYERS = {"model": set(), "rules": set()}  # import nothing of the project above them
FORBIDDEN_FOR_LOWER = ("shadowdesk.storage", "shadowdesk.services", "shadowdesk.interop", "shadowdesk.reports",
                       "shadowdesk.gui", "shadowdesk.app", "shadowdesk.cli", "shadowdesk.commands")


def imported_modules(path: Path) -> set[str]:
    """Every module named in an import statement, including ones inside functions."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def source_files() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "migrations/versions" not in p.as_posix())


def relative(path: Path) -> str:
    return path.relative_to(SRC).as_posix()


@pytest.mark.parametrize("path", source_files(), ids=relative)
def test_module_respects_the_layers(path):
    rel = relative(path)
    imports = imported_modules(path)
    if not rel.startswith(QT_ALLOWED):
        assert not {m for m in imports if m.split(".")[0] == "PySide6"}, f"{rel} imports Qt outside gui/"
    if rel.startswith("gui/"):
        assert not {m for m in imports if m.split(".")[0] == "sqlalchemy"}, f"{rel} imports sqlalchemy in gui/"
        # Nor anything that pulls SQLAlchemy in or skips the services: the GUI talks to services only.
        below = {m for m in imports if m.startswith(GUI_FORBIDDEN)}
        assert not below, f"{rel} reaches past the services: {sorted(below)}"
    layer = rel.split("/")[0]
    if layer in LOWER_LAYERS:
        above = {m for m in imports if m.startswith(FORBIDDEN_FOR_LOWER)}
        assert not above, f"{rel} imports layers above it: {sorted(above)}"
        if layer == "rules":
            assert not {m for m in imports if m.split(".")[0] in ("sqlalchemy", "PySide6")}, (
                f"{rel}: rules are pure functions, without SQL or Qt")


def test_the_checker_sees_imports_inside_functions(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtWidgets import QWidget\n    import sqlalchemy.orm\n")
    assert imported_modules(sample) == {"PySide6.QtWidgets", "sqlalchemy.orm"}
