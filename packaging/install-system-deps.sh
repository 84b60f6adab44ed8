#!/usr/bin/env bash
# Debian packages the tests need that a fresh machine may lack: a PostgreSQL server (the tests start
# their own on loopback), the libraries Qt loads even offscreen, and fonts for PDFs in every script.
# Installs only what is missing, and only as root; otherwise says what to install.
set -euo pipefail

needed=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || needed+=(postgresql)
for pkg in libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core fonts-wqy-zenhei poppler-utils qpdf; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || needed+=("$pkg")
done
# The validators tests/test_desktop_files.py runs; libxcb-cursor0, which the bundle ships (Qt's X11 plugin
# loads it at run time); a virtual X display for tests/test_bundle.py to open the bundle's window on.
# libical's GObject bindings: tests/interop/test_ics.py checks every .ics against libical's iTIP restrictions
# with the system Python (the venv cannot load them).
for pkg in desktop-file-utils appstream libxcb-cursor0 xvfb xauth x11-utils gir1.2-ical-3.0 python3-gi; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || needed+=("$pkg")
done
# What Qt's X11 plugin loads besides libxcb-cursor0, so that a window opens on that display at all, and
# libX11/libXdamage, through which benchmarks/bench_startup_xvfb.py sees the window's first frame drawn.
for pkg in libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 \
           libxkbcommon-x11-0 libx11-6 libxdamage1; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || needed+=("$pkg")
done

if [ ${#needed[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Please install these Debian packages first: sudo apt-get install ${needed[*]}" >&2
  exit 1
fi
echo "Installing system packages: ${needed[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
