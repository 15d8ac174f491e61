"""What an admin does from the command line: users, devices, clients, locations, forms.

Each change is one transaction and writes the records laptops pull (a
``person`` per user, clients, locations, forms) through the same SEQ writer
as a push.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select, update

from mystery_shop.domain.access import location_names, stored
from mystery_shop.domain.languages import SHIPPED
from mystery_shop.domain.workflow import Role
from mystery_shop.domain.zones import zone_problem

from .db import Database
from .models import Device, Record, User, utcnow
from .records import Row, Writer
from .security import hash_password


class AdminError(Exception):
    """A refusal meant for the admin at the terminal."""


@dataclass(frozen=True, slots=True)
class UserRow:
    id: str
    username: str
    display_name: str
    role: str
    client: str
    disabled: bool
    devices: int
    email: str = ""
    locations: str = ""  # a client account's locations, "A;B"; empty: the whole client


def _client_by_name(w: Writer, name: str) -> Row:
    rec = w.by_natural_key("client", name.strip().casefold())
    if rec is None:
        raise AdminError(f"no client called {name!r} (add it with: mystery-shop server clients add NAME)")
    return rec


def add_user(
    db: Database,
    username: str,
    password: str,
    role: Role,
    *,
    client: str | None = None,
    display_name: str = "",
    email: str | None = None,
    locations: str | None = None,
) -> str:
    """A new account; a client account with ``locations`` ("A;B", names of its client's locations) sees only
    those locations' reports and figures, without them the whole client's."""
    username = username.strip()
    if not username or len(username) > 80:
        raise AdminError("a username is 1 to 80 characters")
    if len(password) < 8:
        raise AdminError("a password needs at least 8 characters")
    if role is Role.CLIENT and not client:
        raise AdminError("a client user needs --client NAME: the organisation whose reports it reads")
    if client and role in (Role.AUDITOR, Role.ADMIN):
        raise AdminError(f"--client is for supervisors and client users, not {role.value}s")
    if locations is not None and role is not Role.CLIENT:
        raise AdminError("--locations is for client users: a store or regional manager's locations")
    email = check_email(email) if email else None
    with db.write() as s:
        if s.scalar(select(User.id).where(User.username == username)) is not None:
            raise AdminError(f"there is already a user called {username!r}")
        w = Writer(s)
        client_id = _client_by_name(w, client).id if client else None
        scope = _location_ids(w, client_id, locations) if client_id and locations is not None else None
        user = User(
            username=username,
            display_name=display_name or username,
            role=role.value,
            client_id=client_id,
            password_hash=hash_password(password),
            email=email,
            locations=scope,
        )
        s.add(user)
        s.flush()
        person = {"username": username, "display_name": user.display_name, "role": role.value, "client_id": client_id}
        w.put("person", user.id, person)
        w.finish()
        return user.id


def _location_ids(w: Writer, client_id: str, text: str) -> list[str]:
    """The ids of a client's locations named in ``text`` ("A;B"); every name must be one of them."""
    names = location_names(text)
    if not names:
        raise AdminError('--locations needs at least one location name ("Main Road;High Street")')
    ids, unknown = [], []
    for name in names:
        rec = w.by_natural_key("location", f"{client_id}/{name.casefold()}")
        if rec is None:
            unknown.append(name)
        else:
            ids.append(rec.id)
    if unknown:
        raise AdminError(f"the client has no location called {', '.join(map(repr, unknown))} "
                         "(import it with: mystery-shop server locations import FILE)")  # fmt: skip
    return stored(ids) or []


def set_locations(db: Database, username: str, locations: str | None) -> None:
    """Scope a client account to some of its client's locations ("A;B"), or with None to the whole client."""
    with db.write() as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is None:
            raise AdminError(f"no user called {username!r}")
        if user.role != Role.CLIENT.value or not user.client_id:
            raise AdminError(f"{username} is a {user.role}: only client users have locations")
        user.locations = None if locations is None else _location_ids(Writer(s), user.client_id, locations)
    # (Open portal sessions read the account afresh on each page: the new scope holds from the next one.)


_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")


def check_email(address: str) -> str:
    """One plain address (no name, no list): the portal mails publish notices to it."""
    address = address.strip()
    if len(address) > 320 or not _EMAIL.match(address):
        raise AdminError(f"{address!r} is not an e-mail address (name@example.com)")
    return address


def set_email(db: Database, username: str, email: str | None) -> None:
    """Set (or with None, remove) the address a user's publish notices go to."""
    address = check_email(email) if email else None
    with db.write() as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is None:
            raise AdminError(f"no user called {username!r}")
        user.email = address


def set_language(db: Database, username: str, code: str | None) -> None:
    """Set (or with None, remove) the language of a user's portal pages and publish notices, as the user's own
    Account page does; without one the pages follow the browser and the notices are in English."""
    code = code.strip().lower() if code else None
    if code is not None and code not in SHIPPED:
        raise AdminError(f"{code!r} is not a language the portal speaks ({', '.join(SHIPPED)})")
    with db.write() as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is None:
            raise AdminError(f"no user called {username!r}")
        user.language = code


def list_users(db: Database) -> list[UserRow]:
    with db.read() as s:
        names = {r.id: r.data["name"] for r in s.scalars(select(Record).where(Record.kind == "client"))}
        places = {
            r.id: str(r.data.get("name") or "") for r in s.scalars(select(Record).where(Record.kind == "location"))
        }
        live: dict[str, int] = {}
        now = utcnow()
        for d in s.scalars(select(Device).where(Device.revoked_at.is_(None))):
            if d.expires_at > now:
                live[d.user_id] = live.get(d.user_id, 0) + 1
        return [
            UserRow(u.id, u.username, u.display_name, u.role, names.get(u.client_id or "", ""), u.disabled,
                    live.get(u.id, 0), u.email or "",
                    ";".join(sorted(places.get(i, i) for i in u.locations)) if u.locations is not None else "")
            for u in s.scalars(select(User).order_by(User.username))
        ]  # fmt: skip


def disable_user(db: Database, username: str, *, disabled: bool = True) -> None:
    """Disable (or enable again) an account; disabling also signs out all its devices."""
    with db.write() as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is None:
            raise AdminError(f"no user called {username!r}")
        user.disabled = disabled
        if disabled:
            s.execute(
                update(Device).where(Device.user_id == user.id, Device.revoked_at.is_(None)).values(revoked_at=utcnow())
            )


def revoke_devices(db: Database, username: str, device: str | None = None) -> int:
    """Sign out one device of a user (all of them without ``device``); returns how many tokens stopped working."""
    with db.write() as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is None:
            raise AdminError(f"no user called {username!r}")
        q = update(Device).where(Device.user_id == user.id, Device.revoked_at.is_(None))
        if device is not None:
            q = q.where(Device.name == device)
        n = s.execute(q.values(revoked_at=utcnow())).rowcount  # type: ignore[attr-defined]
        if device is not None and not n:
            raise AdminError(f"{username} has no signed-in device called {device!r}")
        return int(n)


def add_client(db: Database, name: str) -> str:
    name = name.strip()
    if not name:
        raise AdminError("a client needs a name")
    with db.write() as s:
        w = Writer(s)
        if w.by_natural_key("client", name.casefold()) is not None:
            raise AdminError(f"there is already a client called {name!r}")
        cid = str(uuid.uuid4())
        w.put("client", cid, {"name": name, "archived": False}, client_id=cid, natural_key=name.casefold())
        w.finish()
        return cid


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    problems: list[str]


LOCATION_COLUMNS = ("client", "name", "address", "latitude", "longitude", "time_zone")


def import_locations(db: Database, text: str, default_zone: str = "UTC") -> ImportResult:
    """Locations from CSV (client, name, address, latitude, longitude, time_zone): bad rows reported by line,
    good rows kept. A row without a time zone takes ``default_zone`` (the server's), so a report of the visit
    reads the location's clock, never the clock of the computer that prints it."""
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    missing = [c for c in ("client", "name") if c not in header]
    if missing:
        raise AdminError(f"the file needs the columns {', '.join(LOCATION_COLUMNS)}; missing: {', '.join(missing)}")
    reader.fieldnames = header
    added = updated = 0
    problems: list[str] = []
    with db.write() as s:
        w = Writer(s)
        for row in reader:
            cell = {k: (v or "").strip() for k, v in row.items() if k}
            try:
                client = _client_by_name(w, cell.get("client", ""))
                if not cell.get("name"):
                    raise AdminError("the name is empty")
                lat, lon = _coordinates(cell.get("latitude", ""), cell.get("longitude", ""))
                zone = cell.get("time_zone") or default_zone
                if zone_problem(zone):
                    raise AdminError(str(zone_problem(zone)))
            except AdminError as e:
                problems.append(f"line {reader.line_num}: {e}")
                continue
            key = f"{client.id}/{cell['name'].casefold()}"
            rec = w.by_natural_key("location", key)
            data = {"client_id": client.id, "name": cell["name"], "address": cell.get("address", ""),
                    "latitude": lat, "longitude": lon, "archived": False, "time_zone": zone}  # fmt: skip
            if rec is not None and rec.data == data:
                continue
            w.put("location", rec.id if rec else str(uuid.uuid4()), data, client_id=client.id, natural_key=key)
            added, updated = (added, updated + 1) if rec else (added + 1, updated)
        w.finish()
    return ImportResult(added, updated, problems)


def _coordinates(lat: str, lon: str) -> tuple[float | None, float | None]:
    if not lat and not lon:
        return None, None
    try:
        la, lo = float(lat), float(lon)
    except ValueError:
        raise AdminError(f"latitude {lat!r} and longitude {lon!r} must both be numbers") from None
    if not (-90 <= la <= 90 and -180 <= lo <= 180):
        raise AdminError(f"({la}, {lo}) is not a place on Earth")
    return la, lo


def publish_form(db: Database, form_id: str, version: int, title: str, source: str) -> bool:
    """Publish a form version (checked by the caller); False when this exact version is there already."""
    key = f"{form_id}@{version}"
    with db.write() as s:
        w = Writer(s)
        rec = w.get("form", key)
        if rec is not None:
            if rec.data.get("source") == source:
                return False
            raise AdminError(f"form {key} is published already with different content: give it a new version")
        w.put("form", key, {"form_id": form_id, "version": version, "title": title, "source": source})
        w.finish()
        return True
