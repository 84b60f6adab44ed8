"""The package as a newcomer installs it: every subpackage listed, ui/ and resources/ inside the wheel."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_under_src_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT / "src").parts)
        for init in (ROOT / "src").rglob("__init__.py")
    }
    assert found <= listed, f"add to pyproject packages: {sorted(found - listed)}"


def test_the_wheel_carries_forms_resources_and_migrations(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path),
         str(ROOT)],
        check=True, capture_output=True,
    )
    wheel = next(tmp_path.glob("shadowdesk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for ui_file in (ROOT / "ui").glob("*.ui"):
        assert f"shadowdesk/ui/{ui_file.name}" in names
    assert "shadowdesk/resources/icons/shadowdesk.svg" in names
    assert "shadowdesk/storage/migrations/env.py" in names
    assert "shadowdesk/storage/migrations/versions/0001_baseline.py" in names
    assert "shadowdesk/gui/forms/ui_main_window.py" in names
