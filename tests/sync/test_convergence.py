"""Three devices, a server and a proxy that breaks things: after 200 rounds they agree, nothing lost or doubled.

Two auditors' laptops and a supervisor's sync through ``FaultyProxy`` in chaos
mode (dropped connections, replies lost after the server committed, delays,
duplicated requests, bodies cut short) while a seeded random schedule makes
changes on them: visits planned, answers, N/A, comments, photos, submits,
review comments, overrides, returns and approvals. Then the chaos stops, every
device syncs cleanly, and:

- every operation any device queued has an answer stored on the server, and
  each one the server did not apply is kept on its device as a refusal;
- each device holds exactly what the server shows it (the sanity check's
  counts and hashes, and the answers' values field by field);
- every photo is on the server and on every device that sees it, bytes
  checked; every submit, return and approval is in the audit trail once.

With ``restore_midway``, a third of the way in, the server's database and blobs
are backed up; two thirds in, the server is restored from that backup by hand
(issue 27): what the devices pushed in between must reach it again through their
reconcile, even when one laptop's replay needs another's first (tests/sync/test_restore.py has the two sequences
that used to lose a photo, step by step).

The seed is printed on failure; ``MYSTERY_SHOP_CONVERGENCE_SEED`` replays one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from server.faulty_proxy import Chaos, FaultyProxy
from server.harness import Firm, Laptop, WorkersServer, make_db_url
from server.restore import restore, snapshot
from sqlalchemy import select

from mystery_shop.domain.workflow import Role, VisitStatus
from mystery_shop.server.config import ServerConfig
from mystery_shop.server.models import OpResult, Record
from mystery_shop.services import review
from mystery_shop.services.photos import add_files
from mystery_shop.services.rows import ServiceError
from mystery_shop.store import models as m
from mystery_shop.sync.transport import RetryPolicy
from support.images import SIGNATURE

pytestmark = pytest.mark.slow

ROUNDS = 200
SEED = int(os.environ.get("MYSTERY_SHOP_CONVERGENCE_SEED", "20261120"))
RETRY = RetryPolicy(attempts=10, base_s=0.005, cap_s=0.05)  # chaos needs more tries; tests need no long waits
DAY = dt.date.today()  # visits fall on the next ten days


class World:
    """The devices, the operations they queued, the photos they took."""

    def __init__(self, firm: Firm, laptop: Callable[..., Laptop], proxy: FaultyProxy, tmp: Path, seed: int) -> None:
        self.firm, self.proxy, self.tmp = firm, proxy, tmp
        self.rng = random.Random(seed)
        self.devices = {name: laptop(name, url=proxy.url, retry=RETRY) for name in ("alice", "bob", "sue")}
        self.queued: dict[str, str] = {}  # op id -> device
        self.photos: dict[str, str] = {}  # photo id -> sha256
        self.counter = 0
        self.log: list[str] = []
        self.before_restore: set[str] = set()  # ops queued before the restore: their stored answers may be gone
        self.restore_midway = False

    # ------------------------------------------------------------ syncing

    def sync(self, name: str, **kw: bool) -> None:
        device = self.devices[name]
        with device.ws.sessions() as s:
            for op_id in s.scalars(select(m.OutboxEntry.op_id)):
                self.queued.setdefault(op_id, name)
        report = device.sync(**kw)
        self.log.append(f"{name} sync: pushed {report.pushed} pulled {report.pulled} issues "
                        f"{[i.line() for i in report.issues]} error {report.error!r}")  # fmt: skip

    # ------------------------------------------------------------ what people do

    def act(self, name: str) -> None:
        actions = SUPERVISOR_ACTIONS if name == "sue" else AUDITOR_ACTIONS
        action = self.rng.choices(list(actions), weights=list(actions.values()))[0]
        try:
            getattr(self, action)(name)
            self.log.append(f"{name} {action}")
        except (ServiceError, LookupError) as e:  # not possible right now (nothing to review, visit moved on)
            self.log.append(f"{name} {action}: {e}")

    def _mine(self, name: str, *states: VisitStatus) -> str:
        ws = self.devices[name].ws
        rows = [r for r in ws.visit_rows() if r.status in states and r.auditor_id == ws.me.id]
        if not rows:
            raise LookupError("no such visit")
        return self.rng.choice(sorted(r.id for r in rows))

    def plan_own(self, name: str) -> None:
        ws = self.devices[name].ws
        ws.create_visit("shop", self.firm.location_id, DAY + dt.timedelta(days=self.rng.randint(0, 9)))

    def answer(self, name: str) -> None:
        ed = self.devices[name].ws.open_visit(self._mine(name, VisitStatus.DRAFT, VisitStatus.RETURNED))
        q = self.rng.choice(["greeted", "wait", "staff_name", "mood"])
        value: Any = {
            "greeted": self.rng.choice(["yes", "no"]),
            "wait": self.rng.randint(1, 120),
            "staff_name": self.rng.choice(["Sam", "Priya", "Jonas"]),
            "mood": self.rng.randint(1, 5),
        }[q]
        if q == "wait" and self.rng.random() < 0.2:
            ed.set_na("wait", True)
        elif self.rng.random() < 0.15:
            ed.set_comment(q, self.rng.choice(["busy", "friendly", ""]))
        else:
            ed.set_answer(q, value)

    def photo(self, name: str) -> None:
        ed = self.devices[name].ws.open_visit(self._mine(name, VisitStatus.DRAFT, VisitStatus.RETURNED))
        self.counter += 1
        path = self.tmp / f"photo-{self.counter}.jpg"
        im = Image.new("RGB", (64, 48), tuple(self.rng.randrange(256) for _ in range(3)))
        for i in range(8):
            im.putpixel((i, 0), tuple(self.rng.randrange(256) for _ in range(3)))
        im.save(path, quality=95)
        result = add_files(ed, "greeting", [path])[0]
        if result.status == "added" and result.photo_id:
            self.photos[result.photo_id] = hashlib.sha256(path.read_bytes()).hexdigest()

    def submit(self, name: str) -> None:
        ed = self.devices[name].ws.open_visit(self._mine(name, VisitStatus.DRAFT, VisitStatus.RETURNED))
        for q, v in (("greeted", "yes"), ("staff_name", "Sam"), ("mood", 4)):
            if q not in ed.answers.values:
                ed.set_answer(q, v)
        if "wait" not in ed.answers.values and "wait" not in ed.answers.na:
            ed.set_answer("wait", 25)
        if not ed.photos():
            self.photo_for(name, ed.id)
            ed = self.devices[name].ws.open_visit(ed.id)
        if not ed.header.has_signature:
            ed.sign(SIGNATURE, name)
        ed.submit()

    def photo_for(self, name: str, visit_id: str) -> None:
        self.counter += 1
        path = self.tmp / f"photo-{self.counter}.jpg"
        Image.new("RGB", (64, 48), (self.counter % 256, 90, 200)).save(path, quality=95)
        result = add_files(self.devices[name].ws.open_visit(visit_id), "greeting", [path])[0]
        if result.photo_id:
            self.photos[result.photo_id] = hashlib.sha256(path.read_bytes()).hexdigest()

    def _submitted(self) -> str:
        rows = self.devices["sue"].ws.visit_rows(VisitStatus.SUBMITTED)
        if not rows:
            raise LookupError("nothing to review")
        return self.rng.choice(sorted(r.id for r in rows))

    def plan_for(self, name: str) -> None:
        ws = self.devices[name].ws
        auditors = sorted(p.id for p in ws.people(Role.AUDITOR))
        if not auditors:
            raise LookupError("no auditors known yet")
        when = DAY + dt.timedelta(days=self.rng.randint(0, 9))
        ws.create_visit("shop", self.firm.location_id, when, auditor_id=self.rng.choice(auditors),
                        due_date=when + dt.timedelta(days=5))  # fmt: skip

    def comment(self, name: str) -> None:
        ed = self.devices[name].ws.open_visit(self._submitted())
        review.add_comment(ed, self.rng.choice([None, "mood", "greeted"]), f"note {self.rng.randint(1, 99)}")

    def override(self, name: str) -> None:
        ed = self.devices[name].ws.open_visit(self._submitted())
        review.override_score(ed, "mood", self.rng.randint(0, 4), "seen on the video")

    def send_back(self, name: str) -> None:
        review.return_visit(self.devices[name].ws.open_visit(self._submitted()), "Please check the wait time")

    def approve(self, name: str) -> None:
        review.approve(self.devices[name].ws.open_visit(self._submitted()))


AUDITOR_ACTIONS = {"plan_own": 1, "answer": 8, "photo": 2, "submit": 2}
SUPERVISOR_ACTIONS = {"plan_for": 2, "comment": 2, "override": 1, "send_back": 2, "approve": 2}


@pytest.mark.parametrize("restore_midway", [False, True])
@pytest.mark.parametrize("seed", [SEED])
def test_three_devices_converge_through_chaos(
    firm: Firm, laptop, proxy: FaultyProxy, tmp_path: Path, seed: int, restore_midway: bool
) -> None:  # type: ignore[no-untyped-def]
    world = World(firm, laptop, proxy, tmp_path, seed)
    world.restore_midway = restore_midway
    try:
        run(world)
        check(world)
    except BaseException as e:
        tail = "\n".join(world.log[-25:])
        raise AssertionError(
            f"convergence failed with seed {seed} (replay: MYSTERY_SHOP_CONVERGENCE_SEED={seed})\n"
            f"faults injected: {len(proxy.faults)}; last steps:\n{tail}"
        ) from e


@pytest.mark.postgres
def test_three_devices_converge_through_chaos_on_two_workers(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """The same, against ``mystery-shop serve --workers 2`` on one PostgreSQL, the pushes spread over both."""
    urls = make_db_url("postgres", tmp_path, request.getfixturevalue("_pg_status"))
    db_url = next(urls)
    request.addfinalizer(lambda: next(urls, None))  # drops the database
    server = WorkersServer(ServerConfig(tmp_path / "server-data", db_url), 2, tmp_path / "serve.log")
    server.start()
    request.addfinalizer(server.db.dispose)
    request.addfinalizer(server.stop)
    firm = Firm(server).setup()
    proxy = FaultyProxy(server.port)
    request.addfinalizer(proxy.close)
    made: list[Laptop] = []
    request.addfinalizer(lambda: [d.close() for d in made])

    def laptop(user: str, **kw: Any) -> Laptop:
        made.append(Laptop(tmp_path / f"{user}-{len(made)}", server, user, **kw))
        return made[-1]

    world = World(firm, laptop, proxy, tmp_path, SEED)
    try:
        run(world)
        check(world)
    except BaseException as e:
        tail = "\n".join(world.log[-25:])
        raise AssertionError(f"convergence on two workers failed with seed {SEED}; last steps:\n{tail}") from e
    assert len(server.pids("POST", "/api/v1/sync/push")) >= 2, "the pushes should have reached both workers"


def run(world: World) -> None:
    for name in world.devices:
        world.sync(name)  # people, forms and the catalog, before the chaos
    world.proxy.set_chaos(Chaos(rate=0.12, seed=world.rng.randrange(1 << 30), max_delay_s=0.02))
    for round_ in range(ROUNDS):
        if world.restore_midway and round_ == ROUNDS // 3:
            backup = snapshot(world.firm.server, world.tmp / "backup")
        if world.restore_midway and round_ == 2 * ROUNDS // 3:
            world.before_restore = set(world.queued)
            restore(world.firm.server, backup)
            world.log.append(f"server restored to the backup of round {ROUNDS // 3}")
        name = world.rng.choice(sorted(world.devices))
        for _ in range(world.rng.randint(1, 3)):
            world.act(name)
        if world.rng.random() < 0.7:
            world.sync(name)
    assert len(world.proxy.faults) >= 20, "the chaos should have struck often"
    world.proxy.set_chaos(None)
    for _ in range(2):  # a clean round for everyone: what one pushed, the others pull on the second
        for name in sorted(world.devices):
            world.sync(name, full_check=True)


def check(world: World) -> None:
    server = world.firm.server
    by_kind: dict[str, dict[str, Record]] = {}
    with server.db.read() as s:
        # A result stored as its revision and position only (no whole answer) is an applied one (models.OpResult).
        results = {r.op_id: r.result or {"status": "applied"} for r in s.scalars(select(OpResult))}
        for rec in s.scalars(select(Record)):
            by_kind.setdefault(rec.kind, {})[rec.id] = rec
        s.expunge_all()  # plain objects from here on

    issues: dict[str, set[str]] = {}
    for name, device in world.devices.items():
        with device.ws.sessions() as s:
            issues[name] = set(s.scalars(select(m.SyncIssue.op_id)))
            assert not list(s.scalars(select(m.OutboxEntry.op_id))), f"{name} still has changes waiting"

    # No change lost: each queued operation was answered, and what was not applied is kept where it was made.
    assert world.queued, "the schedule made no changes"
    # An operation answered before the restore may have lost its stored answer with it: what it wrote was pushed
    # again (under a new operation) and the field-by-field comparison below shows it arrived.
    for op_id, name in world.queued.items():
        result = results.get(op_id)
        if result is None and op_id in world.before_restore:
            continue
        if result is None or result["status"] != "applied":
            assert op_id in issues[name], f"operation {op_id} of {name} vanished: server says {result}"
    answered = [op for op in world.queued if op in results]
    applied = sum(1 for op in answered if (results.get(op) or {}).get("status") == "applied")
    assert applied >= len(answered) * 0.9, f"only {applied} of {len(answered)} operations applied"

    for name, device in world.devices.items():
        report = device.sync(full_check=True)
        assert report.check == "ok", f"{name}: {report.check}"
        assert report.pulled == 0 and report.pushed == 0, f"{name} was not settled"
        _same_data(name, device, by_kind)

    # No photo lost: every photo taken is on the server with its bytes.
    blob_dir = server.config.blob_dir
    for photo_id, sha in world.photos.items():
        rec = by_kind.get("photo", {}).get(photo_id)
        assert rec is not None, f"photo {photo_id} never reached the server"
        assert rec.data["sha256"] == sha
        stored = blob_dir / sha[:2] / sha[2:]
        assert stored.is_file() and hashlib.sha256(stored.read_bytes()).hexdigest() == sha, f"blob {sha} lost"

    # No duplicate submission: each visit's audit trail is one valid chain of moves.
    trails: dict[str, list[Record]] = {}
    for rec in by_kind.get("transition", {}).values():
        trails.setdefault(rec.data["visit_id"], []).append(rec)
    moved = 0
    for visit_id, trail in trails.items():
        status = VisitStatus.DRAFT.value
        for t in sorted(trail, key=lambda r: r.seq or 0):
            assert t.data["from_status"] == status, f"visit {visit_id}: {t.data} after {status}"
            status = t.data["to_status"]
            moved += 1
        assert by_kind["visit"][visit_id].status == status, f"visit {visit_id} is not where its trail ends"
    assert moved >= 5, "the schedule should have moved some visits"


def _same_data(name: str, device: Laptop, server: dict[str, dict[str, Record]]) -> None:
    """What the device holds equals the server's copy, field by field, for the answers and visits it sees."""
    ws = device.ws
    with ws.sessions() as s:
        answers = {
            (a.visit_id, a.question_id): (a.id, a.rev, a.value, a.na, a.comment) for a in s.scalars(select(m.Answer))
        }
        visits = {v.id: (v.rev, v.status, v.auditor_id) for v in s.scalars(select(m.Visit))}
        photos = {p.id: (p.sha256, p.deleted) for p in s.scalars(select(m.Photo))}
    for (visit_id, question), (aid, rev, value, na, comment) in answers.items():
        rec = server["answer"].get(aid)
        assert rec is not None, f"{name} holds answer {aid} the server does not"
        d = rec.data
        assert (rev, value, na, comment) == (rec.rev, d.get("value"), d.get("na", False), d.get("comment", "")), (
            f"{name}: answer {visit_id}:{question} differs from the server's"
        )
    for visit_id, (rev, status, auditor) in visits.items():
        rec = server["visit"][visit_id]
        assert (rev, status, auditor) == (rec.rev, rec.status, rec.auditor_id), f"{name}: visit {visit_id} differs"
    for photo_id, (sha, deleted) in photos.items():
        assert server["photo"][photo_id].data["sha256"] == sha
        if not deleted:
            assert ws.blobs.has(sha), f"{name} lacks the bytes of photo {photo_id}"
