"""Regenerate src/shadowdesk/gui/forms/ui_*.py from the Designer files in ui/ with pyside6-uic.

Run after editing a .ui file: python packaging/build_forms.py. tests/gui/test_forms.py fails when a
generated file is stale, so the .ui file stays the one source of each layout.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "src" / "shadowdesk" / "gui" / "forms"


def uic_executable() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found: install the project first (pip install -e .[dev]).")
    return found


def generate(ui_file: Path) -> str:
    """The Python code for one form, without uic's header comment (it names the Qt version)."""
    result = subprocess.run([uic_executable(), str(ui_file)], check=True, capture_output=True, text=True)
    lines = result.stdout.splitlines(keepends=True)
    body = [line for line in lines if not line.startswith("##")]
    header = f"# Generated from ui/{ui_file.name} by packaging/build_forms.py. Do not edit: edit the .ui file.\n"
    return header + "".join(body).lstrip("\n")


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def main() -> int:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    (FORMS_DIR / "__init__.py").write_text('"""Code generated from ui/*.ui by packaging/build_forms.py."""\n')
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target_for(ui_file).write_text(generate(ui_file), encoding="utf-8")
        print(f"{ui_file.relative_to(ROOT)} -> {target_for(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
