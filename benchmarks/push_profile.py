"""Server CPU for one push of a 250-answer visit, in process, and its profile (issue 17).

The app is the real one (``create_app``: middleware, sign-in, validation,
the push, the stored results, the reply) driven by hand-made ASGI calls from
one thread, one push after another against PostgreSQL, so the CPU measured is
the server's alone: no HTTP client, no socket, no other request in flight.
The HTTP parser's share (uvicorn) is not in it; benchmarks/sync.py measures
the whole server process under load.

    .venv/bin/python benchmarks/push_profile.py [--pushes 200] [--flame docs/img/push_profile.svg]

``--flame`` records the measured pushes with py-spy (all threads: FastAPI runs
the push in its thread pool) as a flame graph SVG and prints the functions
with the most samples (own and inclusive).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import datetime as dt
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sync import database, setup_firm, visit_body

API = "/api/v1"


async def asgi_post(app: Any, path: str, body: bytes, token: str) -> tuple[int, bytes]:
    """One POST through the ASGI app, as uvicorn would hand it over (the body in one message)."""
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
        "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
        "headers": [(b"host", b"bench"), (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()), (b"authorization", f"Bearer {token}".encode())],
        "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80), "state": {},
    }  # fmt: skip
    sent = False
    status = 0
    out: list[bytes] = []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            await asyncio.sleep(3600)
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            out.append(message.get("body", b""))

    await app(scope, receive, send)
    return status, b"".join(out)


def token_for(app: Any, username: str, password: str) -> str:
    body = json.dumps({"username": username, "password": password, "device": "profile"}).encode()
    status, reply = asyncio.run(asgi_post(app, API + "/auth/token", body, ""))
    assert status == 200, reply
    return str(json.loads(reply)["token"])


def postgres_cpu() -> float:
    """CPU seconds of every PostgreSQL process on this machine (Linux /proc): what the database spent."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                name, rest = f.read().split(") ", 1)
        except OSError:
            continue
        if name.endswith("(postgres"):
            fields = rest.split()
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def run_pushes(app: Any, token: str, bodies: list[bytes]) -> tuple[float, float, float]:
    """(CPU ms per push, wall ms per push, PostgreSQL's CPU ms per push) over ``bodies``, one after another."""

    async def go() -> None:
        for body in bodies:
            status, reply = await asgi_post(app, API + "/sync/push", body, token)
            if status != 200 or b'"conflict"' in reply or b'"rejected"' in reply:
                raise RuntimeError(f"push failed: {status} {reply[:300]!r}")

    cpu0, wall0, pg0 = time.process_time(), time.perf_counter(), postgres_cpu()
    asyncio.run(go())
    n = len(bodies)
    return (1000 * (time.process_time() - cpu0) / n, 1000 * (time.perf_counter() - wall0) / n,
            1000 * (postgres_cpu() - pg0) / n)  # fmt: skip


def top_functions(raw: Path, n: int = 25) -> str:
    """The functions with the most samples in py-spy's collapsed stacks: own samples and inclusive."""
    own: collections.Counter[str] = collections.Counter()
    incl: collections.Counter[str] = collections.Counter()
    total = 0
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        k = int(count)
        frames = [f.split(" (")[0] + " (" + f.split(" (")[1].split(":")[0].rsplit("/", 1)[-1] + ")" if " (" in f else f
                  for f in stack.split(";")]  # fmt: skip
        if any("asyncio" in f and "select" in f for f in frames[-2:]) or frames[-1].startswith("wait "):
            continue  # an idle thread waiting for work
        total += k
        own[frames[-1]] += k
        for f in set(frames):
            incl[f] += k
    lines = [f"{total} samples of busy threads", "", f"{'own %':>6} {'incl %':>7}  function (file)"]
    for f, k in own.most_common(n):
        lines.append(f"{100 * k / total:6.1f} {100 * incl[f] / total:7.1f}  {f}")
    lines += ["", f"{'incl %':>7}  function (file), inclusive"]
    skip = ("<module>", "run (", "_run (", "run_until_complete", "run_forever", "_run_once", "go (", "run_pushes",
            "main (", "worker (", "_bootstrap", "asgi_post")  # fmt: skip
    shown = 0
    for f, k in incl.most_common():
        if any(s in f for s in skip):
            continue
        lines.append(f"{100 * k / total:7.1f}  {f}")
        shown += 1
        if shown == n:
            break
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pushes", type=int, default=200, help="pushes measured (after 60 to warm up)")
    parser.add_argument("--flame", type=Path, help="write a py-spy flame graph SVG of the measured pushes here")
    args = parser.parse_args()

    from mystery_shop.server.config import ServerConfig
    from mystery_shop.server.main import create_app

    with tempfile.TemporaryDirectory(prefix="ms-push-profile-") as tmp_name, database(Path(tmp_name)) as (url, kind):
        location, auditors = setup_firm(url, 10)
        app = create_app(ServerConfig(Path(tmp_name) / "data", url))
        token = token_for(app, auditors[0], "benchmark password")
        day = dt.date(2026, 11, 20)
        warm = [visit_body("profile", location, day) for _ in range(60)]
        bodies = [visit_body("profile", location, day) for _ in range(args.pushes)]
        print(f"{kind}; one push at a time, in process; {len(bodies[0]) // 1024} KB a push (250 answers)")
        run_pushes(app, token, warm)
        spy = None
        if args.flame:
            raw = args.flame.with_suffix(".txt.raw")
            cmd = [str(Path(sys.executable).with_name("py-spy")), "record", "--pid", str(os.getpid()), "--rate", "250",
                   "--nonblocking", "--gil"]  # fmt: skip
            spy = subprocess.Popen([*cmd, "-o", str(args.flame)], stdout=subprocess.DEVNULL)
            spy_raw = subprocess.Popen([*cmd, "--format", "raw", "-o", str(raw)], stdout=subprocess.DEVNULL)
            time.sleep(1.5)  # py-spy attaches
        samples = [run_pushes(app, token, bodies[i::4]) for i in range(4)]
        if spy is not None:
            for p in (spy, spy_raw):
                p.send_signal(signal.SIGINT)
            for p in (spy, spy_raw):
                p.wait(60)
            summary = top_functions(raw)
            raw.unlink()
            args.flame.with_suffix(".txt").write_text(summary + "\n")
            print(summary)
        cpu = statistics.median(s[0] for s in samples)
        wall = statistics.median(s[1] for s in samples)
        pg = statistics.median(s[2] for s in samples)
        app.state.ms.db.dispose()
        print(f"PostgreSQL's CPU per push (all its processes; anything else it serves meanwhile too): {pg:.1f} ms")
        print(f"server CPU per 250-answer push: {cpu:.1f} ms (wall {wall:.1f} ms; median of 4 runs of "
              f"{len(bodies) // 4}; goal < 8 ms: {'OK' if cpu < 8 else 'MISSED'})")  # fmt: skip


if __name__ == "__main__":
    main()
