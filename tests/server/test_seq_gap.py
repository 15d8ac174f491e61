"""Pages read while writes commit out of order never skip a row (SYNC.md's classic gap)."""

from __future__ import annotations

import random
import threading
import time

from server.harness import LiveServer

from mystery_shop.domain.workflow import Role
from mystery_shop.server import admin
from mystery_shop.server.changes import page
from mystery_shop.server.records import Writer
from mystery_shop.server.scope import Caller

ADMIN = Caller("x", "x", Role.ADMIN, None, "d")


def test_a_later_writer_waits_for_the_earlier_commit(live: LiveServer) -> None:
    db = live.db
    cursor = page_all(db, 0)[1]
    done = threading.Event()
    with db.write() as s:  # T1 numbers its record and holds the counter
        w = Writer(s)
        w.put("client", "11111111-1111-1111-1111-111111111111", {"name": "First", "archived": False})
        w.finish()
        t2 = threading.Thread(target=lambda: (admin.add_client(db, "Second"), done.set()))
        t2.start()
        time.sleep(0.3)
        assert not done.is_set(), "a second writer committed SEQ numbers while the first was open"
        changes, _ = page_all(db, cursor)
        assert changes == []  # neither is visible yet, and the cursor cannot pass them
    t2.join(10)
    changes, _ = page_all(db, cursor)
    assert [c.data["name"] for c in changes] == ["First", "Second"]


def test_concurrent_writers_and_a_pager_agree(live: LiveServer) -> None:
    db = live.db
    names = [f"Client {i}" for i in range(60)]

    def write(chunk: list[str]) -> None:
        for name in chunk:
            admin.add_client(db, name)
            time.sleep(random.random() / 200)

    threads = [threading.Thread(target=write, args=(names[i::4],)) for i in range(4)]
    for t in threads:
        t.start()
    seen: list[str] = []
    cursor = 0
    while any(t.is_alive() for t in threads):
        changes, cursor = page_all(db, cursor, limit=3)
        seen += [c.data["name"] for c in changes if c.kind == "client"]
    changes, cursor = page_all(db, cursor)
    seen += [c.data["name"] for c in changes if c.kind == "client"]
    assert sorted(seen) == sorted(names)  # each once: none skipped, none twice


def page_all(db, since: int, limit: int = 1000):  # type: ignore[no-untyped-def]
    out = []
    while True:
        with db.read() as s:
            p = page(s, ADMIN, since, limit)
        out += p.changes
        since = p.next
        if not p.more:
            return out, since
