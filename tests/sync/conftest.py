"""A live sync server per test, on SQLite and on PostgreSQL (tests/server/fixtures.py)."""

from server.fixtures import _pg_status, db_url, firm, laptop, live, proxy

__all__ = ["_pg_status", "db_url", "firm", "laptop", "live", "proxy"]
