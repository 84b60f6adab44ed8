#!/usr/bin/env bash
# Installs the built bundle for the current user, the freedesktop way, without root:
#   ~/.local/lib/ShadowDesk/                       the bundle (dist/ShadowDesk)
#   ~/.local/bin/shadowdesk                        a link to its program (the .desktop file's Exec)
#   ~/.local/share/applications/, metainfo/, icons/hicolor/   menu entry, software-centre data, icons
# Run `make bundle` first. `--uninstall` removes these again; the user's data folder is never touched.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
APP_ID=io.shadowdesk.ShadowDesk
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
LIB="$HOME/.local/lib/ShadowDesk"
BIN="$HOME/.local/bin"
ICON_SIZES="16 32 48 64 128 256 512"

refresh_caches() {
  # Menus and docks pick up the entry and icon at once where these caches exist.
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

rm -rf "$LIB" "$BIN/shadowdesk" "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml"
for size in $ICON_SIZES; do rm -f "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"; done
if [ "${1:-}" = "--uninstall" ]; then
  refresh_caches
  echo "ShadowDesk removed (your data folder stays)."
  exit 0
fi

[ -x "$ROOT/dist/ShadowDesk/shadowdesk" ] || { echo "Build the bundle first: make bundle" >&2; exit 1; }
mkdir -p "$LIB" "$BIN" "$DATA/applications" "$DATA/metainfo"
cp -a "$ROOT/dist/ShadowDesk/." "$LIB/"
ln -s "$LIB/shadowdesk" "$BIN/shadowdesk"
install -m 644 "$ROOT/resources/linux/$APP_ID.desktop" "$DATA/applications/"
install -m 644 "$ROOT/resources/linux/$APP_ID.metainfo.xml" "$DATA/metainfo/"
for size in $ICON_SIZES; do
  install -D -m 644 "$ROOT/resources/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
    "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
refresh_caches
echo "ShadowDesk installed: $BIN/shadowdesk and the menu entry \"ShadowDesk\"."
case ":$PATH:" in *":$BIN:"*) ;; *) echo "Add $BIN to PATH to start it from a terminal." ;; esac
