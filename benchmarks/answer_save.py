"""Time for one answer to be durably saved, beside its floor.

The app's path: ``VisitEditor.set_answer`` (normalise, rescore, upsert the
answer, update the visit's score, queue the outbox entry, commit with
synchronous=FULL). The floor: a raw sqlite3 upsert and commit on the same
database with the same pragmas. Goal (issue 3): median under 5 ms and under
3x the floor.

    .venv/bin/python benchmarks/answer_save.py [--saves N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace

FORM = "\n".join(
    ["id: bench", "version: 1", "title: Bench", "sections:", "  - id: s", "    title: S", "    questions:"]
    + [f"      - {{id: q{i}, text: Question {i}, type: scale, points: 2}}" for i in range(100)]
)


def measure(saves: int) -> dict[str, float]:
    root = Path(tempfile.mkdtemp(prefix="ms-bench-"))
    ws = Workspace.open(Profile(root), log_to_file=False)
    client = ws.add_client("Bench")
    loc = ws.add_location(client.id, "Here")
    ws.add_form_source(FORM)
    visit_id = ws.create_visit("bench", loc.id, dt.date.today())
    editor = ws.open_visit(visit_id)

    app: list[float] = []
    for n in range(saves):
        t0 = time.perf_counter()
        editor.set_answer(f"q{n % 100}", 1 + n % 5)
        app.append(time.perf_counter() - t0)

    con = sqlite3.connect(ws.profile.database, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        con.execute(f"PRAGMA {pragma}")
    floor: list[float] = []
    for n in range(saves):
        t0 = time.perf_counter()
        con.execute("BEGIN")
        con.execute(
            "INSERT INTO answers (id, rev, updated_at, visit_id, question_id, value, na, comment)"
            " VALUES (?, 0, ?, ?, ?, ?, 0, '')"
            " ON CONFLICT (visit_id, question_id)"
            " DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (f"raw-{n % 100}", dt.datetime.now(dt.UTC).isoformat(), visit_id, f"q{n % 100}", json.dumps(1 + n % 5)),
        )
        con.execute("COMMIT")
        floor.append(time.perf_counter() - t0)
    con.close()
    ws.close()
    return {"app": statistics.median(app), "floor": statistics.median(floor)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--saves", type=int, default=300)
    args = parser.parse_args()
    r = measure(args.saves)
    ratio = r["app"] / r["floor"]
    ok = r["app"] < 0.005 and ratio < 3
    print(f"durable answer save, median of {args.saves}")
    print(f"  floor (raw sqlite3 upsert + commit): {r['floor'] * 1000:6.2f} ms")
    print(
        f"  VisitEditor.set_answer:              {r['app'] * 1000:6.2f} ms   = {ratio:4.1f}x floor"
        f"   goal < 5 ms and < 3x  -> {'OK' if ok else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
