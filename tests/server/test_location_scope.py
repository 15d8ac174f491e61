"""A client account scoped to some locations: set by the admin commands, refused when it names what is not there."""

from __future__ import annotations

from pathlib import Path

import pytest
from server.harness import PASSWORD, Firm

from mystery_shop.domain.access import LocationScope, location_names
from mystery_shop.domain.workflow import Role
from mystery_shop.server import admin


def test_the_rule() -> None:
    head_office = LocationScope("acme")
    store = LocationScope("acme", frozenset({"high-street"}))
    assert head_office.sees("acme", "anywhere") and head_office.whole_client
    assert store.sees("acme", "high-street") and not store.sees("acme", "riverside")
    assert not store.sees("globex", "high-street") and not head_office.sees("globex", "x")
    assert not LocationScope(None).sees(None, None)
    assert location_names(" High Street ; ;high street;Riverside") == ["High Street", "Riverside"]


def test_users_add_and_locations_commands(firm: Firm, tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mystery_shop.cli import main

    live = firm.server
    store = ["--data", str(live.config.data_dir), "--db", live.config.url]
    admin.import_locations(live.db, "client,name\nAcme,Riverside\n")
    monkeypatch.setenv("PW", PASSWORD)
    add = ["server", *store, "users", "add", "--password-env", "PW", "--role", "client", "--client", "Acme"]
    assert main([*add, "stan", "--locations", "high street;Riverside"]) == 0
    assert main([*add, "nina", "--locations", "Nowhere;Riverside"]) == 1
    assert "no location called 'Nowhere'" in capsys.readouterr().err
    assert main([*add, "nina", "--locations", "Main Road"]) == 1  # Globex's, not Acme's
    assert main(["server", *store, "users", "add", "--password-env", "PW", "--role", "supervisor", "--client",
                 "Acme", "sam", "--locations", "Riverside"]) == 1  # fmt: skip
    assert "--locations is for client users" in capsys.readouterr().err
    assert main(["server", *store, "users", "list"]) == 0
    out = capsys.readouterr().out
    assert "locations" in out.splitlines()[0]
    assert "High Street;Riverside" in next(line for line in out.splitlines() if line.startswith("stan"))
    assert main(["server", *store, "users", "locations", "stan", "Riverside"]) == 0
    assert _scope(firm, "stan") == 1
    assert main(["server", *store, "users", "locations", "stan", "--clear"]) == 0
    assert _scope(firm, "stan") is None
    assert main(["server", *store, "users", "locations", "sue", "Riverside"]) == 1
    assert "only client users have locations" in capsys.readouterr().err
    assert main(["server", *store, "users", "locations", "stan"]) == 1  # neither names nor --clear


def _scope(firm: Firm, username: str) -> int | None:
    from sqlalchemy import select

    from mystery_shop.server.models import User

    with firm.server.db.read() as s:
        places = s.scalar(select(User.locations).where(User.username == username))
    return None if places is None else len(places)


def test_admin_refuses_an_empty_list(firm: Firm) -> None:
    with pytest.raises(admin.AdminError, match="at least one location"):
        admin.add_user(firm.server.db, "stan", PASSWORD, Role.CLIENT, client="Acme", locations=" ; ")
