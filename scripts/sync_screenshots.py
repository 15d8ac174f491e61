"""Render the sync screens to PNG from a real sync: a server on loopback, a supervisor, an auditor's laptops.

    .venv/bin/python scripts/sync_screenshots.py --out docs/img

The story behind the pictures: Irina (supervisor) plans visits for Zoë; Zoë
signs in on this laptop, fills and submits some; her tablet answers one
question first, and submits a draft that Irina then approves while this
laptop is offline. When it comes back, one change is a conflict and one is
refused, and the panel says why. Writes sync_main_window.png,
sync_sign_in.png, sync_sign_in_error.png, sync_refusals.png, sync_refused.png
and sync_status_offline.png.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MYSTERY_SHOP_TOKEN_STORE"] = "file"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the test harness's loopback server

from PySide6.QtCore import QThreadPool, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget
from server.harness import PASSWORD, Laptop, LiveServer

from mystery_shop.domain.workflow import Role
from mystery_shop.formats import parse_form
from mystery_shop.server import admin
from mystery_shop.server.config import ServerConfig
from mystery_shop.services import review
from mystery_shop.services.demo import demo_answer
from mystery_shop.services.demo_photos import demo_photo
from mystery_shop.services.photos import add_files
from mystery_shop.services.profile import Profile
from mystery_shop.services.signature_art import signature_png
from mystery_shop.services.workspace import Workspace
from mystery_shop.ui.app import build_main_window, make_application
from mystery_shop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
STORES = [
    ("Oxford Street", "214 Oxford St, London", 51.5154, -0.1419),
    ("Covent Garden", "12 Long Acre, London", 51.5125, -0.1240),
    ("Kensington", "90 High St Kensington, London", 51.5010, -0.1925),
    ("Manchester Arndale", "Market St, Manchester", 53.4834, -2.2400),
    ("Leeds Trinity", "27 Albion St, Leeds", 53.7960, -1.5449),
    ("Bristol Cabot Circus", "Glass Walk, Bristol", 51.4585, -2.5850),
]


def _quiet(mode: object, context: object, message: str) -> None:
    if "propagateSizeHints" not in message and "does not support raise" not in message:
        sys.stderr.write(message + "\n")


def grab(widget: QWidget, path: Path) -> Path:
    widget.show()
    for _ in range(8):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(f"wrote {path}")
    return path


def wait(condition, timeout_s: float = 30) -> None:  # type: ignore[no-untyped-def]
    import time

    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise RuntimeError("timed out waiting for the app")
        QApplication.processEvents()
        time.sleep(0.01)


def setup_firm(server: LiveServer) -> str:
    db = server.db
    admin.add_client(db, "Northwind Outfitters")
    rows = "".join(f'Northwind Outfitters,{n},"{a}",{lat},{lon}\n' for n, a, lat, lon in STORES)
    admin.import_locations(db, "client,name,address,latitude,longitude\n" + rows)
    source = (ROOT / "forms" / "retail-store-visit.yaml").read_text(encoding="utf-8")
    form = parse_form(source)
    admin.publish_form(db, form.id, form.version, form.title, source)
    admin.add_user(db, "irina", PASSWORD, Role.SUPERVISOR, client="Northwind Outfitters", display_name="Irina Sokolova")
    admin.add_user(db, "zoe", PASSWORD, Role.AUDITOR, display_name="Zoë Ångström")
    admin.add_user(db, "tomasz", PASSWORD, Role.AUDITOR, display_name="Tomasz Wiśniewski")
    return "retail-store-visit"


def fill(ws: Workspace, visit_id: str, rng: random.Random, folder: Path, *, share: float = 1.0) -> None:
    ed = ws.open_visit(visit_id)
    questions = ed.form.questions()
    values = {q.id: demo_answer(q, 0.85, rng) for q in questions[: max(1, int(len(questions) * share))]}
    ed.set_answers({k: v for k, v in values.items() if v is not None})
    h = ed.header
    for section in ed.form.sections:
        for i in range(section.photos.min):
            path = demo_photo(folder / f"{visit_id[:6]}-{section.id}-{i}.jpg", rng, f"{h.location} · {section.title}",
                              h.scheduled_date, h.latitude, h.longitude)  # fmt: skip
            add_files(ed, section.id, [path])


def submit(ws: Workspace, visit_id: str, name: str) -> None:
    ed = ws.open_visit(visit_id)
    ed.sign(signature_png(name), name)
    ed.submit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    qInstallMessageHandler(_quiet)
    app = make_application([])
    with tempfile.TemporaryDirectory(prefix="ms-sync-shots-") as tmp:
        run(app, Path(tmp), args.out)


def run(app: QApplication, tmp: Path, out: Path) -> None:
    rng = random.Random(11)
    photos = tmp / "photos"
    photos.mkdir()
    server = LiveServer(ServerConfig(tmp / "server", f"sqlite:///{tmp / 'server.db'}"))
    server.start()
    try:
        form = setup_firm(server)
        irina = Laptop(tmp / "irina", server, "irina", "irina-laptop")
        irina.sync()
        locations = {loc.name: loc.id for loc in irina.ws.locations()}
        zoe_id = next(p.id for p in irina.ws.people() if p.username == "zoe")
        tomasz_id = next(p.id for p in irina.ws.people() if p.username == "tomasz")
        today = dt.date.today()
        planned = []
        for i, (store, *_rest) in enumerate(STORES):
            when = today + dt.timedelta(days=i - 4)
            who = zoe_id if i != 3 else tomasz_id
            planned.append(irina.ws.create_visit(form, locations[store], when, auditor_id=who,
                                                 due_date=when + dt.timedelta(days=5),
                                                 scenario="Ask for a gift around £60; pay by card."))  # fmt: skip
        irina.sync()

        # This laptop: Zoë signs in through the dialog, as she would.
        ws = Workspace.open(Profile(tmp / "zoe-laptop"), log_to_file=False)
        window: MainWindow = build_main_window(ws)
        window.resize(1280, 720)
        window.show()
        c = window.sync.controller
        dialog = window.sync.sign_in()
        dialog.server.setText(server.url)
        dialog.user.setText("zoe")
        dialog.password.setText("not my password")
        dialog.sign_in()
        wait(lambda: not dialog.busy)
        grab(dialog, out / "sync_sign_in_error.png")
        dialog.password.setText(PASSWORD)
        dialog.show_error("")
        grab(dialog, out / "sync_sign_in.png")
        dialog.sign_in()
        wait(lambda: c.report is not None and not c.running)

        here = {r.id for r in ws.visit_rows()}
        mine = [v for v in planned if v in here]
        first, second, third, fourth = mine[:4]
        for v in (first, second):
            fill(ws, v, rng, photos)
            submit(ws, v, "Zoë Ångström")
        fill(ws, third, rng, photos)
        fill(ws, fourth, rng, photos, share=0.5)
        wait(lambda: (c.refresh(quiet=True), c.status.pending == 0 and not c.running and not c.soon.isActive())[1])

        irina.sync()
        review.approve(irina.ws.open_visit(first))
        review.return_visit(irina.ws.open_visit(second), "The photo of the fitting rooms is missing.")
        irina.sync()

        # Zoë's tablet gets to two things first while this laptop is offline.
        window.sync.stop()
        tablet = Laptop(tmp / "zoe-tablet", server, "zoe", "zoe-tablet")
        tablet.sync()
        question = tablet.ws.open_visit(fourth).form.questions()[0]
        tablet.ws.open_visit(fourth).set_answer(question.id, demo_answer(question, 0.1, random.Random(3)))
        last = tablet.ws.open_visit(third).form.questions()[-1]
        tablet.ws.open_visit(third).set_answer(last.id, demo_answer(last, 0.9, random.Random(5)))
        submit(tablet.ws, third, "Zoë Ångström")
        tablet.sync()
        irina.sync()
        review.approve(irina.ws.open_visit(third))
        irina.sync()
        ed = ws.open_visit(fourth)
        ed.set_answer(question.id, demo_answer(question, 1.0, random.Random(4)))
        late = ws.open_visit(third)
        late.set_comment(late.form.questions()[2].id, "The fitting rooms were closed for cleaning.")

        server.stop()  # offline for a moment: the status bar says so
        c.retry = type(c.retry)(attempts=1)
        c.start()
        wait(lambda: c.state == "offline")
        window.sync.widget.update_view()
        grab(window.statusBar(), out / "sync_status_offline.png")

        server.start()
        c.sync_now()
        wait(lambda: not c.running and c.state == "ok")
        window.sync.stop()
        fill(ws, mine[4] if len(mine) > 4 else fourth, rng, photos, share=0.3)  # one more visit waiting
        c.refresh()
        window.sync.widget.update_view()
        grab(window, out / "sync_main_window.png")

        panel = window.sync.show_refusals()
        panel.resize(980, 560)
        conflict = next(i for i in range(panel.model.rowCount()) if panel.model.row_at(i).status == "conflict")
        panel.list.setCurrentIndex(panel.model.index(conflict, 0))
        grab(panel, out / "sync_refusals.png")
        refused = next(i for i in range(panel.model.rowCount()) if panel.model.row_at(i).status == "rejected")
        panel.list.setCurrentIndex(panel.model.index(refused, 0))
        grab(panel, out / "sync_refused.png")
        panel.close()
        window.close()
        QThreadPool.globalInstance().waitForDone(20_000)
        irina.close()
        tablet.close()
        ws.close()
    finally:
        server.stop()
        server.db.dispose()


if __name__ == "__main__":
    main()
