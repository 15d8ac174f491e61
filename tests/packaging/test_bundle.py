"""The Linux one-folder bundle (issue 8), built by packaging/build.sh and run offscreen.

Builds ``dist/mystery-shop/`` when it is missing or older than the sources
(``build.sh --if-stale`` reuses an up-to-date one), then runs the frozen
executable from a scratch folder, with HOME and the XDG folders in a temporary
directory, so nothing can come from the source tree or the real user's profile.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mystery_shop import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent.parent
BUILD = ROOT / "packaging" / "build.sh"
DIST = ROOT / "dist"
SAMPLE_FORM = ROOT / "forms" / "retail-store-visit.yaml"

# Qt modules the app does not use: none of their bindings, libraries, plugins or QML may ship.
UNUSED_QT = (
    "WebEngine", "WebChannel", "WebView", "WebSockets", "3D", "Quick", "Qml", "Multimedia", "SpatialAudio",
    "Charts", "DataVisualization", "Graphs", "Pdf", "Bluetooth", "Nfc", "Positioning", "Location", "Sensors",
    "SerialPort", "SerialBus", "RemoteObjects", "Scxml", "StateMachine", "Sql", "Test", "Designer", "Help",
    "UiTools", "TextToSpeech", "HttpServer", "Charts", "VirtualKeyboard",
)  # fmt: skip
# Qt bindings a bundle may carry beyond those the app imports: what those need or Qt's plugins load.
QT_SUPPORT = {"QtDBus", "QtNetwork", "QtSvg", "QtOpenGL"}


@pytest.fixture(scope="module")
def bundle() -> Path:
    if sys.platform != "linux":
        pytest.skip("build.sh builds the Linux bundle")
    r = subprocess.run(
        ["bash", str(BUILD), "--if-stale"], cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False
    )
    assert r.returncode == 0, f"build.sh failed:\n{r.stdout[-3000:]}\n{r.stderr[-6000:]}"
    assert re.search(r"built .*mystery-shop: [\d.]+ MB", r.stdout), r.stdout
    exe = DIST / "mystery-shop" / "mystery-shop"
    assert exe.is_file() and os.access(exe, os.X_OK)
    return exe.parent


@pytest.fixture
def run(bundle: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run the bundled executable offscreen, from ``tmp_path/work``, with a scratch HOME."""
    work = tmp_path / "work"
    work.mkdir()
    home = tmp_path / "home"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    (tmp_path / "runtime").mkdir(mode=0o700)

    def go(*args: str, timeout: float = 120, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bundle / "mystery-shop"), *args],
            cwd=work,
            env={**env, **extra},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    go.work = work  # type: ignore[attr-defined]
    go.home = home  # type: ignore[attr-defined]
    return go


def test_version(run) -> None:  # type: ignore[no-untyped-def]
    r = run("--version")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"mystery-shop {__version__}"
    assert "+source" not in r.stdout  # the package metadata travelled with the bundle


def test_validate_sample_and_broken_form(run) -> None:  # type: ignore[no-untyped-def]
    work: Path = run.work
    (work / "sample.yaml").write_text(SAMPLE_FORM.read_text(encoding="utf-8"), encoding="utf-8")
    r = run("validate", "sample.yaml")
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("sample.yaml: ok (retail-store-visit v"), r.stdout

    lines = SAMPLE_FORM.read_text(encoding="utf-8").splitlines(keepends=True)
    line = next(i for i, text in enumerate(lines, 1) if text.strip().startswith("points:"))
    lines[line - 1] = lines[line - 1].replace("points:", "pionts:")
    (work / "broken.yaml").write_text("".join(lines), encoding="utf-8")
    r = run("validate", "broken.yaml")
    assert r.returncode == 1, r.stdout + r.stderr
    assert re.fullmatch(rf"broken\.yaml:{line}: \S*pionts: unknown field.*\n", r.stdout), r.stdout
    assert "Traceback" not in r.stderr


