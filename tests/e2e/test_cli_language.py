"""The CLI speaks the language chosen in Preferences, as the window does; without a choice, the system's."""

from __future__ import annotations

import json

from shadowdesk.paths import resolve_paths
from tests.e2e.test_people_cli import shadowdesk


def test_the_preferences_language_wins_over_the_systems(tmp_path):
    data = tmp_path / "company"
    assert shadowdesk(data, "customers", "add", "Nordwind Pharma").returncode == 0
    twin = shadowdesk(data, "customers", "add", "nordwind PHARMA")  # the tests' system speaks English
    assert twin.returncode == 2 and "already" in twin.stderr

    settings = resolve_paths(str(data)).settings_file
    settings.write_text(json.dumps({"language": "fr"}), encoding="utf-8")  # what Preferences writes
    french = shadowdesk(data, "customers", "add", "nordwind PHARMA", language="de")
    assert french.returncode == 2 and "Traceback" not in french.stderr
    assert "already" not in french.stderr and "existe déjà" in french.stderr, french.stderr
