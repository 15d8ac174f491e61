"""Build ``mystery-shop_VERSION_amd64.deb`` from the one-folder bundle (``packaging/build.sh --deb``).

    python3 packaging/linux/make_deb.py dist/mystery-shop --out dist

Standard library and dpkg's own tools only (``dpkg-deb``, ``dpkg-query``, ``ldconfig``, ``readelf``):

- the bundle under ``/opt/mystery-shop`` (its ``share/`` goes where the desktop looks instead),
  ``/usr/bin/mystery-shop`` a symbolic link to its executable;
- the desktop entry, AppStream metadata and hicolor icons under ``/usr/share`` (the desktop's file
  triggers refresh its menus and icon cache: no maintainer scripts, so removal leaves nothing);
- ``Depends`` on the system libraries the bundle's programs and libraries link to but do not carry,
  found from their ELF headers and mapped to the packages that hold them here (the bundle carries the
  rest), with libc6 at least the build machine's glibc;
- lintian overrides, each with its reason, for what a self-contained app in /opt does on purpose.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

NAME = "mystery-shop"
APP_ID = "com.mysteryshop.App"
PREFIX = Path("opt") / NAME
HERE = Path(__file__).resolve().parent
MAINTAINER = os.environ.get("MYSTERY_SHOP_DEB_MAINTAINER", "Mystery Shop packaging <packaging@mysteryshop.example>")
# xz makes the smallest package; gzip packs ~3x faster (the tests use it: the package is the same otherwise).
COMPRESSION = os.environ.get("MYSTERY_SHOP_DEB_COMPRESSION", "xz")
HOMEPAGE = os.environ.get("MYSTERY_SHOP_DEB_HOMEPAGE", "https://mysteryshop.example/")
DESCRIPTION = """\
mystery shopping and customer-touchpoint audits
 Field auditors fill a checklist per touchpoint offline, with photos and a
 signature; supervisors review and approve the scored visits; clients receive
 signed PDF reports. Syncs with the firm's server when online.
 .
 The application is self-contained under /opt/mystery-shop; the command
 mystery-shop is on the PATH."""
# Tags lintian raises for a self-contained app in /opt, with why each is so on purpose.
OVERRIDES = {
    "dir-or-file-in-opt": "a self-contained third-party application installs under /opt (FHS 3.13)",
    "embedded-library": "the application carries the libraries it was built and tested with (PyInstaller bundle)",
    "package-installs-python-bytecode": "the bundle's modules are compiled .pyc files by design: no sources ship",
    "package-installs-python-pycache-dir": "the bundle's compiled modules are its program",
    "shared-library-lacks-prerequisites": "bundled Python extension modules resolve their symbols from libpython",
    "unstripped-binary-or-object": "PyInstaller's executable carries its archive after the ELF sections",
    "custom-library-search-path": "bundled libraries find their neighbours in the bundle through $ORIGIN",
    "library-not-linked-against-libc": "bundled libraries as their upstreams build them",
    "shared-library-is-executable": "bundled libraries keep the permissions they were built with",
    "executable-not-elf-or-script": "bundled files keep the permissions they were built with",
    "spelling-error-in-binary": "text inside bundled third-party libraries",
    "hardening-no-fortify-functions": "bundled libraries as their upstreams build them",
    "hardening-no-relro": "bundled libraries as their upstreams build them",
    "hardening-no-bindnow": "bundled libraries as their upstreams build them",
    "binary-compiled-with-profiling-enabled": "bundled libraries as their upstreams build them",
    "arch-dependent-file-not-in-arch-specific-directory": "a self-contained application keeps its files together",
    "extra-license-file": "the bundled packages' licences travel with them",
    "font-in-non-font-package": "the PDF reports' fonts are part of the application",
    "font-outside-font-dir": "the PDF reports' fonts are read from the application's own folder",
    "image-file-in-usr-lib": "the application's icons are resources inside its folder",
    "executable-in-usr-lib": "the application's own programs",
    "no-manual-page": "a desktop application; mystery-shop --help describes the command",
}


def run(*cmd: str) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def bundle_version(bundle: Path) -> str:
    out = run(str(bundle / NAME), "--version").strip()  # "mystery-shop 0.1.0": the version the bundle is
    version = out.split()[-1]
    if not re.fullmatch(r"[0-9][A-Za-z0-9.+~-]*", version):
        raise SystemExit(f"cannot read the bundle's version from {out!r}")
    return version


def _elf_files(root: Path) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=False).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def _system_libraries() -> dict[str, str]:
    """soname -> path of the x86-64 libraries the dynamic linker knows on this machine."""
    libs: dict[str, str] = {}
    for line in run("ldconfig", "-p").splitlines():
        m = re.match(r"\s*(\S+) \((libc6,x86-64[^)]*)\) => (\S+)", line)
        if m:
            libs.setdefault(m.group(1), m.group(3))
    return libs


def _package_of(path: str) -> str | None:
    for candidate in (path, os.path.realpath(path)):
        r = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True, check=False)
        if r.returncode == 0:
            return r.stdout.split(":", 1)[0].split(",")[0].strip()
        # /lib and /usr/lib are one folder on merged-/usr Debian, but dpkg knows one spelling
        alt = candidate.removeprefix("/usr") if candidate.startswith("/usr/lib") else "/usr" + candidate
        r = subprocess.run(["dpkg-query", "-S", alt], capture_output=True, text=True, check=False)
        if r.returncode == 0:
            return r.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def depends(bundle: Path) -> list[str]:
    """The packages holding the libraries the bundle links to but does not carry."""
    elves = _elf_files(bundle)
    carried = {p.name for p in bundle.rglob("*")}
    wanted = sorted({lib for elf in elves for lib in _needed(elf)} - carried)
    system = _system_libraries()
    packages: set[str] = set()
    for soname in wanted:
        where = system.get(soname)
        package = _package_of(where) if where else None
        if package is None:
            # an optional plugin's library this machine lacks: the bundle never loads it here either
            print(f"make_deb: no package here provides {soname}; not a dependency", file=sys.stderr)
            continue
        packages.add(package)
    glibc = run("dpkg-query", "-W", "-f=${Version}", "libc6").split("-")[0]
    packages.discard("libc6")
    packages.add("sensible-utils")  # the bundled libblkid and libmount call sensible-pager (lintian)
    return [f"libc6 (>= {glibc})", *sorted(packages)]


def _copy_tree(src: Path, dest: Path, *, skip: set[str]) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for entry in src.iterdir():
        if entry.name in skip:
            continue
        target = dest / entry.name
        if entry.is_symlink():
            target.symlink_to(os.readlink(entry))
        elif entry.is_dir():
            _copy_tree(entry, target, skip=set())
        else:
            shutil.copy2(entry, target)


def _normalise_modes(root: Path) -> None:
    """Directories 0755, files 0644 but programs (the bundle's executable, ELF files with +x) 0755."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path.stat().st_mode & stat.S_IXUSR
            path.chmod(0o755 if executable else 0o644)


def _gzip(text: str, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    with open(dest, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0, filename="") as gz:
        gz.write(text.encode())


def _doc(root: Path, version: str) -> None:
    doc = root / "usr" / "share" / "doc" / NAME
    doc.mkdir(parents=True, exist_ok=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {NAME}\n\n"
        "Files: *\n"
        "Copyright: the mystery-shop team\n"
        "License: proprietary\n"
        " All rights reserved. The bundled third-party packages keep their own licences,\n"
        " shipped beside them under /opt/mystery-shop.\n",
        encoding="utf-8",
    )
    date = os.environ.get("SOURCE_DATE_EPOCH")
    when = run("date", "-R", "-u", "-d", f"@{date}").strip() if date else run("date", "-R", "-u").strip()
    _gzip(
        f"{NAME} ({version}) stable; urgency=medium\n\n"
        f"  * Release {version}: see the README's Install section.\n\n"
        f" -- {MAINTAINER}  {when}\n",
        doc / "changelog.gz",
    )


def _control(version: str, deps: list[str], size_kib: int) -> str:
    return (
        f"Package: {NAME}\n"
        f"Version: {version}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Architecture: amd64\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {', '.join(deps)}\n"
        f"Homepage: {HOMEPAGE}\n"
        f"Description: {DESCRIPTION}\n"
    )


def build(bundle: Path, out_dir: Path) -> Path:
    bundle = bundle.resolve()
    version = bundle_version(bundle)
    deb = out_dir.resolve() / f"{NAME}_{version}_amd64.deb"
    with tempfile.TemporaryDirectory(prefix="deb-") as tmp:
        root = Path(tmp) / "root"
        _copy_tree(bundle, root / PREFIX, skip={"share"})
        share = root / "usr" / "share"
        (root / "usr" / "bin").mkdir(parents=True)
        # Between top-level folders a link is absolute (Debian policy 10.5).
        (root / "usr" / "bin" / NAME).symlink_to(f"/{PREFIX}/{NAME}")
        desktop = (HERE / f"{NAME}.desktop").read_text(encoding="utf-8")
        (share / "applications").mkdir(parents=True)
        (share / "applications" / f"{APP_ID}.desktop").write_text(desktop, encoding="utf-8")
        (share / "metainfo").mkdir(parents=True)
        shutil.copy2(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
        icons = bundle / "share" / "icons"
        if icons.is_dir():
            shutil.copytree(icons, share / "icons")
        _doc(root, version)
        overrides = share / "lintian" / "overrides" / NAME
        overrides.parent.mkdir(parents=True)
        overrides.write_text("".join(f"# {why}\n{NAME}: {tag}\n" for tag, why in OVERRIDES.items()), encoding="utf-8")
        _normalise_modes(root)
        size_kib = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024 + 1
        control = root / "DEBIAN"
        control.mkdir()
        (control / "control").write_text(_control(version, depends(bundle), size_kib), encoding="utf-8")
        sums = []
        for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
            rel = path.relative_to(root)
            if rel.parts[0] != "DEBIAN":
                digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()  # dpkg's md5sums format
                sums.append(f"{digest}  {rel.as_posix()}\n")
        (control / "md5sums").write_text("".join(sums), encoding="utf-8")
        _normalise_modes(control)
        out_dir.mkdir(parents=True, exist_ok=True)
        pack = ["dpkg-deb", "--root-owner-group", f"-Z{COMPRESSION}", "--build", str(root), str(deb)]
        subprocess.run(pack, check=True, stdout=subprocess.DEVNULL)
    return deb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder bundle (dist/mystery-shop)")
    parser.add_argument("--out", type=Path, default=Path("dist"), help="folder to write the .deb to")
    args = parser.parse_args()
    deb = build(args.bundle, args.out)
    print(f"built {deb}: {deb.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
