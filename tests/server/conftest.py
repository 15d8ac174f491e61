"""A live sync server per test, on SQLite and on PostgreSQL (tests/server/fixtures.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from server.fixtures import _pg_status, db_url, firm, laptop, live, proxy
from server.harness import Firm
from server.portal_support import Signed, World, build_world

__all__ = ["_pg_status", "db_url", "firm", "laptop", "live", "proxy"]


@pytest.fixture(scope="session")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Signed:
    """The firm's signing key, made once per run, and signed PDFs made with it."""
    return Signed(Path(tmp_path_factory.mktemp("signing")))


@pytest.fixture
def world(firm: Firm, signed: Signed) -> World:
    """Acme and Globex, three published visits each with their signed reports, and one approved visit each."""
    return build_world(firm, signed)
