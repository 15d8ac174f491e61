"""The dashboard of one client over 20,000 approved visits, beside floors taken in the same run (issue 7).

1. Old floor: score every visit, ``domain.figures.period_figures`` over the
   visits' facts (answers) already in memory: what the figures cost before
   visits kept digests.
2. New floor: ``domain.figures.aggregate`` over the visits' digests in memory.
3. The first load of a profile whose visits have no digests yet (made here in
   bulk, as an older version or a sync would leave them): every digest computed
   and stored, once. An approval writes its visit's digest as it happens.
4. The service path the dashboard calls: ``services.period.load_period`` (one
   query for the visits and their digests) then the figures.
5. The dashboard opened: the window shown (the period loads on the thread
   pool), then every panel filled and painted (goal: under 1 s).

    .venv/bin/python benchmarks/dashboard.py [--visits N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import fields
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert

from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.services.demo import demo_answer
from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace
from mystery_shop.store import models as m

FORMS = Path(__file__).resolve().parent.parent / "forms"
START, END = dt.date(2026, 1, 1), dt.date(2026, 12, 31)


def make_profile(root: Path, n: int) -> None:
    """One client, 25 stores, ``n`` approved retail visits with full answers, written in bulk."""
    ws = Workspace.open(Profile(root), log_to_file=False)
    row = ws.import_form(FORMS / "retail-store-visit.yaml")
    form = ws.form(row.form_id, row.version)
    client = ws.add_client("Northwind Outfitters")
    stores = [ws.add_location(client.id, f"Store {i:02d}") for i in range(25)]
    rng = random.Random(7)
    now = dt.datetime.now(dt.UTC)
    visits, answers = [], []
    for i in range(n):
        vid = str(uuid.uuid4())
        store = stores[i % len(stores)]
        skill = 0.55 + 0.4 * ((i % len(stores)) / len(stores))
        visits.append(
            {
                "id": vid,
                "rev": 0,
                "updated_at": now,
                "form_id": form.id,
                "form_version": form.version,
                "location_id": store.id,
                "auditor_id": ws.me.id,
                "scheduled_date": START + dt.timedelta(days=i % 365),
                "scenario": "",
                "status": VisitStatus.APPROVED.value,
                "created_at": now,
                "complete": True,
            }
        )
        for q in form.questions():
            value = demo_answer(q, skill, rng)
            if value is not None:
                answers.append(
                    {"id": str(uuid.uuid4()), "rev": 0, "updated_at": now, "visit_id": vid, "question_id": q.id,
                     "value": value, "na": False, "comment": ""}
                )  # fmt: skip
    with ws.sessions.begin() as s:
        s.execute(insert(m.Visit), visits)
        s.execute(insert(m.Answer), answers)
    ws.close()


def timed(fn, runs: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def floors(period, runs: int) -> tuple[float, float, object]:  # type: ignore[no-untyped-def]
    """Scoring every visit (the answers in memory) and adding up the digests (in memory): the same figures."""
    from mystery_shop.domain.figures import aggregate, period_figures

    facts = [v.facts for v in period.visits]
    scored = [v.scored for v in period.visits]
    floor, figures = timed(lambda: period_figures(facts), runs)
    new_floor, digested = timed(lambda: aggregate(scored), runs)
    for name in (f.name for f in fields(figures) if f.name != "visits"):  # type: ignore[arg-type]
        old, new = getattr(figures, name), getattr(digested, name)  # the same values, and in the same order
        assert old == new, name
        assert not isinstance(old, dict) or list(old.items()) == list(new.items()), name
    return floor, new_floor, figures.totals  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--visits", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="ms-dashboard-bench-"))
    t0 = time.perf_counter()
    make_profile(root, args.visits)
    print(f"profile with {args.visits:,} approved visits of one client made in {time.perf_counter() - t0:.1f} s")

    from PySide6.QtCore import QEventLoop

    from mystery_shop.services.period import load_period
    from mystery_shop.ui.app import make_application
    from mystery_shop.ui.dashboard.dashboard import Dashboard

    app = make_application([])
    ws = Workspace.open(Profile(root), log_to_file=False)
    t0 = time.perf_counter()
    period = load_period(ws, "Northwind Outfitters", START, END)
    first = time.perf_counter() - t0
    floor, new_floor, totals = floors(period, args.runs)
    service, _ = timed(lambda: load_period(ws, "Northwind Outfitters", START, END).figures(), args.runs)
    client_id, n = period.client_id, len(period.visits)
    del period  # and its answers: an app holds none in memory while its dashboard opens

    def open_dashboard() -> tuple[float, float, Dashboard]:
        """The window shown (the period loads off the UI thread), then every panel filled and painted."""
        t0 = time.perf_counter()
        d = Dashboard(ws, client_id=client_id, start=START, end=END)
        d.resize(1400, 900)
        d.show()
        app.processEvents()
        shown = time.perf_counter() - t0
        loop = QEventLoop()
        d.sig_loaded.connect(loop.quit)
        if d.figures is None:
            loop.exec()
        d.grab()  # paint every panel
        return shown, time.perf_counter() - t0, d

    runs = [open_dashboard() for _ in range(args.runs)]
    shown = statistics.median(r[0] for r in runs)
    filled = statistics.median(r[1] for r in runs)
    dashboard = runs[-1][2]
    assert dashboard.figures is not None
    assert dashboard.figures.totals == totals
    print(f"first load: {n:,} digests computed and stored in {first:.1f} s (once)")
    print(f"dashboard of one client, {n:,} visits (median of {args.runs})")
    print(f"  old floor: score every visit (period_figures):    {floor * 1000:7.0f} ms")
    print(
        f"  new floor: aggregate the digests (in memory):     {new_floor * 1000:7.0f} ms"
        f"   = {new_floor / floor:5.3f}x old floor (identical figures)"
    )
    print(f"  load_period + figures (the service path):         {service * 1000:7.0f} ms   = {service / floor:5.3f}x")
    print(f"  dashboard window shown (loading behind):          {shown * 1000:7.0f} ms")
    print(
        f"  dashboard filled and painted:                     {filled * 1000:7.0f} ms   = {filled / floor:5.3f}x"
        f"   goal < 1000 ms  -> {'OK' if filled < 1 else 'MISSED'}"
    )
    ws.close()


if __name__ == "__main__":
    sys.exit(main())
