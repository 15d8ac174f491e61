"""The photo pipeline on 12 MP JPEGs, beside two baselines measured in the same run (issue 4).

- floor: Pillow's draft-mode decode alone (goal: the pipeline under 1.5x)
- naive: a full decode plus resize to the same sizes, saved like ours (goal: the pipeline at least 3x faster)
- peak memory of a process importing 50 of them (goal: under 300 MB)

    .venv/bin/python benchmarks/photos.py [--photos N]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

from mystery_shop.photos.pipeline import REPORT_SIZE, THUMB_SIZE, import_photo
from mystery_shop.store.blobs import BlobStore

PEAK = """
import resource, sys
from pathlib import Path
from mystery_shop.photos.pipeline import import_photos
from mystery_shop.store.blobs import BlobStore
files = sorted(Path(sys.argv[1]).glob("*.jpg"))
results = import_photos(files, BlobStore(Path(sys.argv[2])))
assert all(r.status == "added" for r in results), [r.reason for r in results if r.reason]
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def make_photos(folder: Path, n: int) -> list[Path]:
    """Distinct 4000x3000 photos with real texture (noise compresses like a photo, not like a flat colour)."""
    base = Image.effect_noise((4000, 3000), 40).convert("RGB")
    paths = []
    for i in range(n):
        im = base.point(lambda v, k=i: (v + 5 * k) % 256)
        path = folder / f"photo-{i:02d}.jpg"
        im.save(path, "JPEG", quality=90)
        paths.append(path)
    return paths


def per_photo(fn, paths: list[Path]) -> float:  # type: ignore[no-untyped-def]
    times = []
    for p in paths:
        t0 = time.perf_counter()
        fn(p)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def draft_only(path: Path) -> None:
    with Image.open(path) as im:
        scale = REPORT_SIZE / max(im.size)
        im.draft("RGB", (int(im.size[0] * scale), int(im.size[1] * scale)))
        im.load()


def naive(path: Path, out: Path) -> None:
    """The same outputs made the obvious way: full decode, resize, save the two copies."""
    with Image.open(path) as im:
        im.load()
        report = im.resize((REPORT_SIZE, REPORT_SIZE * im.height // im.width), Image.Resampling.LANCZOS)
        report.save(out / "report.jpg", quality=85)
        thumb = im.resize((THUMB_SIZE, THUMB_SIZE * im.height // im.width), Image.Resampling.LANCZOS)
        thumb.save(out / "thumb.jpg", quality=80)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photos", type=int, default=50)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ms-photo-bench-"))
    (work / "in").mkdir()
    paths = make_photos(work / "in", args.photos)
    sample = paths[: min(10, len(paths))]

    blobs = BlobStore(work / "blobs-timing")
    pipeline = per_photo(lambda p: import_photo(p, blobs), sample)
    floor = per_photo(draft_only, sample)
    slow = per_photo(lambda p: naive(p, work), sample)
    peak = float(
        subprocess.run(
            [sys.executable, "-c", PEAK, str(work / "in"), str(work / "blobs-peak")],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    print(f"photo pipeline on 12 MP JPEGs (median per photo of {len(sample)})")
    print(f"  floor (draft-mode decode alone): {floor * 1000:7.1f} ms")
    print(
        f"  whole pipeline:                  {pipeline * 1000:7.1f} ms   = {pipeline / floor:4.2f}x floor"
        f"   goal < 1.5x  -> {'OK' if pipeline / floor < 1.5 else 'MISSED'}"
    )
    print(
        f"  naive (full decode, resize, save): {slow * 1000:7.1f} ms   = {slow / pipeline:4.1f}x slower than ours"
        f"   goal >= 3x  -> {'OK' if slow / pipeline >= 3 else 'MISSED'}"
    )
    print(
        f"peak memory importing {args.photos} photos: {peak:.0f} MB   goal < 300 MB"
        f"  -> {'OK' if peak < 300 else 'MISSED'}"
    )
    print(f"  (ru_maxrss of the importing process; {resource.getpagesize()} B pages)")


if __name__ == "__main__":
    main()
