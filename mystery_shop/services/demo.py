"""A demo profile: clients, locations, the sample forms and visits in every state.

So a newcomer sees a living app at once. Seeded, so every demo is the same.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import update

from mystery_shop.domain.forms import Form, Question, QuestionType
from mystery_shop.domain.workflow import Role, VisitStatus
from mystery_shop.domain.zones import zone
from mystery_shop.resources import sample_forms_dir
from mystery_shop.store import models as m

from .demo_checks import add_tripping_visits, explain_failures
from .demo_photos import demo_photo
from .photos import add_files, set_caption
from .signature_art import signature_png
from .visit_editor import VisitEditor
from .workspace import Workspace

log = logging.getLogger(__name__)

CLIENTS = {
    "Northwind Outfitters": [
        ("Manchester Arndale", "49 High St, Manchester M4 3AH", 53.4833, -2.2393),
        ("Leeds Trinity", "27 Albion St, Leeds LS1 5AT", 53.7961, -1.5447),
        ("Łódź Manufaktura", "ul. Drewnowska 58, 91-002 Łódź", 51.7794, 19.4476),
        ("Bristol Cabot Circus", "Glass House, Bristol BS1 3BX", 51.4585, -2.5845),
        ("Edinburgh Princes St", "105 Princes St, Edinburgh EH2 3AD", 55.9521, -3.2006),
    ],
    "Harbour Bank": [
        ("Ñuñoa branch", "Av. Irarrázaval 3450, Ñuñoa, Santiago", -33.4543, -70.5961),
        ("Southampton branch", "12 Above Bar St, Southampton SO14 7DW", 50.9043, -1.4043),
        ("Cardiff branch", "3 Queen St, Cardiff CF10 2AF", 51.4816, -3.1767),
        ("York branch", "8 Parliament St, York YO1 8RU", 53.9590, -1.0815),
    ],
    "Copper Pot Restaurants": [
        ("Copper Pot Soho", "14 Greek St, London W1D 4DP", 51.5137, -0.1309),
        ("Copper Pot Brighton", "22 Ship St, Brighton BN1 1AD", 50.8211, -0.1418),
        ("Copper Pot Oxford", "9 George St, Oxford OX1 2AU", 51.7540, -1.2600),
    ],
}
# The stores abroad keep their own clock; the others are in Britain.
TIME_ZONES = {"Łódź Manufaktura": "Europe/Warsaw", "Ñuñoa branch": "America/Santiago"}
HOME_ZONE = "Europe/London"

AUDITORS = [("zoe", "Zoë Ångström"), ("tomasz", "Tomasz Wiśniewski"), ("amara", "Amara Okafor")]
SUPERVISOR = ("irina", "Ирина Соколова")

# Which form each client's visits use (by form id), when the sample is there.
CLIENT_FORMS = {
    "Northwind Outfitters": ["retail-store-visit", "contact-centre-audit"],
    "Harbour Bank": ["bank-branch-visit", "contact-centre-audit"],
    "Copper Pot Restaurants": ["restaurant-visit"],
}
STATES = (
    [VisitStatus.DRAFT] * 8
    + [VisitStatus.SUBMITTED] * 9
    + [VisitStatus.RETURNED] * 5
    + [VisitStatus.APPROVED] * 10
    + [VisitStatus.PUBLISHED] * 4
)

# What the shopper is sent to do, per form: a bank visit is not a gift purchase.
SCENARIOS = {
    "retail-store-visit": [
        "Ask for advice on a gift around £60; pay by card.",
        "Try on a jacket, ask whether it comes in another size, then return an earlier purchase.",
    ],
    "bank-branch-visit": [
        "Ask how to open a current account for a teenager; ask what documents to bring.",
        "Ask about moving a savings account from another bank; do not open anything today.",
    ],
    "restaurant-visit": [
        "Dinner for two without a booking; ask for a dish without nuts and pay the bill separately.",
        "Lunch for one at the bar; ask what the staff recommend and how long the kitchen needs.",
    ],
    "contact-centre-audit": [
        "Call about a parcel that has not arrived; ask for a refund if it cannot be found.",
        "Start a chat asking to change the delivery address of an order placed yesterday.",
    ],
}
GENERIC_SCENARIO = "Behave as an ordinary customer would; note every wait."

REVIEW_NOTES = [
    "Please add the name badge detail: the report needs the staff member's name if shown.",
    "The wait time looks too short for a Saturday; please check your stopwatch reading.",
    "Photo of the entrance is missing the opening hours sign.",
]


def create_demo(
    ws: Workspace, *, forms_dir: Path | None = None, seed: int = 7, progress: Callable[[str], None] | None = None
) -> int:
    """Fill ``ws`` with demo data; returns the number of visits made. Only for an empty profile."""
    rng = random.Random(seed)
    say = progress or (lambda _msg: None)
    forms = _import_forms(ws, forms_dir or sample_forms_dir())
    if not forms:
        raise RuntimeError(f"no sample forms found in {forms_dir or sample_forms_dir()}")
    auditors = [ws.add_person(u, n, Role.AUDITOR) for u, n in AUDITORS]
    supervisor = ws.add_person(*SUPERVISOR, Role.SUPERVISOR)

    locations = []
    for client_name, places in CLIENTS.items():
        client = ws.add_client(client_name)
        for name, address, lat, lon in places:
            loc = ws.add_location(client.id, name, address, lat, lon, TIME_ZONES.get(name, HOME_ZONE))
            usable = [forms[f] for f in CLIENT_FORMS[client_name] if f in forms] or list(forms.values())
            locations.append((loc, usable))
    say(f"{len(locations)} locations, {len(forms)} forms")

    today = dt.date.today()
    count = 0
    per_form: dict[str, int] = {}
    for i, status in enumerate(STATES):
        loc, usable = locations[i % len(locations)]
        form = usable[i % len(usable)]
        auditor = auditors[(i + i // len(locations)) % len(auditors)]  # each location meets each auditor
        days_ago = rng.randint(1, 80) if status is not VisitStatus.DRAFT else rng.randint(-10, 3)
        visit_id = ws.create_visit(
            form.id,
            loc.id,
            today - dt.timedelta(days=days_ago),
            auditor_id=auditor.id,
            due_date=today - dt.timedelta(days=days_ago - 5),
            scenario=scenario_for(form.id, per_form.get(form.id, 0)),
        )
        _fill(ws, visit_id, form, status, rng, auditor.display_name, supervisor.id)
        per_form[form.id] = per_form.get(form.id, 0) + 1
        count += 1
    by_form = {fid: [loc for loc, usable in locations if any(f.id == fid for f in usable)] for fid in forms}
    count += add_tripping_visits(
        ws, forms, by_form, auditors, supervisor.id, answer=demo_answer, finish=_force_status,
        photograph=_attach_photos, scenario=scenario_for,
    )  # fmt: skip
    say(f"{count} visits")
    return count


def scenario_for(form_id: str, n: int) -> str:
    """The ``n``-th demo scenario of a form, one that fits what the form audits."""
    options = SCENARIOS.get(form_id, [GENERIC_SCENARIO])
    return options[n % len(options)]


def _import_forms(ws: Workspace, folder: Path) -> dict[str, Form]:
    out: dict[str, Form] = {}
    for path in sorted(folder.glob("*.yaml")):
        row = ws.import_form(path)
        out[row.form_id] = ws.form(row.form_id, row.version)
    return out


def _fill(
    ws: Workspace, visit_id: str, form: Form, status: VisitStatus, rng: random.Random, auditor: str, supervisor_id: str
) -> None:
    ed = ws.open_visit(visit_id)
    skill = rng.uniform(0.55, 0.97)  # how well this location performs on the day
    values: dict[str, object] = {}
    na: set[str] = set()
    questions = form.questions()
    share = 1.0 if status is not VisitStatus.DRAFT else rng.uniform(0.2, 0.7)
    for q in questions[: max(1, int(len(questions) * share))]:
        if q.na and rng.random() < 0.06:
            na.add(q.id)
            continue
        value = demo_answer(q, skill, rng)
        if value is not None:
            values[q.id] = value
    ed.set_answers(values, na)
    _attach_photos(ws, ed, form, status, rng)
    for q in questions[:3]:
        if rng.random() < 0.3:
            ed.set_comment(q.id, "Staff member was friendly but busy with a delivery.")
    # Most auditors explain what failed (a separate generator: the demo's other choices stay as they were).
    explain_failures(ed, random.Random(visit_id), share=0.9)
    if status is VisitStatus.DRAFT:
        return
    ed.sign(signature_png(auditor), auditor)
    _force_status(ws, visit_id, status, supervisor_id, rng)


def _attach_photos(ws: Workspace, ed: VisitEditor, form: Form, status: VisitStatus, rng: random.Random) -> None:
    """Each touchpoint's photo minimum (plus one now and then); one visit in eight has a flagged photo."""
    h = ed.header
    folder = Path(tempfile.mkdtemp(prefix="ms-demo-photos-"))
    off_visit = rng.random() < 0.125
    n = 0
    for section in form.sections:
        want = section.photos.min + (1 if rng.random() < 0.3 and section.photos.max > section.photos.min else 0)
        if status is VisitStatus.DRAFT:
            want = min(want, 1)
        paths = [
            demo_photo(
                folder / f"{section.id}-{i}.jpg",
                rng,
                f"{h.location} · {section.title}",
                h.scheduled_date,
                h.latitude,
                h.longitude,
                off=off_visit and i == 0,
            )
            for i in range(want)
        ]
        for result in add_files(ed, section.id, paths):
            n += result.status == "added"
        if paths and rng.random() < 0.5:
            first = ed.photos()[-1]
            set_caption(ed, first.id, rng.choice(CAPTIONS))
    shutil.rmtree(folder, ignore_errors=True)


