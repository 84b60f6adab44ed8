"""The type checker's configuration keeps everything below the GUI in strict mode and checks every module of the
GUI at least in mypy's default mode, so `make check` holds the seam between the window and the services typed
(issue 17, item 5)."""

import tomllib
from pathlib import Path
from typing import Any

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
# What `mypy --strict` turns on that can be set per module.
STRICT_FLAGS = {
    "disallow_any_generics": True, "disallow_subclassing_any": True, "disallow_untyped_calls": True,
    "disallow_untyped_defs": True, "disallow_incomplete_defs": True, "check_untyped_defs": True,
    "disallow_untyped_decorators": True, "warn_unused_ignores": True, "warn_return_any": True,
    "implicit_reexport": False, "strict_equality": True, "extra_checks": True,
}


def _overrides() -> list[dict[str, Any]]:
    overrides: list[dict[str, Any]] = tomllib.loads(PYPROJECT.read_text("utf-8"))["tool"]["mypy"]["overrides"]
    return overrides


def _modules(override: dict[str, Any]) -> list[str]:
    modules = override["module"]
    return [modules] if isinstance(modules, str) else list(modules)


def test_every_module_of_the_project_is_checked_in_strict_mode_by_default() -> None:
    (project,) = [o for o in _overrides() if _modules(o) == ["shadowdesk.*"]]
    assert {flag: project.get(flag) for flag in STRICT_FLAGS} == STRICT_FLAGS


def test_no_module_of_the_project_has_its_errors_ignored() -> None:
    ignored = [m for o in _overrides() if o.get("ignore_errors") for m in _modules(o) if m.startswith("shadowdesk.")]
    assert ignored == []


def test_no_module_below_the_gui_is_checked_less_strictly() -> None:
    relaxed = [(m, flag) for o in _overrides() for m in _modules(o)
               if m.startswith("shadowdesk.") and not m.startswith("shadowdesk.gui.") and m != "shadowdesk.*"
               for flag, strict in STRICT_FLAGS.items() if o.get(flag, strict) != strict]
    untyped_calls_allowed = tomllib.loads(PYPROJECT.read_text("utf-8"))["tool"]["mypy"]["untyped_calls_exclude"]
    assert relaxed == []
    assert [m for m in untyped_calls_allowed if m.startswith("shadowdesk.")] == []
