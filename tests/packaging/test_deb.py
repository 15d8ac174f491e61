"""The Debian package (issue 28): ``packaging/build.sh --deb`` built, checked by lintian, installed on this
machine with dpkg, started offscreen from the PATH, and removed leaving nothing behind.

Reuses the one-folder bundle test_bundle.py builds (``build.sh --if-stale`` only packs it when it is up to
date). Installing needs root (or sudo without a password); the test is skipped where neither is there, and
where a ``mystery-shop`` package is installed already (it would not touch someone's installation).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mystery_shop import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent.parent
BUILD = ROOT / "packaging" / "build.sh"
DIST = ROOT / "dist"
DEB = DIST / f"mystery-shop_{__version__}_amd64.deb"
INSTALLED = [
    "/opt/mystery-shop/mystery-shop",
    "/usr/bin/mystery-shop",
    "/usr/share/applications/com.mysteryshop.App.desktop",
    "/usr/share/metainfo/com.mysteryshop.App.metainfo.xml",
    "/usr/share/icons/hicolor/256x256/apps/mystery-shop.png",
    "/usr/share/doc/mystery-shop/copyright",
]


def _sudo() -> list[str]:
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0:
        return ["sudo", "-n"]
    pytest.skip("installing a .deb needs root or sudo without a password")


def _installed() -> bool:
    r = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "mystery-shop"], capture_output=True, text=True)
    return "install ok installed" in r.stdout


@pytest.fixture(scope="module")
def deb() -> Path:
    if sys.platform != "linux" or not shutil.which("dpkg-deb"):
        pytest.skip("the .deb is built on Debian or Ubuntu")
    fast = {**os.environ, "MYSTERY_SHOP_DEB_COMPRESSION": "gzip"}  # packs ~3x faster than xz; the same files
    r = subprocess.run(["bash", str(BUILD), "--if-stale", "--deb"], cwd=ROOT, capture_output=True, text=True,
                       env=fast, timeout=2400, check=False)  # fmt: skip
    assert r.returncode == 0, f"build.sh --deb failed:\n{r.stdout[-3000:]}\n{r.stderr[-6000:]}"
    assert re.search(rf"built .*{re.escape(DEB.name)}: [\d.]+ MB", r.stdout), r.stdout
    return DEB


def test_the_package_holds_the_app_its_launcher_and_desktop_files(deb: Path) -> None:
    info = subprocess.run(["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True).stdout
    fields = dict(re.findall(r"^(\S+): (.*)$", info, re.M))
    assert (fields["Package"], fields["Version"], fields["Architecture"]) == ("mystery-shop", __version__, "amd64")
    depends = [d.strip() for d in fields["Depends"].split(",")]
    assert depends[0].startswith("libc6 (>= 2.")
    names = {d.split()[0] for d in depends}
    # What Qt's platform plugins link to and the bundle does not carry (it carries fontconfig, GLib, D-Bus...).
    assert {"libxcb1", "libgl1", "libegl1"} <= names, depends

    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True).stdout
    paths = {line.split()[5].removeprefix("."): line for line in listing.splitlines()}
    for path in INSTALLED:
        assert path in paths, path
    assert paths["/usr/bin/mystery-shop"].split()[-1] == "/opt/mystery-shop/mystery-shop"
    assert paths["/opt/mystery-shop/mystery-shop"].startswith("-rwxr-xr-x root/root")
    assert not any(p.startswith("/opt/mystery-shop/share/") for p in paths)  # under /usr/share instead
    assert all(" root/root " in line for line in listing.splitlines())


def test_lintian_finds_no_errors(deb: Path) -> None:
    if not shutil.which("lintian"):
        # scripts/dev.sh installs it: in CI a missing lintian is a failure, not a skip
        (pytest.fail if os.environ.get("CI") else pytest.skip)("lintian is not installed (apt-get install lintian)")
    r = subprocess.run(["lintian", "--no-tag-display-limit", str(deb)], capture_output=True, text=True, timeout=1200,
                       check=False)  # fmt: skip
    errors = [line for line in r.stdout.splitlines() if line.startswith("E:")]
    assert not errors, r.stdout


@pytest.fixture
def installed(deb: Path) -> Iterator[list[str]]:
    sudo = _sudo()
    if _installed():
        pytest.skip("a mystery-shop package is installed on this machine already: not touching it")
    r = subprocess.run([*sudo, "dpkg", "-i", str(deb)], capture_output=True, text=True, timeout=600, check=False)
    try:
        assert r.returncode == 0, r.stdout + r.stderr
        yield sudo
    finally:
        if _installed():
            subprocess.run([*sudo, "dpkg", "--purge", "mystery-shop"], capture_output=True, timeout=600, check=False)


def test_installed_it_starts_from_the_path_and_removed_it_leaves_nothing(installed: list[str], tmp_path: Path) -> None:
    home = tmp_path / "home"
    (tmp_path / "runtime").mkdir(mode=0o700)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
           "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}  # fmt: skip

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["mystery-shop", *args], cwd=tmp_path, env={**env, **extra}, capture_output=True,
                              text=True, timeout=300, check=False)  # fmt: skip

    assert shutil.which("mystery-shop", path=env["PATH"]) == "/usr/bin/mystery-shop"
    r = run("--version")
    assert (r.returncode, r.stdout.strip()) == (0, f"mystery-shop {__version__}"), r.stderr
    profile = tmp_path / "profile"
    r = run("demo", "--profile", str(profile))
    assert r.returncode == 0 and re.search(r"demo profile .*: \d+ visits", r.stdout), r.stdout + r.stderr
    r = run("gui", "--profile", str(profile), MYSTERY_SHOP_QUIT_AFTER_MS="1500")
    assert r.returncode == 0, r.stdout + r.stderr
    assert re.search(r"main window shown: .* \([1-9]\d* visits\)", r.stdout), r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", INSTALLED[2]], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr

    r = subprocess.run([*installed, "dpkg", "--purge", "mystery-shop"], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    assert not _installed()
    left = [p for p in [*INSTALLED, "/opt/mystery-shop", "/usr/share/doc/mystery-shop"] if os.path.lexists(p)]
    assert not left, left
    assert (profile / "mystery-shop.db").is_file()  # the person's profile is theirs: removal never touches it
