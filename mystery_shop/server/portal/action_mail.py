"""Reminders of action plans by e-mail: one digest per person per day, a link only, never the content.

A person is reminded on a day when one of their actions (``action_store.owners_of``: the location's managers,
else head office) is due within ``SOON`` or is overdue, and is still theirs to do (open, in progress, reopened).
``queue`` writes one ``portal_action_mail`` row per person and day (unique: a second worker's insert does nothing);
``send`` claims each row before sending it, as the publish notices do (``mail.py``), so with several workers every
digest goes out once. A failure is tried again later, a few times.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
import uuid
from collections import defaultdict
from email.message import EmailMessage
from email.utils import make_msgid

from sqlalchemy import or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from mystery_shop.domain.actions import WAITING
from mystery_shop.reports.language import report_language

from ..config import ServerConfig
from ..db import Database
from ..models import User
from . import action_store
from .branding import firm
from .language import pt
from .mail import ATTEMPTS, RETRY_FIRST, STALE_CLAIM, _send
from .models import PortalAction, PortalActionMail

log = logging.getLogger(__name__)
PA, AM = PortalAction, PortalActionMail
SOON = dt.timedelta(days=1)  # "due tomorrow": the day before the due time


def digest(config: ServerConfig, to: str, name: str, due_soon: int, overdue: int, language: str | None) -> EmailMessage:
    """The day's reminder: how many actions wait, and where (the link opens after signing in)."""
    link = f"{config.public_url.rstrip('/')}/portal/actions?status=" + ("overdue" if overdue else "")
    msg = EmailMessage()
    with report_language(language):
        sender = firm(config.data_dir).name or pt("Your mystery shopping provider")
        msg["Subject"] = pt("Actions are waiting for you")
        lines = [pt("Hello {name},").format(name=name)]
        if overdue:
            lines.append(pt("{n} of your actions are past their due date.").format(n=overdue))
        if due_soon:
            lines.append(pt("{n} of your actions are due within a day.").format(n=due_soon))
        lines += [
            pt("See them in the portal (you will be asked to sign in):") + f"\n{link}",
            pt("{sender} sends this reminder once a day while actions are waiting.").format(sender=sender),
        ]
    msg["From"] = config.smtp_from
    msg["To"] = to
    msg["Message-ID"] = make_msgid(domain=config.smtp_from.rpartition("@")[2] or None)
    msg.set_content("\n\n".join(lines) + "\n")
    return msg


def queue(db: Database, now: dt.datetime) -> int:
    """Today's digests (one per person with an address who has an action due soon or overdue); how many new."""
    waiting = [s.value for s in WAITING]
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with db.read() as s:
        rows = s.execute(select(PA.client_id, PA.location_id, PA.due_at).where(
            PA.status.in_(waiting), PA.due_at <= now + SOON)).all()  # fmt: skip
        owners: dict[tuple[str, str], list[str]] = {}
        for cid, lid, due in rows:
            key = (cid, lid)
            if key not in owners:
                owners[key] = action_store.owners_of(s, cid, lid)
            for uid in owners[key]:
                counts[uid][0 if due >= now else 1] += 1
        reachable = {uid for (uid,) in s.execute(select(User.id).where(
            User.id.in_(list(counts)), User.email.is_not(None), User.disabled.is_(False)))}  # fmt: skip
    day = now.date()
    new = 0
    with db.write() as s:
        insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
        for uid in sorted(reachable):
            soon, late = counts[uid]
            stmt = insert(AM).values(id=str(uuid.uuid4()), user_id=uid, day=day, due_soon=soon, overdue=late,
                                     created_at=now, attempts=0, error="")  # fmt: skip
            result = s.execute(stmt.on_conflict_do_nothing(index_elements=["user_id", "day"]))
            new += int(result.rowcount or 0)  # type: ignore[attr-defined]
    return new


def send(db: Database, config: ServerConfig, now: dt.datetime) -> int:
    """Send the digests this worker can claim; how many went out."""
    with db.read() as s:
        todo = s.execute(
            select(AM.id, AM.due_soon, AM.overdue, AM.attempts, User.email, User.display_name, User.language)
            .join(User, User.id == AM.user_id)
            .where(AM.sent_at.is_(None), AM.attempts < ATTEMPTS,
                   or_(AM.claimed_at.is_(None), AM.claimed_at < now - STALE_CLAIM),
                   or_(AM.next_try_at.is_(None), AM.next_try_at <= now), User.email.is_not(None))
            .order_by(AM.created_at).limit(50)
        ).all()  # fmt: skip
    sent = 0
    for mid, soon, late, attempts, email, name, language in todo:
        if not _claim(db, mid, now):
            continue  # another worker has it
        try:
            _send(config, digest(config, str(email), str(name), soon, late, language))
        except (OSError, smtplib.SMTPException) as e:
            log.warning("action reminder %s to %s not sent: %s", mid, email, e)
            with db.write() as s:
                s.execute(update(AM).where(AM.id == mid).values(claimed_at=None, attempts=AM.attempts + 1,
                          error=str(e)[:500], next_try_at=now + RETRY_FIRST * 2**attempts))  # fmt: skip
            continue
        with db.write() as s:
            s.execute(update(AM).where(AM.id == mid).values(sent_at=now, error=""))
        sent += 1
    return sent


def remind(db: Database, config: ServerConfig, now: dt.datetime | None = None) -> int:
    """Queue today's digests and send what this worker claims (the portal's timer, every worker)."""
    if not config.mail:
        return 0
    at = now or action_store.now()
    queue(db, at)
    return send(db, config, at)


def _claim(db: Database, mid: str, now: dt.datetime) -> bool:
    with db.write() as s:
        result = s.execute(update(AM).where(
            AM.id == mid, AM.sent_at.is_(None), or_(AM.claimed_at.is_(None), AM.claimed_at < now - STALE_CLAIM),
        ).values(claimed_at=now))  # fmt: skip
        return bool(result.rowcount)  # type: ignore[attr-defined]
