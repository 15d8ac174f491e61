"""Windows and macOS on paper (issue 28): neither can be built on Linux, so what can be is checked here.

The spec, run as PyInstaller would on a Mac (its build steps recorded, not run), yields ``Mystery Shop.app``
with everything its Info.plist needs; the Inno Setup script installs per user, upgrades in place, keeps the
profile, and names only files the one-folder bundle has.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mystery_shop import __version__

ROOT = Path(__file__).resolve().parent.parent.parent
SPEC = ROOT / "packaging" / "mystery-shop.spec"
ISS = ROOT / "packaging" / "windows" / "mystery-shop.iss"


class _Step:
    """A PyInstaller build step (Analysis, PYZ, EXE, COLLECT, BUNDLE) that only records how it was called."""

    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]

    def __init__(self, kind: str, *args: Any, **kwargs: Any) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs
        self.scripts: list[tuple[str, ...]] = []
        self.datas: list[tuple[str, ...]] = []
        self.pure: list[Any] = []
        self.binaries: list[Any] = []
        self.name = kwargs.get("name")


def _run_spec(platform: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[_Step]]:
    hooks = pytest.importorskip("PyInstaller.utils.hooks", reason="the spec imports them (build.sh installs it)")
    monkeypatch.setattr(hooks, "collect_submodules", lambda package: [])  # it imports the whole app: slow
    steps: dict[str, list[_Step]] = {}

    def step(kind: str):  # type: ignore[no-untyped-def]
        def make(*args: Any, **kwargs: Any) -> _Step:
            made = _Step(kind, *args, **kwargs)
            steps.setdefault(kind, []).append(made)
            return made

        return make

    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.delenv("MYSTERY_SHOP_ONEFILE", raising=False)
    names = {kind: step(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    exec(code, {"__name__": "__main__", "SPECPATH": str(SPEC.parent), **names})
    return steps


def test_on_a_mac_the_spec_makes_the_app_with_its_info_plist(monkeypatch: pytest.MonkeyPatch) -> None:
    steps = _run_spec("darwin", monkeypatch)
    [coll] = steps["COLLECT"]
    [app] = steps["BUNDLE"]
    [exe] = steps["EXE"]
    assert app.args == (coll,)  # the one-folder app, whole, inside the .app
    kw = app.kwargs
    assert kw["name"] == "Mystery Shop.app"
    assert kw["bundle_identifier"] == "com.mysteryshop.App"
    assert Path(kw["icon"]) == ROOT / "packaging" / "icons" / "mystery-shop.icns"  # make_icons.py writes it
    plist = kw["info_plist"]
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == __version__
    assert plist["CFBundleDisplayName"] == plist["CFBundleName"] == "Mystery Shop"
    assert plist["NSHighResolutionCapable"] is True
    assert plist["LSMinimumSystemVersion"] == "13.0"
    assert plist["LSApplicationCategoryType"] == "public.app-category.business"
    # Contents/MacOS/<the executable>: the command the app and the workflow's smoke test run.
    assert exe.kwargs["name"] == "mystery-shop" and exe.kwargs["exclude_binaries"] is True
    assert exe.kwargs["strip"] is False  # stripping breaks code signing
    layout = {f"Mystery Shop.app/Contents/MacOS/{exe.kwargs['name']}", "Mystery Shop.app/Contents/Info.plist",
              f"Mystery Shop.app/Contents/Resources/{Path(kw['icon']).name}"}  # fmt: skip
    assert layout == {
        "Mystery Shop.app/Contents/MacOS/mystery-shop",
        "Mystery Shop.app/Contents/Info.plist",
        "Mystery Shop.app/Contents/Resources/mystery-shop.icns",
    }


def test_elsewhere_the_spec_makes_no_app_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    for platform in ("linux", "win32"):
        steps = _run_spec(platform, monkeypatch)
        assert "BUNDLE" not in steps and len(steps["COLLECT"]) == 1


def _iss() -> tuple[dict[str, dict[str, str]], dict[str, list[str]]]:
    """The script's [Setup] keys and each other section's lines (comments and blanks left out)."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if m := re.fullmatch(r"\[(\w+)\]", line):
            current = m.group(1)
            continue
        sections.setdefault(current, []).append(line)
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    return {"Setup": setup}, sections


def _entries(lines: list[str]) -> list[dict[str, str]]:
    """``Name: "x"; Flags: a b`` lines as dicts."""
    pairs = ((p.split(":", 1) for p in line.split("; ")) for line in lines)
    return [{k.strip(): v.strip().strip('"') for k, v in entry} for entry in pairs]


def test_the_installer_is_per_user_with_a_start_menu_entry_and_upgrades_in_place() -> None:
    keyed, sections = _iss()
    setup = keyed["Setup"]
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator rights
    assert setup["DefaultDirName"] == r"{autopf}\{#AppName}"  # per user: %LOCALAPPDATA%\Programs
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])  # fixed: finds the old one
    assert setup["UsePreviousAppDir"] == "yes" and setup["CloseApplications"] == "yes"
    assert setup["AppVersion"] == "{#AppVersion}" and "#error" in ISS.read_text(encoding="utf-8")
    assert setup["SetupIconFile"] == r"..\icons\mystery-shop.ico"  # packaging/icons, written by make_icons.py
    assert setup["UninstallDisplayIcon"] == r"{app}\{#AppExe}"
    icons = _entries(sections["Icons"])
    assert {"Name": r"{autoprograms}\{#AppName}", "Filename": r"{app}\{#AppExe}"}.items() <= icons[0].items()
    # An upgrade replaces the program whole; nothing anywhere deletes the profile (%LOCALAPPDATA%\mystery-shop).
    assert _entries(sections["InstallDelete"]) == [{"Type": "filesandordirs", "Name": r"{app}\_internal"}]
    text = ISS.read_text(encoding="utf-8").lower()
    assert "{localappdata}" not in text and "{userappdata}" not in text
    assert all(e["Name"].startswith("{app}") for e in _entries(sections["UninstallDelete"]))


@pytest.mark.slow
def test_the_installer_names_only_files_the_bundle_has() -> None:
    """The Linux bundle has the Windows one's layout: ``mystery-shop`` (``.exe`` there) beside ``_internal``."""
    if sys.platform != "linux":
        pytest.skip("build.sh builds the Linux bundle")
    r = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh"), "--if-stale"], cwd=ROOT, capture_output=True,
                       text=True, timeout=2400, check=False)  # fmt: skip
    assert r.returncode == 0, r.stderr[-3000:]
    bundle = ROOT / "dist" / "mystery-shop"
    defines = dict(re.findall(r'#define (\w+) "([^"]*)"', ISS.read_text(encoding="utf-8")))
    _, sections = _iss()
    for entry in _entries(sections["Files"]):
        source = entry["Source"].replace("{#BundleDir}\\", "").replace("{#AppExe}", defines["AppExe"])
        parts = source.replace("\\*", "").split("\\")
        parts[-1] = parts[-1].removesuffix(".exe")  # the Windows executable's name, as on Linux
        found = bundle.joinpath(*parts)
        assert found.exists(), f"{entry['Source']} names {found}, which the bundle lacks"
        assert os.access(found, os.X_OK)
        if "recursesubdirs" in entry.get("Flags", ""):
            assert found.is_dir() and any((found / "mystery_shop").iterdir())
