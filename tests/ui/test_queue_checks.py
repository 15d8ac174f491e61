"""The review queue with quality checks (issue 32): each visit's checks shown, the riskiest first, and
"Approve clean visits…" approving only the selected visits no check stands against, each with its audit entry."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from mystery_shop.cli import main
from mystery_shop.domain.workflow import Role, VisitStatus
from mystery_shop.services.profile import Profile
from mystery_shop.services.review_queue import review_queue
from mystery_shop.services.workspace import Workspace
from mystery_shop.store import models as m
from mystery_shop.ui.models.review_queue import COLUMNS
from mystery_shop.ui.review.queue import ReviewQueue
from support.images import SIGNATURE

FORM = """\
id: desk
version: 1
title: Desk visit
sections:
  - id: desk
    title: Desk
    questions:
      - {id: greeted, text: "Were you greeted?", type: yes_no, points: 2}
      - {id: mood, text: Mood, type: scale, points: 4}
checks:
  - id: explain-failures
    comment_on_fail: {min_words: 3}
"""
DAY = dt.date(2026, 11, 2)


def _visit(ws: Workspace, location_id: str, day: dt.date, auditor_id: str, values: dict, explain: str = "") -> str:  # type: ignore[type-arg]
    visit_id = ws.create_visit("desk", location_id, day, auditor_id=auditor_id)
    ed = ws.open_visit(visit_id)
    ed.set_answers(values)
    ed.sign(SIGNATURE, "Zoë")
    ed.submit(explain)
    start = dt.datetime.combine(day, dt.time(10), tzinfo=dt.UTC)  # as long as a real visit: not too fast
    with ws.sessions.begin() as s:
        s.execute(
            update(m.Visit)
            .where(m.Visit.id == visit_id)
            .values(started_at=start, finished_at=start + dt.timedelta(minutes=25))
        )
    return visit_id


@pytest.fixture
def queue(tmp_path: Path):  # type: ignore[no-untyped-def]
    ws = Workspace.open(Profile(tmp_path / "p"), log_to_file=False)
    client = ws.add_client("Acme")
    high = ws.add_location(client.id, "High Street")
    mall = ws.add_location(client.id, "Mall")
    park = ws.add_location(client.id, "Park")
    zoe = ws.add_person("zoe", "Zoë", Role.AUDITOR)
    tom = ws.add_person("tom", "Tomasz", Role.AUDITOR)
    ws.add_form_source(FORM)
    clean = _visit(ws, high.id, DAY, zoe.id, {"greeted": "yes", "mood": 5})
    warned = _visit(ws, mall.id, DAY, tom.id, {"greeted": "no", "mood": 5}, explain="The desk was empty.")
    repeat = _visit(ws, high.id, DAY + dt.timedelta(days=10), zoe.id, {"greeted": "yes", "mood": 4})
    also_clean = _visit(ws, park.id, DAY, tom.id, {"greeted": "yes", "mood": 3})
    yield ws, {"clean": clean, "warned": warned, "repeat": repeat, "also_clean": also_clean}
    ws.close()


def test_the_queue_lists_checks_riskiest_first(queue) -> None:  # type: ignore[no-untyped-def]
    ws, ids = queue
    rows = review_queue(ws)
    by_id = {r.id: r for r in rows}
    assert [c.code.value for c in by_id[ids["warned"]].checks] == ["comment-missing"]
    assert [c.code.value for c in by_id[ids["repeat"]].checks] == ["repeat-visit"]
    assert by_id[ids["clean"]].checks == () and by_id[ids["also_clean"]].checks == ()
    assert {r.id for r in rows[:2]} == {ids["warned"], ids["repeat"]}


def test_approve_clean_visits_leaves_the_flagged_ones(qtbot, queue, recorded) -> None:  # type: ignore[no-untyped-def]
    ws, ids = queue
    q = ReviewQueue(ws)
    qtbot.addWidget(q)
    q.show()
    col = COLUMNS.index("checks")
    first = q.proxy.index(0, col).data()
    assert first.startswith("⚠ 1: ")  # the riskiest row first
    texts = {q.proxy.index(r, col).data() for r in range(q.proxy.rowCount())}
    assert texts == {"⚠ 1: Comment missing", "⚠ 1: Repeat visit", "✓ none"}
    tip = next(q.proxy.index(r, col).data(Qt.ItemDataRole.ToolTipRole) for r in range(q.proxy.rowCount())
               if "Comment" in q.proxy.index(r, col).data())  # fmt: skip
    assert "explain why in a comment of at least 3 words" in tip

    q.table.selectAll()
    with qtbot.waitSignal(q.sig_visits_approved) as approved:
        qtbot.mouseClick(q.approve_clean_button, Qt.MouseButton.LeftButton)
    assert sorted(approved.args[0]) == sorted([ids["clean"], ids["also_clean"]])
    assert recorded.errors[-1][1] == "Approved 2; 2 left for reading."
    for name, status in [("clean", VisitStatus.APPROVED), ("also_clean", VisitStatus.APPROVED),
                         ("warned", VisitStatus.SUBMITTED), ("repeat", VisitStatus.SUBMITTED)]:  # fmt: skip
        ed = ws.open_visit(ids[name])
        assert ed.header.status is status, name
        if status is VisitStatus.APPROVED:
            assert [a.to_status for a in ed.audit_trail() if a.kind == "transition"][-1] == "approved"
    assert q.model.rowCount() == 2  # the queue refreshed: the flagged two are waiting


def test_review_queue_json_lists_the_checks(queue, capsys) -> None:  # type: ignore[no-untyped-def]
    ws, ids = queue
    root = str(ws.profile.root)
    code = main(["review", "queue", "--json", "--profile", root])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    by_id = {d["id"]: d for d in data}
    assert by_id[ids["warned"]]["checks"] == [
        {"code": "comment-missing", "severity": "warning", "question": "greeted",
         "message": "It earned nothing: explain why in a comment of at least 3 words."}
    ]  # fmt: skip
    assert by_id[ids["clean"]]["checks"] == [] and by_id[ids["warned"]]["risk"] == 1
    code = main(["visits", "show", ids["repeat"], "--json", "--profile", root])
    shown = json.loads(capsys.readouterr().out)
    assert [c["code"] for c in shown["checks"]] == ["repeat-visit"]


def test_the_review_screen_lists_the_checks_beside_the_answers(qtbot, queue, recorded) -> None:  # type: ignore[no-untyped-def]
    from mystery_shop.ui.review.review_window import ReviewWindow

    ws, ids = queue
    w = ReviewWindow(ws, ids["warned"])
    qtbot.addWidget(w)
    w.show()
    note = w.questions["greeted"].check_note
    assert note.isVisible() and "at least 3 words" in note.text()
    assert not w.questions["mood"].check_note.isVisible()
    assert [b.text().split(":")[0] for b in w.check_links] == ["⚠ Comment missing (greeted)"]
    qtbot.mouseClick(w.check_links[0], Qt.MouseButton.LeftButton)
    assert any(a.detail == "The desk was empty." for a in w.editor.audit_trail())  # the auditor's explanation
    clean = ReviewWindow(ws, ids["clean"])
    qtbot.addWidget(clean)
    assert clean.check_links == []
    assert recorded.errors == []
