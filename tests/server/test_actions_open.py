"""Publishing opens a visit's actions once, for its location's managers; the next visit says held or recurred."""

from __future__ import annotations

import datetime as dt

from server.action_support import FAILS_TWO, FIXED_ONE, add_riverside, publish, set_rules
from server.harness import Firm, today
from server.portal_support import Signed
from sqlalchemy import func, select, update

from mystery_shop.domain.actions import Status
from mystery_shop.server.models import Record
from mystery_shop.server.portal import action_store, index
from mystery_shop.server.portal.models import PortalAction, PortalActionEntry

PA = PortalAction


def actions(firm: Firm) -> dict[str, PortalAction]:
    index.catch_up(firm.server.db)
    with firm.server.db.read() as s:
        rows = list(s.scalars(select(PA)))
        s.expunge_all()
    return {a.id: a for a in rows}


def test_publishing_opens_each_finding_once_and_the_next_visit_judges_them(firm: Firm, signed: Signed) -> None:
    set_rules(firm)
    riverside = add_riverside(firm)
    first = publish(firm, signed, firm.location_id, today() - dt.timedelta(days=20), FAILS_TWO)
    got = actions(firm)
    assert sorted(got) == [f"{first}:q:greeted", f"{first}:q:wait"]
    greeted, wait = got[f"{first}:q:greeted"], got[f"{first}:q:wait"]
    assert greeted.critical and greeted.due_at - greeted.opened_at == dt.timedelta(days=2)
    assert not wait.critical and wait.due_at - wait.opened_at == dt.timedelta(days=7)
    assert greeted.title == "Were you greeted?" and greeted.status == Status.OPEN.value
    with firm.server.db.read() as s:
        assert action_store.owners_of(s, firm.client_id, firm.location_id) == [firm.users["stan"]]
        assert action_store.owners_of(s, firm.client_id, riverside) == [firm.users["rita"]]

    # Catching up again, a rebuilt index and the same publication seen twice open nothing new.
    index.reindex(firm.server.db)
    with firm.server.db.write() as s:
        assert action_store.open_for(s, [first, first]) == 0
        assert s.scalar(select(func.count()).select_from(PortalActionEntry)) == 2
    assert sorted(actions(firm)) == sorted(got)

    # Another store's failures are that store's.
    other = publish(firm, signed, riverside, today() - dt.timedelta(days=15), FAILS_TWO)
    assert {a.location_id for a in actions(firm).values() if a.visit_id == other} == {riverside}

    # The next visit at High Street greets (held) but keeps people waiting (recurred, a new action linked).
    second = publish(firm, signed, firm.location_id, today() - dt.timedelta(days=10), FIXED_ONE)
    got = actions(firm)
    assert got[f"{first}:q:greeted"].outcome == "held"
    assert got[f"{first}:q:wait"].outcome == "recurred"
    assert sorted(a for a in got if a.startswith(second)) == [f"{second}:q:wait"]
    assert got[f"{second}:q:wait"].recurs == f"{first}:q:wait"
    assert got[f"{other}:q:wait"].outcome is None  # Riverside's are not judged by High Street's visit


def test_a_revised_report_without_the_finding_withdraws_its_action(firm: Firm, signed: Signed) -> None:
    set_rules(firm)
    vid = publish(firm, signed, firm.location_id, today() - dt.timedelta(days=5), FAILS_TWO)
    assert len(actions(firm)) == 2
    with firm.server.db.write() as s:  # as an upheld appeal's revision would leave it: the wait was 20 s
        rec = s.scalars(select(Record).where(Record.kind == "answer", Record.visit_id == vid)).all()
        for r in rec:
            if r.data.get("question_id") == "wait":
                s.execute(update(Record).where(Record.kind == "answer", Record.id == r.id).values(
                    data={**r.data, "value": 20}))  # fmt: skip
        assert action_store.open_for(s, [vid]) == 0
    got = actions(firm)
    assert got[f"{vid}:q:wait"].status == Status.WITHDRAWN.value
    assert got[f"{vid}:q:greeted"].status == Status.OPEN.value


def test_no_rules_no_actions(firm: Firm, signed: Signed) -> None:
    publish(firm, signed, firm.location_id, today() - dt.timedelta(days=5), FAILS_TWO)
    assert actions(firm) == {}
