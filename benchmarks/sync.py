"""Sync throughput and cost, beside floors measured in the same run (issue 6).

1. Push: visits of 250 answers each (the visit, its answers and the submit
   command in one push) from 100 concurrent devices against PostgreSQL, the
   server running as ``mystery-shop serve --workers N`` does (here with
   benchmark-only bare endpoints added), at 1 and at 2 workers. The load
   generator speaks raw HTTP/1.1 on one keep-alive connection per device, so it
   costs a few percent of what the server does. The floor: the same bodies
   POSTed to a bare endpoint on the same server that parses them and stores
   each with one INSERT; and the same rows written by one COPY (the
   database's ingest). Printed: visits/s, p50/p95, the server's CPU per push,
   and last the ratio to the bare endpoint. Goal (issue 17): >= 0.6x, p95 <
   500 ms. The reference: ODK Central's ~41 submissions/s for 250-question forms.
2. Photo upload: 3 MB photos PUT to /blobs (hashed, size-checked, fsynced,
   renamed) beside the same bytes PUT to a bare file endpoint: not durable,
   fsynced, and durable as SYNC.md requires (temporary file, fsync, rename,
   fsync of the folder). Goal: at least 0.7x the MB/s of the last, the floor
   that keeps the contract's durability (the others are printed for scale).
3. A sync with nothing to do (the engine's ``sync_once``) on a profile of 100
   and of 10,000 visits. Goal: under 50 ms, and the larger no more than 1.2x
   the smaller.
4. Photo upload to object storage (issue 27): the same photos PUT to /blobs of
   a server run with ``--blobs s3://…`` and PUT straight to the S3 server
   (moto's, in a process of its own on loopback) with boto3, in turns. Goal:
   >= 0.7x of the straight PUT.

    .venv/bin/python benchmarks/sync.py [--devices 100] [--visits-each 5] [--workers 1,2] [--parts 123]

PostgreSQL from MYSTERY_SHOP_TEST_PG (default postgresql://postgres@127.0.0.1:5432/postgres):
a database is created for the run and dropped after it. Without PostgreSQL it runs on SQLite and says so.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import orjson
from fastapi import Request
from fastapi.responses import Response

HERE = Path(__file__).resolve().parent
PG_ADMIN = os.environ.get("MYSTERY_SHOP_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
PASSWORD = "benchmark password"
QUESTIONS = 250
ODK_REFERENCE = 41.0  # submissions/s, ODK Central's published figure for 250-question forms
API = "/api/v1"
# Without it a POST's last segment waits for the server's delayed ACK: 40 ms added to every push.
NODELAY = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]


# ------------------------------------------------------------ the server process


def bench_app() -> Any:
    """The real server app, plus two bare endpoints for the floors (the uvicorn factory in each worker)."""
    from mystery_shop.server.main import create_app_from_env

    app = create_app_from_env()

    from sqlalchemy import text
    from starlette.concurrency import run_in_threadpool

    db = app.state.ms.db
    sink = text(
        "INSERT INTO bench_sink (body) VALUES (" + ("CAST(:body AS json))" if db.dialect == "postgresql" else ":body)")
    )

    @app.post("/bench/sink")
    async def sink_json(request: Request) -> Response:
        """The floor of a push: the same body parsed and stored by one INSERT, on the same engine and thread pool."""
        body = await request.body()

        def store() -> None:
            orjson.loads(body)  # parsed, as the push's body is
            with db.transaction() as conn:
                conn.execute(sink, {"body": body.decode()})

        await run_in_threadpool(store)
        return Response(b'{"ok":true}', media_type="application/json")

    @app.put("/bench/sink")
    async def sink_bytes(request: Request) -> Response:
        async for _ in request.stream():
            pass
        return Response(b'{"ok":true}', media_type="application/json")

    @app.put("/bench/file/{name}")
    async def file_bytes(name: str, request: Request, durable: bool = False, atomic: bool = False) -> Response:
        """What a bare upload endpoint does: the body into a file, nothing checked, no sign-in.

        ``durable``: then fsynced. ``atomic``: the least SYNC.md's "fsyncs and renames" asks of the disk: into a
        temporary file, fsynced, renamed into place, the folder fsynced (no hash, no size check, no sign-in).
        """
        folder = Path(os.environ["MYSTERY_SHOP_SERVER_DATA"]) / "bare"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / (f".incoming-{name}" if atomic else name)
        with path.open("wb") as out:
            async for chunk in request.stream():
                out.write(chunk)
            if durable or atomic:
                out.flush()
                os.fsync(out.fileno())
        if atomic:
            os.replace(path, folder / name)
            fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        return Response(b'{"ok":true}', media_type="application/json")

    return app


def serve(port: int, workers: int) -> None:
    import uvicorn

    from mystery_shop.server.tcp import NoDelayH11Protocol

    uvicorn.run("sync:bench_app", factory=True, app_dir=str(HERE), host="127.0.0.1", port=port, workers=workers,
                http=NoDelayH11Protocol, log_level="warning", access_log=False)  # fmt: skip


@contextmanager
def server(config: Any, workers: int) -> Iterator[tuple[str, int]]:
    from mystery_shop.server.db import Database

    db = Database(config.url)
    db.migrate()
    with db.transaction() as conn:  # the bare endpoint's table
        pg = db.dialect == "postgresql"
        serial, body = ("BIGSERIAL", "json") if pg else ("INTEGER", "TEXT")
        conn.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS bench_sink (id {serial} PRIMARY KEY, body {body})")
    db.dispose()
    port = _free_port()
    env = os.environ | config.to_env()
    proc = subprocess.Popen([sys.executable, __file__, "--serve", str(port), "--workers", str(workers)], env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90  # importing N workers on a busy 2-CPU machine
        while True:
            try:
                if httpx.get(url + API + "/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("the benchmark server did not start")
            time.sleep(0.1)
        yield url, proc.pid
    finally:
        proc.terminate()
        proc.wait(20)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def database(tmp: Path) -> Iterator[tuple[str, str]]:
    """(URL, what it is): a fresh PostgreSQL database, or SQLite when there is none."""
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN, connect_timeout=3, autocommit=True) as conn:
            name = f"ms_bench_{uuid.uuid4().hex[:10]}"
            conn.execute(f'CREATE DATABASE "{name}"')
    except Exception as e:
        print(f"!!! PostgreSQL at {PG_ADMIN} is not reachable ({e}); running on SQLite instead !!!\n")
        yield f"sqlite:///{tmp / 'server.db'}", "SQLite"
        return
    try:
        yield PG_ADMIN.rsplit("/", 1)[0] + f"/{name}", "PostgreSQL"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# ------------------------------------------------------------ the firm


def form_yaml() -> str:
    lines = ["id: big", "version: 1", "title: 250 questions", "sections:"]
    for s in range(10):
        lines += [f"  - id: s{s}", f"    title: Section {s}", "    questions:"]
        lines += [f'      - {{id: q{s}_{i}, text: "Question {s}.{i}?", type: yes_no, points: 1}}' for i in range(25)]
    return "\n".join(lines) + "\n"


def setup_firm(url: str, devices: int) -> tuple[str, list[str]]:
    """A client, a location, the 250-question form and one auditor per ten devices; returns the location id."""
    from mystery_shop.domain.workflow import Role
    from mystery_shop.server import admin, security
    from mystery_shop.server.db import Database

    security.set_cost(time_cost=1, memory_cost=8192)  # sign-ins are not what is measured
    db = Database(url)
    db.migrate()
    admin.add_client(db, "Bench")
    admin.import_locations(db, "client,name,address,latitude,longitude\nBench,Store,1 Road,,\n")
    admin.publish_form(db, "big", 1, "250 questions", form_yaml())
    auditors = [f"auditor{i:02d}" for i in range((devices + 9) // 10)]
    for name in auditors:
        admin.add_user(db, name, PASSWORD, Role.AUDITOR)
    admin.add_user(db, "super", PASSWORD, Role.SUPERVISOR)
    from sqlalchemy import select

    from mystery_shop.server.models import Record

    with db.read() as s:
        location = s.scalar(select(Record.id).where(Record.kind == "location"))
    db.dispose()
    assert location is not None
    return location, auditors


def visit_body(device: str, location: str, day: dt.date) -> bytes:
    visit = str(uuid.uuid4())

    def change(kind: str, record_id: str, data: dict[str, Any]) -> dict[str, Any]:
        return {"op": str(uuid.uuid4()), "kind": kind, "id": record_id, "base_rev": 0, "data": data}

    changes = [change("visit", visit, {"form_id": "big", "form_version": 1, "location_id": location,
                                       "scheduled_date": day.isoformat(), "status": "draft"})]  # fmt: skip
    changes += [
        change("answer", str(uuid.uuid4()), {"visit_id": visit, "question_id": f"q{i // 25}_{i % 25}",
                                             "value": "yes" if i % 7 else "no", "na": False, "comment": ""})
        for i in range(QUESTIONS)
    ]  # fmt: skip
    changes.append(change("transition", visit, {"action": "submit", "detail": "", "score_total": 85.7,
                                                "grade": "Good", "complete": True}))  # fmt: skip
    return json.dumps({"device": device, "batch": str(uuid.uuid4()), "changes": changes}).encode()


# ------------------------------------------------------------ 1. push


async def _tokens(url: str, auditors: list[str], devices: int) -> list[tuple[str, str]]:
    async with httpx.AsyncClient(base_url=url + API, timeout=60) as c:
        out = []
        for i in range(devices):
            device = f"bench-{i:03d}"
            r = await c.post("/auth/token", json={"username": auditors[i // 10], "password": PASSWORD,
                                                  "device": device})  # fmt: skip
            r.raise_for_status()
            out.append((device, r.json()["token"]))
        return out


async def _hammer(
    url: str, path: str, bodies: list[list[bytes]], tokens: list[tuple[str, str]]
) -> tuple[float, list[float]]:
    """Each device sends its bodies one after another on its own keep-alive connection; all devices at once.

    Raw HTTP/1.1 over asyncio streams: the requests are bytes made before the clock starts and a reply is read
    by its Content-Length, so the load generator costs a small fraction of the server it loads (an HTTP client
    library per request costs about as much CPU as the server's work). Returns (seconds, latencies)."""
    host, port = url.removeprefix("http://").split(":")
    latencies: list[float] = []
    push = path.endswith("/push")

    def request(token: str, body: bytes) -> bytes:
        head = (f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Bearer {token}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n")  # fmt: skip
        return head.encode() + body

    requests = [[request(tokens[i][1], b) for b in bodies[i]] for i in range(len(tokens))]
    connections = [await asyncio.open_connection(host, int(port)) for _ in tokens]
    for _, writer in connections:
        writer.get_extra_info("socket").setsockopt(*NODELAY[0])

    async def device(i: int) -> None:
        reader, writer = connections[i]
        for raw in requests[i]:
            t0 = time.perf_counter()
            writer.write(raw)
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(head.lower().split(b"content-length:", 1)[1].split(b"\r\n", 1)[0])
            reply = await reader.readexactly(length)
            latencies.append(time.perf_counter() - t0)
            if not head.startswith(b"HTTP/1.1 200"):
                raise RuntimeError(f"{path}: {head[:40]!r} {reply[:300]!r}")
            if push and (b'"status":"conflict"' in reply or b'"status":"rejected"' in reply):
                raise RuntimeError(f"push not applied: {reply[:300]!r}")

    t0 = time.perf_counter()
    await asyncio.gather(*(device(i) for i in range(len(tokens))))
    elapsed = time.perf_counter() - t0
    for _, writer in connections:
        writer.close()
    return elapsed, latencies


class CpuMeter:
    """CPU seconds over a run (Linux /proc): the whole machine, this process (the load generator), the server's
    worker processes; the rest is PostgreSQL and whatever else runs here (a CI job, say)."""

    def __init__(self, server_pid: int | None) -> None:
        self.server_pid = server_pid
        self.tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

    def _machine(self) -> float:
        try:
            with open("/proc/stat") as f:
                fields = [int(x) for x in f.readline().split()[1:]]
        except OSError:
            return float("nan")
        return (sum(fields) - fields[3] - fields[4]) / self.tick  # all but idle and iowait

    def _server(self) -> float:
        if self.server_pid is None:
            return float("nan")
        parents: dict[int, int] = {}
        times: dict[int, float] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as f:
                    stat = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry)] = int(stat[1])
            times[int(entry)] = (int(stat[11]) + int(stat[12])) / self.tick
        tree, grown = {self.server_pid}, True
        while grown:
            more = {pid for pid, parent in parents.items() if parent in tree} - tree
            grown, tree = bool(more), tree | more
        return sum(times.get(pid, 0.0) for pid in tree)

    def __enter__(self) -> CpuMeter:
        self.t0, self.m0, self.c0, self.s0 = time.perf_counter(), self._machine(), time.process_time(), self._server()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.t0
        self.machine = self._machine() - self.m0
        self.client = time.process_time() - self.c0
        self.server = self._server() - self.s0

    def line(self) -> str:
        cpus = os.cpu_count() or 1
        rest = self.machine - self.client - self.server

        def pct(x: float) -> str:
            return f"{100 * x / self.wall:.0f}%"

        return (f"CPU over {self.wall:.1f} s (100% = one core, {cpus * 100}% = all): machine {pct(self.machine)}, "
                f"load generator {pct(self.client)}, server workers {pct(self.server)}, "
                f"PostgreSQL and the rest {pct(rest)}")  # fmt: skip


