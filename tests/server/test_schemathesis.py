"""The server's OpenAPI schema fuzzed by schemathesis: no 5xx, and every response matches the schema.

The app runs in-process (ASGI) on SQLite and on PostgreSQL, seeded with the
harness's firm and one visit with an answer and a photo, so generated requests
meet real records. The calls take turns as an auditor, a supervisor, an admin,
a client user and nobody (no token). Negative mode sends what the schema
forbids: it must be refused with a documented 4xx, never a 5xx. (This found a
500 on PostgreSQL: a NUL character in any text; it is now a 422.)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
import warnings
from collections.abc import Iterator
from itertools import cycle
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode, checks
from server.harness import BACKENDS, PASSWORD, Firm, _pg_status, make_db_url
from server.kind_strategies import EVERY_TYPE_FORM, answer_values, field_values

from mystery_shop.domain.kinds import KINDS as DECLARED
from mystery_shop.formats import parse_form
from mystery_shop.server import admin
from mystery_shop.server.config import ServerConfig
from mystery_shop.server.db import Database
from mystery_shop.server.main import create_app
from mystery_shop.server.visit_rules import answer_problem
from mystery_shop.sync.protocol import FIELDS, KINDS, PushResponse

with warnings.catch_warnings():  # starlette would rather have httpx2 for its test client; httpx serves fine
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.slow
__all__ = ["_pg_status"]

EXAMPLES = 80  # per operation and mode
PUSH_EXAMPLES = 300
PHOTO = b"\xff\xd8\xff\xe0 not really a jpeg" * 50
SHA = hashlib.sha256(PHOTO).hexdigest()


class _Seeded:
    """What the schema's examples need: the app, and a token per role."""

    def __init__(self, root: Path, url: str) -> None:
        config = ServerConfig(root / "data", url)
        Database(config.url).migrate()
        self.app = create_app(config)
        db = self.app.state.ms.db
        firm = Firm(_NoServer(db)).setup()  # type: ignore[arg-type]
        self.tokens: dict[str, str] = {}
        with TestClient(self.app, base_url="http://test/api/v1") as c:
            for user in ("alice", "sue", "ada"):  # (a client account gets no token)
                r = c.post("/auth/token", json={"username": user, "password": PASSWORD, "device": "fuzz"})
                self.tokens[user] = r.json()["token"]
            alice = {"Authorization": f"Bearer {self.tokens['alice']}"}
            self.visit_id = str(uuid.uuid4())
            changes = [
                _change("visit", self.visit_id, {"form_id": "shop", "form_version": 1,
                        "location_id": firm.location_id, "scheduled_date": dt.date.today().isoformat()}),
                _change("answer", str(uuid.uuid4()), {"visit_id": self.visit_id, "question_id": "greeted",
                        "value": "yes", "na": False}),
                _change("photo", str(uuid.uuid4()), {"visit_id": self.visit_id, "section_id": "greeting",
                        "sha256": SHA, "filename": "door.jpg", "size": len(PHOTO)}),
            ]  # fmt: skip
            assert c.put(f"/blobs/{SHA}", content=PHOTO, headers=alice).status_code == 200
            r = c.post("/sync/push", json={"device": "fuzz", "batch": str(uuid.uuid4()), "changes": changes},
                       headers=alice)  # fmt: skip
            assert [x["status"] for x in r.json()["results"]] == ["applied"] * 3, r.json()
            admin.publish_form(db, "kinds", 1, "Every question type", EVERY_TYPE_FORM)
            self.kinds_visit_id = str(uuid.uuid4())
            plan = _change("visit", self.kinds_visit_id, {"form_id": "kinds", "form_version": 1,
                           "location_id": firm.location_id, "scheduled_date": dt.date.today().isoformat()})  # fmt: skip
            r = c.post("/sync/push", json={"device": "fuzz", "batch": str(uuid.uuid4()), "changes": [plan]},
                       headers=alice)  # fmt: skip
            assert r.json()["results"][0]["status"] == "applied", r.json()
        self.who = cycle(["alice", "sue", "ada", None])

    def headers(self) -> dict[str, str]:
        user = next(self.who)
        return {"Authorization": f"Bearer {self.tokens[user]}"} if user else {}


