"""The .ui files are the single source of each form: no generated module may be stale."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("build_forms", ROOT / "packaging" / "build_forms.py")
build_forms = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_forms)


@pytest.mark.parametrize("ui_file", sorted((ROOT / "ui").glob("*.ui")), ids=lambda p: p.name)
def test_generated_form_matches_its_ui_file(ui_file):
    target = build_forms.target_for(ui_file)
    assert target.exists(), f"{target.name} missing: run `make forms`"
    assert target.read_text(encoding="utf-8") == build_forms.generate(ui_file), (
        f"{target.name} is stale: run `make forms`")


def test_no_generated_form_without_its_ui_file():
    sources = {build_forms.target_for(p).name for p in (ROOT / "ui").glob("*.ui")}
    generated = {p.name for p in build_forms.FORMS_DIR.glob("ui_*.py")}
    assert generated <= sources
