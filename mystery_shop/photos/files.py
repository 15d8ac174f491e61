"""Which files a drop or a file dialog means: folders become the image files inside them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

# HEIC is listed so that a dropped iPhone folder says why those files are refused instead of skipping them.
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".jpe", ".png", ".webp", ".tif", ".tiff", ".gif", ".heic", ".heif"})


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given (whatever their name: the import says what is wrong); folders as the image files
    anywhere inside them, sorted, skipping hidden files and folders."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(
                (f for f in p.rglob("*") if _visible_image(f, p)),
                key=lambda f: [part.casefold() for part in f.relative_to(p).parts],
            )
        else:
            out.append(p)
    return out


def _visible_image(f: Path, top: Path) -> bool:
    if f.suffix.lower() not in IMAGE_SUFFIXES:
        return False
    if any(part.startswith(".") for part in f.relative_to(top).parts):
        return False
    return f.is_file()
