"""A real sync server on loopback, on SQLite or on a PostgreSQL database made for the test, and laptops.

Shared by ``tests/server`` and ``tests/sync`` (imported as ``server.harness``).
Nothing is mocked: requests go over TCP to uvicorn, laptops are profiles
opened with the app's own services, syncing through the real engine.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import uvicorn

import mystery_shop
from mystery_shop.domain.workflow import Role
from mystery_shop.server import admin, security
from mystery_shop.server.config import ServerConfig
from mystery_shop.server.db import Database
from mystery_shop.server.main import create_app
from mystery_shop.server.portal.timer import Timer
from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace
from mystery_shop.sync.account import login
from mystery_shop.sync.engine import SyncEngine, SyncReport
from mystery_shop.sync.tokens import TokenStore
from mystery_shop.sync.transport import RetryPolicy
from support.workspaces import FORM

security.set_cost(time_cost=1, memory_cost=8192)  # the defaults cost 0.3 s a sign-in; tests make hundreds
PG_ADMIN = os.environ.get("MYSTERY_SHOP_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
PASSWORD = "correct horse battery"
FAST_RETRY = RetryPolicy(attempts=8, base_s=0.01, cap_s=0.1)
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _pg_reachable() -> str:
    import psycopg

    try:
        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return ""
    except Exception as e:
        return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__


@pytest.fixture(scope="session")
def _pg_status() -> str:
    return _pg_reachable()


def make_db_url(backend: str, tmp: Path, pg_status: str) -> Iterator[str]:
    """A fresh database URL; PostgreSQL ones are created here and dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp / 'server.db'}"
        return
    if pg_status:
        message = f"PostgreSQL at {PG_ADMIN} is not reachable ({pg_status})"
        if os.environ.get("CI"):
            pytest.fail(message + ": CI must run the PostgreSQL tests")
        pytest.skip("!!! SKIPPED: " + message + " — the PostgreSQL half of the sync tests did not run !!!")
    import psycopg

    name = f"ms_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class LiveServer:
    """uvicorn in a thread on a fixed loopback port; ``restart()`` keeps the port and the data."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.db = Database(config.url)
        self.db.migrate()

    def start(self) -> None:
        app = create_app(self.config)
        cfg = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", access_log=False)
        self._server = uvicorn.Server(cfg)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(10)
            app = self._server.config.app
            app.state.ms.db.dispose()  # type: ignore[attr-defined]
            self._server = self._thread = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def portal_timer(self) -> Timer | None:
        """The running portal's timer, as the application's lifespan holds it (``main.Lifespan``)."""
        assert self._server is not None and self._server.started
        timer: Timer | None = self._server.lifespan.state["portal_timer"]
        return timer

    def http(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url + "/api/v1", headers=headers, timeout=30)

    def token(self, username: str, device: str = "test-device") -> str:
        with self.http() as c:
            r = c.post("/auth/token", json={"username": username, "password": PASSWORD, "device": device})
            r.raise_for_status()
            return str(r.json()["token"])


class WorkersServer(LiveServer):
    """``mystery-shop serve --workers N`` in a process of its own, as deployed; its access log is kept."""

    def __init__(self, config: ServerConfig, workers: int, log: Path) -> None:
        super().__init__(config)
        self.workers = workers
        self.log = log
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        cmd = [sys.executable, "-c", "import sys; from mystery_shop.cli import main; sys.exit(main(sys.argv[1:]))",
               "serve", "--data", str(self.config.data_dir), "--db", self.config.db_url, "--port", str(self.port),
               "--workers", str(self.workers)]  # fmt: skip
        root = str(Path(mystery_shop.__file__).resolve().parents[1])  # this checkout's code, not another install
        env = os.environ | {"PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
        with self.log.open("ab") as err:
            self._proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        deadline = time.monotonic() + 90  # a busy 2-CPU machine takes ~25 s to import N workers
        while True:
            try:
                if httpx.get(self.url + "/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or self._proc.poll() is not None:
                raise RuntimeError(f"serve --workers {self.workers} did not start: {self.log.read_text()[-2000:]}")
            time.sleep(0.1)

    def stop(self) -> None:
        if self._proc is not None:
            self._proc.terminate()
            self._proc.wait(20)
            self._proc = None

    def pids(self, method: str, path: str) -> set[int]:
        """The worker processes that answered ``method path`` (from the access log)."""
        out = set()
        for line in self.log.read_text().splitlines():
            if line.startswith("{"):
                entry = json.loads(line)
                if entry.get("method") == method and entry.get("path") == path:
                    out.add(entry["pid"])
        return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Firm:
    """The server side of a test: one client, one location, the sample form, a user per role."""

    server: LiveServer
    client_id: str = ""
    other_client_id: str = ""
    location_id: str = ""
    other_location_id: str = ""
    users: dict[str, str] = field(default_factory=dict)  # username -> id

    def setup(self) -> Firm:
        db = self.server.db
        self.client_id = admin.add_client(db, "Acme")
        self.other_client_id = admin.add_client(db, "Globex")
        admin.import_locations(
            db, "client,name,address,latitude,longitude\nAcme,High Street,1 High St,51.5,-0.12\n"
            "Globex,Main Road,2 Main Rd,,\n"
        )  # fmt: skip
        with db.read() as s:
            from sqlalchemy import select

            from mystery_shop.server.models import Record

            for rec in s.scalars(select(Record).where(Record.kind == "location")):
                if rec.client_id == self.client_id:
                    self.location_id = rec.id
                else:
                    self.other_location_id = rec.id
        admin.publish_form(db, "shop", 1, "Shop visit", FORM)
        for name, role, client in [
            ("alice", Role.AUDITOR, None), ("bob", Role.AUDITOR, None), ("sue", Role.SUPERVISOR, "Acme"),
            ("gus", Role.SUPERVISOR, "Globex"), ("ada", Role.ADMIN, None), ("carl", Role.CLIENT, "Acme"),
        ]:  # fmt: skip
            self.users[name] = admin.add_user(db, name, PASSWORD, role, client=client)
        return self


class Laptop:
    """One device: a profile opened with the app's services, signed in, syncing through the real engine."""

    def __init__(
        self, root: Path, server: LiveServer, username: str, device: str | None = None, *, url: str = "",
        retry: RetryPolicy = FAST_RETRY,
    ) -> None:  # fmt: skip
        self.profile = Profile(root)
        self.server = server
        self.url = url or server.url
        self.username = username
        root.mkdir(parents=True, exist_ok=True)
        self.tokens = TokenStore(root, use_keyring=False)
        self.account, _ = login(
            self.profile.database, self.url, username, PASSWORD, device=device or f"{username}-{root.name}",
            tokens=self.tokens, retry=retry,
        )  # fmt: skip
        self.engine = SyncEngine(self.profile.database, self.profile.blobs, tokens=self.tokens, retry=retry)
        self._ws: Workspace | None = None

    @property
    def ws(self) -> Workspace:
        if self._ws is None:
            self._ws = Workspace.open(self.profile, log_to_file=False)
        return self._ws

    def sync(self, **kw: bool) -> SyncReport:
        report = self.engine.sync_once(**kw)
        if self._ws is not None:  # the open workspace caches the local user: reopen after a sync
            self._ws.close()
            self._ws = None
        return report

    def engine_issues(self) -> list[str]:
        """The refusals and conflicts this device keeps, unresolved."""
        from mystery_shop.sync.local import LocalStore

        local = LocalStore(self.profile.database)
        try:
            return [i.line() for i in local.issues()]
        finally:
            local.close()

    def relogin(self) -> None:
        self.account, _ = login(self.profile.database, self.url, self.username, PASSWORD,
                                tokens=self.tokens, retry=FAST_RETRY)  # fmt: skip

    def close(self) -> None:
        if self._ws is not None:
            self._ws.close()
            self._ws = None


