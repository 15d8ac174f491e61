"""The one write path: the check refuses before anything is written, the audit entry and the outbox entry
commit with the change or not at all, and the hub hears what changed only after a commit."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from mystery_shop.domain.workflow import Action, Role, VisitStatus, decide
from mystery_shop.services.changes import Changes, acting_for
from mystery_shop.services.rows import ServiceError
from mystery_shop.services.unit_of_work import unit_of_work
from mystery_shop.store import models as m
from support.workspaces import make_workspace


@pytest.fixture
def ws_visit(tmp_path: Path):
    ws, visit_id = make_workspace(tmp_path)
    yield ws, visit_id
    ws.close()


def _counts(ws) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with ws.sessions() as s:
        return s.scalar(select(func.count()).select_from(m.AuditEntry)), s.scalar(
            select(func.count()).select_from(m.OutboxEntry)
        )


def _write(ws, check, body) -> None:  # type: ignore[no-untyped-def]
    with unit_of_work(ws, check) as w:
        body(w)


def test_a_write_commits_its_audit_and_outbox_entries_and_tells_what_changed(ws_visit) -> None:
    ws, visit_id = ws_visit
    heard: list[tuple[Changes, object]] = []
    ws.changes.subscribe(lambda changes, origin: heard.append((changes, origin)))
    before = _counts(ws)
    screen = object()
    with (
        acting_for(screen),
        unit_of_work(ws, decide(Role.SUPERVISOR, Action.COMMENT, VisitStatus.SUBMITTED, own=True)) as w,
    ):
        c = m.ReviewComment(visit_id=visit_id, question_id=None, author_id=ws.me.id, text="ok")
        w.s.add(c)
        w.s.flush()
        w.audit(visit_id, "comment", "visit: ok")
        w.record("review_comment", c.id, {"visit_id": visit_id, "question_id": None, "text": "ok"})
        assert heard == [], "told only after the commit"
    # the comment's record and its audit entry (a comment's line syncs to every trail: AUDIT_EVENTS)
    assert _counts(ws) == (before[0] + 1, before[1] + 2)
    assert heard == [(Changes(visits=frozenset({visit_id})), screen)]
    with ws.sessions() as s:
        entry = s.scalars(select(m.AuditEntry).where(m.AuditEntry.kind == "comment")).one()
        assert (entry.actor_id, entry.detail) == (ws.me.id, "visit: ok")


def test_a_refused_check_writes_nothing_and_a_failed_write_tells_nothing(ws_visit) -> None:
    ws, visit_id = ws_visit
    heard: list[Changes] = []
    stop = ws.changes.subscribe(lambda changes, _origin: heard.append(changes))
    before = _counts(ws)
    refused = decide(Role.AUDITOR, Action.APPROVE, VisitStatus.SUBMITTED, own=True)
    with pytest.raises(ServiceError, match="Only a supervisor may approve a visit"):
        _write(ws, refused, lambda _w: pytest.fail("the block must not run"))

    def fail(w) -> None:  # type: ignore[no-untyped-def]
        w.audit(visit_id, "comment", "lost")
        w.record("client", "c-new", {"name": "Lost"})
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        _write(ws, None, fail)
    assert _counts(ws) == before
    assert heard == []
    with unit_of_work(ws) as w:
        w.record("client", "c-new", {"name": "Kept"})
    assert heard == [Changes(catalogue=True)]
    stop()
    with unit_of_work(ws) as w:
        w.record("client", "c-other", {"name": "Unheard"})
    assert len(heard) == 1


def test_the_answer_path_runs_on_its_plain_connection(ws_visit) -> None:
    ws, visit_id = ws_visit
    heard: list[Changes] = []
    ws.changes.subscribe(lambda changes, _origin: heard.append(changes))
    ws.open_visit(visit_id).set_answer("greeted", "yes")
    assert heard == [Changes(visits=frozenset({visit_id}))]


def test_the_workflow_actions_return_what_they_changed(ws_visit) -> None:
    from mystery_shop.services import review
    from support.images import SIGNATURE

    ws, visit_id = ws_visit
    this = Changes(visits=frozenset({visit_id}))
    ed = ws.open_visit(visit_id)
    ed.set_answers({"greeted": "yes", "wait": 10, "mood": 4})
    assert ed.sign(SIGNATURE, "Zoë") == this
    with ws.sessions.begin() as s:
        s.add(m.Photo(visit_id=visit_id, section_id="greeting", sha256="0" * 64))
    assert ed.submit() == this
    assert review.add_comment(ed, None, "Fine") == this
    assert review.approve(ed) == this
