"""A load of the quality checks reads only the visits that changed since the last load (issue 32): the judged
visits' records are kept per workspace, each with a stamp of its row, answers and photos; a changed answer,
a new submit or a visit sent back is seen at the next load, and what did not change is not read again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import event, update

from mystery_shop.domain.workflow import Role
from mystery_shop.services.profile import Profile
from mystery_shop.services.quality import all_checks, load_visits
from mystery_shop.services.workspace import Workspace
from mystery_shop.store import models as m
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
checks:
  - id: explain-failures
    comment_on_fail: {min_words: 3}
"""
DAY = dt.date(2026, 11, 2)


@pytest.fixture
def ws(tmp_path: Path):  # type: ignore[no-untyped-def]
    w = Workspace.open(Profile(tmp_path / "p"), log_to_file=False)
    client = w.add_client("Acme")
    w.test_places = [w.add_location(client.id, f"Store {i}").id for i in range(3)]  # type: ignore[attr-defined]
    w.test_auditor = w.add_person("zoe", "Zoë", Role.AUDITOR).id  # type: ignore[attr-defined]
    w.add_form_source(FORM)
    yield w
    w.close()


def submit(ws: Workspace, place: int, greeted: str, explain: str = "") -> str:
    vid = ws.create_visit("desk", ws.test_places[place], DAY, auditor_id=ws.test_auditor)  # type: ignore[attr-defined]
    ed = ws.open_visit(vid)
    ed.set_answers({"greeted": greeted})
    ed.sign(SIGNATURE, "Zoë")
    ed.submit(explain)
    return vid


def answer_reads(ws: Workspace) -> list[str]:
    """The statements that read answer rows (not their stamps), as the store runs them."""
    seen: list[str] = []

    @event.listens_for(ws.engine, "before_cursor_execute")
    def spy(_conn, _cursor, statement, *_a) -> None:  # type: ignore[no-untyped-def]
        if "answers.value" in statement:
            seen.append(statement)

    return seen


def test_a_reload_reads_only_what_changed(ws: Workspace) -> None:
    ok = submit(ws, 0, "yes")
    failed = submit(ws, 1, "no", explain="Nobody at the desk.")
    first = {lv.record.id: lv for lv in load_visits(ws)}
    assert [c.code.value for c in first[failed].own] == ["comment-missing"]

    reads = answer_reads(ws)
    again = {lv.record.id: lv for lv in load_visits(ws)}
    assert reads == [] and all(again[k] is first[k] for k in first)  # nothing changed: nothing re-read

    with ws.sessions.begin() as s:  # the comment the check asked for, added (as a sync would)
        s.execute(update(m.Answer).where(m.Answer.visit_id == failed).values(comment="Nobody was at the desk", rev=1))
    third = {lv.record.id: lv for lv in load_visits(ws)}
    assert len(reads) == 1 and third[ok] is first[ok]
    assert third[failed].own == () and third[failed].record.comments == {"greeted": "Nobody was at the desk"}

    newer = submit(ws, 2, "yes")
    assert set(all_checks(ws)) == {ok, failed, newer}
    with ws.sessions.begin() as s:  # sent back to its auditor: no longer judged
        s.execute(update(m.Visit).where(m.Visit.id == ok).values(status="draft"))
    assert set(all_checks(ws)) == {failed, newer}


def test_a_photo_deleted_is_seen(ws: Workspace) -> None:
    vid = submit(ws, 0, "yes")
    with ws.sessions.begin() as s:
        s.add(m.Photo(id="p1", visit_id=vid, section_id="desk", sha256="a" * 64))
    assert load_visits(ws)[0].record.photos == frozenset({"a" * 64})
    with ws.sessions.begin() as s:
        s.execute(update(m.Photo).where(m.Photo.id == "p1").values(deleted=True))
    assert load_visits(ws)[0].record.photos == frozenset()
