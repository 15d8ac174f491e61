"""The ``report`` kind: a visit's signed PDF, pushed by the app when a supervisor publishes the visit.

Its bytes travel first as a blob (``PUT /blobs/{sha256}``, as photos do); the
record names them, with who signed, with which certificate, and when. It is
the server's copy of the "signed report" audit entry. A visit is published
only with one (``require_report``): the client portal serves exactly those
bytes. Reports are append-only and are accepted while the visit is approved;
once it is published, only a revised one after an accepted appeal changed its
score (one per appeal's override): the newest is the current report, the
earlier ones stay, superseded (docs/appeals.md).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from mystery_shop.domain.workflow import Role, VisitStatus

from .blob_access import may_name
from .push_checks import SHA, Context, Refused, require_role, text_field, visit_of
from .records import Row

_REPORT_ID = re.compile(r"^[A-Z]-\d{8}-[0-9A-F]{6}$")


def push_report(ctx: Context, ch: Any) -> Row:
    require_role(ctx, {Role.ADMIN, Role.SUPERVISOR}, "signed reports")
    rec = ctx.writer.get("report", ch.id)
    visit = visit_of(ctx, rec.visit_id if rec is not None else ch.data.get("visit_id"))
    if rec is not None:  # written before: the same again is a no-op, a change is refused
        if {k: v for k, v in rec.data.items() if k in ch.data} == ch.data or rec.last_device == ctx.caller.device_id:
            return rec
        raise Refused(409, "a signed report cannot be changed once written", rec)
    if visit.status != VisitStatus.APPROVED.value:
        if visit.status == VisitStatus.PUBLISHED.value:
            if not _revision_due(ctx, visit):
                raise Refused(409, "the visit is published already: its report is the one published with it", visit)
        else:
            raise Refused(409, f"a report is published with an approved visit; this one is {visit.status}", visit)
    data = dict(ch.data)
    sha = data.get("sha256")
    if not isinstance(sha, str) or not SHA.match(sha):
        raise Refused(422, "a signed report needs the SHA-256 of its PDF")
    size = data.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
        raise Refused(422, "a signed report needs its size in bytes")
    if not _REPORT_ID.match(text_field(data, "report_id")):
        raise Refused(422, f"{data['report_id']!r} is not a report number (V-YYYYMMDD-XXXXXX)")
    signed_at = text_field(data, "signed_at")
    try:
        when = dt.datetime.fromisoformat(signed_at)
    except ValueError:
        raise Refused(422, f"signed_at {signed_at!r} is not an ISO date and time") from None
    if when.tzinfo is None:
        raise Refused(422, "signed_at needs its time zone")
    if not ctx.has_blob(sha) or not may_name(ctx.writer.conn, ctx.caller, sha):  # a hash alone opens nothing
        raise Refused(409, f"the signed report's PDF is not on the server yet: {sha}", visit)
    data.update(visit_id=visit.id, author_id=ctx.caller.user_id, signer=str(data.get("signer") or ""))
    data["detail"] = str(data.get("detail") or "")
    data.setdefault("created_at", dt.datetime.now(dt.UTC).isoformat())
    return ctx.writer.put("report", ch.id, data, visit_id=visit.id, client_id=visit.client_id, blob=sha)


def _revision_due(ctx: Context, visit: Row) -> bool:
    """A published visit takes one revised report per accepted appeal's override (docs/appeals.md): the first
    report came with its publication."""
    rows = ctx.writer.of_visit(visit.id)
    appealed = sum(1 for r in rows if r.kind == "score_override" and r.data.get("appeal_id"))
    return sum(1 for r in rows if r.kind == "report") <= appealed


def require_report(ctx: Context, visit: Row) -> None:
    """Publishing needs the visit's signed report (pushed before the command, in this batch or an earlier one)."""
    if not ctx.writer.of_visit(visit.id, "report"):
        raise Refused(
            409, "publishing needs the visit's signed report: sign the report (an app too old to send it must be "
            "updated)", visit,
        )  # fmt: skip
