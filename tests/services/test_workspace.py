"""The catalog (clients, locations, forms), visit listing and the schema migrations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from mystery_shop.formats import FormError
from mystery_shop.services.profile import Profile
from mystery_shop.services.rows import ServiceError
from mystery_shop.services.workspace import Workspace
from mystery_shop.store.db import HEAD, alembic_config, current_revision
from support.workspaces import FORM, make_workspace


def test_head_constant_matches_the_migration_scripts() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD


def test_new_profile_is_migrated_and_durable(tmp_path: Path) -> None:
    ws = Workspace.open(Profile(tmp_path), log_to_file=False)
    engine = ws.sessions.kw["bind"]
    assert current_revision(engine) == HEAD
    with engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    ws.close()


def test_clients_and_locations(tmp_path: Path) -> None:
    ws = Workspace.open(Profile(tmp_path), log_to_file=False)
    acme = ws.add_client("Acme")
    with pytest.raises(ServiceError, match="already a client"):
        ws.add_client("Acme")
    with pytest.raises(ServiceError, match="needs a name"):
        ws.add_client("  ")
    loc = ws.add_location(acme.id, "Łódź", "ul. Piotrkowska 1", 51.77, 19.46)
    with pytest.raises(ServiceError, match="both latitude and longitude"):
        ws.add_location(acme.id, "Half", latitude=1.0)
    with pytest.raises(ServiceError, match="Latitude"):
        ws.add_location(acme.id, "Pole", latitude=91.0, longitude=0.0)
    ws.update_location(loc.id, address="ul. Piotrkowska 2")
    assert ws.locations(acme.id)[0].address == "ul. Piotrkowska 2"
    ws.update_client(acme.id, archived=True)
    assert ws.clients() == []
    assert ws.clients(include_archived=True)[0].archived
    assert ws.find_location("łódź").id == loc.id
    assert ws.find_location("Acme / Łódź").id == loc.id
    with pytest.raises(ServiceError, match="No location"):
        ws.find_location("Paris")


def test_forms_versions_are_immutable(tmp_path: Path) -> None:
    ws, _ = make_workspace(tmp_path)
    ws.add_form_source(FORM)  # the same text again is fine
    with pytest.raises(ServiceError, match="higher version"):
        ws.add_form_source(FORM.replace("Shop visit", "Shop visit (edited)"))
    ws.add_form_source(FORM.replace("version: 1", "version: 2").replace("Shop visit", "Shop visit v2"))
    assert [(f.form_id, f.version, f.title) for f in ws.forms()] == [("shop", 2, "Shop visit v2")]
    with pytest.raises(FormError) as err:
        ws.add_form_source("id: Bad\nversion: 1\ntitle: x\nsections: []\n", "bad.yaml")
    assert str(err.value).startswith("bad.yaml:1: id:")


def test_visit_rows_and_old_form_versions(tmp_path: Path) -> None:
    ws, first = make_workspace(tmp_path, day=dt.date(2026, 11, 20))
    ws.add_form_source(FORM.replace("version: 1", "version: 2"))
    loc = ws.locations()[0]
    second = ws.create_visit("shop", loc.id, dt.date(2026, 11, 21))
    rows = {r.id: r for r in ws.visit_rows()}
    assert rows[first].form_version == 1 and rows[second].form_version == 2
    assert [r.id for r in ws.visit_rows()] == [second, first]  # newest first
    assert [r.id for r in ws.visit_rows(ids={first})] == [first]  # a drill-down's visits only
    assert ws.visit_rows(ids=[]) == []
    assert ws.open_visit(first).form.version == 1
    assert ws.resolve_visit_id(first[:8]) == first
    with pytest.raises(ServiceError):
        ws.resolve_visit_id("abc")