class _NoServer:
    """``Firm`` wants a server; here only its database is used."""

    def __init__(self, db: Database) -> None:
        self.db = db


def _change(kind: str, record_id: str, data: dict[str, object]) -> dict[str, object]:
    return {"op": str(uuid.uuid4()), "kind": kind, "id": record_id, "base_rev": 0, "data": data}


@pytest.fixture(scope="module", params=BACKENDS)
def seeded(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, _pg_status: str
) -> Iterator[_Seeded]:
    root = tmp_path_factory.mktemp("fuzz")
    for url in make_db_url(request.param, root, _pg_status):
        s = _Seeded(root, url)
        yield s
        s.app.state.ms.db.dispose()


# What the contract promises: no 5xx; status codes, content types, headers and bodies as the schema says.
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_headers_conformance,
    checks.response_schema_conformance,
]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_the_api_keeps_its_schema(seeded: _Seeded, mode: GenerationMode) -> None:
    api = schemathesis.openapi.from_asgi("/openapi.json", seeded.app)
    operations = [result.ok() for result in api.get_all_operations()]
    assert len(operations) >= 10, [op.label for op in operations]
    failures: list[str] = []
    for operation in operations:

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def fuzz(case: schemathesis.Case) -> None:
            case.call_and_validate(headers=seeded.headers(), checks=CHECKS)

        try:
            fuzz()
        except Unsatisfiable:  # nothing in this operation can be made invalid (no parameters, any string goes)
            assert mode is GenerationMode.NEGATIVE, operation.label
        except Exception as e:  # one operation's failure must not hide the others'
            failures.append(f"{operation.label}: {e}")
    assert not failures, "\n\n".join(failures)


def _json_values(seeded: _Seeded) -> st.SearchStrategy[object]:
    known = st.sampled_from([seeded.visit_id, "shop", "greeting", "greeted", SHA, "draft", "submitted", "submit"])
    scalars = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(max_size=20)
        | known
    )
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
        max_leaves=5,
    )