def today() -> dt.date:
    """The day the tests' visits happen: the test clock's today, so due dates stay in the future."""
    return dt.date.today()


def count(laptop: Laptop, model: type) -> int:
    from sqlalchemy import func, select

    with laptop.ws.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def server_count(server: LiveServer, kind: str) -> int:
    from sqlalchemy import func, select

    from mystery_shop.server.models import Record

    with server.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Record).where(Record.kind == kind)) or 0)


def outbox(laptop: Laptop) -> int:
    from mystery_shop.store.models import OutboxEntry

    return count(laptop, OutboxEntry)


FAKE_PDF = b"%PDF-1.7\n% a signed report, as far as the server's checks go\n%%EOF\n"


def report_op(visit_id: str, pdf: bytes = FAKE_PDF, **data: object) -> dict[str, object]:
    """A push operation for a visit's signed report (its PDF uploaded first: ``upload_report``)."""
    import hashlib

    sha = hashlib.sha256(pdf).hexdigest()
    body = {"visit_id": visit_id, "report_id": "V-20261120-ABC123", "sha256": sha, "size": len(pdf),
            "signer": "Northwind Audits", "signed_at": "2026-11-21T10:00:00+00:00", **data}  # fmt: skip
    return {"op": str(uuid.uuid4()), "kind": "report", "id": str(uuid.uuid4()), "base_rev": 0, "data": body}


