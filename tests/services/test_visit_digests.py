"""Visit digests in the store: written with the approval, recomputed when missing or stale
(never trusted), and what the period figures are made of, without reading an answer."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, event, select, update

from mystery_shop.domain.digest import FORMAT, VisitDigest, digest_visit
from mystery_shop.domain.figures import period_figures
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.services import review
from mystery_shop.services.period import load_period
from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace
from mystery_shop.store import models as m
from mystery_shop.store.db import alembic_config
from support.images import SIGNATURE
from support.workspaces import make_workspace

START, END = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
VALUES: list[dict[str, Any]] = [
    {"greeted": "yes", "wait": 20, "mood": 5, "staff_name": "Ann"},
    {"greeted": "no", "wait": 45, "mood": 2},
    {"greeted": "yes", "wait": 75, "mood": 4},
]


def approved(ws: Workspace, location_id: str, day: dt.date, values: dict[str, Any]) -> str:
    visit_id = ws.create_visit("shop", location_id, day)
    ed = ws.open_visit(visit_id)
    ed.set_answers(values)
    ed.sign(SIGNATURE, "Zoë")
    with ws.sessions.begin() as s:
        s.add(m.Photo(visit_id=visit_id, section_id="greeting", sha256="0" * 64))
    ed.submit()
    review.approve(ws.open_visit(visit_id))
    return visit_id


@pytest.fixture
def ws(tmp_path: Path):  # type: ignore[no-untyped-def]
    ws, draft = make_workspace(tmp_path, day=dt.date(2026, 11, 20))  # one draft visit, never reported
    ws.open_visit(draft).set_answers({"greeted": "yes"})
    high = ws.locations()[0]
    station = ws.add_location(high.client_id, "Station")
    for i, values in enumerate(VALUES):
        approved(ws, (high if i % 2 else station).id, dt.date(2026, 3, 1 + i), values)
    yield ws
    ws.close()


def digests(ws: Workspace) -> dict[str, m.VisitDigest]:
    with ws.sessions() as s:
        return {d.visit_id: d for d in s.scalars(select(m.VisitDigest))}


def expected(ws: Workspace):  # type: ignore[no-untyped-def]
    """The figures the direct way: every reported visit scored from its answers."""
    return period_figures([v.facts for v in load_period(ws, "Acme", START, END).visits])


def same(a, b) -> bool:  # type: ignore[no-untyped-def]
    return all(getattr(a, k) == getattr(b, k) for k in ("totals", "by_location", "heat_map", "by_stage", "most_failed"))


def test_approval_writes_the_digest(ws: Workspace) -> None:
    period = load_period(ws, "Acme", START, END)
    kept = digests(ws)
    assert set(kept) == {v.visit_id for v in period.visits}  # the three approved ones, not the draft
    for v in period.visits:
        row = kept[v.visit_id]
        assert (row.form_id, row.form_version, row.format) == ("shop", 1, FORMAT)
        facts = v.facts
        assert row.data == digest_visit(facts.form, facts.answers).to_json()
    with ws.sessions() as s:
        audit = s.scalars(select(m.AuditEntry).where(m.AuditEntry.to_status == "approved")).all()
    assert len(audit) == 3


def test_figures_come_from_the_digests_without_reading_an_answer(ws: Workspace) -> None:
    want = expected(ws)
    statements: list[str] = []
    listen = lambda conn, cursor, statement, *a: statements.append(statement)  # noqa: E731
    event.listen(ws.engine, "before_cursor_execute", listen)
    try:
        period = load_period(ws, "Acme", START, END)
        got = period.figures()
    finally:
        event.remove(ws.engine, "before_cursor_execute", listen)
    assert same(got, want)
    assert got.totals is not None and got.totals.count == 3
    assert sum("FROM visits" in st for st in statements) == 1  # the visits with their digests, in one query
    assert not any("answers" in st or "score_overrides" in st for st in statements)
    # the answers are still there for whoever asks (the export), read for the whole period at once
    assert period.visits[0].facts.answers.values["greeted"] == "yes"


def test_a_missing_digest_is_computed_and_kept(ws: Workspace) -> None:
    # as a sync or an older version of the app leaves approved visits
    with ws.sessions.begin() as s:
        s.execute(delete(m.VisitDigest))
    want = expected(ws)
    assert len(digests(ws)) == 3
    assert same(load_period(ws, "Acme", START, END).figures(), want)


@pytest.mark.parametrize(
    "stale",
    [
        {"format": FORMAT - 1},  # written by an older layout
        {"form_version": 99},  # of another version of the form
    ],
)
def test_a_stale_digest_is_recomputed_never_trusted(ws: Workspace, stale: dict[str, Any]) -> None:
    want = expected(ws)
    bogus = VisitDigest("0", ",", "", "", "", "uuuu", ",,,", "").to_json()
    victim = next(iter(digests(ws)))
    with ws.sessions.begin() as s:
        s.execute(update(m.VisitDigest).where(m.VisitDigest.visit_id == victim).values(data=bogus, **stale))
    assert same(load_period(ws, "Acme", START, END).figures(), want)
    row = digests(ws)[victim]
    assert (row.format, row.form_version) == (FORMAT, 1) and row.data != bogus


def test_a_changed_answer_or_override_drops_the_digest_whoever_writes_it(ws: Workspace) -> None:
    kept = digests(ws)
    period = load_period(ws, "Acme", START, END)
    first, second, third = (v.visit_id for v in period.visits)
    assert period.figures().totals.max == 100  # type: ignore[union-attr]
    with ws.engine.begin() as c:  # as sync applies the server's records: plain SQL, no service
        c.exec_driver_sql("UPDATE answers SET comment = 'noted', rev = 7 WHERE visit_id = ?", (third,))  # no score
        c.exec_driver_sql("UPDATE answers SET value = value WHERE visit_id = ?", (third,))  # the same again
        c.exec_driver_sql(
            "UPDATE answers SET value = '\"no\"' WHERE visit_id = ? AND question_id = 'greeted'", (first,)
        )
        c.exec_driver_sql(
            "INSERT INTO score_overrides (id, rev, updated_at, visit_id, question_id, points, reason, author_id,"
            " created_at) VALUES ('o1', 0, '2026-03-09 10:00:00', ?, 'mood', '4', 'generous', ?,"
            " '2026-03-09 10:00:00')",
            (second, ws.me.id),
        )
    left = digests(ws)
    assert set(left) == {third}
    assert left[third].data == kept[third].data
    got = load_period(ws, "Acme", START, END).figures()
    assert same(got, expected(ws))
    # "greeted" is critical for its section: now "no", the greeting earns 0 of 9, mood 4 of 4
    assert got.visits[0].score.section("greeting").score == 0
    assert got.visits[0].score.total == Fraction(400, 13)
    assert set(digests(ws)) == {first, second, third}


def test_visits_under_way_are_digested_but_not_kept(ws: Workspace) -> None:
    period = load_period(ws, "Acme", dt.date(2026, 11, 1), END, states=[VisitStatus.DRAFT])
    [draft] = period.visits
    assert draft.scored.score.total is not None
    assert period.figures().totals.count == 1  # type: ignore[union-attr]
    assert draft.visit_id not in digests(ws)


def test_a_database_from_before_digests_gets_them(ws: Workspace, tmp_path: Path) -> None:
    from alembic import command

    want = expected(ws)
    with ws.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0002")
        assert conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE name LIKE 'visit_digests%'").all() == []
    ws.close()
    older = Workspace.open(Profile(tmp_path), log_to_file=False)  # migrates to the head again
    try:
        assert digests(older) == {}
        assert same(load_period(older, "Acme", START, END).figures(), want)
        assert len(digests(older)) == 3
    finally:
        older.close()
