"""`shadowdesk export` and `shadowdesk people export` in a German or French session (LANGUAGE), as a user runs
them: the file is in the language and punctuated for its Excel, and a French roster imports back."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys


def shadowdesk(data, *args: str, language: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": language}
    env.pop("SHADOWDESK_DATA_DIR", None)
    env.pop("SHADOWDESK_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "shadowdesk", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, timeout=120)


def test_a_german_sessions_export_opens_in_german_excel(tmp_path):
    data = tmp_path / "data"
    assert shadowdesk(data, "demo").returncode == 0
    target = tmp_path / "termine.csv"
    result = shadowdesk(data, "export", "sessions", "--program", "Autumn Cross-Training", "-o", str(target),
                        language="de")
    assert result.returncode == 0, result.stderr
    with target.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle, delimiter=";"))
    assert header[:5] == ["Beginn (UTC)", "Ende (UTC)", "Stunden", "Art", "Status"]
    assert len(rows) == 48 and all(len(row) == len(header) for row in rows)
    # The demo's sessions last whole hours: "2,00", a number in German Excel (interop tests check "1,50").
    assert all(re.fullmatch(r"\d+,\d\d", row[2]) for row in rows)
    assert {row[3] for row in rows} <= {"Projekt-Hospitation", "Kundenbesuch"}


def test_a_french_roster_export_imports_back_to_the_same_people(tmp_path):
    source, copy = tmp_path / "source", tmp_path / "copy"
    assert shadowdesk(source, "demo").returncode == 0
    exported = tmp_path / "personnes.csv"
    assert shadowdesk(source, "people", "export", str(exported), language="fr").returncode == 0
    header = exported.read_bytes().decode("utf-8-sig").splitlines()[0]
    assert header.startswith("Nom complet;E-mail;Service;")
    # Read on an English desk into an empty database, then exported again in French: the same file.
    imported = shadowdesk(copy, "people", "import", str(exported))
    assert imported.returncode == 0, imported.stderr + imported.stdout
    again = tmp_path / "again.csv"
    assert shadowdesk(copy, "people", "export", str(again), language="fr").returncode == 0
    assert again.read_bytes() == exported.read_bytes()