def upload_report(c: httpx.Client, visit_id: str, pdf: bytes = FAKE_PDF) -> dict[str, object]:
    """PUT the PDF as a blob and push its ``report`` record; the push's result."""
    import hashlib

    sha = hashlib.sha256(pdf).hexdigest()
    c.put(f"/blobs/{sha}", content=pdf, headers={"Content-Type": "application/octet-stream"}).raise_for_status()
    r = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [report_op(visit_id, pdf)]})
    r.raise_for_status()
    return dict(r.json()["results"][0])


# The sample form's answers a submit needs (every required question), as the server stores them.
READY_ANSWERS: dict[str, object] = {"greeted": "yes", "wait": 20, "staff_name": "Sam", "mood": 3}
SIGNATURE_PNG = b"\x89PNG\r\n\x1a\n a signature, as far as the server's checks go"


def make_ready(c: httpx.Client, visit_id: str, *, answers: dict[str, object] | None = READY_ANSWERS) -> None:
    """Push what a submit needs on the server (issue 25): the answers (None: none), a photo of the greeting
    touchpoint with its bytes uploaded, and the auditor's signature."""
    import base64
    import hashlib

    photo = f"a photo of {visit_id}".encode()
    sha = hashlib.sha256(photo).hexdigest()
    c.put(f"/blobs/{sha}", content=photo, headers={"Content-Type": "application/octet-stream"}).raise_for_status()
    ops = [_push_op("answer", str(uuid.uuid4()), {"visit_id": visit_id, "question_id": q, "value": v})
           for q, v in (answers or {}).items()]  # fmt: skip
    ops.append(_push_op("photo", str(uuid.uuid4()), {"visit_id": visit_id, "section_id": "greeting", "sha256": sha}))
    signature = {"signed_by": "Alice", "signed_at": "2026-11-20T10:00:00+00:00",
                 "signature_png": base64.b64encode(SIGNATURE_PNG).decode()}  # fmt: skip
    ops.append(_push_op("visit", visit_id, signature, base=1))
    r = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": ops})
    r.raise_for_status()
    assert all(x["status"] == "applied" for x in r.json()["results"]), r.json()


def _push_op(kind: str, rid: str, data: dict[str, object], base: int = 0) -> dict[str, object]:
    return {"op": str(uuid.uuid4()), "kind": kind, "id": rid, "base_rev": base, "data": data}
