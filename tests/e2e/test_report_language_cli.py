"""`shadowdesk report` in the language of the command line: LANGUAGE=de writes a German PDF and says its
errors in German."""

from __future__ import annotations

import os
import subprocess
import sys

from pypdf import PdfReader
from sqlalchemy import make_url

from tests.reports.report_language import english_left, holds, pdf_words
from tests.services.skills_world import PROGRAM, build_skills_world


def shadowdesk_in(language: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": language}
    for name in ("SHADOWDESK_DATA_DIR", "SHADOWDESK_DATABASE_URL", "LC_ALL", "LC_MESSAGES"):
        env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "shadowdesk", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def signed_in(database_url: str, app_paths) -> tuple[str, ...]:
    """The options that open the database as its coordinator: on a team server, a login granted to Cora (the
    CLI refuses the test server's superuser); on SQLite, the file's owner."""
    where = ("--data-dir", str(app_paths.data), "--database-url", database_url)
    if not database_url.startswith("postgresql"):
        return where
    login = f"{make_url(database_url).database}_cora"
    assert shadowdesk_in("en", *where, "server", "init").returncode == 0
    granted = shadowdesk_in("en", *where, "server", "grant", "cora@example.com", "--name", "Cora", "--role",
                            "coordinator", "--login", login)
    assert granted.returncode == 0, granted.stderr
    return where[:3] + (make_url(database_url).set(username=login).render_as_string(hide_password=False),)


def test_language_de_writes_a_german_program_report(db, database_url, app_paths, tmp_path):
    build_skills_world(db, tmp_path)  # people, a program with targets, pairs, sessions and skills, by the services
    pdf = tmp_path / "r.pdf"
    where = signed_in(database_url, app_paths)
    result = shadowdesk_in("de", *where, "report", "program", PROGRAM, "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    assert f"{pdf} geschrieben" in result.stdout
    assert english_left(pdf, "de") == []
    text = pdf_words(pdf)
    for heading in ("Bericht zum Cross-Training-Programm", "Zusammenfassung", "Kennzahlen", "Paare", "Kompetenzen",
                    "Größte Fortschritte", "Seite 2 von"):
        assert holds(text, heading), heading
    assert "1. März 2026 – 31. Aug. 2026" in text  # the program's dates, as German writes them
    assert PdfReader(pdf).trailer["/Root"]["/Lang"] == "de"


def test_language_de_says_a_report_error_in_german(db, database_url, app_paths, tmp_path):
    build_skills_world(db, tmp_path)
    where = signed_in(database_url, app_paths)
    result = shadowdesk_in("de", *where, "report", "program", "No such program", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert 'Es gibt kein Programm namens „No such program“' in result.stderr, result.stderr
    assert not (tmp_path / "x.pdf").exists()
    result = shadowdesk_in("de", *where, "report", "person", "nobody@example.com", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "Niemand mit der E-Mail-Adresse nobody@example.com" in result.stderr