def test_pushes_of_plausible_garbage_never_break_the_server(seeded: _Seeded) -> None:
    """Schemathesis fills ``data`` with any JSON; here it holds each kind's real field names with odd values."""
    values = _json_values(seeded)
    ids = (
        st.sampled_from([seeded.visit_id, "shop@1", "shop@x"]) | st.uuids().map(str) | st.text(min_size=1, max_size=10)
    )

    @st.composite
    def change(draw: st.DrawFn) -> dict[str, object]:
        kind = draw(st.sampled_from(KINDS))
        keys = draw(st.lists(st.sampled_from(sorted(FIELDS[kind])), max_size=6, unique=True))
        data = {k: draw(values) for k in keys}
        return {"op": str(draw(st.uuids())), "kind": kind, "id": draw(ids), "base_rev": draw(st.integers(0, 3)),
                "data": data}  # fmt: skip

    with TestClient(seeded.app, base_url="http://test/api/v1") as client:

        @given(changes=st.lists(change(), min_size=1, max_size=5))
        @settings(max_examples=PUSH_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def push(changes: list[dict[str, object]]) -> None:
            body = {"device": "fuzz", "batch": str(uuid.uuid4()), "changes": changes}
            r = client.post("/sync/push", json=body, headers=seeded.headers())
            assert r.status_code < 500, (r.status_code, r.text, body)
            if r.status_code == 200:
                results = PushResponse.model_validate(r.json()).results
                assert [x.op for x in results] == [c["op"] for c in changes]

        push()


def _device_token(seeded: _Seeded, username: str) -> str:
    from sqlalchemy import select

    from mystery_shop.server.models import Device, User, utcnow
    from mystery_shop.server.security import new_token, token_hash

    token = new_token()
    with seeded.app.state.ms.db.write() as s:
        user_id = s.scalar(select(User.id).where(User.username == username))
        s.add(Device(user_id=user_id, name="fuzz-kinds", token_hash=token_hash(token),
                     expires_at=utcnow() + dt.timedelta(days=1)))  # fmt: skip
    return token


def test_form_aware_pushes_store_only_what_the_app_would_take(seeded: _Seeded) -> None:
    """Issue 25: each kind's declared fields and every question type's answers, in and out of range
    (``kind_strategies``). Whatever is applied must pass the same checks the app makes: the declaration's types and
    limits, and the form's question for an answer; whatever is refused says why."""
    form = parse_form(EVERY_TYPE_FORM)
    questions = form.questions()
    vid = seeded.kinds_visit_id
    pushed = sorted(k for k, spec in DECLARED.items() if spec.pushed)
    who = cycle(["alice", "sue", "ada"])

    @st.composite
    def change(draw: st.DrawFn) -> dict[str, object]:
        kind = draw(st.sampled_from(pushed))
        fields = DECLARED[kind].fields
        if kind == "answer":
            q = draw(st.sampled_from(questions))
            data: dict[str, object] = {"visit_id": vid, "question_id": q.id, "value": draw(answer_values(q))}
            if draw(st.booleans()):
                data["na"] = draw(field_values(fields["na"]))
        else:
            keys = draw(st.lists(st.sampled_from(sorted(fields)), max_size=5, unique=True))
            data = {k: draw(field_values(fields[k])) for k in keys}
            if "visit_id" in fields and draw(st.integers(0, 9)):
                data["visit_id"] = vid
            if kind == "transition" and draw(st.booleans()):
                data = {"action": draw(st.sampled_from(["submit", "approve", "return", "publish"]))}
        rid = vid if kind in ("visit", "transition") else str(draw(st.uuids()))
        return {"op": str(draw(st.uuids())), "kind": kind, "id": rid, "base_rev": draw(st.integers(0, 3)),
                "data": data}  # fmt: skip

    with TestClient(seeded.app, base_url="http://test/api/v1") as client:
        # Devices of its own: the schema fuzzing before it may have signed the seeded ones out (and its wrong
        # passwords may have the sign-in throttled), so they are made in the database.
        tokens = {user: _device_token(seeded, user) for user in ("alice", "sue", "ada")}

        @given(changes=st.lists(change(), min_size=1, max_size=4))
        @settings(max_examples=PUSH_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def push(changes: list[dict[str, object]]) -> None:
            body = {"device": "fuzz", "batch": str(uuid.uuid4()), "changes": changes}
            headers = {"Authorization": f"Bearer {tokens[next(who)]}"}
            r = client.post("/sync/push", json=body, headers=headers)
            assert r.status_code in (200, 413, 422), (r.status_code, r.text, body)
            if r.status_code == 200:
                for x in PushResponse.model_validate(r.json()).results:
                    assert x.status == "applied" or (x.reason and x.code in (403, 404, 409, 422)), x

        push()
        ada = {"Authorization": f"Bearer {tokens['ada']}"}
        since, more, records = 0, True, []
        while more:
            page = client.get("/sync/changes", params={"since": since, "limit": 1000}, headers=ada)
            assert page.status_code == 200, page.text
            since, more = page.json()["next"], page.json()["more"]
            records += page.json()["changes"]
    for rec in records:
        spec = DECLARED[rec["kind"]]
        sent = {k: v for k, v in rec["data"].items() if k in spec.fields and not spec.fields[k].server}
        assert not spec.field_problems(sent), rec
        if rec["kind"] == "answer" and rec["data"]["visit_id"] == vid:
            d = rec["data"]
            assert answer_problem(form, d["question_id"], d.get("value"), d.get("na")) is None, rec
