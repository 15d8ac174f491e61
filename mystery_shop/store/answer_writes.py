"""The statements on the path of every answer an auditor gives.

Plain SQL through the driver: SQLAlchemy's per-statement work (cache keys,
parameter processing) costs more than SQLite's own upsert and commit, and this
runs on every change. The values are stored exactly as the ORM columns in
``models.py`` store them (naive-UTC datetime text, JSON text, 0/1), which
``tests/services`` checks by reading them back through the ORM.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import Connection

from mystery_shop.domain.workflow import VisitStatus

_UPSERT = """
INSERT INTO answers (id, rev, updated_at, visit_id, question_id, value, na, comment)
VALUES (?, 0, ?, ?, ?, ?, ?, ?)
ON CONFLICT (visit_id, question_id) DO UPDATE SET {updates}, updated_at = excluded.updated_at
RETURNING id, rev
"""
UPSERT_VALUE = _UPSERT.format(updates="value = excluded.value, na = excluded.na")
UPSERT_COMMENT = _UPSERT.format(updates="comment = excluded.comment")

QUEUE_CHANGE = """
INSERT INTO outbox (op_id, seq, kind, record_id, fields, base_rev, created_at)
VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM outbox), ?, ?, ?, ?, ?)
"""

STORE_SCORE = (
    "UPDATE visits SET score_total = ?, grade = ?, complete = ?, critical_failed = ?, updated_at = ? WHERE id = ?"
)
# The same, only while the auditor may still change the visit: the status is checked in
# the write's own transaction, so an edit racing a submit or a review never lands. The states
# are the workflow's (``VisitStatus.editable``), not a second list here.
EDITABLE_STATES = tuple(sorted(s.value for s in VisitStatus if s.editable))
STORE_SCORE_EDITABLE = STORE_SCORE + f" AND status IN ({', '.join(repr(s) for s in EDITABLE_STATES)})"
MARK_STARTED = "UPDATE visits SET started_at = ? WHERE id = ? AND started_at IS NULL"


def db_time(t: dt.datetime) -> str:
    """An aware datetime as the DateTime column stores it: naive UTC, with microseconds."""
    return t.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _cursor(conn: Connection) -> Any:
    """The sqlite3 cursor of ``conn``'s connection: the statements run in the transaction ``conn`` opened."""
    return conn.connection.driver_connection.cursor()  # type: ignore[union-attr]


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value)


def upsert_answer(
    conn: Connection, visit_id: str, question_id: str, fields: dict[str, Any], now: dt.datetime
) -> tuple[str, int]:
    """Write ``fields`` (value and na, or comment) of one answer; returns its id and revision."""
    sql = UPSERT_COMMENT if "comment" in fields else UPSERT_VALUE
    row = (
        _cursor(conn)
        .execute(
            sql,
            (
                str(uuid.uuid4()),
                db_time(now),
                visit_id,
                question_id,
                _json(fields.get("value")),
                int(bool(fields.get("na", False))),
                fields.get("comment", ""),
            ),
        )
        .fetchone()
    )
    return row[0], row[1]


def queue_change(
    conn: Connection, kind: str, record_id: str, fields: dict[str, Any], base_rev: int, now: dt.datetime
) -> None:
    _cursor(conn).execute(
        QUEUE_CHANGE, (str(uuid.uuid4()), kind, record_id, json.dumps(fields), base_rev, db_time(now))
    )


def store_score(
    conn: Connection,
    visit_id: str,
    total: float | None,
    grade: str | None,
    complete: bool,
    now: dt.datetime,
    *,
    editable_only: bool,
    critical_failed: bool = False,
) -> bool:
    """Store the visit's score; False (nothing written) when ``editable_only`` and it is no longer editable."""
    sql = STORE_SCORE_EDITABLE if editable_only else STORE_SCORE
    values = (total, grade, int(complete), int(critical_failed), db_time(now), visit_id)
    return bool(_cursor(conn).execute(sql, values).rowcount)


def mark_started(conn: Connection, visit_id: str, now: dt.datetime) -> None:
    _cursor(conn).execute(MARK_STARTED, (db_time(now), visit_id))
