"""The photo pipeline on 12 MP JPEGs, beside two baselines measured in the same run.

- floor: Pillow's draft-mode decode alone, at the scale the pipeline needs (goal: the pipeline under 1.5x)
- naive: a full decode, Lanczos resizes to the same two sizes, both saved (goal: the pipeline at least 3x faster)
- peak memory (ru_maxrss) of a fresh process importing 50 of them (goal: under 300 MB)

The pipeline is the whole of ``import_photo``: check, decode, EXIF, hash and copy
the original into a blob store (fsynced), report copy and thumbnail written.
Files are read from the page cache in every case (they were just written).

    .venv/bin/python benchmarks/photos.py [--photos 50] [--sample 12]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from mystery_shop.photos import REPORT_SIZE, THUMB_SIZE, import_photo
from mystery_shop.store.blobs import BlobStore

# ru_maxrss survives exec on Linux (it would show the parent's peak): read VmHWM, the peak of this process.
PEAK = """
import resource, sys
def hwm():
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux (bytes on macOS)
from pathlib import Path
from mystery_shop.photos import import_photos
from mystery_shop.store.blobs import BlobStore
before = hwm()
files = sorted(Path(sys.argv[1]).glob("*.jpg"))
results = import_photos(files, BlobStore(Path(sys.argv[2])))
assert all(r.status == "added" for r in results), [r.message for r in results if r.reason]
print(before, hwm())
"""


def scene(seed: int) -> Image.Image:
    """A 4000x3000 'photo': soft shapes over a gradient, with sensor-like noise (compresses like a photo)."""
    rng = random.Random(seed)
    small = Image.linear_gradient("L").resize((1000, 750)).convert("RGB")
    d = ImageDraw.Draw(small)
    for _ in range(60):
        x, y = rng.randrange(1000), rng.randrange(750)
        r = rng.randrange(10, 160)
        colour = tuple(rng.randrange(256) for _ in range(3))
        (d.ellipse if rng.random() < 0.5 else d.rectangle)((x - r, y - r // 2, x + r, y + r // 2), fill=colour)
    im = small.filter(ImageFilter.GaussianBlur(2)).resize((4000, 3000), Image.Resampling.BICUBIC)
    noise = Image.effect_noise((4000, 3000), 24).convert("RGB")
    return ImageChops.add(im, noise, scale=1.0, offset=-128)


def make_photos(folder: Path, n: int) -> list[Path]:
    bases = [scene(k) for k in range(3)]
    paths = []
    for i in range(n):
        im = ImageChops.offset(bases[i % 3], 37 * i, 23 * i)  # distinct bytes for every file
        path = folder / f"photo-{i:02d}.jpg"
        im.save(path, "JPEG", quality=90)
        paths.append(path)
    return paths


def median_ms(fn: Callable[[Path], object], paths: list[Path]) -> float:
    times = []
    for p in paths:
        t0 = time.perf_counter()
        fn(p)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def draft_only(path: Path) -> None:
    with Image.open(path) as im:
        k = REPORT_SIZE / max(im.size)
        im.draft("RGB", (round(im.width * k), round(im.height * k)))
        im.load()


def naive(path: Path) -> None:
    """The same two copies made the obvious way."""
    with Image.open(path) as im:
        im.load()
        for side, quality in ((REPORT_SIZE, 85), (THUMB_SIZE, 80)):
            copy = im.resize((side, side * im.height // im.width), Image.Resampling.LANCZOS)
            copy.save(io.BytesIO(), "JPEG", quality=quality)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photos", type=int, default=50)
    parser.add_argument("--sample", type=int, default=12, help="photos timed for each figure")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ms-photo-bench-") as tmp:
        run(Path(tmp), args.photos, args.sample)


def run(work: Path, n: int, sample_size: int) -> None:
    (work / "in").mkdir()
    t0 = time.perf_counter()
    paths = make_photos(work / "in", n)
    sample = paths[:sample_size]
    size_mb = statistics.mean(p.stat().st_size for p in paths) / 1e6
    print(f"{len(paths)} photos 4000x3000, JPEG q90, {size_mb:.1f} MB each (made in {time.perf_counter() - t0:.0f} s)")
    print(f"{os.cpu_count()} CPUs; median per photo of {len(sample)}, files in the page cache\n")

    blobs = BlobStore(work / "blobs-timing")
    for p in sample[:2]:  # warm up imports and caches
        draft_only(p)
    floor = median_ms(draft_only, sample)
    ours = median_ms(lambda p: import_photo(p, blobs), sample)
    slow = median_ms(naive, sample)
    peak = subprocess.run(
        [sys.executable, "-c", PEAK, str(work / "in"), str(work / "blobs-peak")],
        capture_output=True,
        text=True,
        check=True,
    )
    start_mb, peak_mb = (float(x) for x in peak.stdout.split())

    def verdict(ok: bool) -> str:
        return "OK" if ok else "MISSED"

    print(f"{'':34}{'ms/photo':>9}  {'baseline':>9}  ratio     goal")
    ratio = ours / floor
    print(f"{'pipeline vs draft decode':34}{ours:9.1f}  {floor:9.1f}  {ratio:5.2f}x   < 1.5x {verdict(ratio < 1.5)}")
    ratio = slow / ours
    print(
        f"{'naive full decode vs pipeline':34}{slow:9.1f}  {ours:9.1f}  {ratio:5.2f}x   >= 3x   {verdict(ratio >= 3)}"
    )
    print(
        f"\npeak RSS importing {len(paths)} photos: {peak_mb:.0f} MB (the process before importing: {start_mb:.0f} MB)"
        f"   goal < 300 MB  {verdict(peak_mb < 300)}"
    )


if __name__ == "__main__":
    main()
