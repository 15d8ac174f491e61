"""Fixtures of the sync tests (server, sync, app): a live server per test, on SQLite and on PostgreSQL.

Imported by the conftest of each folder that uses them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from server.faulty_proxy import FaultyProxy
from server.harness import BACKENDS, Firm, Laptop, LiveServer, _pg_status, make_db_url

from mystery_shop.server.config import ServerConfig

__all__ = ["_pg_status"]


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path, _pg_status: str) -> Iterator[str]:
    yield from make_db_url(request.param, tmp_path, _pg_status)


@pytest.fixture
def live(db_url: str, tmp_path: Path) -> Iterator[LiveServer]:
    server = LiveServer(ServerConfig(tmp_path / "server-data", db_url))
    server.start()
    yield server
    server.stop()
    server.db.dispose()


@pytest.fixture
def firm(live: LiveServer) -> Firm:
    return Firm(live).setup()


@pytest.fixture
def laptop(tmp_path: Path, live: LiveServer) -> Iterator[Callable[..., Laptop]]:
    """``laptop("alice")``: a new signed-in device of that user."""
    made: list[Laptop] = []

    def make(user: str, name: str = "", **kw: Any) -> Laptop:
        device = Laptop(tmp_path / (name or f"{user}-{len(made)}"), live, user, **kw)
        made.append(device)
        return device

    yield make
    for device in made:
        device.close()


@pytest.fixture
def proxy(live: LiveServer) -> Iterator[FaultyProxy]:
    p = FaultyProxy(live.port)
    yield p
    p.close()
