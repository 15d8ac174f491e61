"""A client's report language travels with it through the server, which takes only the shipped languages."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from server.harness import Firm, Laptop


def _push_client(c, rid: str, **data: object) -> dict:  # type: ignore[no-untyped-def,type-arg]
    change = {"op": str(uuid.uuid4()), "kind": "client", "id": rid, "base_rev": 0, "data": {"name": "Bäckerei", **data}}
    r = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [change]})
    assert r.status_code == 200, r.text
    return r.json()["results"][0]


@pytest.mark.parametrize("language", ["tlh", 7, ["de"]])
def test_a_language_not_shipped_is_refused(firm: Firm, language: object) -> None:
    live = firm.server
    with live.http(live.token("ada")) as c:
        result = _push_client(c, str(uuid.uuid4()), language=language)
        assert result["status"] == "rejected" and result["code"] == 422, result
        # The app's own words (domain.catalogue), or the declared type's (domain.kinds) for a value not a text.
        assert "Reports are written in en, pl, de, fr, es" in result["reason"] or (
            "language must be a text" in result["reason"] and not isinstance(language, str)
        )
        assert _push_client(c, str(uuid.uuid4()), language="pl")["status"] == "applied"


def test_the_language_set_on_one_laptop_reaches_the_others(firm: Firm, tmp_path: Path) -> None:
    sue = Laptop(tmp_path / "sue", firm.server, "sue")
    alice = Laptop(tmp_path / "alice", firm.server, "alice")
    try:
        sue.sync()
        client = sue.ws.clients()[0]
        sue.ws.update_client(client.id, language="pl")
        assert sue.sync().exit_code == 0
        alice.sync()
        assert alice.ws.client_language(client.id) == "pl"  # her reports for this client are in Polish too
        sue.ws.update_client(client.id, language=None)
        assert sue.sync().exit_code == 0
        alice.sync()
        assert alice.ws.client_language(client.id) == "en"
    finally:
        sue.close()
        alice.close()
