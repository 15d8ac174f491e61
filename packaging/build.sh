#!/usr/bin/env bash
# Build the Linux app bundle from a checkout in one command:
#   packaging/build.sh [--onefile] [--dist DIR]
# Sets up .venv (scripts/dev.sh setup), installs PyInstaller into it, builds
# dist/mystery-shop/ (one folder) or dist/mystery-shop (one file), and prints its size.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DIST="$ROOT/dist"
ONEFILE=0
while [ $# -gt 0 ]; do
    case "$1" in
        --onefile) ONEFILE=1 ;;
        --dist) DIST="$2"; shift ;;
        *) echo "usage: packaging/build.sh [--onefile] [--dist DIR]" >&2; exit 2 ;;
    esac
    shift
done
bash scripts/dev.sh setup
PY="$ROOT/.venv/bin/python"
"$PY" -m pip install -q "pyinstaller>=6.5"
"$PY" packaging/make_icons.py
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
MYSTERY_SHOP_ONEFILE=$ONEFILE "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" packaging/mystery-shop.spec
if [ "$ONEFILE" = 1 ]; then
    target="$DIST/mystery-shop"
else
    target="$DIST/mystery-shop"
    install -Dm644 packaging/linux/mystery-shop.desktop "$target/share/applications/com.mysteryshop.App.desktop"
    install -Dm644 packaging/linux/com.mysteryshop.App.metainfo.xml "$target/share/metainfo/com.mysteryshop.App.metainfo.xml"
    for size in 16 32 48 64 128 256 512; do
        install -Dm644 "packaging/icons/png/${size}.png" "$target/share/icons/hicolor/${size}x${size}/apps/mystery-shop.png"
    done
fi
echo "built $target: $(du -sh "$target" | cut -f1)"
