"""The command line's own words (argparse's "usage:", "options:" and its errors) and the top-level help speak
the user's language, as every command's messages do: the Preferences language, else the system's."""

from __future__ import annotations

import argparse
import ast
import errno
import json
import re
from pathlib import Path

import pytest

from shadowdesk import cli, translation
from shadowdesk.commands import people
from shadowdesk.paths import resolve_paths
from tests.e2e.test_people_cli import shadowdesk

PERCENT_PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[sdr]")


def prefer(data, language: str) -> None:
    """What Preferences writes when the user picks `language`."""
    settings = resolve_paths(str(data)).settings_file
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"language": language}), encoding="utf-8")


def test_a_missing_argument_is_reported_in_german(tmp_path):
    result = shadowdesk(tmp_path / "company", "people", "import", language="de")
    assert result.returncode == 2
    assert result.stderr.startswith("Aufruf: shadowdesk people import"), result.stderr
    assert "shadowdesk people import: Fehler: die folgenden Argumente sind erforderlich: FILE" in result.stderr
    assert "usage" not in result.stderr and "error" not in result.stderr


def test_an_unknown_command_is_reported_in_german(tmp_path):
    result = shadowdesk(tmp_path / "company", "frobnicate", language="de")
    assert result.returncode == 2
    assert "shadowdesk: Fehler: Argument COMMAND: ungültige Auswahl: 'frobnicate' (möglich sind: 'demo'" in (
        result.stderr), result.stderr


def test_the_help_follows_preferences_under_an_english_system(tmp_path):
    data = tmp_path / "company"
    prefer(data, "de")
    result = shadowdesk(data, "--help", language="en")
    assert result.returncode == 0, result.stderr
    help_text = "".join(result.stdout.split())  # argparse wraps lines (after a hyphen too) at the terminal's width
    for german in ("Aufruf: shadowdesk", "Positionsargumente:", "Optionen:",
                   "-h, --help diese Hilfe anzeigen und beenden",
                   "ShadowDesk organisiert Cross-Training und Job-Shadowing",
                   "Datenbank, Sicherungen und Protokolle unter DIR ablegen (Umgebungsvariable: SHADOWDESK_DATA_DIR)",
                   "einen PostgreSQL-Server verwenden",
                   "eine leere Datenbank mit einer realistischen Demofirma füllen"):  # a command's own help
        assert "".join(german.split()) in help_text, result.stdout
    for english in ("usage:", "options:", "show this help", "runs cross-training", "keep the database"):
        assert "".join(english.split()) not in help_text


def test_a_wrong_value_is_reported_in_french_when_preferences_say_french(tmp_path):
    data = tmp_path / "company"
    prefer(data, "fr")
    result = shadowdesk(data, "demo", "--people", "many", language="de")
    assert result.returncode == 2
    assert result.stderr.startswith("utilisation : shadowdesk demo"), result.stderr
    assert "shadowdesk demo : erreur : argument --people : valeur int non valide : 'many'" in result.stderr


@pytest.mark.parametrize(("fault", "german"), [
    (OSError(errno.ENOSPC, "No space left on device", "/mnt/usb/roster.csv"),
     "shadowdesk: /mnt/usb/roster.csv konnte nicht geschrieben werden: der Datenträger ist voll"),
    (KeyboardInterrupt(), "shadowdesk: unterbrochen; es wurde nichts weiter geschrieben."),
])
def test_a_command_stopped_by_the_system_or_the_user_says_so_in_german(tmp_path, monkeypatch, capsys, fault, german):
    """What the commands do not catch themselves (a full disk met while writing, Ctrl+C) ends in cli."""
    def stopped(args, context):
        raise fault

    monkeypatch.setattr(people, "run_list", stopped)
    data = tmp_path / "company"
    prefer(data, "de")
    try:
        code = cli.main(["--data-dir", str(data), "people", "list"])
    finally:
        translation.use("en")
    assert code in (2, 130)
    assert capsys.readouterr().err.startswith(german)


def test_the_listed_texts_are_argparses_own_word_for_word():
    """A text argparse no longer says (a new Python) would stay English without any test noticing."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    said = {node.args[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_"
            and node.args and isinstance(node.args[0], ast.Constant)}
    assert set(cli.ARGPARSE_TEXTS) - said == set()


@pytest.mark.parametrize("language", ["de", "fr"])
def test_argparse_texts_keep_what_argparse_fills_in(language):
    """argparse fills its texts with the % operator: a translation that lost or renamed a placeholder would
    end the command with a traceback instead of the error."""
    translation.use(language)
    try:
        for english in cli.ARGPARSE_TEXTS:
            translated = translation._(english)
            assert sorted(PERCENT_PLACEHOLDER.findall(translated)) == sorted(
                PERCENT_PLACEHOLDER.findall(english)), (english, translated)
    finally:
        translation.use("en")


def test_a_data_folder_that_cannot_be_one_is_refused_in_german(tmp_path):
    file = tmp_path / "notes.txt"
    file.write_text("not a folder", encoding="utf-8")
    result = shadowdesk(file, "people", "list", language="de")
    assert result.returncode == 2
    assert f"Der Datenordner {file} ist eine Datei, kein Ordner" in result.stderr, result.stderr
    empty = shadowdesk("", "people", "list", language="fr")
    assert empty.returncode == 2
    assert "--data-dir a reçu un nom de dossier vide" in empty.stderr, empty.stderr


def test_a_date_that_is_not_one_is_refused_in_german_saying_how_to_write_it(tmp_path):
    result = shadowdesk(tmp_path / "company", "programs", "create", "Spring", "--start", "1.3.2027",
                        "--end", "2027-06-30", language="de")
    assert result.returncode == 2
    assert "Fehler: Argument --start: „1.3.2027“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT" in result.stderr, \
        result.stderr
