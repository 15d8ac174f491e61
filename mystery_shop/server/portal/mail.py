"""Publish notices by e-mail: a link to the portal, never anything of the report itself.

``index.catch_up`` queues a notice per client user (with an address) of the
visit's client when a visit is published; ``send_pending`` sends them. A
worker claims a notice before sending it, so two workers never send one
twice; a failure is tried again a minute later, then two, four and eight minutes
later, then given up (the notice is kept, with the reason, for the admin).
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import make_msgid

from prometheus_client import CollectorRegistry, Gauge, generate_latest
from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from mystery_shop.reports.language import report_language

from ..config import ServerConfig
from ..db import Database
from ..models import Record, User, utcnow
from .branding import firm
from .language import pt
from .models import PortalMail

log = logging.getLogger(__name__)

ATTEMPTS = 5
RETRY_FIRST = dt.timedelta(minutes=1)  # then 2, 4, 8 minutes
STALE_CLAIM = dt.timedelta(minutes=10)  # a claim this old was a worker that died while sending
BATCH = 50


def notice(config: ServerConfig, to: str, name: str, visit_id: str, language: str | None = None,
           kind: str = "published") -> EmailMessage:  # fmt: skip
    """The message, in ``language`` (the account's; else the client's report language; else English: a mail has
    no browser to ask): who it is for and where to look; the link only opens after signing in. An appeal's notice
    (filed: to the client's supervisors; decided: to the appellant) is a link too, never its content."""
    link = f"{config.public_url.rstrip('/')}/portal/reports/{visit_id}" + ("#appeals" if kind != "published" else "")
    msg = EmailMessage()
    with report_language(language):
        sender = firm(config.data_dir).name or pt("Your mystery shopping provider")
        if kind == "appeal_filed":
            msg["Subject"] = pt("A client has appealed a report")
            said = pt("A client has filed an appeal of a published report. It waits in the app under Supervise → "
                      "Appeals; the report is here:")  # fmt: skip
        elif kind == "appeal_decided":
            msg["Subject"] = pt("Your appeal has been decided")
            said = pt("{sender} has decided your appeal. Read the decision in the portal (you will be asked to sign "
                      "in):").format(sender=sender)  # fmt: skip
        else:
            msg["Subject"] = pt("A new report is waiting for you")
            published = pt("{sender} has published a new mystery shopping report for you.").format(sender=sender)
            said = published + "\n\n" + pt("Open it in the portal (you will be asked to sign in):")
        body = "\n\n".join([
            pt("Hello {name},").format(name=name),
            said + f"\n{link}",
            pt("This message holds no report data; the report itself stays in the portal."),
        ])  # fmt: skip
    msg["From"] = config.smtp_from
    msg["To"] = to
    msg["Message-ID"] = make_msgid(domain=config.smtp_from.rpartition("@")[2] or None)
    msg.set_content(body + "\n")
    return msg


_TODO = (PortalMail.id, PortalMail.visit_id, User.email, User.display_name, PortalMail.attempts, User.language,
         User.client_id, PortalMail.kind)  # fmt: skip


def send_pending(db: Database, config: ServerConfig) -> int:
    """Send the queued notices this worker can claim; returns how many went out."""
    if not config.mail:
        return 0
    now = utcnow()
    with db.read() as s:
        todo = s.execute(
            select(*_TODO)
            .join(User, User.id == PortalMail.user_id)
            .where(
                PortalMail.sent_at.is_(None),
                PortalMail.attempts < ATTEMPTS,
                or_(PortalMail.claimed_at.is_(None), PortalMail.claimed_at < now - STALE_CLAIM),
                or_(PortalMail.next_try_at.is_(None), PortalMail.next_try_at <= now),
                User.email.is_not(None),
                User.disabled.is_(False),
            )
            .order_by(PortalMail.created_at)
            .limit(BATCH)
        ).all()
        clients = _client_languages(s, {r.client_id for r in todo if r.client_id})
        visits = _appeal_visits(s, {(r.kind, r.visit_id) for r in todo if r.kind != "published"})
    sent = 0
    for mail_id, about, email, name, attempts, language, client_id, kind in todo:
        visit_id = about if kind == "published" else visits.get(about, "")
        if not _claim(db, mail_id, now):
            continue  # another worker has it
        try:
            words = language or clients.get(client_id or "")  # the account's, else its client's report language
            _send(config, notice(config, str(email), str(name), str(visit_id), words, kind))
        except (OSError, smtplib.SMTPException) as e:
            log.warning("publish notice %s to %s not sent: %s", mail_id, email, e)
            with db.write() as s:
                s.execute(
                    update(PortalMail)
                    .where(PortalMail.id == mail_id)
                    .values(
                        claimed_at=None,
                        attempts=PortalMail.attempts + 1,
                        error=str(e)[:500],
                        next_try_at=utcnow() + RETRY_FIRST * 2**attempts,
                    )
                )
            continue
        with db.write() as s:
            s.execute(update(PortalMail).where(PortalMail.id == mail_id).values(sent_at=utcnow(), error=""))
        sent += 1
    return sent


def _appeal_visits(s: Session, refs: set[tuple[str, str]]) -> dict[str, str]:
    """The visit of each appeal (or decision) an appeal's notice is about."""
    ids = sorted(rid for _, rid in refs)
    if not ids:
        return {}
    rows = s.execute(select(Record.id, Record.visit_id).where(
        Record.kind.in_(("appeal", "appeal_decision")), Record.id.in_(ids)))  # fmt: skip
    return {rid: str(vid) for rid, vid in rows}


def queue_appeal_mail(s: Session, kind: str, record_id: str, user_ids: list[str]) -> int:
    """Queue an appeal's notices (in the caller's transaction), once per user and record."""
    import uuid

    from sqlalchemy import insert

    rows = [{"id": str(uuid.uuid4()), "user_id": uid, "visit_id": record_id, "created_at": utcnow(), "attempts": 0,
             "error": "", "kind": kind} for uid in dict.fromkeys(user_ids)]  # fmt: skip
    if rows:
        s.execute(insert(PortalMail), rows)
    return len(rows)


def _client_languages(s: Session, ids: set[str]) -> dict[str, str]:
    """The report language the firm set for each client (the client record's ``language``), where set."""
    if not ids:
        return {}
    rows = s.execute(select(Record.id, Record.data).where(Record.kind == "client", Record.id.in_(sorted(ids))))
    return {rid: str(data["language"]) for rid, data in rows if isinstance(data, dict) and data.get("language")}


def _claim(db: Database, mail_id: str, now: dt.datetime) -> bool:
    with db.write() as s:
        result = s.execute(
            update(PortalMail)
            .where(
                PortalMail.id == mail_id,
                PortalMail.sent_at.is_(None),
                or_(PortalMail.claimed_at.is_(None), PortalMail.claimed_at < now - STALE_CLAIM),
            )
            .values(claimed_at=now)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]


def _send(config: ServerConfig, msg: EmailMessage) -> None:
    security = config.smtp_security.lower()
    if security == "ssl":
        client: smtplib.SMTP = smtplib.SMTP_SSL(config.smtp_host, config.smtp_port, timeout=30,
                                                context=ssl.create_default_context())  # fmt: skip
    else:
        client = smtplib.SMTP(config.smtp_host, config.smtp_port, timeout=30)
    with client:
        if security == "starttls":
            client.starttls(context=ssl.create_default_context())
        if config.smtp_user:
            client.login(config.smtp_user, config.smtp_password)
        client.send_message(msg)


def queue_metrics(db: Database) -> bytes:
    """The publish notices not sent yet, for ``/metrics`` (``metrics.render``)."""
    registry = CollectorRegistry()
    queue = Gauge("mystery_shop_mail_queue", "Publish notices not sent yet, by state", ["state"], registry=registry)
    with db.read() as s:
        waiting = s.scalar(select(func.count()).where(PortalMail.sent_at.is_(None), PortalMail.attempts == 0))
        retrying = s.scalar(select(func.count()).where(PortalMail.sent_at.is_(None), PortalMail.attempts > 0))
    queue.labels("waiting").set(waiting or 0)
    queue.labels("retrying").set(retrying or 0)
    return generate_latest(registry)