def test_demo_then_main_window_opens_and_closes(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    profile = tmp_path / "profile"
    r = run("demo", "--profile", str(profile), timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert re.search(r"demo profile .*: \d+ visits", r.stdout), r.stdout
    assert (profile / "mystery-shop.db").is_file()
    assert (profile / "logs" / "mystery-shop.log").is_file()

    r = run("gui", "--profile", str(profile), MYSTERY_SHOP_QUIT_AFTER_MS="1500")
    assert r.returncode == 0, r.stdout + r.stderr
    shown = re.search(r"main window shown: .* \((\d+) visits\)", r.stdout)
    assert shown, r.stdout + r.stderr
    assert int(shown.group(1)) > 0  # the demo's visits, read through the frozen migrations and models
    assert "Traceback" not in r.stderr
    assert "Destroyed while thread" not in r.stderr  # closed cleanly, no worker thread left running
    log = (profile / "logs" / "mystery-shop.log").read_text(encoding="utf-8")
    assert " ERROR " not in log and "Traceback" not in log, log[-3000:]

    # A signed report from the frozen app: ReportLab, the shipped fonts, pyHanko and its validator.
    key = tmp_path / "firm.p12"
    r = run("keys", "create", "--name", "Łódź Field Research", "--out", str(key), "--passphrase-env", "KP", KP="x1y2z3")
    assert r.returncode == 0, r.stdout + r.stderr
    approved = run("visits", "list", "--status", "approved", "--json", "--profile", str(profile))
    assert approved.returncode == 0, approved.stdout + approved.stderr
    visit_id = json.loads(approved.stdout)[0]["id"]
    pdf = tmp_path / "visit.pdf"
    r = run("report", visit_id, "--out", str(pdf), "--sign", str(key), "--passphrase-env", "KP",
            "--profile", str(profile), KP="x1y2z3", timeout=300)  # fmt: skip
    assert r.returncode == 0, r.stdout + r.stderr
    r = run("verify", str(pdf), "--trust", str(key.with_suffix(".crt")))
    assert r.returncode == 0, r.stdout + r.stderr
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "DejaVu" in fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:]), fonts  # every font embedded


def test_default_profile_is_in_the_user_data_folder(run) -> None:  # type: ignore[no-untyped-def]
    r = run(MYSTERY_SHOP_QUIT_AFTER_MS="500")  # no command: the app opens, as from the desktop icon
    assert r.returncode == 0, r.stdout + r.stderr
    assert "main window shown" in r.stdout
    data = run.home / ".local" / "share" / "mystery-shop"
    assert (data / "mystery-shop.db").is_file()
    assert (data / "logs" / "mystery-shop.log").is_file()
    assert not any(run.work.iterdir()), "the app wrote into the current folder"


def _internal(bundle: Path) -> Path:
    inside = bundle / "_internal"
    return inside if inside.is_dir() else bundle


def test_resources_are_in_the_bundle(bundle: Path) -> None:
    """Every file under resources/ and forms/ sits where mystery_shop.resources looks when frozen."""
    inside = _internal(bundle)
    for folder in ("resources", "forms"):
        wanted = {p.relative_to(ROOT / folder) for p in (ROOT / folder).rglob("*") if p.is_file()}
        have = {p.relative_to(inside / folder) for p in (inside / folder).rglob("*") if p.is_file()}
        assert wanted, folder
        assert wanted <= have, f"missing from the bundle's {folder}/: {sorted(map(str, wanted - have))}"
    assert (inside / "resources" / "styles" / "app.qss").is_file()
    assert (inside / "resources" / "icons" / "app.svg").is_file()
    # The SVG app icon needs Qt's SVG icon engine; offscreen/xcb/wayland are the platforms we run on.
    plugins = inside / "PySide6" / "Qt" / "plugins"
    assert (plugins / "iconengines" / "libqsvgicon.so").is_file()
    for name in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so"):
        assert (plugins / "platforms" / name).is_file(), name
    # Alembic reads its migration scripts as files.
    assert any((inside / "mystery_shop" / "store" / "migrations").rglob("*.py"))
    # The desktop entry, AppStream metadata and icons for installing it.
    assert (bundle / "share" / "applications" / "com.mysteryshop.App.desktop").is_file()
    assert (bundle / "share" / "metainfo" / "com.mysteryshop.App.metainfo.xml").is_file()
    assert (bundle / "share" / "icons" / "hicolor" / "256x256" / "apps" / "mystery-shop.png").is_file()