def copy_floor(url: str, rows_per_visit: int, visits: int) -> float:
    """The database's own ingest: the same number of records, same shape, one COPY; returns visits/s."""
    if not url.startswith("postgresql"):
        return float("nan")
    import psycopg

    payload = json.dumps({"visit_id": str(uuid.uuid4()), "question_id": "q0_0", "value": "yes", "na": False,
                          "comment": ""})  # fmt: skip
    with psycopg.connect(url, autocommit=False) as conn:
        conn.execute("CREATE TEMP TABLE floor (LIKE records INCLUDING DEFAULTS)")
        t0 = time.perf_counter()
        with conn.cursor() as cur, cur.copy("COPY floor (kind, id, rev, seq, visit_id, natural_key, data, "
                                            "updated_at) FROM STDIN") as copy:  # fmt: skip
            n = 0
            now = dt.datetime.now(dt.UTC)
            for _ in range(visits):
                vid = str(uuid.uuid4())
                for r in range(rows_per_visit):
                    n += 1
                    copy.write_row(("answer", str(uuid.uuid4()), 1, n, vid, f"{vid}:{r}", payload, now))
        conn.commit()
        return visits / (time.perf_counter() - t0)


@dataclass
class PushFigures:
    workers: int
    visits: int
    rate: float
    p50: float
    p95: float
    floor_rate: float
    floor_p50: float
    floor_p95: float
    cpu_ms: float  # the server processes' CPU per push, under load (HTTP parsing included)
    floor_cpu_ms: float

    @property
    def ratio(self) -> float:
        return self.rate / self.floor_rate


