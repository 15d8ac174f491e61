"""Render the app icon (resources/icons/app.svg) in the sizes each platform wants.

Writes packaging/icons/png/{16..512}.png (Linux hicolor), mystery-shop.ico
(Windows) and mystery-shop.icns (macOS). Generated at build time, not committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "app.svg"
OUT = ROOT / "packaging" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int, path: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    if not image.save(str(path)):
        raise SystemExit(f"cannot write {path}")


def main() -> int:
    if not SVG.exists():
        print(f"make_icons: {SVG} is missing", file=sys.stderr)
        return 1
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QImage painting needs it
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: {SVG} is not a valid SVG", file=sys.stderr)
        return 1
    (OUT / "png").mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        render(renderer, size, OUT / "png" / f"{size}.png")
    biggest = Image.open(OUT / "png" / "512.png")
    biggest.save(OUT / "mystery-shop.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    biggest.save(OUT / "mystery-shop.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
