"""Render the app in Polish and a visit report in German, for docs/languages.md.

    .venv/bin/python scripts/language_screenshots.py --out docs/img [--profile DIR]

Uses a demo profile (made in a scratch folder unless --profile names one).
Writes pl_main_window.png, pl_visit.png, pl_settings.png and
report_visit_de_1.png, report_visit_de_2.png (pdftoppm, poppler-utils).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from screenshots import grab  # the same grab as the English screens (scripts/ is on sys.path)

from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.services import reports
from mystery_shop.services.demo import create_demo
from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace
from mystery_shop.ui.app import build_main_window, make_application
from mystery_shop.ui.i18n import install_language


def polish_screens(ws: Workspace, out: Path) -> list[Path]:
    from mystery_shop.ui.dialogs.settings import SettingsDialog
    from mystery_shop.ui.visit.visit_window import VisitWindow

    install_language("pl")
    window = build_main_window(ws)
    window.resize(1280, 760)
    paths = [grab(window, out / "pl_main_window.png")]
    drafts = [r for r in ws.visit_rows(VisitStatus.DRAFT) if r.form_id == "retail-store-visit"]
    visit = VisitWindow(ws, (drafts or ws.visit_rows(VisitStatus.DRAFT))[0].id)
    visit.resize(1280, 820)
    visit.sections.setCurrentRow(1)
    paths.append(grab(visit, out / "pl_visit.png"))
    visit.close()
    settings = SettingsDialog(ws, window)
    settings.language.setCurrentIndex(settings.language.findData("pl"))
    paths.append(grab(settings, out / "pl_settings.png"))
    settings.close()
    window.close()
    install_language("en")
    return paths


def german_report(ws: Workspace, out: Path) -> list[Path]:
    approved = [r for r in ws.visit_rows(VisitStatus.APPROVED) if r.form_id == "retail-store-visit"]
    row = (approved or ws.visit_rows(VisitStatus.APPROVED))[0]
    ws.update_client(row.client_id, language="de")  # the client's report language, as Report settings sets it
    with tempfile.TemporaryDirectory() as scratch:
        pdf = Path(scratch) / "visit-de.pdf"
        reports.visit_report(ws, row.id, pdf)
        subprocess.run(["pdftoppm", "-r", "70", "-f", "1", "-l", "2", "-png", str(pdf), str(Path(scratch) / "p")],
                       check=True, timeout=120)  # fmt: skip
        paths = []
        for n, page in enumerate(sorted(Path(scratch).glob("p-*.png")), start=1):
            target = out / f"report_visit_de_{n}.png"
            target.write_bytes(page.read_bytes())
            paths.append(target)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--profile", type=Path, help="a demo profile to use (default: a new one in a scratch folder)")
    args = parser.parse_args()
    make_application()
    with tempfile.TemporaryDirectory() as scratch:
        ws = Workspace.open(Profile((args.profile or Path(scratch) / "demo").resolve()), log_to_file=False)
        if not ws.visit_rows():
            create_demo(ws)
        args.out.mkdir(parents=True, exist_ok=True)
        for path in polish_screens(ws, args.out) + german_report(ws, args.out):
            print(path)
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
