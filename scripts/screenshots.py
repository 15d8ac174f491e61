"""Render the app's screens to PNG offscreen, from a (demo) profile.

    .venv/bin/python scripts/screenshots.py --profile DIR --out DIR

Creates the demo profile first if DIR has no visits. Each screen is one
function in SCREENS; each returns the files it wrote.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.services.demo import create_demo
from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace
from mystery_shop.ui.app import build_main_window, make_application


def _quiet(mode: object, context: object, message: str) -> None:
    """Drop the offscreen plugin's harmless size-hint notice; pass on everything else."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


qInstallMessageHandler(_quiet)


def grab(widget: QWidget, path: Path) -> Path:
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def main_window(ws: Workspace, out: Path) -> list[Path]:
    window = build_main_window(ws)
    window.resize(1280, 760)
    path = grab(window, out / "main-window.png")
    window.close()
    return [path]


def _half_filled(ws: Workspace) -> str:
    drafts = [r for r in ws.visit_rows(VisitStatus.DRAFT) if r.form_id == "retail-store-visit"] or ws.visit_rows(
        VisitStatus.DRAFT
    )
    return drafts[0].id


def visit_screens(ws: Workspace, out: Path) -> list[Path]:
    from mystery_shop.ui.visit.finish_dialog import FinishDialog
    from mystery_shop.ui.visit.visit_window import VisitWindow

    window = VisitWindow(ws, _half_filled(ws))
    window.resize(1280, 820)
    window.sections.setCurrentRow(2)
    files = [grab(window, out / "visit-screen.png")]
    dialog = FinishDialog(window.editor, window)
    dialog.resize(620, 640)
    files.append(grab(dialog, out / "finish-dialog.png"))
    pad = dialog.pad
    from PySide6.QtCore import QPointF

    import math

    pad._begin(QPointF(40, 80))
    for i in range(1, 240):  # a cursive-looking run of loops, then a flourish
        t = i / 239
        x = 40 + t * 420 + 14 * math.sin(t * 40)
        y = 80 - 26 * math.cos(t * 40) * (1 - 0.6 * t)
        pad._extend(QPointF(x, y))
    pad._end()
    files.append(grab(pad, out / "signature-pad.png"))
    dialog.close()
    window.close()
    return files


SCREENS: list[Callable[[Workspace, Path], list[Path]]] = [main_window, visit_screens]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--profile", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    args = parser.parse_args()
    make_application()
    ws = Workspace.open(Profile(args.profile.resolve()))
    if not ws.visit_rows():
        create_demo(ws)
    args.out.mkdir(parents=True, exist_ok=True)
    for screen in SCREENS:
        for path in screen(ws, args.out):
            print(path)
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
