#!/usr/bin/env bash
# Build the Linux app bundle from a checkout in one command:
#   packaging/build.sh [--onefile] [--dist DIR] [--if-stale] [--deb]
# Sets up .venv (scripts/dev.sh setup), installs PyInstaller into it, builds
# dist/mystery-shop/ (one folder) or dist/onefile/mystery-shop (one file), and
# prints its size. --if-stale skips the build when DIR already holds one made
# from the same sources, spec and installed dependencies (the tests and
# benchmarks/bundle.py use it). --deb then packs the one-folder bundle into
# DIR/mystery-shop_VERSION_amd64.deb (packaging/linux/make_deb.py).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DIST=""
ONEFILE=0
IF_STALE=0
DEB=0
while [ $# -gt 0 ]; do
    case "$1" in
        --onefile) ONEFILE=1 ;;
        --dist) DIST="$2"; shift ;;
        --if-stale) IF_STALE=1 ;;
        --deb) DEB=1 ;;
        *) echo "usage: packaging/build.sh [--onefile] [--dist DIR] [--if-stale] [--deb]" >&2; exit 2 ;;
    esac
    shift
done
if [ "$DEB" = 1 ] && [ "$ONEFILE" = 1 ]; then
    echo "packaging/build.sh: --deb packs the one-folder bundle, not --onefile" >&2; exit 2
fi
# The one-file executable and the one-folder directory share a name: keep them apart.
if [ -z "$DIST" ]; then
    if [ "$ONEFILE" = 1 ]; then DIST="$ROOT/dist/onefile"; else DIST="$ROOT/dist"; fi
fi
mkdir -p "$DIST"
DIST="$(cd "$DIST" && pwd)"
target="$DIST/mystery-shop"

print_size() {  # bytes of the files in the bundle, in MB (10^6), as the < 250 MB goal counts them
    echo "built $target: $(du -sb "$target" | awk '{printf "%.1f MB", $1 / 1e6}')"
}

bash scripts/dev.sh setup

# Libraries Qt's X11 plugin links to that the app's own setup does not need: the
# bundle carries what the build machine has, so without them it would start on
# Wayland but not on an X11 desktop that lacks them.
BUNDLE_PACKAGES=(libxcb-icccm4 libxcb-keysyms1)
if command -v dpkg-query >/dev/null 2>&1; then
    missing=()
    for pkg in "${BUNDLE_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        echo "installing ${missing[*]} (for the bundle's X11 plugin)" >&2
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
fi

PY="$ROOT/.venv/bin/python"
"$PY" -m pip install -q "pyinstaller>=6.5"

# What the bundle is made from: the sources, resources, sample forms, packaging and
# the installed Python packages and the system libraries the bundle carries.
inputs_hash() {
    {
        find mystery_shop resources forms packaging pyproject.toml -type f \
            ! -path '*/__pycache__/*' ! -name '*.pyc' ! -path 'packaging/icons/*' ! -name '*.md' \
            ! -path 'packaging/linux/make_deb.py' ! -path 'packaging/windows/*' ! -path 'packaging/macos/*' -print0 |
            sort -z | xargs -0 sha256sum
        cat .venv/.installed 2>/dev/null || true
        "$PY" -m pip freeze --all 2>/dev/null || true
        dpkg-query -W "${BUNDLE_PACKAGES[@]}" 2>/dev/null || true
        echo "onefile=$ONEFILE"
    } | sha256sum | cut -d' ' -f1
}
STAMP="$DIST/.mystery-shop.build-stamp"
want="$(inputs_hash)"
if [ "$IF_STALE" = 1 ] && [ -e "$target" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then
    echo "up to date: $target" >&2
    print_size
    [ "$DEB" = 1 ] && "$PY" packaging/linux/make_deb.py "$target" --out "$DIST"
    exit 0
fi
rm -f "$STAMP"
"$PY" packaging/make_icons.py
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
MYSTERY_SHOP_ONEFILE=$ONEFILE "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" packaging/mystery-shop.spec
if [ "$ONEFILE" = 0 ]; then
    install -Dm644 packaging/linux/mystery-shop.desktop "$target/share/applications/com.mysteryshop.App.desktop"
    install -Dm644 packaging/linux/com.mysteryshop.App.metainfo.xml "$target/share/metainfo/com.mysteryshop.App.metainfo.xml"
    for size in 16 32 48 64 128 256 512; do
        install -Dm644 "packaging/icons/png/${size}.png" "$target/share/icons/hicolor/${size}x${size}/apps/mystery-shop.png"
    done
fi
echo "$want" > "$STAMP"
print_size
if [ "$DEB" = 1 ]; then
    "$PY" packaging/linux/make_deb.py "$target" --out "$DIST"
fi