def test_no_test_code_in_the_bundle(bundle: Path) -> None:
    test_dirs = {"tests", "test", "testing"}
    test_names = re.compile(r"(test_\w+|\w+_test)\.pyc?|(pytest|_pytest|hypothesis|pytestqt|conftest)\b.*")
    found = [p for p in bundle.rglob("*") if (p.is_dir() and p.name in test_dirs) or test_names.fullmatch(p.name)]
    assert not found, [str(p.relative_to(bundle)) for p in found]
    # Pure-Python modules live in the executable's archive, or as loose .pyc files (noarchive): both count.
    names = _archived_modules(bundle / "mystery-shop") | _loose_modules(_internal(bundle))
    bad = sorted(
        n
        for n in names
        if n.split(".")[0] in {"tests", "pytest", "_pytest", "hypothesis", "pytestqt", "conftest", "mypy"}
        or any(part.startswith("test_") for part in n.split("."))
    )
    assert not bad, bad[:50]
    assert "mystery_shop.cli" in names and "mystery_shop.ui.app" in names


def _loose_modules(inside: Path) -> set[str]:
    """Dotted names of the modules bundled as .pyc files (``a/b/__init__.pyc`` is ``a.b``)."""
    names = set()
    for p in inside.rglob("*.pyc"):
        parts = list(p.relative_to(inside).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.add(".".join(parts))
    return names


def test_no_unused_qt_modules(bundle: Path) -> None:
    qt = _internal(bundle) / "PySide6"
    used = set(re.findall(r"PySide6(?:\.| import )(Qt\w+)", _app_source()))
    bindings = {p.name.split(".")[0] for p in qt.glob("Qt*.so")}
    assert {"QtCore", "QtGui", "QtWidgets"} <= bindings
    assert bindings <= used | QT_SUPPORT, f"unused Qt bindings shipped: {sorted(bindings - used - QT_SUPPORT)}"
    unused = re.compile(r"Qt6?(" + "|".join(UNUSED_QT) + r")")
    libs = [p.name for p in (qt / "Qt" / "lib").glob("libQt6*")] + [p.name for p in qt.glob("Qt*")]
    assert not [n for n in libs if unused.match(n.removeprefix("lib"))]
    assert not (qt / "Qt" / "qml").exists()
    assert not (qt / "Qt" / "libexec" / "QtWebEngineProcess").exists()
    # Qt's own translations: only the base ones of the languages the app ships.
    qt_qm = {p.name for p in (qt / "Qt" / "translations").glob("*.qm")}
    assert qt_qm <= {f"qtbase_{code}.qm" for code in ("pl", "de", "fr", "es")}, sorted(qt_qm)
    ours = {p.name for p in (_internal(bundle) / "resources" / "translations").iterdir()}
    assert ours == {f"mystery_shop_{code}.{ext}" for code in ("en", "pl", "de", "fr", "es") for ext in ("qm", "ts")}
    babel = {p.name for p in (_internal(bundle) / "babel" / "locale-data").iterdir()}
    assert babel == {f"{name}.dat" for name in ("root", "en", "pl", "de", "fr", "es")}, sorted(babel)


def _app_source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "mystery_shop").rglob("*.py"))


def _archived_modules(exe: Path) -> set[str]:
    """The module names in the executable's PYZ archive (read with PyInstaller's own reader)."""
    code = (
        "import sys, tempfile, os\n"
        "from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader\n"
        "car = CArchiveReader(sys.argv[1])\n"
        "for name, entry in car.toc.items():\n"
        "    if entry[-1] == 'z':\n"
        "        fd, path = tempfile.mkstemp(); os.write(fd, car.extract(name)); os.close(fd)\n"
        "        print('\\n'.join(ZlibArchiveReader(path).toc)); os.unlink(path)\n"
    )
    r = subprocess.run([sys.executable, "-c", code, str(exe)], capture_output=True, text=True, check=True)
    return set(r.stdout.split())
