"""The index of published visits behind the portal's list and dashboard, kept up to date from ``records``.

``catch_up`` reads what was written since its cursor, SEQ by SEQ, as a laptop
pulls (SEQ numbers commit in order, ``records.py``), and rebuilds the row of
every visit it touched: published visits get a row with their location,
form, score and signed report, anything else loses its row. The push path
does not know the index exists. A visit's digest (``domain.digest``, what the
period figures need of it) is computed here once, from the answers and
overrides the server holds and the form's own YAML, by the same code the app
uses; a published visit's answers never change again.

It runs before each portal page that reads visits and on a timer in every
worker (``loop.py``), which also queues the e-mail notices of new
publications. Concurrent catch-ups take turns on the ``portal_state`` row.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from mystery_shop.domain.access import LocationScope
from mystery_shop.domain.answers import Answers
from mystery_shop.domain.digest import FORMAT, DigestScore, VisitDigest, digest_visit
from mystery_shop.domain.forms import Form
from mystery_shop.domain.numbers import display
from mystery_shop.domain.workflow import Role, VisitStatus
from mystery_shop.reports.theme import band_colour, hex_of

from ..changes import counter
from ..db import Database
from ..models import Counter, Record, User, utcnow
from . import action_store
from .models import PortalMail, PortalState, PortalVisit
from .visit_data import FORMS, read_answers

log = logging.getLogger(__name__)

SEQ_STEP = 20_000  # records read per catch-up transaction (short write locks on a big first build)
CHUNK = 500  # visits per query (SQLite's bound-variable limit)
PUBLISHED = VisitStatus.PUBLISHED.value
_KINDS = ("visit", "report", "location", "transition", "score_override")  # (an accepted appeal's override)
_COLUMNS = [c.name for c in PortalVisit.__table__.columns]


# ------------------------------------------------------------ catching up


@dataclass
class CatchUp:
    visits: int = 0  # index rows written or removed
    mails: int = 0  # notices queued
    actions: int = 0  # action plan items opened


def position(s: Session) -> tuple[int, int, int]:
    """(cursor, the newest SEQ, index version) in one query."""
    top = select(Counter.value).where(Counter.id == 1).scalar_subquery()
    row = s.execute(select(PortalState.cursor, top, PortalState.version).where(PortalState.id == 1)).one()
    return int(row[0]), int(row[1]), int(row[2])


def current(db: Database, *, notify: bool = False) -> int:
    """The index version, after bringing the index up to date if anything was written since (one query if not)."""
    with db.read() as s:
        cursor, top, version = position(s)
    if cursor >= top:
        return version
    catch_up(db, notify=notify)
    with db.read() as s:
        return position(s)[2]


def catch_up(db: Database, *, notify: bool = False) -> CatchUp:
    """Bring the index up to the newest SEQ; ``notify`` queues a notice per client user of each new publication."""
    out = CatchUp()
    with db.read() as s:
        cursor, top, _ = position(s)
    if cursor >= top:
        return out
    while True:
        with db.write() as s:
            state = s.execute(select(PortalState).where(PortalState.id == 1).with_for_update()).scalar_one()
            top = counter(s)
            if state.cursor >= top:
                return out
            upto = min(top, state.cursor + SEQ_STEP)
            changed, published = _touched(s, state.cursor, upto)
            n = 0
            for i in range(0, len(changed), CHUNK):
                n += rebuild(s, changed[i : i + CHUNK])
            out.actions += action_store.open_for(s, [vid for vid, _ in published])
            if notify:
                out.mails += _queue_mail(s, [vid for vid, seq in published if seq > state.mail_after])
                out.mails += _queue_decided(s, state.cursor, upto, state.mail_after)
            out.visits += n
            state.cursor = upto
            if n:
                state.version += 1


def reindex(db: Database) -> CatchUp:
    """Throw the index away and build it again from the records (no notices are sent for it)."""
    with db.write() as s:
        s.execute(delete(PortalVisit))
        s.execute(update(PortalState).where(PortalState.id == 1).values(cursor=0, version=PortalState.version + 1))
    return catch_up(db)


def _touched(s: Session, since: int, upto: int) -> tuple[list[str], list[tuple[str, int]]]:
    """The visits whose rows the records in (since, upto] may change, and (visit, SEQ) of each publication.

    An override of a published visit (an accepted appeal's) changes its score: the visit's kept digest goes,
    so ``rebuild`` scores it again."""
    visits: dict[str, None] = {}
    published: list[tuple[str, int]] = []
    locations: set[str] = set()
    q = select(Record.kind, Record.id, Record.visit_id, Record.seq, Record.data).where(
        Record.seq > since, Record.seq <= upto, Record.kind.in_(_KINDS)
    )
    for kind, rid, visit_id, seq, data in s.execute(q):
        if kind == "location":
            locations.add(rid)
        elif visit_id:
            visits[visit_id] = None
            if kind == "score_override" and data.get("appeal_id"):
                s.execute(update(PortalVisit).where(PortalVisit.visit_id == visit_id).values(digest=None))
            if kind == "transition" and data.get("to_status") == PUBLISHED:
                published.append((visit_id, seq or 0))
    if locations:  # a renamed location: its visits' rows change too
        for chunk in _chunks(sorted(locations)):
            for (vid,) in s.execute(select(PortalVisit.visit_id).where(PortalVisit.location_id.in_(chunk))):
                visits[vid] = None
    return list(visits), published


def rebuild(s: Session, visit_ids: Sequence[str]) -> int:
    """Write (or remove) the index rows of ``visit_ids`` from the records as they stand; returns how many changed."""
    visits = {r.id: r for r in s.scalars(select(Record).where(Record.kind == "visit", Record.id.in_(visit_ids)))}
    old = {r.visit_id: r for r in s.scalars(select(PortalVisit).where(PortalVisit.visit_id.in_(visit_ids)))}
    live = [v for v in visits.values() if v.status == PUBLISHED]
    gone = [vid for vid in old if vid not in {v.id for v in live}]
    if gone:
        s.execute(delete(PortalVisit).where(PortalVisit.visit_id.in_(gone)))
    if not live:
        return len(gone)
    ids = [v.id for v in live]
    loc_ids = {str(v.data.get("location_id")) for v in live}
    locations = {
        r.id: r.data for r in s.scalars(select(Record).where(Record.kind == "location", Record.id.in_(loc_ids)))
    }
    reports: dict[str, Record] = {}
    published_at: dict[str, dt.datetime] = {}
    for r in s.scalars(
        select(Record).where(Record.kind.in_(("report", "transition")), Record.visit_id.in_(ids)).order_by(Record.seq)
    ):
        if r.kind == "report":
            reports[r.visit_id or ""] = r  # the newest: a visit is published with the last one signed
        elif r.data.get("to_status") == PUBLISHED:
            published_at[r.visit_id or ""] = _time(r.data.get("at")) or r.updated_at
    forms = {v.id: FORMS.get(s, f"{v.data.get('form_id')}@{v.data.get('form_version')}") for v in live}
    keep: dict[str, VisitDigest] = {}
    for v in live:
        row, form = old.get(v.id), forms[v.id]
        if row is not None and row.digest and row.digest_format == FORMAT and form is not None:
            keep[v.id] = VisitDigest.from_json(row.digest)
    todo = [v.id for v in live if v.id not in keep and forms[v.id] is not None]
    answers = read_answers(s, todo) if todo else {}
    for vid in todo:
        form = forms[vid]
        assert form is not None
        try:
            keep[vid] = digest_visit(form, answers.get(vid, Answers()))
        except _BAD_VALUE as e:
            log.warning("published visit %s cannot be scored from its stored answers, left out of the portal: %r",
                        vid, e)  # fmt: skip
    rows = []
    for v in live:
        # One visit with a bad stored value is left out (and logged), never the page or every client's index.
        try:
            if v.id in todo and v.id not in keep:
                raise ValueError("its answers do not score")
            row = _row(v, locations.get(str(v.data.get("location_id")), {}), forms[v.id], keep.get(v.id),
                       reports.get(v.id), published_at.get(v.id))  # fmt: skip
            _fits(row)
        except _BAD_VALUE as e:
            log.warning("published visit %s has a stored value the portal cannot show, left out: %r", v.id, e)
            if v.id in old:
                s.execute(delete(PortalVisit).where(PortalVisit.visit_id == v.id))
                gone.append(v.id)
            continue
        rows.append(row)
    changed = [r for r in rows if _differs(old.get(r["visit_id"]), r)]
    if changed:
        s.execute(delete(PortalVisit).where(PortalVisit.visit_id.in_([r["visit_id"] for r in changed])))
        s.execute(insert(PortalVisit), changed)
    return len(changed) + len(gone)


def _row(
    v: Record,
    location: dict[str, Any],
    form: Form | None,
    digest: VisitDigest | None,
    report: Record | None,
    published_at: dt.datetime | None,
) -> dict[str, Any]:
    d = v.data
    score = DigestScore(form, digest) if form is not None and digest is not None else None
    total = score.total if score is not None else None
    band = score.grade if score is not None else None
    rd = report.data if report is not None else {}
    name = str(location.get("name") or "")
    title = form.title if form is not None else str(d.get("form_id") or "")
    number = str(rd.get("report_id") or "")
    words = " ".join([name, str(location.get("address") or ""), title, number, v.id])
    return {
        "visit_id": v.id,
        "client_id": v.client_id or "",
        "auditor_id": v.auditor_id,
        "location_id": str(d.get("location_id") or ""),
        "location": name,
        "scheduled_date": dt.date.fromisoformat(str(d.get("scheduled_date"))[:10]),
        "form_key": f"{d.get('form_id')}@{d.get('form_version')}",
        "form_title": title,
        "total": None if total is None else float(total),
        "score_text": display(total) if total is not None else "",
        "grade": band.label[:80] if band is not None else "",  # (the column's width: a form's label may be longer)
        "grade_min": None if band is None else float(band.min),
        "grade_colour": hex_of(band_colour(band, form.grade_bands)) if band is not None and form is not None else "",
        "report_record": report.id if report is not None else None,
        "report_number": number,
        "report_sha256": report.blob if report is not None else None,
        "report_size": rd.get("size") if isinstance(rd.get("size"), int) else None,
        "report_signer": str(rd.get("signer") or ""),
        "report_signed_at": _time(rd.get("signed_at")),
        "published_at": published_at,
        "search": words.casefold(),
        "digest": digest.to_json() if digest is not None else None,
        "digest_format": FORMAT if digest is not None else 0,
        "visit_rev": v.rev,
    }


_BAD_VALUE = (KeyError, TypeError, ValueError, ArithmeticError, AttributeError)
_LIMITS = {c.name: c.type.length for c in PortalVisit.__table__.columns if getattr(c.type, "length", None)}


def _fits(row: dict[str, Any]) -> None:
    """ValueError when a text is longer than its column: the database would refuse the whole index update."""
    for name, limit in _LIMITS.items():
        value = row.get(name)
        if isinstance(value, str) and len(value) > limit:
            raise ValueError(f"{name} is longer than {limit} characters")


def _differs(old: PortalVisit | None, row: dict[str, Any]) -> bool:
    return old is None or any(getattr(old, c) != row[c] for c in _COLUMNS)


# ------------------------------------------------------------ notices


def _queue_mail(s: Session, visit_ids: list[str]) -> int:
    """A notice for each client user (with an address, not disabled) of each newly published visit's client."""
    if not visit_ids:
        return 0
    rows = s.execute(
        select(PortalVisit.visit_id, PortalVisit.client_id, PortalVisit.location_id).where(
            PortalVisit.visit_id.in_(visit_ids)
        )
    )
    place_of: dict[str, tuple[str, str]] = {str(vid): (str(cid), str(lid)) for vid, cid, lid in rows}
    client_of = {vid: cid for vid, (cid, _) in place_of.items()}
    users: dict[str, list[tuple[str, LocationScope]]] = defaultdict(list)
    for uid, cid, places in s.execute(
        select(User.id, User.client_id, User.locations).where(
            User.role == Role.CLIENT.value, User.client_id.in_(set(client_of.values())), User.email.is_not(None),
            User.disabled.is_(False),
        )
    ):  # fmt: skip
        users[str(cid)].append((uid, LocationScope(cid, frozenset(places) if places is not None else None)))
    # A store manager hears of their own locations' visits only.
    wanted = [(uid, vid) for vid, (cid, lid) in place_of.items() for uid, scope in users.get(cid, [])
              if scope.sees(cid, lid)]  # fmt: skip
    if not wanted:
        return 0
    have = {
        (uid, vid)
        for uid, vid in s.execute(
            select(PortalMail.user_id, PortalMail.visit_id).where(PortalMail.visit_id.in_(list(client_of)))
        )
    }
    new = [
        {"id": str(uuid.uuid4()), "user_id": uid, "visit_id": vid, "created_at": utcnow(), "attempts": 0, "error": ""}
        for uid, vid in wanted
        if (uid, vid) not in have
    ]
    if new:
        s.execute(insert(PortalMail), new)
    return len(new)


def _queue_decided(s: Session, since: int, upto: int, after: int) -> int:
    """A notice to the appellant of each appeal decided (accepted or declined) in (since, upto]: a link only."""
    from .mail import queue_appeal_mail

    n = 0
    q = select(Record.id, Record.data).where(Record.kind == "appeal_decision", Record.seq > max(since, after),
                                             Record.seq <= upto)  # fmt: skip
    for rid, data in s.execute(q):
        if data.get("outcome") not in ("accepted", "declined"):
            continue
        appeal = s.get(Record, ("appeal", str(data.get("appeal_id"))))
        author = appeal.data.get("author_id") if appeal is not None else None
        user = s.get(User, author) if isinstance(author, str) else None
        if user is not None and user.email and not user.disabled:
            n += queue_appeal_mail(s, "appeal_decided", rid, [user.id])
    return n


def _time(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        t = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


def _chunks(items: list[str]) -> list[list[str]]:
    return [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]
