"""The action plans' test world (issue 31): Acme's rules, a second store with its manager, visits published in turn."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid

from server.harness import PASSWORD, Firm, make_ready
from server.portal_support import Signed, answer, op, plan, push, transition, upload
from sqlalchemy import select

from mystery_shop.domain.workflow import Role
from mystery_shop.server import admin
from mystery_shop.server.models import Record

FAILS_TWO = ("no", 75, "Sam", 2)  # greeted (critical, section) earns nothing; a 75 s wait earns nothing
FIXED_ONE = ("yes", 75, "Sam", 2)  # greeted now; still a 75 s wait
ALL_PASS = ("yes", 20, "Priya", 5)


def set_rules(firm: Firm, **settings: float) -> None:
    """Acme's rules for the shop form, pushed by the admin as the app does (the ``action_rule`` kind)."""
    live = firm.server
    with live.http(live.token("ada")) as ada:
        data = {"zero": 1, "critical": 1, "due_days": 7, "critical_due_days": 2, **settings}
        push(ada, op("action_rule", str(uuid.uuid4()), {"client_id": firm.client_id, "form_id": "shop",
                                                         "settings": data}))  # fmt: skip


def add_riverside(firm: Firm) -> str:
    """Acme's second store and two store managers: stan (High Street), rita (Riverside). Returns Riverside's id."""
    db = firm.server.db
    admin.import_locations(db, "client,name,address,latitude,longitude\nAcme,Riverside,3 River Walk,,\n")
    with db.read() as s:
        rid = s.scalar(select(Record.id).where(Record.kind == "location",
                                               Record.natural_key == f"{firm.client_id}/riverside"))  # fmt: skip
    assert rid is not None
    firm.users["stan"] = admin.add_user(db, "stan", PASSWORD, Role.CLIENT, client="Acme", locations="High Street")
    firm.users["rita"] = admin.add_user(db, "rita", PASSWORD, Role.CLIENT, client="Acme", locations="Riverside")
    return str(rid)


def publish(firm: Firm, signed: Signed, location: str, day: dt.date, values: tuple[str, int, str, int]) -> str:
    """A visit at ``location`` on ``day`` answered ``values``, through review, with its signed PDF, published."""
    live = firm.server
    with live.http(live.token("ada")) as ada:
        vid = plan(ada, location, firm.users["alice"], day)
        answer(ada, vid, values)
        make_ready(ada, vid, answers=None)
        for action in ("submit", "approve"):
            transition(ada, vid, action)
        pdf = signed.pdf(f"visit {vid}")
        upload(ada, vid, pdf, f"V-{day:%Y%m%d}-{hashlib.sha256(pdf).hexdigest()[:6].upper()}")
        transition(ada, vid, "publish")
    return vid
