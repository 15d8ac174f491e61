"""An opened profile: the database, the forms, the catalog of clients and locations.

Screens and commands call these methods; each is one short transaction and
returns plain rows. Writes also record an outbox entry for the sync engine in
the same transaction (SYNC.md).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, RowMapping, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from mystery_shop.domain.answers import Answers
from mystery_shop.domain.catalogue import (
    client_key,
    coordinates_problem,
    language_problem,
    location_key,
    time_zone_problem,
)
from mystery_shop.domain.choices import unknown
from mystery_shop.domain.forms import Form
from mystery_shop.domain.languages import SOURCE, shipped
from mystery_shop.domain.messages import msg, msgn
from mystery_shop.domain.scoring import SCORER_VERSION, score_visit
from mystery_shop.domain.workflow import Action, Role, VisitStatus, decide
from mystery_shop.formats import parse_form
from mystery_shop.store import models as m
from mystery_shop.store.blobs import BlobStore
from mystery_shop.store.db import open_database
from mystery_shop.store.scores import refresh_scores

from .changes import ChangeHub
from .outbox import record_of
from .profile import Profile, setup_logging
from .rows import ClientRow, FormRow, LocationRow, PersonRow, ServiceError, VisitRow
from .unit_of_work import unit_of_work

if TYPE_CHECKING:
    from .visit_editor import VisitEditor

log = logging.getLogger(__name__)

LOCAL_USER = "me"
DEFAULT_NAME = "Local user"  # until the user gives a name (first run, or ``profile name``)
MAX_NAME = 80


class Unset:
    """The default of an argument that may be set to None: "leave it as it is"."""


UNSET = Unset()


class Workspace:
    def __init__(self, profile: Profile, sessions: sessionmaker[Session]) -> None:
        self.profile = profile
        self.sessions = sessions
        self._forms: dict[tuple[str, int], Form] = {}
        self.changes = ChangeHub()  # told what each write changed, after its commit (``unit_of_work``)
        self.me = self._ensure_local_user()

    @classmethod
    def open(cls, profile: Profile, *, log_to_file: bool = True) -> Workspace:
        profile.root.mkdir(parents=True, exist_ok=True)
        if log_to_file:
            setup_logging(profile)
        ws = cls(profile, open_database(profile.database))
        ws._rescore_if_scored_by_another_version()
        ws._adopt_profile_client_languages()
        return ws

    def _adopt_profile_client_languages(self) -> None:
        """Move the clients' report languages an older app kept in settings.json onto the clients (0006)."""
        settings = self.profile.settings()
        old = settings.get("reports", {}).get("client_languages") if isinstance(settings.get("reports"), dict) else None
        if not old:
            return
        known = {c.id: c for c in self.clients(include_archived=True)}
        for client_id, code in old.items() if isinstance(old, dict) else ():
            if client_id in known and known[client_id].language == SOURCE and shipped(code) and code != SOURCE:
                self.update_client(client_id, language=code)  # recorded: it syncs like a change made here
        del settings["reports"]["client_languages"]
        self.profile.save_settings(settings)
        log.info("moved the report languages of %d clients from settings.json onto the clients", len(old))

    def _rescore_if_scored_by_another_version(self) -> None:
        settings = self.profile.settings()
        if settings.get("scored_by") == SCORER_VERSION:
            return
        with self.sessions.begin() as s:
            ids = list(s.scalars(select(m.Visit.id)))
            changed = refresh_scores(s, ids, self._form_or_lookup_error)
        if changed:
            log.info("rescored %d visits scored by another version of the scorer", changed)
        self.profile.save_settings({**settings, "scored_by": SCORER_VERSION})

    def _form_or_lookup_error(self, form_id: str, version: int) -> Form:
        try:
            return self.form(form_id, version)
        except ServiceError as e:
            raise LookupError(str(e)) from None

    def refresh_scores(self, visit_ids: Collection[str]) -> int:
        """Store the scorer's figures for ``visit_ids`` where the stored ones differ; how many did."""
        with self.sessions.begin() as s:
            return refresh_scores(s, visit_ids, self._form_or_lookup_error)

    @property
    def blobs(self) -> BlobStore:
        return BlobStore(self.profile.blobs)

    @property
    def engine(self) -> Engine:
        return self.sessions.kw["bind"]  # type: ignore[no-any-return]

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------ people

    def _ensure_local_user(self) -> PersonRow:
        """Without a server the profile's single user may do what a supervisor does."""
        with self.sessions.begin() as s:
            p = s.scalar(select(m.Person).where(m.Person.username == LOCAL_USER))
            if p is None:
                name = self.profile.settings().get("user_name", DEFAULT_NAME)
                p = m.Person(username=LOCAL_USER, display_name=name, role=Role.SUPERVISOR.value)
                s.add(p)
                s.flush()
            return _person(p)

    def has_my_name(self) -> bool:
        """False until the person using this profile has said who they are (or a server said it)."""
        return bool(self.profile.settings().get("user_name")) or self.me.display_name != DEFAULT_NAME

    def set_my_name(self, name: str) -> PersonRow:
        """The name reports and audit trails show for this profile's user (instead of "Local user")."""
        clean = " ".join(name.split())
        if not clean:
            raise ServiceError(msg("Give your full name: reports and the audit trail show it."))
        if len(clean) > MAX_NAME:
            raise ServiceError(msgn("A name is at most %n character(s).", MAX_NAME))
        with self.sessions.begin() as s:
            p = s.scalar(select(m.Person).where(m.Person.username == LOCAL_USER))
            assert p is not None  # made when the workspace opened
            p.display_name = clean
            s.flush()
            row = _person(p)
        self.profile.save_settings({**self.profile.settings(), "user_name": clean})
        self.me = row
        return row

    def people(self, role: Role | None = None) -> list[PersonRow]:
        with self.sessions() as s:
            q = select(m.Person).order_by(m.Person.display_name)
            if role is not None:
                q = q.where(m.Person.role == role.value)
            return [_person(p) for p in s.scalars(q)]

    def add_person(self, username: str, display_name: str, role: Role) -> PersonRow:
        with self.sessions.begin() as s:
            p = m.Person(username=username, display_name=display_name, role=role.value)
            s.add(p)
            s.flush()
            return _person(p)

    # ------------------------------------------------------------ clients and locations

    def clients(self, *, include_archived: bool = False) -> list[ClientRow]:
        with self.sessions() as s:
            q = select(m.Client).order_by(m.Client.name)
            if not include_archived:
                q = q.where(m.Client.archived.is_(False))
            return [_client(c) for c in s.scalars(q)]

    def client_language(self, client_id: str) -> str:
        """The language the client's reports are written in (English when none is set or it is unknown)."""
        with self.sessions() as s:
            c = s.get(m.Client, client_id)
            return _client(c).language if c is not None else SOURCE

    def add_client(self, name: str, language: str | None = None) -> ClientRow:
        name = name.strip()
        if not name:
            raise ServiceError(msg("A client needs a name."))
        language = _check_language(language)
        try:
            with unit_of_work(self) as w:
                _check_client_name(w.s, name)
                c = m.Client(name=name, language=language)
                w.s.add(c)
                w.s.flush()
                w.record("client", c.id, record_of("client", c))
                row = _client(c)
            return row
        except IntegrityError:
            raise ServiceError(msg("There is already a client called {name!r}.", name=name)) from None

    def update_client(
        self,
        client_id: str,
        *,
        name: str | None = None,
        archived: bool | None = None,
        language: str | Unset | None = UNSET,
    ) -> ClientRow:
        """Change a client; ``language=None`` sets its reports back to English."""
        with unit_of_work(self) as w:
            s = w.s
            c = s.get(m.Client, client_id)
            if c is None:
                raise ServiceError(msg("That client no longer exists."))
            if name is not None:
                if not name.strip():
                    raise ServiceError(msg("A client needs a name."))
                _check_client_name(s, name, c.id)
                c.name = name.strip()
            if archived is not None:
                c.archived = archived
            if not isinstance(language, Unset):
                c.language = _check_language(language)
            w.record("client", c.id, record_of("client", c), c.rev)
            row = _client(c)
        return row

    def locations(self, client_id: str | None = None, *, include_archived: bool = False) -> list[LocationRow]:
        with self.sessions() as s:
            q = select(m.Location, m.Client.name).join(m.Client).order_by(m.Client.name, m.Location.name)
            if client_id is not None:
                q = q.where(m.Location.client_id == client_id)
            if not include_archived:
                q = q.where(m.Location.archived.is_(False))
            return [_location(loc, cname) for loc, cname in s.execute(q)]

    def add_location(
        self,
        client_id: str,
        name: str,
        address: str = "",
        latitude: float | None = None,
        longitude: float | None = None,
        time_zone: str | None = None,
    ) -> LocationRow:
        name = name.strip()
        if not name:
            raise ServiceError(msg("A location needs a name."))
        _check_coordinates(latitude, longitude)
        time_zone = _check_zone(time_zone)
        try:
            with unit_of_work(self) as w:
                s = w.s
                client = s.get(m.Client, client_id)
                if client is None:
                    raise ServiceError(msg("That client no longer exists."))
                _check_location_name(s, client_id, name)
                loc = m.Location(
                    client_id=client_id, name=name, address=address, latitude=latitude, longitude=longitude,
                    time_zone=time_zone,
                )  # fmt: skip
                s.add(loc)
                s.flush()
                w.record("location", loc.id, record_of("location", loc))
                row = _location(loc, client.name)
            return row
        except IntegrityError:
            raise ServiceError(msg("This client already has a location called {name!r}.", name=name)) from None

    def update_location(self, location_id: str, **fields: Any) -> LocationRow:
        allowed = {"name", "address", "latitude", "longitude", "archived", "time_zone"}
        if set(fields) - allowed:
            raise ValueError(f"unknown location fields: {set(fields) - allowed}")
        if "time_zone" in fields:
            fields["time_zone"] = _check_zone(fields["time_zone"])
        with unit_of_work(self) as w:
            s = w.s
            loc = s.get(m.Location, location_id)
            if loc is None:
                raise ServiceError(msg("That location no longer exists."))
            for key, value in fields.items():
                setattr(loc, key, value)
            _check_coordinates(loc.latitude, loc.longitude)
            if not loc.name.strip():
                raise ServiceError(msg("A location needs a name."))
            if "name" in fields:
                _check_location_name(s, loc.client_id, loc.name, loc.id)
            w.record("location", loc.id, dict(fields), loc.rev)
            client = s.get(m.Client, loc.client_id)
            assert client is not None
            row = _location(loc, client.name)
        return row

    def find_location(self, name: str) -> LocationRow:
        """The location called ``name`` ("Client / Location" also works); ServiceError if none or several."""
        rows = self.locations(include_archived=False)
        wanted = name.strip().casefold()
        hits = [r for r in rows if r.name.casefold() == wanted or f"{r.client_name} / {r.name}".casefold() == wanted]
        if not hits:
            raise ServiceError(unknown("location", name, [r.name for r in rows]))
        if len(hits) > 1:
            options = "; ".join(f"{r.client_name} / {r.name}" for r in hits)
            raise ServiceError(
                msg(
                    "Several locations are called {name!r}: say which, as CLIENT / NAME ({options}).",
                    name=name,
                    options=options,
                )
            )
        return hits[0]

    # ------------------------------------------------------------ forms

    def forms(self, *, include_archived: bool = False) -> list[FormRow]:
        """The newest version of each form."""
        with self.sessions() as s:
            newest = (
                select(m.FormVersion.form_id, func.max(m.FormVersion.version).label("v"))
                .group_by(m.FormVersion.form_id)
                .subquery()
            )
            q = select(m.FormVersion).join(
                newest, (m.FormVersion.form_id == newest.c.form_id) & (m.FormVersion.version == newest.c.v)
            )
            if not include_archived:
                q = q.where(m.FormVersion.archived.is_(False))
            rows = [FormRow(f.form_id, f.version, f.title, f.archived) for f in s.scalars(q)]
            return sorted(rows, key=lambda r: r.title.casefold())

    def import_form(self, path: Path) -> FormRow:
        """Add a form file; raises formats.FormError listing its problems if it is bad."""
        text = Path(path).read_text(encoding="utf-8")
        return self.add_form_source(text, str(path))

    def add_form_source(self, source: str, name: str = "<form>") -> FormRow:
        form = parse_form(source, name)
        with unit_of_work(self) as w:
            s = w.s
            existing = s.get(m.FormVersion, (form.id, form.version))
            if existing is not None:
                if existing.source == source:
                    return FormRow(form.id, form.version, existing.title, existing.archived)
                raise ServiceError(
                    msg(
                        "Form {form} version {version} exists already with different content:"
                        " a published version never changes, so give the new one a higher version.",
                        form=form.id,
                        version=form.version,
                    )
                )
            s.add(m.FormVersion(form_id=form.id, version=form.version, title=form.title, source=source))
            w.record("form", f"{form.id}@{form.version}", {"source": source})
        self._forms[form.key] = form
        return FormRow(form.id, form.version, form.title, False)

    def archive_form(self, form_id: str, archived: bool = True) -> None:
        with unit_of_work(self) as w:
            for f in w.s.scalars(select(m.FormVersion).where(m.FormVersion.form_id == form_id)):
                f.archived = archived
            w.touch(forms=True)

    def form(self, form_id: str, version: int) -> Form:
        key = (form_id, version)
        form = self._forms.get(key)
        if form is None:
            with self.sessions() as s:
                row = s.get(m.FormVersion, key)
                if row is None:
                    raise ServiceError(
                        msg("Form {form} version {version} is not in this profile.", form=form_id, version=version)
                    )
                form = parse_form(row.source, f"{form_id}@{version}")
            self._forms[key] = form
        return form

    def latest_form_version(self, form_id: str) -> int:
        with self.sessions() as s:
            v = s.scalar(select(func.max(m.FormVersion.version)).where(m.FormVersion.form_id == form_id))
        if v is None:
            raise ServiceError(unknown("form", form_id, [f.form_id for f in self.forms(include_archived=True)]))
        return v

    # ------------------------------------------------------------ visits

    def visit_rows(self, status: VisitStatus | None = None, ids: Collection[str] | None = None) -> list[VisitRow]:
        """Every visit (or those of ``ids``) as a list line, newest first: one query, no ORM objects."""
        v, loc, c, f, p = m.Visit, m.Location, m.Client, m.FormVersion, m.Person
        # Labelled with VisitRow's field names: the row is built by name, not by position.
        q = (
            select(
                v.id,
                v.scheduled_date,
                v.due_date,
                c.id.label("client_id"),
                c.name.label("client"),
                loc.id.label("location_id"),
                loc.name.label("location"),
                v.form_id,
                v.form_version,
                f.title.label("form_title"),
                p.display_name.label("auditor"),
                v.status,
                v.score_total.label("score"),
                v.grade,
                v.complete,
                v.auditor_id,
                v.critical_failed,
            )
            .join(loc, v.location_id == loc.id)
            .join(c, loc.client_id == c.id)
            .join(f, (f.form_id == v.form_id) & (f.version == v.form_version))
            .outerjoin(p, v.auditor_id == p.id)
            .order_by(v.scheduled_date.desc(), v.created_at.desc())
        )
        if status is not None:
            q = q.where(v.status == status.value)
        if ids is not None:  # a drill-down's visits, or those a write changed (SQLite takes 32,766 bound values)
            q = q.where(v.id.in_(list(ids)))
        with self.sessions() as s:
            return [_visit_row(r._mapping) for r in s.execute(q)]

    def create_visit(
        self,
        form_id: str,
        location_id: str,
        scheduled_date: dt.date,
        *,
        version: int | None = None,
        auditor_id: str | None = None,
        due_date: dt.date | None = None,
        scenario: str = "",
    ) -> str:
        """Plan a visit; it starts as a draft pinned to the form's newest (or given) version."""
        # A supervisor plans for anyone; an auditor only for themself.
        own = self.me.role in (Role.SUPERVISOR, Role.ADMIN) or (auditor_id or self.me.id) == self.me.id
        decision = decide(self.me.role, Action.PLAN, None, own=own)
        if not decision:
            raise ServiceError(msg("Only a supervisor assigns visits to other auditors."))
        version = version or self.latest_form_version(form_id)
        form = self.form(form_id, version)
        empty = score_visit(form, Answers())
        with unit_of_work(self) as w:
            s = w.s
            if s.get(m.Location, location_id) is None:
                raise ServiceError(msg("That location no longer exists."))
            visit = m.Visit(
                form_id=form_id,
                form_version=version,
                location_id=location_id,
                auditor_id=auditor_id or self.me.id,
                scheduled_date=scheduled_date,
                due_date=due_date,
                scenario=scenario,
                status=VisitStatus.DRAFT.value,
                complete=empty.complete,
            )
            s.add(visit)
            s.flush()
            w.record(
                "visit",
                visit.id,
                {
                    "form_id": form_id,
                    "form_version": version,
                    "location_id": location_id,
                    "auditor_id": visit.auditor_id,
                    "scheduled_date": scheduled_date.isoformat(),
                    "status": VisitStatus.DRAFT.value,
                },
            )
            w.audit(visit.id, "plan", "planned")  # after the visit: the server needs it first
            return visit.id

    def visit_status(self, visit_id: str) -> VisitStatus:
        with self.sessions() as s:
            status = s.scalar(select(m.Visit.status).where(m.Visit.id == visit_id))
        if status is None:
            raise ServiceError(msg("No visit {visit!r}.", visit=visit_id))
        return VisitStatus(status)

    def resolve_visit_id(self, prefix: str) -> str:
        """A full visit id from an id or a unique prefix of at least 6 characters (for the CLI)."""
        prefix = prefix.strip().lower()
        with self.sessions() as s:
            if s.get(m.Visit, prefix) is not None:
                return prefix
            if len(prefix) < 6:
                raise ServiceError(msg("No visit {visit!r}.", visit=prefix))
            ids = list(s.scalars(select(m.Visit.id).where(m.Visit.id.like(prefix + "%")).limit(2)))
        if not ids:
            raise ServiceError(msg("No visit {visit!r}.", visit=prefix))
        if len(ids) > 1:
            raise ServiceError(msg("{prefix!r} matches several visits: give more of the id.", prefix=prefix))
        return ids[0]

    def open_visit(self, visit_id: str) -> VisitEditor:
        from .visit_editor import VisitEditor  # loaded with the first visit opened, not at start-up

        return VisitEditor.load(self, visit_id)


