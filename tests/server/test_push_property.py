"""Issue 25's property: no sequence of pushes a caller may send makes a pull, a sync or a portal page of another
account fail.

Hypothesis draws pushes as an auditor, a supervisor and an admin would send them
(any declared field of any kind with any JSON value, huge numbers and bad dates
included; workflow commands; signed reports), on a visit made ready and on its
way to publication. After each sequence: another supervisor's pull, the
Acme supervisor's laptop sync (it pulls everything the attacker wrote) and
both clients' portal pages still answer. A few dozen examples per backend.
"""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from server.harness import FAKE_PDF, Firm, make_ready
from server.portal_support import signed_in

from mystery_shop.domain.kinds import KINDS

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12) | st.sampled_from(["yes", "no", "2026-11-20", "not-a-date", "x" * 400, 10**400, "a"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=2),
    max_leaves=6,
)  # fmt: skip
QUESTIONS = st.sampled_from(["greeted", "wait", "staff_name", "mood", "nope"])


@st.composite
def operation(draw: st.DrawFn) -> tuple[str, str, dict[str, Any]]:
    """(who, kind, data): one push of a caller; the visit is filled in when it is sent."""
    who = draw(st.sampled_from(["alice", "sue", "ada"]))
    kind = draw(st.sampled_from(["answer", "visit", "transition", "review_comment", "score_override", "photo",
                                 "report", "audit_entry", "action_rule"]))  # fmt: skip
    if kind == "audit_entry":
        return who, kind, {"kind": draw(st.sampled_from(["plan", "sign", "unsign", "approve"])), "detail": draw(JSON),
                           "at": draw(st.sampled_from(["2026-11-21T10:00:00+00:00", "not-a-date", None]))}  # fmt: skip
    if kind == "transition":
        return who, kind, {"action": draw(st.sampled_from(["submit", "approve", "publish", "return", "edit"]))}
    if kind == "answer":
        data = {"question_id": draw(QUESTIONS), "value": draw(JSON)}
    elif kind == "report":
        data = {"report_id": "V-20261120-ABC123", "sha256": "", "size": len(FAKE_PDF),
                "signer": draw(st.text(max_size=400)), "signed_at": draw(st.sampled_from(
                    ["2026-11-21T10:00:00+00:00", "not-a-date", "2026-11-21T10:00:00"]))}  # fmt: skip
    elif kind == "action_rule":  # the client is filled in when it is sent; odd settings as well as good ones
        settings = st.dictionaries(
            st.sampled_from(["zero", "critical", "section_below", "due_days", "x"]),
            st.integers(-1, 400) | st.floats(-1, 200, allow_nan=False),
            max_size=5,
        )
        data = {"form_id": draw(st.sampled_from(["", "shop", "other"])), "settings": draw(settings | JSON)}
    else:
        data = {"question_id": draw(QUESTIONS)} if kind in ("review_comment", "score_override") else {}
    fields = sorted(KINDS[kind].fields)
    for name in draw(st.lists(st.sampled_from(fields), max_size=3, unique=True)):
        if name not in ("visit_id", "sha256", "client_id"):
            data[name] = draw(JSON)
    return who, kind, data


def _send(c: httpx.Client, kind: str, rid: str, data: dict[str, Any], base: int = 0) -> None:
    op = {"op": str(uuid.uuid4()), "kind": kind, "id": rid, "base_rev": base, "data": data}
    r = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [op]})
    assert r.status_code in (200, 413, 422), (r.status_code, r.text)


def test_no_push_sequence_breaks_another_accounts_pull_sync_or_portal(firm: Firm, laptop: Any) -> None:
    live = firm.server
    tokens = {u: live.token(u) for u in ("alice", "sue", "ada", "gus")}
    clients = {u: live.http(t) for u, t in tokens.items()}
    readers = {u: signed_in(live, u) for u in ("carl",)}
    import hashlib

    pdf_sha = hashlib.sha256(FAKE_PDF).hexdigest()
    clients["ada"].put(f"/blobs/{pdf_sha}", content=FAKE_PDF, headers={"Content-Type": "application/octet-stream"})
    sue = laptop("sue")
    assert sue.sync().exit_code == 0

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                      HealthCheck.too_slow])  # fmt: skip
    @given(st.lists(operation(), min_size=1, max_size=6))
    def run(ops: list[tuple[str, str, dict[str, Any]]]) -> None:
        vid = str(uuid.uuid4())
        ada = clients["ada"]
        _send(ada, "visit", vid, {"form_id": "shop", "form_version": 1, "location_id": firm.location_id,
                                  "auditor_id": firm.users["alice"], "scheduled_date": "2026-11-20"})  # fmt: skip
        make_ready(ada, vid)
        for who, kind, data in ops:
            if kind == "transition" or kind == "visit":
                rid = vid
            elif kind == "action_rule":
                rid, data = str(uuid.uuid4()), {**data, "client_id": firm.client_id}
            else:
                rid = str(uuid.uuid4())
                data = {**data, "visit_id": vid}
            if kind == "report":
                data["sha256"] = pdf_sha
            _send(clients[who], kind, rid, data, base=1 if kind == "visit" else 0)
        for action in ("submit", "approve", "publish"):  # whatever state it reached, on towards the portal
            _send(ada, "transition", vid, {"action": action})
        # Another account's pull walks every page.
        since, more = 0, True
        while more:
            page = clients["gus"].get("/sync/changes", params={"since": since, "limit": 500})
            assert page.status_code == 200, page.text
            since, more = page.json()["next"], page.json()["more"]
        # The Acme supervisor's laptop pulls what was written and syncs without failing.
        report = sue.sync()
        assert report.exit_code == 0 and not report.error, report
        for b in readers.values():
            for path in ("/portal/reports", "/portal/dashboard", "/portal/actions"):
                assert b.get(path).status_code == 200, path

    try:
        run()
    finally:
        for c in clients.values():
            c.close()
        for b in readers.values():
            b.close()
