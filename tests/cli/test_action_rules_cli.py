"""``action-rules set|list``: the firm sets a client's action plan rules; they are queued to sync (issue 31)."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from sqlalchemy import select

from mystery_shop.cli import main
from mystery_shop.domain.actions import ActionRules
from mystery_shop.services.action_rules import action_rules
from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace
from mystery_shop.store import models as m
from support.workspaces import make_workspace


def run(capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    code = main(list(words))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_set_list_and_refuse(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws, _ = make_workspace(tmp_path / "p")
    ws.close()
    root = str(tmp_path / "p")
    code, out, _ = run(capsys, "action-rules", "list", "--profile", root)
    assert code == 0 and "no action plan rules" in out
    code, out, err = run(capsys, "action-rules", "set", "acme", "--form", "shop", "--no-zero", "--section-below",
                         "75", "--due-days", "10", "--profile", root)  # fmt: skip
    assert code == 0, err
    assert "a failed critical question or a touchpoint below 75 % opens an action; due in 10 days" in out
    code, out, _ = run(capsys, "action-rules", "set", "Acme", "--form", "shop", "--profile", root)  # changed, not added
    assert code == 0
    ws = Workspace.open(Profile(tmp_path / "p"), log_to_file=False)
    try:
        (cid,) = [c for (c,) in ws.sessions().execute(select(m.Client.id))]
        assert action_rules(ws) == {(cid, "shop"): ActionRules()}
        with ws.sessions() as s:
            queued = [o.kind for o in s.scalars(select(m.OutboxEntry))]
        assert queued.count("action_rule") == 2  # both changes travel (the second on the first's revision)
    finally:
        ws.close()
    code, out, _ = run(capsys, "action-rules", "list", "--json", "--profile", root)
    assert json.loads(out) == [{"client": "Acme", "form": "shop", "zero": 1, "critical": 1, "due_days": 7,
                                "critical_due_days": 2}]  # fmt: skip
    code, _, err = run(capsys, "action-rules", "set", "Nobody", "--profile", root)
    assert code == 1 and "no client called 'Nobody'" in err
    code, _, err = run(capsys, "action-rules", "set", "Acme", "--due-days", "999", "--profile", root)
    assert code == 1 and "due_days must be a whole number of days" in err
    assert Fraction(75) == ActionRules.from_settings({"section_below": 75}).section_below
