"""The auditor's app, measured beside floors taken in the same run (issue 3).

1. Launch to the main window shown on a 10,000-visit profile, in a fresh
   process, beside a bare PySide6 QMainWindow launched the same way
   (goal: under 1.5 s and under 2x the floor).
2. One answer durably saved (benchmarks/answer_save.py; goal: median under
   5 ms and under 3x a raw sqlite3 upsert + commit).
3. Filter and search over 10,000 visits through the list's proxy (goal: under 50 ms).

    .venv/bin/python benchmarks/app.py [--visits N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

import answer_save
from sqlalchemy import insert

from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace
from mystery_shop.store import models as m

SHOW_APP = """
import os, sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace
from mystery_shop.ui.app import build_main_window, make_application
app = make_application([])
from pathlib import Path
ws = Workspace.open(Profile(Path(sys.argv[1])), log_to_file=False)
w = build_main_window(ws)
w.show()
while not w.isVisible() or not w.windowHandle().isExposed():
    app.processEvents()
app.processEvents()
print(time.perf_counter() - t0, w.model.rowCount())
"""

SHOW_BARE = """
import time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.show()
while not w.windowHandle().isExposed():
    app.processEvents()
app.processEvents()
print(time.perf_counter() - t0, 0)
"""


def make_profile(root: Path, n: int) -> None:
    """A profile with ``n`` visits, written in bulk (the demo path would take minutes)."""
    ws = Workspace.open(Profile(root), log_to_file=False)
    forms = sorted((Path(__file__).parent.parent / "forms").glob("*.yaml"))
    form_rows = [ws.import_form(f) for f in forms]
    locations = []
    for c in range(5):
        client = ws.add_client(f"Client {c}")
        locations += [ws.add_location(client.id, f"Store {c}-{i}") for i in range(20)]
    rng = random.Random(1)
    statuses = ["draft", "submitted", "returned", "approved", "published"]
    now = dt.datetime.now(dt.UTC)
    rows = []
    for i in range(n):
        f = form_rows[i % len(form_rows)]
        total = rng.uniform(30, 100)
        rows.append(
            {
                "id": str(uuid.uuid4()),
                "rev": 0,
                "updated_at": now,
                "form_id": f.form_id,
                "form_version": f.version,
                "location_id": locations[i % len(locations)].id,
                "auditor_id": ws.me.id,
                "scheduled_date": dt.date(2026, 1, 1) + dt.timedelta(days=i % 320),
                "scenario": "",
                "status": statuses[i % 5],
                "created_at": now,
                "score_total": total,
                "grade": "Good" if total > 75 else "Fair",
                "complete": True,
            }
        )
    with ws.sessions.begin() as s:
        s.execute(insert(m.Visit), rows)
    ws.close()


def launch(code: str, profile: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code, str(profile)], capture_output=True, text=True, check=True)
        times.append(float(out.stdout.split()[0]))
    return statistics.median(times)


def filter_times(profile: Path) -> tuple[float, float]:
    from mystery_shop.domain.workflow import VisitStatus
    from mystery_shop.ui.app import make_application
    from mystery_shop.ui.models.visits import VisitFilter, VisitsModel

    make_application([])
    ws = Workspace.open(Profile(profile), log_to_file=False)
    model = VisitsModel(ws.visit_rows())
    proxy = VisitFilter()
    proxy.setSourceModel(model)
    worst_filter = worst_search = 0.0
    for status in (VisitStatus.APPROVED, None, VisitStatus.DRAFT, None):
        t0 = time.perf_counter()
        proxy.set_filters(status=status)
        proxy.rowCount()
        worst_filter = max(worst_filter, time.perf_counter() - t0)
    for text in ("s", "store 3", "store 3-1", "client 2 fair", ""):
        t0 = time.perf_counter()
        proxy.set_search(text)
        proxy.rowCount()
        worst_search = max(worst_search, time.perf_counter() - t0)
    ws.close()
    return worst_filter, worst_search


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--visits", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    profile = Path(tempfile.mkdtemp(prefix="ms-app-bench-"))
    make_profile(profile, args.visits)

    app = launch(SHOW_APP, profile, args.runs)
    bare = launch(SHOW_BARE, profile, args.runs)
    ok = app < 1.5 and app / bare < 2
    print(f"launch to main window shown, {args.visits:,} visits (median of {args.runs}, fresh processes)")
    print(f"  floor (bare QMainWindow): {bare * 1000:7.0f} ms")
    print(
        f"  mystery-shop main window: {app * 1000:7.0f} ms   = {app / bare:4.2f}x floor"
        f"   goal < 1500 ms and < 2x  -> {'OK' if ok else 'MISSED'}"
    )

    save = answer_save.measure(300)
    ratio = save["app"] / save["floor"]
    print("durable answer save (median of 300)")
    print(f"  floor (raw sqlite3 upsert + commit): {save['floor'] * 1000:6.2f} ms")
    print(
        f"  VisitEditor.set_answer:              {save['app'] * 1000:6.2f} ms   = {ratio:4.1f}x floor"
        f"   goal < 5 ms and < 3x  -> {'OK' if save['app'] < 0.005 and ratio < 3 else 'MISSED'}"
    )

    worst_filter, worst_search = filter_times(profile)
    print(f"filter / search over {args.visits:,} visits (worst case)")
    print(
        f"  status filter: {worst_filter * 1000:6.1f} ms   text search: {worst_search * 1000:6.1f} ms"
        f"   goal < 50 ms  -> {'OK' if max(worst_filter, worst_search) < 0.05 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
