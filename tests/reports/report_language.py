"""What a translated report must not hold: the English texts of the reports, taken from the catalogue itself.

Every text the code below reports/ marks (and every label of the enumerations the reports print) that the
language translates to something else must be gone from that language's PDF. A text with placeholders is
checked by its fixed pieces ("Hours per {side} participant" -> "Hours per", "participant"); pieces of fewer
than four letters ("of", "h", "and") say too little to look for, and turn up in a user's own text.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from pypdf import PdfReader

from shadowdesk import labels, translation

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{\w*\}")
PUNCTUATION = " \n.,;:()/–—→×+"


def _build_translations():
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "packaging" / "build_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pieces(message: str) -> list[str]:
    found = []
    for piece in PLACEHOLDER.split(message):
        piece = piece.strip(PUNCTUATION)
        if sum(character.isalpha() for character in piece) >= 4:
            found.append(piece)
    return found


def english_texts(language: str) -> set[str]:
    """The fixed pieces of every English text of the reports that `language` says differently (and the
labels), but for a piece its translation keeps."""
    label_tables = (labels.SESSION_KINDS, labels.SESSION_KINDS_PLURAL, labels.SESSION_STATUSES, labels.IDEA_STATUSES,
                    labels.PROGRAM_STATUSES, labels.PAIRING_STATUSES, labels.VISIBILITIES)
    translation.use(language)
    try:
        found: set[str] = set()
        for message in _build_translations().extracted()["reports"]:
            if not message.id:
                continue
            if isinstance(message.id, str):
                forms = {message.id: translation._(message.id)}
            else:
                singular, plural = message.id
                forms = {singular: translation.n_(singular, plural, 1), plural: translation.n_(singular, plural, 5)}
            for english, translated in forms.items():
                # A piece the translation keeps ("Page" in "Page {page} sur {pages}") may stay.
                found.update(piece for piece in pieces(english) if not holds(translated, piece))
        for table in label_tables:
            found.update(text for text in table.values() if translation._(text) != text)
        return found
    finally:
        translation.use("en")


def pdf_words(pdf: Path) -> str:
    """The PDF's text with every run of whitespace (line breaks in cells and paragraphs) as one space."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())


def holds(text: str, piece: str) -> bool:
    """piece appears in text as whole words, case and all."""
    return re.search(rf"(?<!\w){re.escape(piece)}(?!\w)", text) is not None


def english_left(pdf: Path, language: str) -> list[str]:
    text = pdf_words(pdf)
    return sorted(piece for piece in english_texts(language) if holds(text, piece))
