"""Update the translation sources and compile them: resources/translations/shadowdesk_<lang>.ts -> .qm.

    python packaging/build_translations.py            # lupdate (new strings of gui/ and ui/), then lrelease
    python packaging/build_translations.py --compile  # lrelease only, e.g. in CI

lupdate keeps every translation already made and adds new strings as unfinished; a translator fills them
in with Qt Linguist (pyside6-linguist) or any editor. tests/gui/test_i18n.py fails when a .qm file is
stale, so the compiled files always match their sources.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "fr")
SOURCES = (ROOT / "src" / "shadowdesk" / "gui", ROOT / "ui")


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
    for language in LANGUAGES:
        subprocess.run([tool("pyside6-lupdate"), "-extensions", "py,ui", "-locations", "none", "-no-obsolete",
                        "-target-language", language, *sources, "-ts", str(ts_file(language))], check=True)


def compiled(ts: Path) -> bytes:
    """What lrelease makes of ts, without touching the committed .qm."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / ts.with_suffix(".qm").name
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(target)], check=True)
        return target.read_bytes()


def release() -> None:
    for language in LANGUAGES:
        ts = ts_file(language)
        result = subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                                check=True, capture_output=True, text=True)
        print(f"{ts.name}: {result.stdout.strip()}")


def main(argv: list[str]) -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if "--compile" not in argv:
        update()
    release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
