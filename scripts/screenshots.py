"""Render the app's screens to PNG offscreen, from a (demo) profile.

    .venv/bin/python scripts/screenshots.py --profile DIR --out DIR [--language pl]

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

from mystery_shop.domain.languages import SHIPPED
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.services.demo import create_demo
from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace
from mystery_shop.ui.app import build_main_window, make_application
from mystery_shop.ui.i18n import install_language


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
    import math

    from PySide6.QtCore import QPointF

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


def review_queue(ws: Workspace, out: Path) -> list[Path]:
    from mystery_shop.ui.review.queue import ReviewQueue

    queue = ReviewQueue(ws)
    queue.resize(1280, 520)
    path = grab(queue, out / "review_queue.png")
    queue.close()
    return [path]


def review_screen(ws: Workspace, out: Path) -> list[Path]:
    """A submitted retail visit, with one comment and one override so the review's marks show."""
    from mystery_shop.services import review
    from mystery_shop.ui.review.review_window import ReviewWindow

    waiting = ws.visit_rows(VisitStatus.SUBMITTED)
    row = next((r for r in waiting if r.form_id == "retail-store-visit"), waiting[0])
    ed = ws.open_visit(row.id)
    if not ed.overrides():
        scored = [q for q in ed.form.sections[0].questions if q.is_scored and q.id in ed.answers.values]
        review.add_comment(ed, scored[0].id, "Please add the opening hours you saw on the website.")
        q = scored[-1]
        review.override_score(ed, q.id, q.possible_points() / 2, "Partly: the answer was found on the second page.")
    window = ReviewWindow(ws, row.id)
    window.resize(1360, 860)
    window.show()
    QApplication.processEvents()
    with_photos = {p.section_id for p in ed.photos()}
    first = next((i for i, s in enumerate(ed.form.sections) if s.id in with_photos and i > 0), 0)
    window.sections.setCurrentRow(first)  # scroll to a touchpoint with its photos and flags
    path = grab(window, out / "review.png")
    window.close()
    return [path]


def dashboard(ws: Workspace, out: Path) -> list[Path]:
    import datetime as dt

    from mystery_shop.ui import tasks
    from mystery_shop.ui.dashboard.dashboard import Dashboard

    tasks.run_inline = True
    reported = [r for r in ws.visit_rows() if r.status in (VisitStatus.APPROVED, VisitStatus.PUBLISHED)]
    client = max(  # the client with the widest picture: the most locations with results
        sorted({r.client_id for r in reported}),
        key=lambda c: len({r.location_id for r in reported if r.client_id == c}),
    )
    today = dt.date.today()
    board = Dashboard(ws, client, today - dt.timedelta(days=365), today)
    board.resize(1360, 1200)
    path = grab(board, out / "dashboard.png")
    board.close()
    tasks.run_inline = False
    return [path]


def report_export(ws: Workspace, out: Path) -> list[Path]:
    """The report settings, and the bulk export after it wrote a quarter's reports (into a scratch folder)."""
    import datetime as dt
    import tempfile

    from mystery_shop.ui import tasks
    from mystery_shop.ui.reports import export
    from mystery_shop.ui.reports.export import BulkExportDialog
    from mystery_shop.ui.reports.settings_dialog import ReportSettingsDialog

    settings = ReportSettingsDialog(ws)
    settings.firm.setText(settings.firm.text() or "Larkspur Field Research")
    paths = [grab(settings, out / "report-settings.png")]
    settings.close()
    tasks.run_inline, opener = True, export.open_file
    export.open_file = lambda _path: None
    today = dt.date.today()
    dialog = BulkExportDialog(ws, ws.clients()[0].id, today - dt.timedelta(days=90), today)
    with tempfile.TemporaryDirectory() as folder:
        dialog.folder.setText(folder)
        dialog.start_export()
        paths.append(grab(dialog, out / "report-bulk-export.png"))
    dialog.close()
    tasks.run_inline, export.open_file = False, opener
    return paths


def form_designer(ws: Workspace, out: Path) -> list[Path]:
    """The designer on the retail sample: a question's properties, its Polish text, the preview answered;
    then a problem shown on its field."""
    from mystery_shop.services.form_designer import FormDraft
    from mystery_shop.ui.designer import FormDesigner

    root = Path(__file__).resolve().parents[1]
    w = FormDesigner(ws, FormDraft.from_file(root / "forms" / "retail-store-visit.yaml"))
    w.resize(1440, 860)
    w.refresh(select=(2, 1))
    for qid, value in (("entrance_clean", "yes"), ("greeted", "yes"), ("web_opening_hours", "no")):
        w.preview.answer(qid, value)
    w.preview.language.setCurrentIndex(w.preview.language.findData("pl"))
    w.preview.scroll.ensureWidgetVisible(w.preview.cards["greeted"])
    paths = [grab(w, out / "form-designer.png")]
    w.preview.language.setCurrentIndex(0)
    w.draft.update_question(2, 1, text="", points=-1)
    w.refresh(select=(2, 1))
    paths.append(grab(w, out / "form-designer-problem.png"))
    w.draft.undo()
    w.close()
    return paths


SCREENS: list[Callable[[Workspace, Path], list[Path]]] = [
    main_window,
    visit_screens,
    review_queue,
    review_screen,
    dashboard,
    report_export,
    form_designer,
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--profile", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--only", action="append", metavar="SCREEN", help="render only these screens (function names)")
    parser.add_argument("--language", choices=sorted(SHIPPED), help="render the screens in this language")
    args = parser.parse_args()
    make_application()
    if args.language:
        install_language(args.language)  # to look for labels a longer language cuts
    ws = Workspace.open(Profile(args.profile.resolve()))
    if not ws.visit_rows():
        create_demo(ws)
    args.out.mkdir(parents=True, exist_ok=True)
    for screen in SCREENS:
        if args.only and screen.__name__ not in args.only:
            continue
        for path in screen(ws, args.out):
            print(path)
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
