"""One sync: push the outbox, then pull by SEQ, then the sanity check.

``SyncEngine(...).sync_once()`` is safe to call from a worker thread on a
timer, at start-up and on demand: one sync at a time per profile (a lock
shared by threads and processes), and a sync cut at any byte resumes from
the database's bookmarks. It never raises for the network: the report says
what happened, and ``exit_code`` is what ``mystery-shop sync`` returns.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from mystery_shop.domain.messages import message_of, msg
from mystery_shop.store.blobs import BlobStore

from . import reconcile
from .local import Issue, LocalStore, PendingOp
from .protocol import (
    CHECKED_KINDS,
    ChangesPage,
    HiddenResponse,
    MissingResponse,
    PushResponse,
    RecordRef,
    SummaryResponse,
    photo_blobs,
)
from .tokens import TokenStore
from .transport import DEFAULT_RETRY, CursorGone, Refused, RetryPolicy, SignInNeeded, SyncError, Transport, Unreachable

log = logging.getLogger(__name__)

BATCH = 500
OCTETS = "application/octet-stream"
PAGE = 1000
SKEW_WARNING = dt.timedelta(minutes=5)
_NS = uuid.UUID("6f1c3f5e-52a4-4c39-9d61-8f0a3c1d2e7b")
_locks: dict[Path, threading.Lock] = {}
_locks_guard = threading.Lock()


@dataclass
class SyncReport:
    pushed: int = 0
    applied: int = 0
    issues: list[Issue] = field(default_factory=list)
    pulled: int = 0
    blobs_up: int = 0
    blobs_down: int = 0
    waiting: int = 0  # operations still in the outbox afterwards
    skew: dt.timedelta | None = None
    check: str = ""  # "" not run, "ok", or what disagreed
    reconciled: str = ""  # why this sync reconciled both ways with the server ("" it did not)
    error: str = ""
    unreachable: bool = False
    busy: bool = False
    seconds: float = 0.0

    @property
    def conflicts(self) -> list[Issue]:
        return [i for i in self.issues if i.status == "conflict"]

    @property
    def rejected(self) -> list[Issue]:
        return [i for i in self.issues if i.status == "rejected"]

    @property
    def clock_warning(self) -> bool:
        return self.skew is not None and abs(self.skew) > SKEW_WARNING

    @property
    def exit_code(self) -> int:
        """0 all went through, 1 something was refused (or failed), 2 the server could not be reached."""
        if self.unreachable:
            return 2
        return 1 if self.issues or self.error or self.busy else 0


@dataclass(frozen=True)
class Account:
    server: str
    username: str
    user_id: str
    role: str
    device: str


class SyncEngine:
    def __init__(
        self,
        database: Path,
        blobs: Path,
        *,
        secrets: Path | None = None,
        retry: RetryPolicy = DEFAULT_RETRY,
        tokens: TokenStore | None = None,
        check_every: dt.timedelta = dt.timedelta(hours=6),
    ) -> None:
        self.database = Path(database)
        self.blobs = BlobStore(Path(blobs))
        self.tokens = tokens or TokenStore(Path(secrets) if secrets else self.database.parent)
        self.retry = retry
        self.check_every = check_every

    def account(self) -> Account | None:
        local = LocalStore(self.database)
        try:
            return _account(local)
        finally:
            local.close()

    # ------------------------------------------------------------ one sync

    def sync_once(self, *, full_check: bool = False) -> SyncReport:
        started = time.perf_counter()
        report = SyncReport()
        with _one_at_a_time(self.database) as got:
            if not got:
                report.busy, report.error = True, msg("a sync is already running")
                return report
            local = LocalStore(self.database)
            try:
                self._run(local, report, full_check)
            except Unreachable as e:
                report.unreachable, report.error = True, message_of(e)
            except SyncError as e:
                report.error = message_of(e)
            finally:
                report.waiting = local.pending_count()
                local.set_state(last_attempt=_now(), last_error=report.error)
                if not report.error:
                    local.set_state(last_sync=_now())
                local.close()
        report.seconds = time.perf_counter() - started
        return report

    def _run(self, local: LocalStore, report: SyncReport, full_check: bool) -> None:
        account = _account(local)
        if account is None:
            raise SignInNeeded(msg("not signed in: run mystery-shop login --server URL --user NAME"))
        token = self.tokens.load(account.server, account.username)
        if token is None:
            raise SignInNeeded(msg("no saved sign-in on this computer: run mystery-shop login again"))
        with Transport(account.server, token, retry=self.retry) as net:
            self._push(local, net, account, report)
            if reconcile.pending(local):  # met a new epoch while pushing, or a reconcile was cut short
                self._reconcile(local, net, account, report)
            else:
                self._pull(local, net, account, report)
            for _ in range(3):  # a reconcile's refused replays whose visit this pull moved go again now
                if not reconcile.requeue(local):
                    break
                self._push(local, net, account, report)
                self._pull(local, net, account, report)
            self._fetch_blobs(local, net, report)
            self._check(local, net, account, report, full_check)

    # ------------------------------------------------------------ push

    def _push(self, local: LocalStore, net: Transport, account: Account, report: SyncReport) -> None:
        last = local.last_outbox_seq()  # changes made while this sync runs wait for the next one
        while ops := local.pending(BATCH, up_to_seq=last):
            self._push_batch(local, net, account, ops, report)

    def _push_batch(
        self, local: LocalStore, net: Transport, account: Account, ops: list[PendingOp], report: SyncReport
    ) -> None:
        sent = local.wire_data(ops)
        self._upload_blobs(net, sent, ops, report)
        changes = [
            {"op": op.op_id, "kind": op.kind, "id": op.record_id, "base_rev": op.base_rev, "data": data}
            for op, data in zip(ops, sent, strict=True)
        ]
        # The batch id follows from its operations: the same queue sent again is the same batch.
        batch = str(uuid.uuid5(_NS, "\n".join(op.op_id for op in ops)))
        try:
            body = net.json("POST", "/sync/push", json={"device": account.device, "batch": batch, "changes": changes})
        except Refused as e:
            if len(ops) == 1:  # this operation itself is refused: keep it aside, go on with the queue
                report.issues.append(local.refuse(ops[0], sent[0], e.code, e.detail))
                return
            half = len(ops) // 2  # find the refused ones without holding back the rest
            self._push_batch(local, net, account, ops[:half], report)
            self._push_batch(local, net, account, ops[half:], report)
            return
        answer = PushResponse.model_validate(body)
        results = answer.results
        self._meet(local, answer.epoch)
        if reconcile.pending(local):  # answered by a server that lost history: its refusals may not stand
            reconcile.judged_by_an_older_server(local, ops, sent)
        report.pushed += len(ops)
        report.applied += sum(r.status == "applied" for r in results)
        report.issues += local.store_results(ops, sent, results)

    def _upload_blobs(
        self, net: Transport, sent: list[dict[str, Any]], ops: list[PendingOp], report: SyncReport
    ) -> None:
        shas = sorted({sha for op, d in zip(ops, sent, strict=True) for sha in _blobs_of(op.kind, d)})
        if not shas:
            return
        missing = MissingResponse.model_validate(net.json("POST", "/blobs/missing", json={"sha256": shas})).missing
        for sha in missing:
            if not self.blobs.has(sha):
                log.warning("blob %s is not in this profile's blob folder; the server will refuse what needs it", sha)
                continue
            with self.blobs.open(sha) as fh:
                data = fh.read()
            for attempt in range(3):
                try:
                    net.request("PUT", f"/blobs/{sha}", content=data, headers={"Content-Type": OCTETS})
                    break
                except Refused as e:  # 422: the bytes arrived damaged on the way; send them again
                    if e.code != 422 or attempt == 2:
                        raise
            report.blobs_up += 1

    # ------------------------------------------------------------ pull

    def _pull(
        self, local: LocalStore, net: Transport, account: Account, report: SyncReport, *, again: bool = True
    ) -> None:
        cursor = int(local.state("cursor", 0))
        wanted: set[str] = set(local.state("blobs_wanted", []))
        while True:
            try:
                page = self._page(net, cursor, report)
            except CursorGone:
                why = f"the server does not know cursor {cursor} (restored from a backup?)"
                reconcile.begin(local, "", why)
                return self._reconcile(local, net, account, report) if again else None
            if not self._meet(local, page.epoch):
                return self._reconcile(local, net, account, report) if again else None
            wanted |= local.apply_page(page.changes, page.next)
            cursor = page.next
            if not page.more:
                break
        local.set_state(blobs_wanted=sorted(wanted))
        return None

    def _page(self, net: Transport, cursor: int, report: SyncReport) -> ChangesPage:
        page = ChangesPage.model_validate(net.json("GET", "/sync/changes", params={"since": cursor, "limit": PAGE}))
        report.pulled += len(page.changes)
        report.skew = page.server_time - dt.datetime.now(dt.UTC)
        return page

    def _meet(self, local: LocalStore, epoch: str) -> bool:
        """Note the server's epoch; False (and a reconcile begun) when it is not the one this laptop knew."""
        if not epoch:
            return True  # a server from before epochs
        known = local.state("epoch")
        if known is None:
            local.set_state(epoch=epoch)
            return True
        if known != epoch:
            reconcile.begin(local, epoch, "the server's history changed (restored from a backup?)")
            return False
        return True

    def _reconcile(self, local: LocalStore, net: Transport, account: Account, report: SyncReport) -> None:
        """Both ways, after the server's history changed: reconcile.py says how."""
        report.reconciled = str(local.state(reconcile.STATE) or "asked")

        def on_page(page: ChangesPage) -> None:
            if page.epoch:
                local.set_state(epoch=page.epoch)

        def hidden(refs: list[RecordRef]) -> list[RecordRef]:
            body = net.json("POST", "/sync/hidden", json={"records": [r.model_dump() for r in refs]})
            return HiddenResponse.model_validate(body).hidden

        server, kept, cursor, wanted = reconcile.pull_all(local, lambda c: self._page(net, c, report), on_page)
        local.set_state(blobs_wanted=sorted(wanted | set(local.state("blobs_wanted", []))))
        reconcile.settle(local, server, kept, cursor, account.user_id, hidden)
        self._push(local, net, account, report)  # what the server lacked, under its rules
        self._pull(local, net, account, report, again=False)  # and what that push made

    def _fetch_blobs(self, local: LocalStore, net: Transport, report: SyncReport) -> None:
        wanted = [s for s in local.state("blobs_wanted", []) if not self.blobs.has(s)]
        still: list[str] = []
        for sha in wanted:
            try:
                with tempfile.TemporaryFile() as tmp:
                    net.download(f"/blobs/{sha}", tmp)
                    tmp.seek(0)
                    stored = self.blobs.put_stream(tmp)
                if stored.sha256 != sha:
                    self.blobs.delete(stored.sha256)
                    still.append(sha)
                else:
                    report.blobs_down += 1
            except Refused as e:
                log.warning("photo %s not available from the server: %s", sha, e)
                still.append(sha)
        local.set_state(blobs_wanted=still)

    # ------------------------------------------------------------ sanity check

    def _check(self, local: LocalStore, net: Transport, account: Account, report: SyncReport, forced: bool) -> None:
        last = local.state("last_check")
        due = last is None or _parse(last) < dt.datetime.now(dt.UTC) - self.check_every
        if not (forced or due or report.pushed or report.pulled):
            return  # nothing moved: the check would cost what the sync saved
        bad = self._compare(local, net)
        if bad:
            log.warning("sanity check disagrees on %s: full re-sync", ", ".join(bad))
            reconcile.begin(local, "", "the sanity check disagrees on " + ", ".join(bad))
            self._reconcile(local, net, account, report)
            bad = self._compare(local, net)
        report.check = "ok" if not bad else "differs after a full re-sync: " + ", ".join(bad)
        local.set_state(last_check=_now())

    def _compare(self, local: LocalStore, net: Transport) -> list[str]:
        theirs = SummaryResponse.model_validate(net.json("GET", "/sync/summary")).kinds
        ours = local.summary()
        return [k for k in CHECKED_KINDS if k in theirs and (theirs[k].count, theirs[k].hash) != ours[k]]


def _blobs_of(kind: str, data: dict[str, Any]) -> set[str]:
    """The blobs an operation needs on the server first: a photo's bytes, a signed report's PDF."""
    if kind == "photo":
        return photo_blobs(data)
    if kind == "report" and isinstance(data.get("sha256"), str):
        return {data["sha256"]}
    return set()


def _account(local: LocalStore) -> Account | None:
    data = local.state("account")
    if not data:
        return None
    return Account(data["server"], data["username"], data["user_id"], data["role"], data["device"])


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def _parse(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


@contextlib.contextmanager
def _one_at_a_time(database: Path) -> Iterator[bool]:
    """A lock for this profile across threads (a Lock) and processes (an OS file lock)."""
    key = database.resolve()
    with _locks_guard:
        lock = _locks.setdefault(key, threading.Lock())
    if not lock.acquire(blocking=False):
        yield False
        return
    try:
        with _file_lock(database.with_name(database.name + ".sync-lock")) as got:
            yield got
    finally:
        lock.release()


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[bool]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fh: IO[str] = path.open("a")
    try:
        try:
            if os.name == "nt":  # pragma: no cover - Windows
                import msvcrt

                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        yield True
    finally:
        fh.close()  # closing releases the lock
