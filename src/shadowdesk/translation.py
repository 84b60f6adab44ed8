"""One catalogue for every text below gui/: service errors and warnings, planner reasons, PDF reports, CSV
headers, invites and the CLI's own messages.

Services, reports, exports and commands mark their texts with `_()` (`n_()` for a count, `p_()` for a word with two
meanings, `N_()` for a table defined at import time and rendered later). The texts live in gettext catalogues,
resources/locale/<language>/<layer>.po, which packaging/build_translations.py compiles into one
resources/locale/<language>/shadowdesk.mo; tests/test_catalogue.py fails when a message is missing, stale or
loses a placeholder. The GUI's own widgets keep Qt's .ts files (lupdate reads them from the code); both follow
one language, chosen by `use()`: the window calls it with the Preferences language, the CLI with the same
setting, and a process that calls nothing follows the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).

Placeholders are named, `{name}`, filled by str.format after translation, so a translator can move them.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping

from shadowdesk.paths import resource_path

DOMAIN = "shadowdesk"
SHIPPED = ("en", "de", "fr")  # English is the source language: it has no catalogue
_NO_LOCALE = ("", "C", "POSIX")

_catalogue: gettext.NullTranslations | None = None
_language = ""


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The first shipped language the system asks for, as gettext reads the variables; "en" when none."""
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if not value:
            continue
        for entry in value.split(":"):  # LANGUAGE may list several, best first
            code = entry.split(".")[0].split("@")[0]
            if code in _NO_LOCALE:
                continue
            language = code.replace("-", "_").split("_")[0].lower()
            if language in SHIPPED:
                return language
        if name != "LANGUAGE":
            break  # the first of LC_ALL, LC_MESSAGES, LANG that is set decides, as in gettext
    return "en"


def choose_language(setting: str, environ: Mapping[str, str] | None = None) -> str:
    """The Preferences language when it names a shipped one, else the system's."""
    return setting if setting in SHIPPED else system_language(environ)


def use(language: str) -> str:
    """Speak `language` from now on ("" follows the system); returns the language in use."""
    global _catalogue, _language
    _language = choose_language(language)
    folder = resource_path("locale")
    _catalogue = gettext.translation(DOMAIN, localedir=str(folder), languages=[_language], fallback=True)
    return _language


def current_language() -> str:
    """The language texts are rendered in: what use() chose, else the system's."""
    if _catalogue is None:
        use("")
    return _language


def _active() -> gettext.NullTranslations:
    if _catalogue is None:
        use("")
    assert _catalogue is not None
    return _catalogue


def _(message: str) -> str:
    """`message` in the current language."""
    return _active().gettext(message)


def n_(singular: str, plural: str, count: int) -> str:
    """The form for `count` in the current language; the caller fills {count} with .format()."""
    return _active().ngettext(singular, plural, count)


def p_(context: str, message: str) -> str:
    """`message` in the current language, where the same English word means two things ("Manager")."""
    return _active().pgettext(context, message)


def N_(message: str) -> str:
    """Marks `message` for the catalogue without translating it: for tables built at import time, whose
    entries are passed through _() when shown."""
    return message


def in_every_language(message: str) -> tuple[str, ...]:
    """`message` in each shipped language, English first, each spelling once: what a reader of files written
    in any of them must recognise (the roster importer reads its own export's headers in every language)."""
    folder = str(resource_path("locale"))
    return tuple(dict.fromkeys(
        gettext.translation(DOMAIN, localedir=folder, languages=[language], fallback=True).gettext(message)
        for language in SHIPPED))
