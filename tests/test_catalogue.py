"""The catalogue below gui/: every text the code marks is translated in every shipped language, keeps what the
code fills in, and the compiled file matches its sources; the language follows the user; each label of the
domain's enumerations is spelled in one place."""

from __future__ import annotations

import gettext
import importlib.util
import io
import re
from pathlib import Path

import pytest

from shadowdesk import labels, translation
from shadowdesk.domain import IdeaStatus, SessionKind, SessionStatus, Visibility

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("build_translations", ROOT / "packaging" / "build_translations.py")
build_translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_translations)
LANGUAGES = build_translations.LANGUAGES
PLACEHOLDER = re.compile(r"\{\w*(?:[:!][^{}]*)?\}")


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    translation.use("en")


def key(message) -> tuple:
    return (message.context, message.id if isinstance(message.id, str) else message.id[0])


@pytest.fixture(scope="module")
def templates():
    return build_translations.extracted()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_marked_text_is_translated_and_none_is_stale(language, templates):
    for layer, template in templates.items():
        path = build_translations.po_file(language, layer)
        assert path.exists(), f"{path.name} missing: run packaging/build_translations.py --catalogue"
        catalogue = build_translations.read_catalogue(path, language)
        wanted = {key(m) for m in template if m.id}
        have = {key(m) for m in catalogue if m.id}
        assert sorted(wanted - have, key=str) == [], f"{language}/{layer}.po lacks these: run the build script"
        assert sorted(have - wanted, key=str) == [], f"{language}/{layer}.po holds texts the code no longer has"
        untranslated = [key(m) for m in catalogue if m.id and (m.fuzzy or not all(
            [m.string] if isinstance(m.string, str) else m.string) or (
            not isinstance(m.id, str) and len(m.string) != catalogue.num_plurals))]  # every plural form
        assert untranslated == [], f"untranslated in {language}/{layer}.po"
    layers = {path.stem for path in (build_translations.LOCALE / language).glob("*.po")}
    assert layers == set(templates), "a catalogue file for a layer with no texts"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_the_placeholders(language, templates):
    for layer in templates:
        for message in build_translations.read_catalogue(build_translations.po_file(language, layer), language):
            if not message.id:
                continue
            sources = [message.id] if isinstance(message.id, str) else list(message.id)
            strings = [message.string] if isinstance(message.string, str) else list(message.string)
            wanted = sorted(PLACEHOLDER.findall(sources[-1]))
            for text in strings:
                assert sorted(PLACEHOLDER.findall(text)) == wanted, (language, message.id, text)


def messages_of(data: bytes) -> dict:
    table = dict(gettext.GNUTranslations(io.BytesIO(data))._catalog)  # noqa: SLF001 - the parsed messages
    table.pop("", None)  # the header: names the Babel version that wrote it
    return table


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_sources(language):
    target = build_translations.mo_file(language)
    assert target.exists(), f"{target} missing: run packaging/build_translations.py --catalogue"
    assert messages_of(target.read_bytes()) == messages_of(build_translations.compiled_catalogue(language)), (
        f"{target.name} for {language} is stale: run packaging/build_translations.py --catalogue")


def test_labels_speak_the_chosen_language():
    translation.use("de")
    assert labels.label(SessionStatus.NO_SHOW) == "Nicht erschienen"
    assert labels.label(IdeaStatus.UNDER_REVIEW) == "In Prüfung"
    assert labels.role_label("manager") != "Manager"  # the role, not the roster's line manager
    translation.use("fr")
    assert labels.label(SessionKind.CUSTOMER_VISIT) == "Visite client"
    translation.use("en")
    assert labels.label(Visibility.PAIR) == "Me and my partner"


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANGUAGE": "fr:de", "LANG": "de_DE.UTF-8"}, "fr"),
    ({"LANGUAGE": "pt_BR:de"}, "de"),  # the first shipped one of the list
    ({"LC_ALL": "de_AT.UTF-8", "LANG": "fr_FR.UTF-8"}, "de"),
    ({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, "en"),  # "C" is set, and says English
    ({"LC_MESSAGES": "ja_JP.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),  # the first set one decides
    ({}, "en"),
])
def test_the_system_language_is_read_as_gettext_reads_it(environ, expected):
    assert translation.system_language(environ) == expected


def test_the_preferences_language_wins_over_the_system():
    assert translation.choose_language("de", {"LANG": "fr_FR.UTF-8"}) == "de"
    assert translation.choose_language("", {"LANG": "fr_FR.UTF-8"}) == "fr"
    assert translation.choose_language("xx", {"LANG": "fr_FR.UTF-8"}) == "fr"


def test_each_label_is_spelled_once():
    """Outside labels.py, no module of the app spells a label of the enumerations; the window, the PDFs, the
    CSV files and the invites all ask labels.py."""
    spelled = {text for table in (labels.SESSION_KINDS, labels.SESSION_STATUSES, labels.IDEA_STATUSES,
                                  labels.VISIBILITIES, labels.SESSION_KINDS_PLURAL) for text in table.values()}
    pattern = re.compile("|".join(rf"[\"']{re.escape(text)}[\"']" for text in spelled))
    offenders = []
    for path in sorted((ROOT / "src" / "shadowdesk").rglob("*.py")):
        rel = path.relative_to(ROOT / "src" / "shadowdesk").as_posix()
        if rel in ("labels.py",) or rel.startswith("gui/forms/"):  # forms: generated from ui/*.ui
            continue
        offenders += [f"{rel}: {m.group(0)}" for m in pattern.finditer(path.read_text(encoding="utf-8"))]
    assert offenders == []
