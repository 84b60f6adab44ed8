"""The user's language: ShadowDesk's own translations from resources/translations, plus Qt's for its
standard dialogs and buttons. Chosen from the settings' language, else the system locale.

The catalogue below gui/ (shadowdesk.translation: service messages, PDFs, CSV files, invites) is switched
to the same language. Dates, times and numbers follow the same choice because the chosen locale becomes
QLocale's default, which every QLocale() in the views reads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from shadowdesk import translation
from shadowdesk.paths import resource_path

# (settings value, name shown in the language's own words). "" follows the system.
LANGUAGES = (("en", "English"), ("de", "Deutsch"), ("fr", "Français"))


def translations_dir() -> Path:
    return resource_path("translations")


def locale_for(language: str) -> QLocale:
    return QLocale(language) if language else QLocale.system()


class Translations:
    """The translators installed on the application; install() replaces them when the language changes."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> QLocale:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        translation.use(language)  # the texts of the services, reports and exports follow the same choice
        locale = locale_for(language)
        QLocale.setDefault(locale)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("qtbase", qt_folder), ("shadowdesk", str(translations_dir()))):
            translator = QTranslator(self._app)
            # load() walks the locale's UI languages (de_AT, de, ...); English finds its plural forms only.
            loaded = translator.load(locale, name, "_", folder)
            if not loaded and name == "shadowdesk":
                # A language without a file of ours (Spanish, or the C locale of a bare system) shows the
                # code's English, whose plural forms ("1 round", "4 rounds") are in the English file.
                loaded = translator.load(f"{name}_en", folder)
            if loaded and self._app.installTranslator(translator):
                self._installed.append(translator)
        return locale

    @property
    def loaded(self) -> list[str]:
        """The files in use, for the About box and tests."""
        return [translator.filePath() for translator in self._installed]