def bench_push(
    url: str, location: str, auditors: list[str], devices: int, each: int, db_url: str, server_pid: int | None,
    workers: int,
) -> PushFigures:  # fmt: skip
    tokens = asyncio.run(_tokens(url, auditors, devices))
    day = dt.date(2026, 11, 20)
    floor_bodies = [[visit_body(d, location, day) for _ in range(each)] for d, _ in tokens]
    push_bodies = [[visit_body(d, location, day) for _ in range(each)] for d, _ in tokens]
    warm_bodies = [[visit_body(d, location, day)] for d, _ in tokens]
    size_kb = statistics.mean(len(b) for bs in push_bodies for b in bs) / 1024
    visits = devices * each
    asyncio.run(_hammer(url, "/bench/sink", [b[:1] for b in floor_bodies], tokens))  # warm up connections, workers
    asyncio.run(_hammer(url, API + "/sync/push", warm_bodies, tokens))  # and the push's plans and caches
    # In turns, twice, the best of each: other work on a shared machine comes and goes.
    runs: dict[str, list[tuple[float, list[float], CpuMeter]]] = {"floor": [], "push": []}
    for half in (slice(0, (each + 1) // 2), slice((each + 1) // 2, each)):
        for key, path, bodies in (("floor", "/bench/sink", floor_bodies), ("push", API + "/sync/push", push_bodies)):
            part = [b[half] for b in bodies]
            if not part[0]:
                continue
            with CpuMeter(server_pid) as cpu:
                seconds, lat = asyncio.run(_hammer(url, path, part, tokens))
            runs[key].append((sum(len(p) for p in part) / seconds, lat, cpu))

    def p(lat: list[float], q: int) -> float:
        return statistics.quantiles(lat, n=100)[q - 1] * 1000

    def figures(key: str) -> tuple[float, float, float, float, CpuMeter]:
        rate = max(r for r, _, _ in runs[key])
        lat = [x for _, lats, _ in runs[key] for x in lats]
        cpu = runs[key][-1][2]
        n = sum(len(lats) for _, lats, _ in runs[key])
        cpu_ms = 1000 * sum(c.server for _, _, c in runs[key]) / n
        print(f"   {key}: {cpu.line()}")
        return rate, p(lat, 50), p(lat, 95), cpu_ms, cpu

    print(f"1. push with {workers} worker process{'es' if workers > 1 else ''}: {visits} visits x {QUESTIONS} "
          f"answers (+ visit, + submit), {devices} devices at once, {size_kb:.0f} KB per push")  # fmt: skip
    floor_rate, floor_p50, floor_p95, floor_cpu, floor_meter = figures("floor")
    rate, p50, p95, cpu_ms, _ = figures("push")
    print(f"   {'':52}{'visits/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'server CPU':>12}")
    print(f"   {'floor: the same bodies parsed, one INSERT each':52}{floor_rate:9.0f}{floor_p50:9.0f}{floor_p95:9.0f}"
          f"{floor_cpu:9.1f} ms")  # fmt: skip
    print(f"   {'push, applied and stored':52}{rate:9.0f}{p50:9.0f}{p95:9.0f}{cpu_ms:9.1f} ms")
    if floor_meter.client > 0.4 * floor_meter.wall:
        print("   the load generator takes a large share of the machine: the floor is a floor of this setup")
    print()
    return PushFigures(workers, visits, rate, p50, p95, floor_rate, floor_p50, floor_p95, cpu_ms, floor_cpu)


def push_summary(figures: list[PushFigures], db_url: str) -> None:
    """The push figures side by side; the ratio to the bare endpoint is the last line."""
    copy_rate = copy_floor(db_url, QUESTIONS + 2, figures[0].visits)
    print("1. push, summary")
    for f in figures:
        name = "workers" if f.workers > 1 else "worker "
        print(f"   {f.workers} {name}: push {f.rate:5.0f} visits/s (p95 {f.p95:5.0f} ms, "
              f"server CPU {f.cpu_ms:4.1f} ms a push), bare endpoint {f.floor_rate:5.0f}/s (p95 {f.floor_p95:5.0f} ms)"
              f": {f.ratio:.2f}x")  # fmt: skip
    if copy_rate == copy_rate:
        print(f"   floor of the database alone: the same rows by one COPY, {copy_rate:.0f} visits/s")
    best = max(figures, key=lambda f: f.rate)
    ok = best.ratio >= 0.6 and best.p95 < 500
    print(f"   vs ODK Central's ~{ODK_REFERENCE:.0f}/s: {best.rate / ODK_REFERENCE:.1f}x; "
          f"goal >= 0.6x of the bare endpoint and p95 < 500 ms: {'OK' if ok else 'MISSED'}")  # fmt: skip
    print("   push vs bare endpoint: " + ", ".join(f"{f.ratio:.2f}x at {f.workers} worker{'s' if f.workers > 1 else ''}"
                                                  for f in figures))  # fmt: skip


# ------------------------------------------------------------ 2. photos


def bench_photos(url: str, auditor: str, n: int = 16, size: int = 3 << 20) -> None:
    photos = [os.urandom(size) for _ in range(n)]  # photos do not compress; neither does this
    with httpx.Client(base_url=url, timeout=120) as c:
        token = c.post(API + "/auth/token", json={"username": auditor, "password": PASSWORD,
                                                  "device": "photo-bench"}).json()["token"]  # fmt: skip
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/octet-stream"}
        c.put("/bench/sink", content=photos[0][:1000], headers=headers)

        def one_pass(path_of: Any, batch: list[bytes]) -> float:
            t0 = time.perf_counter()
            for data in batch:
                r = c.put(path_of(data), content=data, headers=headers)
                r.raise_for_status()
            return n * size / (1 << 20) / (time.perf_counter() - t0)

        def name(data: bytes) -> str:
            return hashlib.sha256(data).hexdigest()

        endpoints = {
            "wire": lambda _data: "/bench/sink",
            "floor": lambda data: f"/bench/file/{name(data)}",
            "fsynced": lambda data: f"/bench/file/{name(data)}?durable=1",
            "atomic": lambda data: f"/bench/file/{name(data)}?atomic=1",
            "ours": lambda data: f"{API}/blobs/{name(data)}",
        }
        best = dict.fromkeys(endpoints, 0.0)
        for i in range(3):  # the best of three passes, taken in turns: the page cache and the disk have moods
            # /blobs stores a photo once (a second PUT is a no-op): each of its passes sends new photos
            fresh = [os.urandom(size) for _ in range(n)] if i else photos
            for key, path_of in endpoints.items():
                best[key] = max(best[key], one_pass(path_of, fresh if key == "ours" else photos))
        wire, floor, fsynced, atomic, ours = best.values()
    ratio = ours / atomic
    print(f"2. photo upload: {n} photos of {size >> 20} MB, one laptop (best of 3 passes each)")
    print(f"   {'the bytes PUT and dropped (wire and ASGI only)':64}{wire:8.0f} MB/s")
    print(f"   {'bare file endpoint, not durable (no fsync)':64}{floor:8.0f} MB/s")
    print(f"   {'bare file endpoint with an fsync':64}{fsynced:8.0f} MB/s")
    print(f"   {'floor: bare, durable as SYNC.md asks (temp, fsync, rename, dir)':64}{atomic:8.0f} MB/s")
    print(f"   {'PUT /blobs (sign-in, hash, size check, the same durability)':64}{ours:8.0f} MB/s")
    print(f"   to the not-durable endpoint {ours / floor:.2f}x, to the fsynced one {ours / fsynced:.2f}x, "
          f"to the durable floor {ratio:.2f}x")  # fmt: skip
    print(f"   goal >= 0.7x of the durable floor: {'OK' if ratio >= 0.7 else 'MISSED'} (SYNC.md requires the fsyncs "
          "and the rename; without them a store can lose a photo)\n")  # fmt: skip


# ------------------------------------------------------------ 4. photos to object storage


@contextmanager
def s3_server() -> Iterator[str]:
    """moto's S3 server in a process of its own; yields an s3:// address, the AWS_* variables set for it."""
    port = _free_port()
    cmd = [sys.executable, "-c", "from moto.server import main; main()", "-H", "127.0.0.1", "-p", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.environ.update(AWS_ENDPOINT_URL=f"http://127.0.0.1:{port}", AWS_ACCESS_KEY_ID="bench",
                      AWS_SECRET_ACCESS_KEY="bench", AWS_DEFAULT_REGION="us-east-1")  # fmt: skip
    try:
        from mystery_shop.server.s3blobs import client

        deadline = time.monotonic() + 30
        while True:
            try:
                client().create_bucket(Bucket="bench")
                break
            except Exception:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("moto's S3 server did not start") from None
                time.sleep(0.2)
        yield "s3://bench/photos"
    finally:
        proc.terminate()
        proc.wait(20)


def bench_s3_photos(config: Any, auditor: str, workers: int, n: int = 16, size: int = 3 << 20) -> None:
    from mystery_shop.server.s3blobs import client

    with s3_server() as s3_url, server(config.with_(blobs_url=s3_url), workers) as (url, _):
        s3 = client()
        with httpx.Client(base_url=url, timeout=120) as c:
            token = c.post(API + "/auth/token", json={"username": auditor, "password": PASSWORD,
                                                      "device": "photo-bench"}).json()["token"]  # fmt: skip
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/octet-stream"}

            def via_server(batch: list[bytes]) -> float:
                t0 = time.perf_counter()
                for data in batch:
                    c.put(f"{API}/blobs/{hashlib.sha256(data).hexdigest()}", content=data, headers=headers
                          ).raise_for_status()  # fmt: skip
                return n * size / (1 << 20) / (time.perf_counter() - t0)

            def straight(batch: list[bytes]) -> float:
                t0 = time.perf_counter()
                for data in batch:
                    s3.put_object(Bucket="bench", Key=f"straight/{hashlib.sha256(data).hexdigest()}", Body=data)
                return n * size / (1 << 20) / (time.perf_counter() - t0)

            best = {"ours": 0.0, "straight": 0.0}
            for _ in range(3):  # in turns, new photos each pass (the server stores a photo once)
                batch = [os.urandom(size) for _ in range(n)]
                best["ours"] = max(best["ours"], via_server(batch))
                best["straight"] = max(best["straight"], straight(batch))
    ratio = best["ours"] / best["straight"]
    print(f"4. photo upload to object storage: {n} photos of {size >> 20} MB, one laptop (best of 3 passes each)")
    print(f"   {'PUT straight to the S3 server (boto3)':64}{best['straight']:8.0f} MB/s")
    print(f"   {'PUT /blobs, server with --blobs s3:// (streamed as one part, hashed)':64}{best['ours']:8.0f} MB/s")
    print(f"   ratio {ratio:.2f}x, goal >= 0.7x: {'OK' if ratio >= 0.7 else 'MISSED'}\n")


# ------------------------------------------------------------ 3. a sync with nothing to do


def seed_visits(db_url: str, location: str, auditor_id: str, n: int, answers: int = 3) -> None:
    """``n`` submitted visits of one auditor with a few answers each, written in bulk through the SEQ counter."""
    from sqlalchemy import insert, update

    from mystery_shop.server.db import Database
    from mystery_shop.server.models import Counter, Record

    db = Database(db_url)
    now = dt.datetime.now(dt.UTC)
    with db.write() as s:
        client = s.get(Record, ("location", location))
        assert client is not None
        top = s.execute(update(Counter).where(Counter.id == 1).values(value=Counter.value + n * (1 + answers))
                        .returning(Counter.value)).scalar_one()  # fmt: skip
        seq = top - n * (1 + answers)
        rows = []
        for i in range(n):
            vid = str(uuid.uuid4())
            seq += 1
            data = {"form_id": "big", "form_version": 1, "location_id": location, "auditor_id": auditor_id,
                    "scheduled_date": (dt.date(2026, 1, 1) + dt.timedelta(days=i % 300)).isoformat(),
                    "status": "submitted", "score_total": 80.0, "grade": "Good", "complete": True}  # fmt: skip
            rows.append({"kind": "visit", "id": vid, "rev": 1, "seq": seq, "visit_id": vid,
                         "client_id": client.client_id, "auditor_id": auditor_id, "status": "submitted",
                         "data": data, "updated_at": now})  # fmt: skip
            for q in range(answers):
                seq += 1
                key = f"{vid}:q0_{q}"
                rows.append({"kind": "answer", "id": str(uuid.uuid4()), "rev": 1, "seq": seq, "visit_id": vid,
                             "client_id": client.client_id, "natural_key": key,
                             "data": {"visit_id": vid, "question_id": f"q0_{q}", "value": "yes", "na": False,
                                      "comment": ""}, "updated_at": now})  # fmt: skip
        for i in range(0, len(rows), 5000):
            s.execute(insert(Record), rows[i : i + 5000])
    db.dispose()


def bench_noop(url: str, db_url: str, location: str, tmp: Path) -> None:
    from sqlalchemy import select

    from mystery_shop.domain.workflow import Role
    from mystery_shop.server import admin
    from mystery_shop.server.db import Database
    from mystery_shop.server.models import User
    from mystery_shop.sync.account import login
    from mystery_shop.sync.engine import SyncEngine
    from mystery_shop.sync.tokens import TokenStore

    results: dict[int, tuple[float, float]] = {}
    for n in (100, 10_000):
        name = f"noop{n}"
        db = Database(db_url)
        admin.add_user(db, name, PASSWORD, Role.AUDITOR)
        with db.read() as s:
            uid = s.scalar(select(User.id).where(User.username == name))
        db.dispose()
        assert uid is not None
        seed_visits(db_url, location, uid, n)
        root = tmp / f"profile-{n}"
        root.mkdir()
        tokens = TokenStore(root, use_keyring=False)
        login(root / "mystery-shop.db", url, name, PASSWORD, tokens=tokens)
        engine = SyncEngine(root / "mystery-shop.db", root / "blobs", tokens=tokens)
        t0 = time.perf_counter()
        first = engine.sync_once()
        first_s = time.perf_counter() - t0
        if first.error or first.check != "ok":
            raise RuntimeError(f"the first sync failed: {first.error or first.check}")
        times = []
        for _ in range(25):
            report = engine.sync_once()
            if report.pulled or report.pushed or report.error:
                raise RuntimeError(f"not a sync with nothing to do: {report}")
            times.append(report.seconds * 1000)
        results[n] = (statistics.median(times[5:]), first_s)
        print(f"   profile of {n:>6,} visits: first sync pulled {first.pulled:,} records in {first_s:.1f} s; "
              f"nothing to do: median {results[n][0]:.1f} ms")  # fmt: skip
    small, large = results[100][0], results[10_000][0]
    ok = large < 50 and small < 50 and large <= 1.2 * small
    print(f"   larger / smaller {large / small:.2f}x; goal < 50 ms and <= 1.2x: {'OK' if ok else 'MISSED'}")


# ------------------------------------------------------------ main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--devices", type=int, default=100)
    parser.add_argument("--visits-each", type=int, default=5, help="visits each device pushes")
    parser.add_argument("--workers", default="1,2", help="server worker processes: the push figures at each")
    parser.add_argument("--parts", default="123", help="which figures: any of 1 (push), 2 (photos), 3 (no-op sync), "
                        "4 (photos to object storage)")  # fmt: skip
    parser.add_argument("--serve", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    counts = [int(w) for w in str(args.workers).split(",")]
    if args.serve:
        serve(args.serve, counts[0])
        return
    from mystery_shop.server.config import ServerConfig

    with tempfile.TemporaryDirectory(prefix="ms-sync-bench-") as tmp_name:
        tmp = Path(tmp_name)
        with database(tmp) as (db_url, kind):
            location, auditors = setup_firm(db_url, args.devices)
            config = ServerConfig(tmp / "data", db_url)
            print(f"{os.cpu_count()} CPUs, shared by everything: the server's worker processes ({args.workers}), "
                  f"{kind}, and the load generator (the {args.devices} devices are coroutines of one Python "
                  "process on raw keep-alive connections); over loopback\n")  # fmt: skip
            if "2" in args.parts or "3" in args.parts:
                with server(config, max(counts)) as (url, _):
                    if "2" in args.parts:
                        bench_photos(url, auditors[0])
                    if "3" in args.parts:
                        print("3. a sync with nothing to do (SyncEngine.sync_once: bookmarks, outbox, one pull)")
                        bench_noop(url, db_url, location, tmp)
                        print()
            if "4" in args.parts:
                bench_s3_photos(config, auditors[0], max(counts))
            if "1" in args.parts:
                figures = []
                for workers in counts:
                    with server(config, workers) as (url, pid):
                        figures.append(bench_push(url, location, auditors, args.devices, args.visits_each, db_url,
                                                  pid, workers))  # fmt: skip
                push_summary(figures, db_url)


if __name__ == "__main__":
    main()
