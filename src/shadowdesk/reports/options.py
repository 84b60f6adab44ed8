"""What the reader's setup decides about a PDF: its language and its paper size. No reportlab here: the
services build these options without importing the PDF machinery."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

PAPER_SIZES = ("a4", "letter")
PAPER_SETTINGS = ("auto", *PAPER_SIZES)
# Regions where Letter is the usual paper (CLDR's paper size data): most of the Americas and the Philippines.
LETTER_REGIONS = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "CR", "GT", "PA", "PR", "SV", "VE", "NI", "DO"})
_NO_LOCALE = ("", "C", "POSIX")


@dataclass(frozen=True)
class ReportOptions:
    """language: a BCP 47 tag such as "de" or "pt-BR", written into the document for PDF readers and screen
    readers; paper: "a4" or "letter"."""

    language: str = "en"
    paper: str = "a4"


def _locale_names(environ: Mapping[str, str], names: tuple[str, ...]) -> list[str]:
    """"de_DE.UTF-8@euro" -> "de_DE", for each variable set to a real locale, in the order given."""
    found = []
    for name in names:
        for value in environ.get(name, "").split(":"):  # LANGUAGE may list several
            value = value.split(".")[0].split("@")[0]
            if value not in _NO_LOCALE:
                found.append(value)
    return found


def paper_for_locale(setting: str = "auto", environ: Mapping[str, str] | None = None) -> str:
    """"a4" or "letter": the setting when it names one, else from the region of the locale (LC_ALL,
    LC_PAPER, LANG: "en_US.UTF-8" -> US -> Letter), else A4."""
    if setting in PAPER_SIZES:
        return setting
    environ = os.environ if environ is None else environ
    names = _locale_names(environ, ("LC_ALL", "LC_PAPER", "LANG"))
    region = names[0].replace("-", "_").partition("_")[2].upper() if names else ""
    return "letter" if region in LETTER_REGIONS else "a4"


def report_options(language: str, paper_setting: str) -> ReportOptions:
    """The options for a report written in `language` (translation.current_language(), so the document's
    language tag is the language of its words) on the paper of the setting, else of the locale's region."""
    return ReportOptions(language, paper_for_locale(paper_setting))
