"""Nothing an auditor enters is lost: kill the writer with SIGKILL at random moments.

A child process writes answers through the same service the visit screen uses
and prints each one after it was reported saved; the parent kills it at a
random moment, many times. Afterwards the database passes integrity_check and
every answer reported saved is there (the value, or a later one).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace
from support.workspaces import make_workspace

NUMBERS = "\n".join(f"      - {{id: n{i}, text: Count {i}, type: number}}" for i in range(20))
FORM = f"""\
id: counts
version: 1
title: Counts
sections:
  - id: s
    title: Counting
    questions:
{NUMBERS}
"""
CHILD = Path(__file__).with_name("durability_child.py")
ROUNDS = 25


def _stored(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {q: int(v) for q, v in con.execute("SELECT question_id, json_extract(value, '$') FROM answers")}
    finally:
        con.close()


def test_answers_survive_sigkill(tmp_path: Path) -> None:
    ws, visit_id = make_workspace(tmp_path, form=FORM)
    ws.close()
    rng = random.Random(2026)
    reported: dict[str, int] = {}
    counter = 0
    total_reported = 0
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for _ in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(tmp_path), visit_id, str(counter)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        for line in out.splitlines():
            qid, value = line.split()
            reported[qid] = int(value)
            counter = max(counter, int(value) + 1)
            total_reported += 1
        counter += 1000  # the next child's values are all newer than anything before

        stored = _stored(Profile(tmp_path).database)
        for qid, value in reported.items():
            assert stored.get(qid, -1) >= value, f"{qid}={value} was reported saved but is lost"
    assert total_reported > ROUNDS, "the children wrote too little for the test to mean anything"

    # The app still opens the profile and sees the newest answers.
    ws = Workspace.open(Profile(tmp_path), log_to_file=False)
    editor = ws.open_visit(visit_id)
    for qid, value in reported.items():
        assert editor.answers.values[qid] >= value
    ws.close()