CAPTIONS = ["Entrance at 10:02", "Counter with queue", "Window display", "Price labels missing", "Tidy shelves"]


def _force_status(ws: Workspace, visit_id: str, status: VisitStatus, supervisor_id: str, rng: random.Random) -> None:
    """Walk the visit through the workflow to ``status``, writing the audit trail as a review would."""
    path = {
        VisitStatus.SUBMITTED: [VisitStatus.SUBMITTED],
        VisitStatus.RETURNED: [VisitStatus.SUBMITTED, VisitStatus.RETURNED],
        VisitStatus.APPROVED: [VisitStatus.SUBMITTED, VisitStatus.APPROVED],
        VisitStatus.PUBLISHED: [VisitStatus.SUBMITTED, VisitStatus.APPROVED, VisitStatus.PUBLISHED],
    }[status]
    with ws.sessions.begin() as s:
        visit = s.get(m.Visit, visit_id)
        assert visit is not None
        # The visit happened on its day, the review a day or two later: times as a real profile has them.
        location = s.get(m.Location, visit.location_id)
        assert location is not None
        started = dt.datetime.combine(visit.scheduled_date, dt.time(9, 50), tzinfo=zone(location.time_zone))
        finished = started + dt.timedelta(minutes=rng.randint(35, 70))
        for kind, when in (("transition", started - dt.timedelta(days=6)), ("sign", finished)):
            s.execute(
                update(m.AuditEntry).where(m.AuditEntry.visit_id == visit_id, m.AuditEntry.kind == kind).values(at=when)
            )
        at = finished
        before = VisitStatus.DRAFT
        now = m.utcnow()
        for i, step in enumerate(path):
            at = min(at + dt.timedelta(hours=rng.randint(2, 30)), now - dt.timedelta(minutes=10 * (len(path) - i)))
            actor = ws.me.id if step is VisitStatus.SUBMITTED else supervisor_id
            detail = ""
            if step is VisitStatus.RETURNED:
                detail = rng.choice(REVIEW_NOTES)
                s.add(
                    m.ReviewComment(
                        visit_id=visit_id, question_id=None, author_id=supervisor_id, text=detail, created_at=at
                    )
                )
            s.add(
                m.AuditEntry(
                    visit_id=visit_id,
                    kind="transition",
                    from_status=before.value,
                    to_status=step.value,
                    actor_id=actor,
                    detail=detail,
                    at=at,
                )
            )
            before = step
        s.execute(
            update(m.Visit)
            .where(m.Visit.id == visit_id)
            .values(status=status.value, started_at=started, finished_at=finished, signed_at=finished)
        )


