#!/usr/bin/env bash
# One entry point for people and CI:
#   scripts/dev.sh run    set up, then run the app's main job
#   scripts/dev.sh test   set up, then run the whole test suite (what .ci/run calls)
#   scripts/dev.sh setup  set up only
# "Set up" means: the system libraries Qt and the report checks need (apt-get,
# as root or through sudo), a .venv at the repo root with the project and its
# dev tools installed, the translations compiled. It is quick when nothing changed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Debian packages: Qt's runtime libraries (PySide6 wheels bring Qt itself, not
# these), poppler-utils (pdftoppm, pdfsig) and qpdf for checking the PDFs,
# chromium and chromium-driver for the client portal's browser tests (Selenium), lintian for the .deb's test.
SYSTEM_PACKAGES=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
                 libxcb-cursor0 poppler-utils qpdf chromium chromium-driver lintian)

system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian system: install Qt's libraries and poppler-utils yourself"; return 0; }
    local missing=()
    for pkg in "${SYSTEM_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || die "missing system packages (${missing[*]}) and no sudo to install them"
        sudo="sudo"
    fi
    say "installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

find_python() {
    for py in python3.11 python3.12 python3.13 python3; do
        if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$py"; return 0
        fi
    done
    die "Python 3.11 or newer is needed"
}

python_env() {
    local py; py="$(find_python)"
    if [ ! -x "$VENV/bin/python" ]; then
        say "creating .venv with $py"
        if ! "$py" -m venv "$VENV" 2>/dev/null; then
            # Debian's python3 has no venv module until python3-venv is installed.
            rm -rf "$VENV"
            SYSTEM_PACKAGES=(python3-venv) system_packages
            "$py" -m venv "$VENV"
        fi
        "$VENV/bin/python" -m pip install -q --upgrade pip
    fi
    # Reinstall only when the dependencies changed.
    local stamp="$VENV/.installed" want
    want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        say "installing mystery-shop and its dependencies into .venv"
        "$VENV/bin/python" -m pip install -q -e ".[dev]"
        echo "$want" > "$stamp"
    fi
}

# The app's .qm translation files, compiled from resources/translations/*.ts (git-ignored).
translations() {
    "$VENV/bin/python" scripts/translations.py build
}

# axe-core (the accessibility checker the portal's browser tests run in chromium), from the npm registry
# into .cache/axe (git-ignored); tests/server/browser.py finds it there.
AXE_VERSION="4"
axe() {
    if [ ! -f "$ROOT/.cache/axe/node_modules/axe-core/axe.min.js" ]; then
        # Debian's npm only where no npm is installed (a Node.js from elsewhere brings its own, and Debian's conflicts)
        command -v npm >/dev/null 2>&1 || SYSTEM_PACKAGES=(npm) system_packages
        say "installing axe-core@$AXE_VERSION into .cache/axe (npm)"
        npm install --silent --no-audit --no-fund --prefix "$ROOT/.cache/axe" "axe-core@$AXE_VERSION"
    fi
}

setup() {
    system_packages
    python_env
    translations
    axe
}

DEMO_PROFILE="$ROOT/.demo-profile"

main_job() {
    local ms="$VENV/bin/mystery-shop"
    say "validating the sample forms"
    "$ms" validate forms/*.yaml
    say "preparing the demo profile in .demo-profile/"
    "$ms" demo --profile "$DEMO_PROFILE" --if-missing
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ] && [ "$(uname)" = Linux ]; then
        # No screen (a server, CI, ssh): show what the app looks like instead of failing.
        say "no display: rendering the app's screens to out/screens/ instead of opening a window"
        QT_QPA_PLATFORM=offscreen "$VENV/bin/python" scripts/screenshots.py --profile "$DEMO_PROFILE" --out out/screens
        return
    fi
    say "opening the app"
    exec "$ms" gui --profile "$DEMO_PROFILE"
}

case "${1:-}" in
    run)   setup; main_job ;;
    test)  shift; setup; export QT_QPA_PLATFORM=offscreen; exec "$VENV/bin/python" -m pytest -n "${TEST_WORKERS:-auto}" "$@" ;;
    setup) setup ;;
    *)     echo "usage: scripts/dev.sh run | test [PYTEST ARGS] | setup" >&2; exit 2 ;;
esac
