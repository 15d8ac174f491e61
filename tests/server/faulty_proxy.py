"""A TCP proxy between laptops and the test server that breaks things on purpose.

Rules match a request by method and path and act on the next such request:
``drop_reply`` lets the server do its work and commit, then closes the
connection before the reply reaches the client; ``cut`` forwards the request
head and only part of its body (``at`` as a fraction, or ``-1`` for all but
the last byte); ``corrupt`` flips one body byte; ``reset`` closes at once.
``chaos`` adds random drops, delays, duplicates and resets to everything.
"""

from __future__ import annotations

import contextlib
import random
import re
import socket
import threading
import time
from dataclasses import dataclass

_REQUEST = re.compile(rb"^(GET|POST|PUT|DELETE|HEAD) (\S+) HTTP/1\.[01]\r\n")
_LENGTH = re.compile(rb"\r\ncontent-length: *(\d+)", re.IGNORECASE)


@dataclass
class Rule:
    method: str
    path: str  # a prefix of the path
    action: str  # drop_reply | cut | corrupt | reset
    at: float = 0.5
    times: int = 1


@dataclass
class Chaos:
    rate: float = 0.1  # chance that a request meets a fault
    seed: int = 0
    max_delay_s: float = 0.05


class FaultyProxy:
    def __init__(self, upstream_port: int) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.rules: list[Rule] = []
        self.chaos: Chaos | None = None
        self.faults: list[str] = []  # what happened, for the test's messages
        self._rng = random.Random(0)
        self._lock = threading.Lock()
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._closed = False
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    def add(self, rule: Rule) -> None:
        with self._lock:
            self.rules.append(rule)

    def set_chaos(self, chaos: Chaos | None) -> None:
        self.chaos = chaos
        self._rng = random.Random(chaos.seed if chaos else 0)

    def close(self) -> None:
        self._closed = True
        with contextlib.suppress(OSError):  # closing alone does not wake a blocked accept() on Linux
            self._sock.shutdown(socket.SHUT_RDWR)
        self._sock.close()
        self._acceptor.join(5)

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _pick(self, method: str, path: str) -> Rule | None:
        with self._lock:
            for rule in self.rules:
                if rule.times > 0 and rule.method == method and path.startswith(rule.path):
                    rule.times -= 1
                    self.faults.append(f"{rule.action} {method} {path}")
                    return rule
            if self.chaos and self._rng.random() < self.chaos.rate:
                action = self._rng.choice(["drop_reply", "cut", "reset", "delay", "duplicate"])
                self.faults.append(f"chaos {action} {method} {path}")
                return Rule(method, path, action, at=self._rng.random())
        return None

    def _serve(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(self.upstream, timeout=30)
        except OSError:
            client.close()
            return
        state = {"rule": None, "dead": False}
        threading.Thread(target=self._replies, args=(upstream, client, state), daemon=True).start()
        try:
            self._requests(client, upstream, state)
        finally:
            for s in (client, upstream):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def _requests(self, client: socket.socket, upstream: socket.socket, state: dict[str, object]) -> None:
        remaining = 0  # body bytes of the current request still to come
        rule: Rule | None = None
        body_total = 0
        while True:
            data = client.recv(65536)
            if not data:
                return
            if remaining <= 0:
                m = _REQUEST.match(data)
                if m:
                    head_end = data.find(b"\r\n\r\n") + 4
                    length = _LENGTH.search(data[:head_end])
                    body_total = int(length.group(1)) if length else 0
                    remaining = body_total - (len(data) - head_end)
                    rule = self._pick(m.group(1).decode(), m.group(2).decode())
                    state["rule"] = rule
                    action = rule.action if rule is not None else ""
                    if action == "reset" or (action == "cut" and not body_total):
                        return
                    if action == "delay":
                        time.sleep(self._rng.uniform(0, self.chaos.max_delay_s if self.chaos else 0.05))
                    if action in ("cut", "corrupt", "duplicate"):
                        data = self._whole(data, head_end, body_total, client)
                        remaining = 0
                    if action == "cut":
                        assert rule is not None
                        keep = body_total - 1 if rule.at < 0 else min(int(body_total * rule.at), body_total - 1)
                        upstream.sendall(data[: head_end + keep])
                        time.sleep(0.05)
                        return  # the server sees the body end early
                    if action == "corrupt":
                        i = head_end + body_total // 2
                        data = data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1 :]
                    if action == "duplicate":
                        self._send_aside(data)  # the same request on another connection: the server must shrug
                    upstream.sendall(data)
                    continue
            remaining -= len(data)
            upstream.sendall(data)

    @staticmethod
    def _whole(data: bytes, head_end: int, body_total: int, client: socket.socket) -> bytes:
        while len(data) - head_end < body_total:
            more = client.recv(65536)
            if not more:
                break
            data += more
        return data

    def _send_aside(self, request: bytes) -> None:
        def run() -> None:
            try:
                with socket.create_connection(self.upstream, timeout=30) as s:
                    s.sendall(request)
                    while s.recv(65536):
                        pass
            except OSError:
                pass

        threading.Thread(target=run, daemon=True).start()

    def _replies(self, upstream: socket.socket, client: socket.socket, state: dict[str, object]) -> None:
        try:
            while True:
                data = upstream.recv(65536)
                if not data:
                    return
                rule = state.get("rule")
                if isinstance(rule, Rule) and rule.action in ("drop_reply", "cut", "reset"):
                    return  # the server answered (and committed); the client never hears it
                client.sendall(data)
        except OSError:
            return
        finally:
            for s in (client, upstream):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