def demo_answer(q: Question, skill: float, rng: random.Random) -> object:
    """A plausible answer to ``q`` from a location that does well with probability ``skill``."""
    good = rng.random() < skill
    t = q.type
    if t is QuestionType.YES_NO:
        return q.expected if good else ("no" if q.expected == "yes" else "yes")
    if t is QuestionType.CHOICE:
        ranked = sorted(q.choices, key=lambda c: c.points, reverse=True)
        return (ranked[0] if good else rng.choice(ranked)).value
    if t is QuestionType.MULTI:
        picks = [c.value for c in q.choices if (c.points > 0) == good and rng.random() < 0.7]
        return picks or [q.choices[0].value]
    if t in (QuestionType.SCALE, QuestionType.CSAT, QuestionType.CES, QuestionType.NPS):
        lo, hi = q.scale_range
        return rng.randint(max(lo, hi - 1), hi) if good else rng.randint(lo, hi)
    if t is QuestionType.DURATION:
        limit = float(q.thresholds[0].max) if q.thresholds else 60.0
        return round(rng.uniform(0.2, 0.9) * limit) if good else round(rng.uniform(0.8, 2.5) * limit)
    if t is QuestionType.NUMBER:
        return rng.randint(1, 12)
    if t is QuestionType.TEXT:
        return rng.choice(["Sam", "Priya", "Jonas", "Maria", "No badge visible"])
    if t is QuestionType.DATE:
        return (dt.date.today() - dt.timedelta(days=rng.randint(1, 30))).isoformat()
    if t is QuestionType.TIME:
        return f"{rng.randint(9, 18):02d}:{rng.choice([0, 15, 30, 45]):02d}"
    return None
