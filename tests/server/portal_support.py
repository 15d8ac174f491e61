"""The client portal's test world: two clients with published visits and their signed reports, on a live server.

Visits go through the real sync protocol (planned, answered, submitted,
approved, their signed PDF uploaded as a blob with its ``report`` record,
published), so the portal reads what a real firm's server holds. Browsers are
httpx clients that keep cookies and send the forms' CSRF tokens.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from server.harness import PASSWORD, Firm, LiveServer, make_ready

from mystery_shop.domain.workflow import Role
from mystery_shop.server import admin

# Answers to support.workspaces.FORM: (greeted, wait in seconds, staff name, mood 1-5)
ANSWERS = [("yes", 20, "Priya", 5), ("no", 75, "Sam", 2), ("yes", 40, "Jo", 4)]


@dataclass
class Signed:
    """A signing key and signed PDFs made with it, one per report."""

    folder: Path
    key: Path = field(init=False)
    certificate: Path = field(init=False)

    def __post_init__(self) -> None:
        from cryptography.hazmat.primitives.asymmetric import rsa

        from mystery_shop.reports.keys import create_signing_key

        self.key = self.folder / "firm.p12"
        create_signing_key("Northwind Audits Ltd", self.key, b"secret",
                           key=rsa.generate_private_key(public_exponent=65537, key_size=2048))  # fmt: skip
        self.certificate = self.key.with_suffix(".crt")
        self._signer = None

    def pdf(self, title: str) -> bytes:
        """A one-page PDF, signed: distinct bytes for each title."""
        from reportlab.pdfgen import canvas

        from mystery_shop.reports.signing import load_signer, sign_pdf

        if self._signer is None:
            self._signer = load_signer(self.key, b"secret")  # type: ignore[assignment]
        path = self.folder / f"{uuid.uuid4().hex}.pdf"
        c = canvas.Canvas(str(path))
        c.drawString(72, 760, title)
        c.save()
        sign_pdf(path, path, self._signer, reason=f"Visit report {title}")  # type: ignore[arg-type]
        return path.read_bytes()


@dataclass
class World:
    firm: Firm
    visits: dict[str, list[str]] = field(default_factory=dict)  # client name -> published visit ids
    pdfs: dict[str, bytes] = field(default_factory=dict)  # visit id -> its signed report
    approved: dict[str, str] = field(default_factory=dict)  # client name -> a visit approved, not published
    stores: dict[str, str] = field(default_factory=dict)  # Acme's visit id -> its location's name (``add_store``)

    @property
    def live(self) -> LiveServer:
        return self.firm.server


def build_world(firm: Firm, signed: Signed, per_client: int = 3) -> World:
    """Acme (carl reads it) and Globex (gina reads it): ``per_client`` published visits each, and one approved."""
    db = firm.server.db
    if "gina" not in firm.users:
        firm.users["gina"] = admin.add_user(db, "gina", PASSWORD, Role.CLIENT, client="Globex")
    world = World(firm)
    live = firm.server
    today = dt.date.today()
    with live.http(live.token("ada")) as ada:
        where = (("Acme", firm.location_id, "alice"), ("Globex", firm.other_location_id, "bob"))
        for client, location, auditor in where:
            world.visits[client] = []
            for i in range(per_client + 1):
                day = today - dt.timedelta(days=10 * i + 3)
                vid = plan(ada, location, firm.users[auditor], day)
                answer(ada, vid, ANSWERS[i % len(ANSWERS)])
                make_ready(ada, vid, answers=None)
                for action in ("submit", "approve"):
                    transition(ada, vid, action)
                if i == per_client:
                    world.approved[client] = vid
                    continue
                pdf = signed.pdf(f"{client} visit {i}")
                upload(ada, vid, pdf, f"V-{day:%Y%m%d}-{hashlib.sha256(pdf).hexdigest()[:6].upper()}")
                transition(ada, vid, "publish")
                world.visits[client].append(vid)
                world.pdfs[vid] = pdf
    return world


STORE = "Riverside"  # Acme's second location (``add_store``)


def add_store(world: World, signed: Signed, per_store: int = 2) -> str:
    """Acme's second location, Riverside, with ``per_store`` published visits; two store managers of Acme:
    stan (High Street only) and rita (Riverside only). Returns Riverside's id."""
    firm, db = world.firm, world.firm.server.db
    admin.import_locations(db, f"client,name,address,latitude,longitude\nAcme,{STORE},3 River Walk,,\n")
    with db.read() as s:
        from sqlalchemy import select

        from mystery_shop.server.models import Record

        store = s.scalar(
            select(Record.id).where(Record.kind == "location", Record.natural_key == f"{firm.client_id}/riverside")
        )
    assert store is not None
    firm.users["stan"] = admin.add_user(db, "stan", PASSWORD, Role.CLIENT, client="Acme", locations="High Street")
    firm.users["rita"] = admin.add_user(db, "rita", PASSWORD, Role.CLIENT, client="Acme", locations=STORE)
    world.stores = dict.fromkeys(world.visits["Acme"], "High Street")
    live = firm.server
    today = dt.date.today()
    with live.http(live.token("ada")) as ada:
        for i in range(per_store):
            day = today - dt.timedelta(days=10 * i + 5)
            vid = plan(ada, store, firm.users["alice"], day)
            answer(ada, vid, ANSWERS[(i + 1) % len(ANSWERS)])
            make_ready(ada, vid, answers=None)
            for action in ("submit", "approve"):
                transition(ada, vid, action)
            pdf = signed.pdf(f"Acme {STORE} visit {i}")
            upload(ada, vid, pdf, f"V-{day:%Y%m%d}-{hashlib.sha256(pdf).hexdigest()[:6].upper()}")
            transition(ada, vid, "publish")
            world.visits["Acme"].append(vid)
            world.stores[vid] = STORE
            world.pdfs[vid] = pdf
    return store


