"""German and French: the compiled files match their sources, every translation keeps what the code fills
in, and the window speaks the chosen language with its dates."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from shadowdesk.app import AppContext
from shadowdesk.gui.i18n import Translations
from shadowdesk.gui.main_window import MainWindow
from shadowdesk.gui.views.dashboard import DashboardView

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("build_translations", ROOT / "packaging" / "build_translations.py")
build_translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_translations)
TS_FILES = [build_translations.ts_file(language) for language in build_translations.QT_LANGUAGES]
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def messages(ts: Path):
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        yield message.find("source").text, translation.get("type"), forms


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_compiled_translation_matches_its_source(ts):
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} missing: run packaging/build_translations.py"
    assert qm.read_bytes() == build_translations.compiled(ts), f"{qm.name} is stale: run build_translations.py"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_translation_keeps_the_placeholders_and_one_mnemonic(ts):
    for source, kind, forms in messages(ts):
        if kind in ("unfinished", "vanished", "obsolete"):
            continue
        for text in forms:
            assert sorted(re.findall(r"\{\w+\}", text)) == sorted(re.findall(r"\{\w+\}", source)), (source, text)
            assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), (source, text)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_the_window_menus_settings_and_welcome_are_fully_translated(ts):
    contexts = {"MainWindow", "DashboardView", "SettingsDialog", "Settings", "WelcomeView"}
    root = ET.parse(ts).getroot()
    untranslated = [(c.find("name").text, m.find("source").text) for c in root.iter("context")
                    if c.find("name").text in contexts for m in c.iter("message")
                    if m.find("translation").get("type") == "unfinished"]
    assert untranslated == []


@pytest.fixture
def german(qapp):
    before = QLocale()
    translations = Translations(qapp)
    translations.install("de")
    yield translations
    translations.install("en")
    QLocale.setDefault(before)


def test_in_german_the_window_menus_and_dates_are_german(qtbot, german, app_paths):
    assert any(path.endswith("shadowdesk_de.qm") for path in german.loaded)
    assert any("qtbase_de" in path for path in german.loaded), "Qt's own dialogs and buttons in German too"
    context = AppContext(app_paths)
    try:
        window = MainWindow(context.services, QSettings(str(app_paths.config / "t.ini"), QSettings.IniFormat),
                            clock=lambda: NOW)
        qtbot.addWidget(window)
        window.show()
        titles = [window.ui.navList.item(row).text() for row in range(window.ui.navList.count())]
        assert titles == ["Übersicht", "Personen", "Programme", "Kalender", "Reflexionen", "Ideen", "Berichte",
                          "Kunden", "Startseite"]
        assert window.ui.menuFile.title() == "&Datei"
        assert window.view(DashboardView).ui.weekLabel.text() == "Woche vom Montag, 23. November 2026"
    finally:
        context.close()


def test_french_is_chosen_from_the_settings_language(qapp):
    before = QLocale()
    translations = Translations(qapp)
    try:
        assert translations.install("fr").language() == QLocale.Language.French
        assert QCoreApplication.translate("MainWindow", "&Quit") == "&Quitter"
        assert QLocale().toString(1234.5, "f", 1) == "1\u202f234,5"
    finally:
        translations.install("en")
        QLocale.setDefault(before)
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Quit"


def test_english_counts_read_as_english_plurals(qapp):
    """The code writes "%n person(s)"; an English window shows "1 person" and "2 people"."""
    translations = Translations(qapp)
    try:
        translations.install("en")
        translate = QCoreApplication.translate
        assert translate("ZonesPage", "{location} (%n person(s)){guessed}:", "", 1).startswith("{location} (1 person)")
        assert translate("ZonesPage", "{location} (%n person(s)){guessed}:", "", 2).startswith("{location} (2 people)")
        assert translate("PreviewPage", "%n row(s) with problems will be skipped.", "", 1) == (
            "1 row with problems will be skipped.")
    finally:
        translations.install("en")


@pytest.mark.parametrize("language", ["es", "C"])
def test_a_language_without_a_file_of_ours_reads_its_counts_as_english_plurals(qapp, english_counts, language):
    """A bare system's C locale (or a language ShadowDesk is not translated into) shows the code's English:
    "4 rounds", not "4 round(s)"."""
    qapp.removeTranslator(english_counts)  # the tests' own English plurals: only the window's count here
    translations = Translations(qapp)
    try:
        translations.install(language)
        assert QCoreApplication.translate("Plurals", " round(s)", "", 4) == " rounds"
        assert QCoreApplication.translate("MainWindow", "&Quit") == "&Quit"
    finally:
        translations.install("en")
        qapp.installTranslator(english_counts)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_count_is_a_plural_message(ts):
    """A %n text lupdate took as a plain message is never translated at run time: every count must be a
    plural (written with self.tr(text, "", n); gui/plurals.py holds those without a QObject of their own)."""
    plain = [m.find("source").text for m in ET.parse(ts).getroot().iter("message")
             if "%n" in m.find("source").text and m.get("numerus") != "yes"]
    assert plain == []


def test_counted_texts_outside_a_qobject_speak_the_language(qapp):
    from shadowdesk.gui.plurals import plurals

    translations = Translations(qapp)
    try:
        translations.install("de")
        assert plurals().days_ago(1) == "vor 1 Tag" and plurals().days_ago(35) == "vor 35 Tagen"
        translations.install("en")
        assert plurals().last_met(1) == "last met 1 day ago"
    finally:
        translations.install("en")


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_every_section_fits_a_1024_px_window_in_every_language(qtbot, qapp, demo_services, tmp_path, language):
    """A window is as wide as its widest section: a row of buttons whose German words do not fit forces the
    whole window wider than a laptop's screen."""
    from PySide6.QtCore import QSettings

    from shadowdesk import translation
    from shadowdesk.gui.main_window import MainWindow

    translations = Translations(qapp)
    translations.install(language)
    translation.use(language)
    try:
        window = MainWindow(demo_services, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        widths = {}
        for row, section in enumerate(window.sections):
            window.ui.navList.setCurrentRow(row)
            widths[section.title] = window.ui.viewStack.widget(row).minimumSizeHint().width()
        assert window.minimumSizeHint().width() <= 1024, widths
    finally:
        translations.install("en")
        translation.use("en")
