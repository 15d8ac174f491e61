"""Conformance of every declared record kind (domain.kinds, issue 29): one declaration drives the wire, the
laptop's tables, the server's handlers and the outbox; every kind round-trips through push and pull on SQLite and
PostgreSQL; and its rules refuse the same bad values in the app and on the server."""

from __future__ import annotations

import uuid
from fractions import Fraction
from typing import Any

import pytest
from server.harness import Firm, today
from sqlalchemy import select

from mystery_shop.domain.actions import ActionRules
from mystery_shop.domain.kinds import KINDS
from mystery_shop.server import appeals as server_appeals
from mystery_shop.server.push import HANDLERS
from mystery_shop.server.records import Writer
from mystery_shop.services import appeals, review
from mystery_shop.services.action_rules import set_action_rules
from mystery_shop.services.outbox import record_change
from mystery_shop.services.photos import add_files
from mystery_shop.services.profile import Profile
from mystery_shop.services.report_signing import load_signing
from mystery_shop.services.rows import ServiceError
from mystery_shop.store import models as m
from mystery_shop.sync import protocol
from mystery_shop.sync.local import SENT, TABLES, LocalStore, to_json
from support.images import SIGNATURE, upright
from support.keys import FIRM_PASSPHRASE
from support.workspaces import FORM, make_workspace


def test_one_declaration_drives_the_wire_the_tables_the_handlers_and_the_outbox(tmp_path: Any) -> None:
    assert set(protocol.KINDS) == set(KINDS) == set(HANDLERS) == set(TABLES) == set(protocol.FIELDS)
    for name, kind in KINDS.items():
        assert protocol.FIELDS[name] == frozenset(kind.fields)
        assert TABLES[name].name == kind.table
        assert SENT[name] == {f for f, spec in kind.fields.items() if not spec.server}
        table = TABLES[name]
        for field, spec in kind.fields.items():
            column = table.c.get(field)
            length = getattr(column.type, "length", None) if column is not None else None
            if length and spec.type in ("text", "id") and not spec.server:
                # A value the server takes always fits the laptop's column.
                assert spec.max_len <= length, (name, field, spec.max_len, length)
    assert protocol.PUSH_ONLY_KINDS == ("report",)

    ws, _ = make_workspace(tmp_path / "p")
    try:
        with ws.sessions.begin() as s, pytest.raises(ValueError, match="no synced fields colour"):
            record_change(s, "client", "c1", {"name": "x", "colour": "red"})
    finally:
        ws.close()


def _round_trip_world(firm: Firm, laptop: Any, tmp_path: Any, key: Any) -> tuple[Any, Any, str]:
    ada = laptop("ada")
    assert ada.sync().exit_code == 0
    client = ada.ws.add_client("Initech", "de")
    location = ada.ws.add_location(client.id, "Kiosk", "3 Square", 48.1, 11.5, "Europe/Berlin")
    form = ada.ws.add_form_source(FORM.replace("id: shop", "id: kiosk", 1))
    set_action_rules(ada.ws, client.id, form.form_id, ActionRules(section_below=Fraction(80), due_days=5))
    vid = ada.ws.create_visit(form.form_id, location.id, today())
    ed = ada.ws.open_visit(vid)
    for q, v in (("greeted", "yes"), ("wait", 20), ("staff_name", "Sam"), ("mood", 3)):
        ed.set_answer(q, v)
    picture = tmp_path / "door.jpg"
    upright().save(picture)
    assert add_files(ed, "greeting", [picture])[0].status == "added"
    ed = ada.ws.open_visit(vid)
    ed.sign(SIGNATURE, "Ada")
    ed.submit()
    ed = ada.ws.open_visit(vid)
    review.add_comment(ed, "mood", "check")
    review.override_score(ed, "mood", 2, "the mood was poor")
    review.approve(ed)
    review.publish(ada.ws.open_visit(vid), sign=load_signing(key, FIRM_PASSPHRASE))
    report = ada.sync()
    assert report.exit_code == 0 and not report.issues, [i.line() for i in report.issues]
    # An appeal filed on the portal (the server writes it), the auditor's account asked for, a decision.
    with firm.server.db.write() as s:
        w = Writer(s)
        appeal = server_appeals.file(w, w.get("visit", vid), firm.users["carl"], "mood", "other", "It was fine.", [])  # type: ignore[arg-type]
        w.finish()
    assert ada.sync().exit_code == 0
    appeals.ask_auditor(ada.ws, appeal.id, "Your account, please.")
    appeals.decline(ada.ws, appeal.id, "The override stands.")
    report = ada.sync()
    assert report.exit_code == 0 and not report.issues, [i.line() for i in report.issues]
    other = laptop("ada", "ada-2")
    assert other.sync().exit_code == 0
    return ada, other, vid


