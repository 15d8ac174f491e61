"""The quality checks across visits over 10,000 visits, beside reading the same answers from the store (issue 32).

The demo profile scaled: 3 clients, 800 stores, 60 auditors, the retail form with its checks, 10,000
submitted visits with answers, a comment on every failed question, a photo each and real visit times,
written in bulk. Measured in the same run:

1. Floor: reading the answers, comments and photos of those visits from the store (one raw query each).
2. ``services.quality.load_visits``: the same read, turned into the records the checks take (and each
   visit's own form checks): the first load, a reload with nothing changed, a reload after one change
   (a reload reads only the visits whose stamp moved).
3. ``domain.cross_checks.cross_visit_checks`` over those records (goal: under 1 s), and ``all_checks`` on
   a reload: what the review queue pays each time it is shown (goal: under 1 s).

    .venv/bin/python benchmarks/cross_checks.py [--visits N] [--runs R]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

from sqlalchemy import insert, text

from mystery_shop.domain.answers import Answers
from mystery_shop.domain.cross_checks import cross_visit_checks
from mystery_shop.domain.scoring import QuestionState, score_visit
from mystery_shop.domain.workflow import Role, VisitStatus
from mystery_shop.services.demo import demo_answer
from mystery_shop.services.profile import Profile
from mystery_shop.services.quality import all_checks, client_settings, load_visits
from mystery_shop.services.workspace import Workspace
from mystery_shop.store import models as m

FORMS = Path(__file__).resolve().parent.parent / "forms"
START = dt.date(2026, 1, 1)
COMMENTS = ["Nobody at the door when I came in", "Shelves half empty near the till", "Queue of six, one till open",
            "Staff member on the phone throughout", "Fitting room floor untidy"]  # fmt: skip


def make_profile(root: Path, n: int) -> Workspace:
    ws = Workspace.open(Profile(root), log_to_file=False)
    row = ws.import_form(FORMS / "retail-store-visit.yaml")
    form = ws.form(row.form_id, row.version)
    clients = [ws.add_client(name) for name in ("Northwind", "Contoso", "Fabrikam")]
    stores = [ws.add_location(clients[i % 3].id, f"Store {i:03d}") for i in range(800)]
    auditors = [ws.add_person(f"aud{i}", f"Auditor {i}", Role.AUDITOR) for i in range(60)]
    rng = random.Random(11)
    now = dt.datetime.now(dt.UTC)
    visits, answers, photos = [], [], []
    for _ in range(n):
        vid = str(uuid.uuid4())
        skill = 0.5 + 0.45 * rng.random()
        day = START + dt.timedelta(days=rng.randrange(365))
        start = dt.datetime.combine(day, dt.time(10), tzinfo=dt.UTC) + dt.timedelta(minutes=rng.randrange(480))
        values = {q.id: v for q in form.questions() if (v := demo_answer(q, skill, rng)) is not None}
        score = score_visit(form, Answers(values), detail=True)
        assert score.questions is not None
        visits.append({"id": vid, "rev": 0, "updated_at": now, "form_id": form.id, "form_version": form.version,
                       "location_id": stores[rng.randrange(len(stores))].id,
                       "auditor_id": auditors[rng.randrange(len(auditors))].id, "scheduled_date": day, "scenario": "",
                       "status": VisitStatus.SUBMITTED.value, "created_at": now, "complete": score.complete,
                       "score_total": None if score.total is None else float(score.total),
                       "started_at": start,
                       "finished_at": start + dt.timedelta(minutes=rng.randrange(8, 40))})  # fmt: skip
        for qid, value in values.items():
            r = score.questions[qid]
            failed = r.state is QuestionState.ANSWERED and r.possible > 0 and r.earned == 0
            comment = f"{rng.choice(COMMENTS)} ({rng.randrange(10**6)})" if failed and rng.random() < 0.99 else ""
            answers.append({"id": str(uuid.uuid4()), "rev": 0, "updated_at": now, "visit_id": vid,
                            "question_id": qid, "value": value, "na": False, "comment": comment})  # fmt: skip
        photos.append({"id": str(uuid.uuid4()), "rev": 0, "updated_at": now, "visit_id": vid,
                       "section_id": form.sections[0].id, "sha256": f"{rng.getrandbits(256):064x}"})  # fmt: skip
    with ws.sessions.begin() as s:
        s.execute(insert(m.Visit), visits)
        s.execute(insert(m.Answer), answers)
        s.execute(insert(m.Photo), photos)
    return ws


def timed(fn, runs: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def raw_read(ws: Workspace) -> int:
    with ws.engine.connect() as conn:
        rows = conn.execute(text("SELECT visit_id, question_id, value, na, comment FROM answers")).all()
        rows += conn.execute(text("SELECT visit_id, sha256, section_id FROM photos WHERE deleted = 0")).all()
        rows += conn.execute(text("SELECT id, location_id, auditor_id, scheduled_date FROM visits")).all()
    return len(rows)


def touch_one(ws: Workspace) -> None:
    """Change one judged visit's answer comment, as a sync bringing a supervisor's note would."""
    with ws.engine.begin() as conn:
        conn.execute(text("UPDATE answers SET comment = comment || '.', rev = rev + 1 WHERE id = "
                          "(SELECT min(id) FROM answers)"))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--visits", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ms-bench-") as tmp:
        t0 = time.perf_counter()
        ws = make_profile(Path(tmp), args.visits)
        print(f"made {args.visits} visits in {time.perf_counter() - t0:.1f} s")
        floor, _ = timed(lambda: raw_read(ws), args.runs)
        t0 = time.perf_counter()
        loaded = load_visits(ws)  # the first load of a session reads every judged visit
        cold = time.perf_counter() - t0
        warm, _ = timed(lambda: load_visits(ws), args.runs)  # a reload: nothing changed
        one, _ = timed(lambda: (touch_one(ws), load_visits(ws)), args.runs)  # a reload after one visit changed
        records = [lv.record for lv in loaded]
        settings = client_settings(ws)
        cross, found = timed(lambda: cross_visit_checks(records, settings), args.runs)
        queue, _ = timed(lambda: all_checks(ws), args.runs)  # what the review queue pays on a reload
        counts = Counter(c.code.value for cs in found.values() for c in cs)  # type: ignore[attr-defined]
        ws.close()
    print(f"baseline: read the answers from the store (raw):  {floor * 1000:8.1f} ms")
    print(f"load_visits, first load (every visit):            {cold * 1000:8.1f} ms")
    print(f"load_visits, reload (nothing changed):            {warm * 1000:8.1f} ms")
    print(f"load_visits, reload (one visit changed):          {one * 1000:8.1f} ms")
    print(f"cross-visit checks over {len(records)} visits:          {cross * 1000:8.1f} ms  (goal < 1000 ms)")
    print(f"the queue's checks on a reload (load + all):      {queue * 1000:8.1f} ms  (goal < 1000 ms)")
    print(f"ratio checks / raw read: {cross / floor:.2f}   queue reload / raw read: {queue / floor:.2f}")
    print("fired: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
