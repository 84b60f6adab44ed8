#!/usr/bin/env bash
# Builds the one-folder bundle dist/ShadowDesk/ (the program and everything it needs, Python included)
# with PyInstaller from packaging/shadowdesk.spec. Run from anywhere: `make bundle` or
# `bash packaging/build_bundle.sh`. PYTHON picks the interpreter that has PyInstaller (default: .venv).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
STAGE=build/bundle-src

# The spec analyses an ordinary (non-editable) install of the project, laid out as the wheel lays it out:
# ui/ and resources/ inside the package, the package data pyproject.toml declares. An editable install
# finds those mapped folders through an import hook that PyInstaller's analysis does not follow.
# pip builds the package in a copy of the sources, because setuptools' build/ folder in the checkout may
# be in use by another build at the same moment (tests/test_packaging.py builds a wheel).
mkdir -p build
# Two builds at once would write over each other's dist/ShadowDesk: the second waits for the first.
exec 9>build/bundle.lock
flock 9
rm -rf "$STAGE"
SOURCES=$(mktemp -d)
trap 'rm -rf "$SOURCES"' EXIT
tar --exclude=__pycache__ --exclude='*.egg-info' -cf - pyproject.toml README.md src ui resources | tar -C "$SOURCES" -xf -
if ! "$PYTHON" -m pip install --quiet --no-deps --no-build-isolation --no-compile --target "$STAGE" "$SOURCES" \
    >build/bundle-stage.log 2>&1; then
  cat build/bundle-stage.log >&2
  exit 1
fi

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/shadowdesk.spec

echo "Built dist/ShadowDesk ($(du -sh dist/ShadowDesk | cut -f1))"
