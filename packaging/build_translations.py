"""Update the translation sources and compile them. Two catalogues, one language choice:

- the window's widgets: resources/translations/shadowdesk_<lang>.ts -> .qm (Qt's lupdate and lrelease; the
  English file holds only the plural forms of counts, "%n row(s)" -> "1 row");
- every text below gui/ (services, reports, exports, invites, the CLI): one gettext catalogue per layer,
  resources/locale/<lang>/<layer>.po, compiled together into resources/locale/<lang>/LC_MESSAGES/shadowdesk.mo
  (Babel), which shadowdesk.translation reads.

    python packaging/build_translations.py            # extract new strings into both, then compile both
    python packaging/build_translations.py --compile  # compile only, e.g. in CI
    python packaging/build_translations.py --catalogue  # extract and compile the gettext catalogue only

Updating keeps every translation already made, adds new strings untranslated and drops strings no longer in
the code; a translator fills them in (Qt Linguist, or any .po editor). tests/gui/test_i18n.py and
tests/test_catalogue.py fail when a compiled file is stale or a message is untranslated.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "fr")
# English is the language of the code; its .ts holds only the plural forms ("%n row(s)" -> "1 row", "2 rows"),
# which Qt takes from a translation file even for the source language.
QT_LANGUAGES = (*LANGUAGES, "en")
SOURCES = (ROOT / "src" / "shadowdesk" / "gui", ROOT / "ui")
PACKAGE = ROOT / "src" / "shadowdesk"
LOCALE = ROOT / "resources" / "locale"
KEYWORDS = {"_": None, "N_": None, "n_": (1, 2), "p_": ((1, "c"), 2)}
# Fixed header fields, so that a file changes only when a message does.
HEADER = {"project": "ShadowDesk", "version": "", "copyright_holder": "", "msgid_bugs_address": "",
          "creation_date": datetime(2026, 1, 1, tzinfo=UTC), "revision_date": datetime(2026, 1, 1, tzinfo=UTC),
          "header_comment": "# ShadowDesk's texts below the window, one layer of the code per file.", "fuzzy": False}


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project first (pip install -e .[dev]).")
    return found


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"shadowdesk_{language}.ts"


def update() -> None:
    """Add new strings to every .ts file; strings no longer in the code are dropped."""
    sources = [str(path) for path in SOURCES]
    for language in QT_LANGUAGES:
        plurals_only = ["-pluralonly"] if language == "en" else []
        subprocess.run([tool("pyside6-lupdate"), "-extensions", "py,ui", "-locations", "none", "-no-obsolete",
                        *plurals_only, "-target-language", language, *sources, "-ts", str(ts_file(language))],
                       check=True)


def compiled(ts: Path) -> bytes:
    """What lrelease makes of ts, without touching the committed .qm."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / ts.with_suffix(".qm").name
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(target)], check=True)
        return target.read_bytes()


def release() -> None:
    for language in QT_LANGUAGES:
        ts = ts_file(language)
        result = subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                                check=True, capture_output=True, text=True)
        print(f"{ts.name}: {result.stdout.strip()}")


def layer_of(relative: str) -> str:
    """The catalogue file a source file's texts go to: its folder under src/shadowdesk ("services"), or
    "common" for the top-level modules (labels, errors)."""
    return relative.split("/")[0] if "/" in relative else "common"


def extracted() -> dict[str, Catalog]:
    """The texts the code below gui/ marks, as one template per layer."""
    templates: dict[str, Catalog] = {}
    method_map = [("gui/**.py", "ignore"), ("**/migrations/**.py", "ignore"), ("**.py", "python")]
    for filename, _line, message, _comments, context in extract_from_dir(
            str(PACKAGE), method_map, keywords=KEYWORDS, comment_tags=()):
        layer = layer_of(Path(filename).as_posix())
        templates.setdefault(layer, Catalog(**HEADER)).add(message, context=context)
    return templates


def po_file(language: str, layer: str) -> Path:
    return LOCALE / language / f"{layer}.po"


def mo_file(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "shadowdesk.mo"


def read_catalogue(path: Path, language: str) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def update_catalogues() -> None:
    """Bring every layer's .po up to the code: new messages added untranslated, gone ones dropped."""
    templates = extracted()
    for language in LANGUAGES:
        for path in sorted((LOCALE / language).glob("*.po")):
            if path.stem not in templates:
                path.unlink()
        for layer, template in templates.items():
            path = po_file(language, layer)
            catalogue = read_catalogue(path, language) if path.exists() else Catalog(locale=language, **HEADER)
            catalogue.update(template, no_fuzzy_matching=True)
            catalogue.obsolete.clear()
            catalogue.revision_date = HEADER["revision_date"]
            catalogue.fuzzy = False
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as handle:
                write_po(handle, catalogue, omit_header=False, no_location=True, width=0)


def compiled_catalogue(language: str) -> bytes:
    """Every layer's translations of `language` in one .mo, without touching the committed file."""
    merged = Catalog(locale=language, domain="shadowdesk", **HEADER)
    for path in sorted((LOCALE / language).glob("*.po")):
        for message in read_catalogue(path, language):
            if message.id and message.string and not message.fuzzy:
                merged[message.id] = message
    buffer = io.BytesIO()
    write_mo(buffer, merged)
    return buffer.getvalue()


def release_catalogues() -> None:
    for language in LANGUAGES:
        target = mo_file(language)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(compiled_catalogue(language))
        print(f"{target.relative_to(ROOT)}: written")


def main(argv: list[str]) -> int:
    if "--catalogue" in argv:  # the gettext side only
        update_catalogues()
        release_catalogues()
        return 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if "--compile" not in argv:
        update()
        update_catalogues()
    release()
    release_catalogues()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