def test_every_kind_round_trips_through_push_and_pull(firm: Firm, laptop: Any, tmp_path: Any, firm_p12: Any) -> None:
    ada, other, vid = _round_trip_world(firm, laptop, tmp_path, firm_p12)
    seen: set[str] = set()
    for name, kind in KINDS.items():
        if not kind.pulled or name == "person":
            continue
        table = TABLES[name]
        columns = [c for c in kind.fields if c in table.c and c not in ("score_total", "grade", "complete")]

        def rows(device: Any, table: Any = table, form: bool = name == "form") -> dict[str, Any]:
            q = select(table) if form else select(table).where(table.c.rev > 0)  # forms have no revision here
            with device.ws.sessions() as s:
                found = [dict(r) for r in s.execute(q).mappings()]
            return {f"{r['form_id']}@{r['version']}" if form else r["id"]: r for r in found}

        mine, theirs = rows(ada), rows(other)
        for rid, row in theirs.items():
            if rid in mine:
                seen.add(name)
                for c in columns:
                    assert to_json(row[c]) == to_json(mine[rid][c]), (name, c)
    # Every kind a laptop pushes and pulls made the trip.
    assert seen == {name for name, k in KINDS.items() if k.pulled and k.pushed} | {"appeal"}  # (the server's)
    # The scores agree: each side scored the visit from the same answers and override.
    with ada.ws.sessions() as s, other.ws.sessions() as t:
        assert s.get(m.Visit, vid).score_total == t.get(m.Visit, vid).score_total is not None  # type: ignore[union-attr]


BAD = [
    ("client", {"name": "ACME"}, "add_client", ("ACME",)),  # "Acme" exists: unique ignoring case
    ("client", {"name": "Zed", "language": "tlh"}, "add_client", ("Zed", "tlh")),
    ("location", {"name": "Far", "latitude": 91.0, "longitude": 0.0}, "add_location", ("Far", "", 91.0, 0.0)),
    ("location", {"name": "Half", "latitude": 50.0}, "add_location", ("Half", "", 50.0, None)),
    ("location", {"name": "Zone", "time_zone": "Mars/X"}, "add_location", ("Zone", "", None, None, "Mars/X")),
    ("location", {"name": "HIGH STREET"}, "add_location", ("HIGH STREET",)),  # the firm's "High Street"
]


@pytest.mark.parametrize(("kind", "data", "method", "args"), BAD, ids=[f"{k}-{d}"[:40] for k, d, _, _ in BAD])
def test_the_rules_refuse_the_same_values_in_the_app_and_on_the_server(
    firm: Firm, laptop: Any, kind: str, data: dict[str, Any], method: str, args: tuple[Any, ...]
) -> None:
    ada = laptop("ada")
    assert ada.sync().exit_code == 0
    # The app refuses it before anything is queued.
    call = getattr(ada.ws, method)
    with pytest.raises(ServiceError):
        call(*((firm.client_id, *args) if kind == "location" else args))
    # The server refuses it when it is pushed anyway.
    body = {"client_id": firm.client_id, **data} if kind == "location" else data
    live = firm.server
    with live.http(live.token("ada")) as c:
        op = {"op": str(uuid.uuid4()), "kind": kind, "id": str(uuid.uuid4()), "base_rev": 0, "data": body}
        r = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [op]}).json()
    result = r["results"][0]
    assert result["status"] in ("rejected", "conflict") and result["code"] in (409, 422), result


def test_a_pulled_record_takes_over_a_local_one_with_its_natural_key_ignoring_case(tmp_path: Any) -> None:
    """The laptop's apply is driven by the declaration's natural key and references: a pulled "ACME" is the local
    "Acme" (the server keeps names unique ignoring case), and the local one's locations follow it."""
    ws, _ = make_workspace(tmp_path / "p")
    acme = next(c for c in ws.clients() if c.name == "Acme")
    location = next(loc for loc in ws.locations() if loc.client_id == acme.id)
    ws.close()
    store = LocalStore(Profile(tmp_path / "p").database)
    try:
        server_id = str(uuid.uuid4())
        pulled = protocol.Change(kind="client", id=server_id, rev=3, seq=1, data={"name": "ACME", "archived": False,
                                                                                  "language": None})  # fmt: skip
        store.apply_page([pulled], 1)
        with store.engine.connect() as conn:
            clients = conn.execute(select(m.Client.id, m.Client.name)).all()
            moved = conn.scalar(select(m.Location.client_id).where(m.Location.id == location.id))
        assert clients == [(server_id, "ACME")] and moved == server_id
    finally:
        store.close()
