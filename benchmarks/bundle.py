"""The packaged app beside the source run (issue 8).

1. The one-folder Linux bundle's size (goal: under 250 MB, 10^6 bytes, the sum
   of its files' sizes) and its biggest parts.
2. Start-up in fresh processes, bundle beside source (``.venv/bin/mystery-shop``):
   ``gui`` on a demo profile to the main window shown (the
   ``MYSTERY_SHOP_QUIT_AFTER_MS`` hook prints a line once the window is up and
   the event loop runs) -- the start an auditor sees; goal: the bundle no slower
   than the source run (ratio at most 1.00, with 5% allowed for noise). Also
   ``--version`` to exit, for information: it shows the bundle's fixed cost
   (PyInstaller's bootloader runs as two processes and unpacks Python's
   standard library from an archive) with nothing else to hide it.
3. The one-file variant: its size and the same two start-ups (it unpacks itself
   into a temporary folder on every start). It is worth recommending when its
   start to the main window stays under 2 s and under 2x the one-folder bundle.

Builds whatever is missing or out of date first (``packaging/build.sh --if-stale``).
Each start is a fresh process; the variants take turns, after one untimed
warm-up each, so the files are in the OS page cache: "cold" here means a new
process, not a cold disk.

    .venv/bin/python benchmarks/bundle.py [--runs N] [--no-onefile] [--no-build]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / ".venv" / "bin" / "mystery-shop"
FOLDER = ROOT / "dist" / "mystery-shop"
ONEFILE = ROOT / "dist" / "onefile" / "mystery-shop"
SIZE_GOAL_MB = 250
NOISE = 1.05
SHOWN = "main window shown"


def build(onefile: bool) -> None:
    args = ["bash", str(ROOT / "packaging" / "build.sh"), "--if-stale"] + (["--onefile"] if onefile else [])
    r = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)
    if r.returncode != 0:
        sys.exit(f"build failed ({' '.join(args[1:])}):\n{r.stderr[-4000:]}")


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def biggest_parts(folder: Path, n: int = 6) -> list[tuple[str, float]]:
    inside = folder / "_internal"
    parts = [(p.name, size_mb(p)) for p in inside.iterdir() if not p.is_symlink()]
    parts.append((f"{folder.name} (executable + Python archive)", size_mb(folder / folder.name)))
    if (inside / "PySide6" / "Qt" / "lib").is_dir():
        parts.append(("  of which PySide6/Qt/lib", size_mb(inside / "PySide6" / "Qt" / "lib")))
    return sorted(parts, key=lambda x: -x[1])[:n]


def environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MYSTERY_SHOP_", "PYTHON", "QT_"))}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def time_version(exe: Path, env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    out = subprocess.run([str(exe), "--version"], env=env, capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - t0
    assert out.stdout.startswith("mystery-shop "), out.stdout
    return elapsed


def time_window(exe: Path, env: dict[str, str], profile: Path) -> float:
    """Spawn to the main window shown and the event loop running (then it quits by itself)."""
    env = {**env, "MYSTERY_SHOP_QUIT_AFTER_MS": "1"}
    t0 = time.perf_counter()
    with subprocess.Popen(
        [str(exe), "gui", "--profile", str(profile)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as proc:
        assert proc.stdout is not None
        shown = None
        for line in proc.stdout:
            if line.startswith(SHOWN):
                shown = time.perf_counter() - t0
        code = proc.wait(timeout=60)
    if shown is None or code != 0:
        sys.exit(f"{exe} gui did not show its main window (exit {code})")
    return shown


def interleaved(runs: int, measures: dict[str, Callable[[], float]]) -> dict[str, tuple[float, float, float]]:
    """Median, min and max of each measure, taken in turns (A B C A B C…) so drift hits all alike."""
    for measure in measures.values():
        measure()  # warm-up, not counted
    times: dict[str, list[float]] = {k: [] for k in measures}
    for _ in range(runs):
        for k, measure in measures.items():
            times[k].append(measure())
    return {k: (statistics.median(t), min(t), max(t)) for k, t in times.items()}


def ms(t: tuple[float, float, float]) -> str:
    return f"{t[0] * 1000:6.0f} ms (min {t[1] * 1000:5.0f}, max {t[2] * 1000:5.0f})"


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--no-onefile", action="store_true", help="skip building and timing the one-file variant")
    parser.add_argument("--no-build", action="store_true", help="time the bundles in dist/ as they are")
    args = parser.parse_args()

    if not args.no_build:
        build(onefile=False)
        if not args.no_onefile:
            build(onefile=True)

    size = size_mb(FOLDER)
    print(f"one-folder bundle {FOLDER.relative_to(ROOT)}/")
    print(f"  size: {size:6.1f} MB   goal < {SIZE_GOAL_MB} MB  -> {verdict(size < SIZE_GOAL_MB)}")
    for name, mb in biggest_parts(FOLDER):
        print(f"    {mb:6.1f} MB  {name}")

    tmp = Path(tempfile.mkdtemp(prefix="ms-bundle-bench-"))
    try:
        measure(args, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def measure(args: argparse.Namespace, tmp: Path) -> None:
    env = environment(tmp / "home")
    profile = tmp / "profile"
    subprocess.run([str(SOURCE), "demo", "--profile", str(profile)], env=env, capture_output=True, check=True)

    targets = {"source (.venv/bin/mystery-shop)": SOURCE, "one-folder bundle": FOLDER / "mystery-shop"}
    if not args.no_onefile and ONEFILE.is_file():
        targets["one-file bundle"] = ONEFILE
    version = interleaved(args.runs, {k: lambda exe=exe: time_version(exe, env) for k, exe in targets.items()})
    window = interleaved(args.runs, {k: lambda exe=exe: time_window(exe, env, profile) for k, exe in targets.items()})

    src, folder = "source (.venv/bin/mystery-shop)", "one-folder bundle"
    print(f"start-up, fresh processes, median of {args.runs} taken in turns (after one warm-up), offscreen")
    for label, results, goal in (
        ("gui to main window shown (demo profile)", window, True),
        ("--version to exit (information: the bundle's fixed cost)", version, False),
    ):
        print(f"  {label}")
        for k, t in results.items():
            print(f"    {k:32s} {ms(t)}")
        ratio = results[folder][0] / results[src][0]
        extra = (results[folder][0] - results[src][0]) * 1000
        tail = f"   goal <= 1.00x (+5% noise)  -> {verdict(ratio <= NOISE)}" if goal else ""
        print(f"    one-folder / source: {ratio:4.2f}x ({extra:+.0f} ms){tail}")

    if "one-file bundle" in targets:
        one = window["one-file bundle"][0]
        ratio = one / window[folder][0]
        print(f"one-file bundle {ONEFILE.relative_to(ROOT)}: {size_mb(ONEFILE):6.1f} MB")
        print(
            f"  main window in {one * 1000:.0f} ms = {ratio:4.2f}x one-folder"
            f"   fast enough (< 2000 ms and < 2x)  -> {verdict(one < 2 and ratio < 2)}"
        )


if __name__ == "__main__":
    main()
