"""Every import of our own code names something that exists, wherever it is written.

An import at the top of a module fails when pytest collects it; an import inside a
function fails only when that function runs, and then as an ImportError in one test
rather than as the rename that caused it. A helper moved and renamed once left such an
import behind in a GUI test. This test reads every module of the project and its tests
and resolves each `from <ours> import <name>` without running the code around it.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OURS = ("shadowdesk", "tests", "benchmarks")
SCANNED = [ROOT / "src" / "shadowdesk", ROOT / "tests", ROOT / "benchmarks"]


def _our_imports():
    for folder in SCANNED:
        for path in sorted(folder.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module \
                        and node.module.split(".")[0] in OURS:
                    for alias in node.names:
                        yield path.relative_to(ROOT), node.lineno, node.module, alias.name
                elif isinstance(node, ast.Import):
                    for alias in node.names:
                        if alias.name.split(".")[0] in OURS:
                            yield path.relative_to(ROOT), node.lineno, alias.name, None


def _resolves(module_name: str, name: str | None) -> bool:
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return False
    if name is None or name == "*" or hasattr(module, name):
        return True
    return hasattr(module, "__path__") and importlib.util.find_spec(f"{module_name}.{name}") is not None


def test_every_import_of_our_own_code_names_a_module_and_name_that_exist():
    imports = list(_our_imports())
    assert len(imports) > 500  # the walk found the project, not an empty folder
    missing = [f"{path}:{line}: from {module} import {name}"
               for path, line, module, name in imports if not _resolves(module, name)]
    assert not missing, "\n".join(missing)


def test_the_check_sees_an_import_that_names_nothing():
    assert _resolves("tests.damaged_files", "damage_an_index_page")
    assert not _resolves("tests.storage.test_backup", "_damage_one_index")
    assert not _resolves("shadowdesk.no_such_module", None)
