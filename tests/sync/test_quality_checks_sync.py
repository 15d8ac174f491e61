"""Quality checks across sync (issue 32): the server refuses a submit a block or an unexplained warning stands
against (the same domain code as the laptop), the explanation travels with the submit, and the supervisor's
laptop sees the same checks as the auditor's."""

from __future__ import annotations

import pytest
from server.harness import Firm, today

from mystery_shop.server import admin
from mystery_shop.services import visit_editor
from mystery_shop.services.photos import add_files
from support.images import SIGNATURE, upright
from support.workspaces import CHECKS, FORM


@pytest.fixture
def checked(firm: Firm) -> Firm:
    admin.publish_form(firm.server.db, "shop", 2, "Shop visit", FORM.replace("version: 1", "version: 2") + CHECKS)
    return firm


def _visit(laptop, firm: Firm, tmp, values: dict, comment: str = "") -> tuple:  # type: ignore[no-untyped-def,type-arg]
    alice = laptop("alice")
    assert alice.sync().exit_code == 0
    visit_id = alice.ws.create_visit("shop", firm.location_id, today())
    ed = alice.ws.open_visit(visit_id)
    assert ed.form.version == 2
    for qid, v in values.items():
        ed.set_answer(qid, v)
    if comment:
        ed.set_comment("greeted", comment)
    picture = tmp / "door.jpg"
    upright().save(picture)
    assert add_files(ed, "greeting", [picture])[0].status == "added"
    ed.sign(SIGNATURE, "Alice")
    return alice, visit_id, ed


def test_the_explanation_travels_and_the_supervisor_sees_the_same_checks(checked: Firm, laptop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    alice, visit_id, ed = _visit(laptop, checked, tmp_path, {"greeted": "no", "wait": 40, "mood": 4})
    mine = ed.checks()
    assert [(c.code.value, c.question) for c in mine] == [("comment-missing", "greeted")]
    ed.submit("The door was locked when I arrived.")
    pushed = alice.sync()
    assert pushed.exit_code == 0, [i.line() for i in pushed.issues]
    sue = laptop("sue")
    assert sue.sync().exit_code == 0
    sed = sue.ws.open_visit(visit_id)
    assert sed.header.status.value == "submitted"
    assert sed.checks() == mine
    assert [a.detail for a in sed.audit_trail() if a.to_status == "submitted"] == [
        "The door was locked when I arrived."
    ]


@pytest.mark.parametrize(
    ("values", "comment", "reason"),
    [
        ({"greeted": "no", "wait": 40, "mood": 4}, "", "explain them"),
        ({"greeted": "no", "wait": 10, "mood": 4}, "nobody said hello", "A check blocks the submission"),
    ],
    ids=["unexplained-warning", "block"],
)
def test_the_server_refuses_what_an_older_app_let_through(checked: Firm, laptop, tmp_path, monkeypatch, values, comment,  # type: ignore[no-untyped-def]
                                                         reason) -> None:  # fmt: skip
    alice, _, ed = _visit(laptop, checked, tmp_path, values, comment)
    monkeypatch.setattr(visit_editor, "submit_refusal", lambda *a: None)  # an app that knows no checks
    ed.submit()
    report = alice.sync()
    refused = [i for i in report.issues if i.kind == "transition"]
    assert len(refused) == 1 and refused[0].status == "rejected", report
    assert reason in refused[0].reason


def test_a_clients_thresholds_travel_with_the_client(firm: Firm, laptop) -> None:  # type: ignore[no-untyped-def]
    from mystery_shop.domain.cross_checks import CheckSettings
    from mystery_shop.services.quality import client_settings, set_client_settings

    sue = laptop("sue")
    assert sue.sync().exit_code == 0
    set_client_settings(sue.ws, firm.client_id, CheckSettings(lockout_days=45, reading_words_per_minute=300))
    report = sue.sync()
    assert report.exit_code == 0, [i.line() for i in report.issues]
    other = laptop("sue", device="sue-desktop")
    assert other.sync().exit_code == 0
    assert client_settings(other.ws)[firm.client_id] == CheckSettings(lockout_days=45, reading_words_per_minute=300)