def _visit_row(r: RowMapping) -> VisitRow:
    return VisitRow(
        **{
            **r,
            "auditor": r["auditor"] or "",
            "status": VisitStatus(r["status"]),
            "critical_failed": bool(r["critical_failed"]),
        }
    )


def _person(p: m.Person) -> PersonRow:
    return PersonRow(p.id, p.username, p.display_name, Role(p.role))


def _location(loc: m.Location, client_name: str) -> LocationRow:
    return LocationRow(
        loc.id, loc.client_id, client_name, loc.name, loc.address, loc.latitude, loc.longitude, loc.archived,
        loc.time_zone,
    )  # fmt: skip


def _client(c: m.Client) -> ClientRow:
    # A language written by a newer app (or by hand) that this one does not ship: its reports are in English.
    return ClientRow(c.id, c.name, c.archived, c.language if shipped(c.language) else SOURCE)


def _check_language(code: str | None) -> str | None:
    """A shipped report language, or None for English (the default, stored as None): ``domain.catalogue``."""
    problem = language_problem(code)
    if problem:
        raise ServiceError(problem)
    return None if code == SOURCE else code


def _check_zone(name: str | None) -> str | None:
    """An IANA zone name, or None for the computer's own; ServiceError naming the close ones otherwise."""
    name = (name or "").strip() or None
    problem = time_zone_problem(name)
    if problem:
        raise ServiceError(problem)
    return name


def _check_coordinates(lat: float | None, lon: float | None) -> None:
    problem = coordinates_problem(lat, lon)
    if problem:
        raise ServiceError(problem)


def _check_client_name(s: Session, name: str, client_id: str | None = None) -> None:
    """Client names are unique ignoring case, on this laptop as on the server (``domain.catalogue``)."""
    key = client_key(name)
    for other_id, other in s.execute(select(m.Client.id, m.Client.name)):
        if other_id != client_id and client_key(other) == key:
            raise ServiceError(msg("There is already a client called {name!r}.", name=other))


def _check_location_name(s: Session, client_id: str, name: str, location_id: str | None = None) -> None:
    """A client's location names are unique ignoring case, on this laptop as on the server."""
    key = location_key(client_id, name)
    rows = s.execute(select(m.Location.id, m.Location.name).where(m.Location.client_id == client_id))
    for other_id, other in rows:
        if other_id != location_id and location_key(client_id, other) == key:
            raise ServiceError(msg("This client already has a location called {name!r}.", name=other))
