"""The server's epoch (server/identity.py): the same across restarts, new when its history went back."""

from __future__ import annotations

import json

from server.harness import Firm

from mystery_shop.server import identity


def _epoch(firm: Firm) -> str:
    live = firm.server
    with live.http(live.token("alice")) as c:
        page = c.get("/sync/changes", params={"since": 0}).json()
        summary = c.get("/sync/summary").json()
        push = c.post("/sync/push", json={"device": "d", "batch": "6f1c3f5e-52a4-4c39-9d61-8f0a3c1d2e7b",
                                          "changes": []}).json()  # fmt: skip
    assert page["epoch"] == summary["epoch"] == push["epoch"] and len(page["epoch"]) == 32
    return str(page["epoch"])


def test_the_epoch_stays_across_restarts_and_changes_when_a_cursor_is_ahead(firm: Firm) -> None:
    live = firm.server
    first = _epoch(firm)
    live.restart()
    assert _epoch(firm) == first  # a restart is not a new history: no laptop reconciles for nothing
    with live.http(live.token("alice")) as c:
        top = c.get("/sync/changes", params={"since": 0}).json()["next"]
        assert c.get("/sync/changes", params={"since": top + 50}).status_code == 410
    second = _epoch(firm)
    assert second != first  # the server forgot writes a laptop saw: every laptop reconciles
    live.restart()
    assert _epoch(firm) == second


def test_a_side_file_from_a_history_the_database_never_had_draws_a_new_epoch(firm: Firm) -> None:
    live = firm.server
    first = _epoch(firm)
    live.stop()
    side = live.config.data_dir / identity.SIDE_FILE
    side.write_text(json.dumps({"epoch": "f" * 32, "seq": 1}))  # a later epoch, lost with the restore
    live.start()
    assert _epoch(firm) != first