def push(c: httpx.Client, *changes: dict[str, object]) -> list[dict[str, object]]:
    r = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": list(changes)})
    r.raise_for_status()
    results = r.json()["results"]
    assert all(x["status"] == "applied" for x in results), results
    return list(results)


def op(kind: str, rid: str, data: dict[str, object]) -> dict[str, object]:
    return {"op": str(uuid.uuid4()), "kind": kind, "id": rid, "base_rev": 0, "data": data}


def plan(c: httpx.Client, location: str, auditor: str, day: dt.date) -> str:
    vid = str(uuid.uuid4())
    push(c, op("visit", vid, {"form_id": "shop", "form_version": 1, "location_id": location, "auditor_id": auditor,
                              "scheduled_date": day.isoformat()}))  # fmt: skip
    return vid


def answer(c: httpx.Client, vid: str, values: tuple[str, int, str, int]) -> None:
    greeted, wait, name, mood = values
    questions = {"greeted": greeted, "wait": wait, "staff_name": name, "mood": mood}
    push(c, *[op("answer", str(uuid.uuid4()), {"visit_id": vid, "question_id": q, "value": v})
              for q, v in questions.items()])  # fmt: skip


def transition(c: httpx.Client, vid: str, action: str) -> None:
    push(c, op("transition", vid, {"action": action}))


def upload(c: httpx.Client, vid: str, pdf: bytes, number: str) -> None:
    sha = hashlib.sha256(pdf).hexdigest()
    c.put(f"/blobs/{sha}", content=pdf, headers={"Content-Type": "application/octet-stream"}).raise_for_status()
    now = dt.datetime.now(dt.UTC).isoformat()
    data = {"visit_id": vid, "report_id": number, "sha256": sha, "size": len(pdf), "signer": "Northwind Audits Ltd",
            "signed_at": now}  # fmt: skip
    push(c, op("report", str(uuid.uuid4()), data))


# ------------------------------------------------------------ a browser without a browser

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    m = CSRF.search(html)
    assert m, "no CSRF token on the page"
    return m.group(1)


class Browser:
    """Cookies kept, forms posted with their CSRF token, as a browser would."""

    def __init__(self, live: LiveServer) -> None:
        self.live = live
        self.http = httpx.Client(base_url=live.url, timeout=30, follow_redirects=False)

    def get(self, path: str, **kw: object) -> httpx.Response:
        return self.http.get(path, **kw)  # type: ignore[arg-type]

    def post(self, path: str, data: dict[str, str], *, token_from: str | None = None) -> httpx.Response:
        page = self.get(token_from or path)
        data = {"csrf": csrf_of(page.text), **data}
        return self.http.post(path, data=data)

    def sign_in(self, user: str, password: str = PASSWORD) -> httpx.Response:
        return self.post("/portal/sign-in", {"username": user, "password": password})

    def close(self) -> None:
        self.http.close()


def signed_in(live: LiveServer, user: str) -> Browser:
    b = Browser(live)
    r = b.sign_in(user)
    assert r.status_code == 303, r.text
    return b
