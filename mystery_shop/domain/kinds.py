"""One declaration per synced record kind: its fields with their types and limits, and how it behaves.

The wire protocol (``sync.protocol.FIELDS``), the laptop's apply (``sync.local``:
the table, the kinds that are leaves or scored), the server's handler table
(``server.push.HANDLERS``) and the outbox (``services.outbox.record_change``)
are all driven from ``KINDS``; ``docs/kinds.md`` says how to add one. The
checks here are what both sides refuse, in the same words: a value of the
wrong type, out of its limits, or a field only the server writes.

Limits are the narrowest column a value lands in, on the laptop or in the
portal's index (a report's signer is ``String(300)`` there), so a value the
server accepts can never fail a database later. Numbers are finite and of a
size both SQLite and PostgreSQL keep exactly. An answer's value is checked
here for its shape only; its form's question decides the rest
(``domain.answers.normalize_value``, the app's ``visits answer``).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .actions import settings_problem
from .appeals import MAX_ARGUMENT, MAX_FILE_BYTES, MAX_REPLY, Category, Outcome, window_problem
from .catalogue import coordinates_problem, language_problem, name_key, name_problem, time_zone_problem
from .messages import msg
from .workflow import Action

BIG = 10**15  # the largest number a synced field holds: exact in a float, in SQLite and in PostgreSQL's JSON
TEXT = 10_000  # a free text with no column length (a comment, an address)
_SHA = re.compile(r"^[0-9a-f]{64}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_B64 = re.compile(r"^[A-Za-z0-9+/]*={0,2}$")


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a kind: its type (text, id, int, number, bool, date, datetime, sha256, base64, enum, answer,
    points, thresholds), whether it may be null, its limits; ``server``: written by the server only, refused when
    pushed."""

    type: str
    null: bool = True
    max_len: int = 0
    lo: float | None = None
    hi: float | None = None
    choices: tuple[str, ...] = ()
    server: bool = False

    def problem(self, name: str, value: object) -> str | None:
        """Why ``value`` cannot be this field's; None when it can."""
        if value is None:
            return None if self.null else msg("{field} is required", field=name)
        t = self.type
        if t in ("text", "id"):
            if not isinstance(value, str):
                return msg("{field} must be a text, not {value}", field=name, value=_short(value))
            if "\x00" in value:
                return msg("{field} holds a NUL character", field=name)
            if len(value) > self.max_len:
                return msg("{field} is longer than {max} characters", field=name, max=self.max_len)
            return None
        if t in ("int", "number"):
            if not _is_number(value) or (t == "int" and not isinstance(value, int)):
                what = msg("a whole number") if t == "int" else msg("a number")
                return msg("{field} must be {what}, not {value}", field=name, what=what, value=_short(value))
            lo = -BIG if self.lo is None else self.lo
            hi = BIG if self.hi is None else self.hi
            if not lo <= value <= hi:  # type: ignore[operator]
                return msg("{field} must be from {lo} to {hi}, not {value}", field=name, lo=_n(lo), hi=_n(hi),
                           value=_short(value))  # fmt: skip
            return None
        if t == "bool":
            return None if isinstance(value, bool) else msg("{field} must be true or false", field=name)
        if t == "date":
            if isinstance(value, str) and _DATE.match(value) and _parses(dt.date.fromisoformat, value):
                return None
            return msg("{field} must be a date as YYYY-MM-DD, not {value}", field=name, value=_short(value))
        if t == "datetime":
            if isinstance(value, str) and len(value) <= 40 and _parses(dt.datetime.fromisoformat, value):
                return None
            return msg("{field} must be an ISO date and time, not {value}", field=name, value=_short(value))
        if t == "sha256":
            sha = isinstance(value, str) and _SHA.match(value)
            return None if sha else msg("{field} must be a SHA-256 (64 hex digits)", field=name)
        if t == "base64":
            b64 = isinstance(value, str) and len(value) <= self.max_len and len(value) % 4 == 0 and _B64.match(value)
            return None if b64 else msg("{field} must be base64 of at most {max} characters", field=name,
                                       max=self.max_len)  # fmt: skip
        if t == "enum":
            if value in self.choices:
                return None
            return msg("{field} is one of {choices}, not {value}", field=name, choices=", ".join(self.choices),
                       value=_short(value))  # fmt: skip
        if t == "points":  # an override's exact decimal, as text ("2.5") or a number
            ok = bool(isinstance(value, str) and len(value) <= 40 and _decimal(value)) or bool(
                _is_number(value) and abs(value) <= BIG  # type: ignore[arg-type]
            )
            return None if ok else msg("{field} must be a number of points, not {value}", field=name,
                                       value=_short(value))  # fmt: skip
        if t == "answer":
            return answer_shape_problem(name, value)
        if t == "thresholds":  # named numbers (a client's quality-check settings): unknown names keep defaults
            ok = isinstance(value, dict) and len(value) <= 50 and all(
                isinstance(k, str) and len(k) <= 64 and _is_number(v) and 0 <= v <= BIG
                for k, v in value.items())  # fmt: skip
            return None if ok else msg("{field} must be named numbers, none negative", field=name)
        raise AssertionError(f"unknown field type {t}")  # pragma: no cover


def answer_shape_problem(name: str, value: object) -> str | None:
    """An answer's value as JSON may carry it (a text, a finite number, a list of texts); its question decides more."""
    if isinstance(value, bool):
        return None  # yes/no from a script: its question says whether it fits
    if isinstance(value, str):
        return None if len(value) <= TEXT else msg("{field} is longer than {max} characters", field=name, max=TEXT)
    if _is_number(value):
        ok = abs(value) <= BIG  # type: ignore[arg-type]
        return None if ok else msg("{field} must be from {lo} to {hi}, not {value}", field=name, lo=_n(-BIG),
                                   hi=_n(BIG), value=_short(value))  # fmt: skip
    if isinstance(value, list) and len(value) <= 500 and all(isinstance(v, str) and len(v) <= 200 for v in value):
        return None
    return msg("{field} must be a text, a number or a list of choices, not {value}", field=name,
               value=_short(value))  # fmt: skip


def text(max_len: int = TEXT, *, null: bool = True) -> Field:
    return Field("text", null, max_len)


def ident(*, null: bool = True, max_len: int = 36) -> Field:
    return Field("id", null, max_len)


def whole(lo: float = -BIG, hi: float = BIG, *, null: bool = True) -> Field:
    return Field("int", null, lo=lo, hi=hi)


def number(lo: float = -BIG, hi: float = BIG) -> Field:
    return Field("number", lo=lo, hi=hi)


def one_of(*choices: str, null: bool = False, server: bool = False) -> Field:
    return Field("enum", null, choices=choices, server=server)


FLAG = Field("bool")
DATE = Field("date")
MOMENT = Field("datetime")
SHA = Field("sha256")
SERVER = Field("text", server=True, max_len=TEXT)  # written by the server: a pushed value is refused


Rule = Callable[[Mapping[str, Any]], "str | None"]


@dataclass(frozen=True)
class Kind:
    """A synced record kind.

    ``table``: the laptop's table; ``natural_key``: the fields the server keeps unique (besides the id), names
    ignoring case; ``referenced_by``: (kind, field) of the records that point at one (moved along when a pulled
    record takes over a local one with its natural key); ``append_only``: written once, never changed;
    ``pushed``/``pulled``: which way it travels; ``checked``: in the sanity check's summary; ``leaf``: nothing
    hangs off it (a refused new one is removed locally); ``scored``: part of a visit's score; ``rules``: checks of
    the record as a whole, on its merged data; ``protocol``: the sync protocol that brought it (an app speaking an
    older one is never sent it: it would not know the kind).
    """

    name: str
    table: str
    fields: Mapping[str, Field]
    natural_key: tuple[str, ...] = ()
    referenced_by: tuple[tuple[str, str], ...] = ()
    append_only: bool = False
    pushed: bool = True
    pulled: bool = True
    checked: bool = True
    leaf: bool = False
    scored: bool = False
    rules: tuple[Rule, ...] = field(default=())
    protocol: int = 1

    def field_problems(self, data: Mapping[str, Any]) -> list[str]:
        """What is wrong with the fields of a push, each one: unknown, written by the server, wrong type or size."""
        out: list[str] = []
        unknown = sorted(k for k in data if k not in self.fields)
        if unknown:
            out.append(msg("unknown {kind} fields: {fields}", kind=self.name, fields=", ".join(unknown)))
        for key, value in data.items():
            f = self.fields.get(key)
            if f is None:
                continue
            if f.server:
                out.append(msg("{field} is written by the server, not sent: {why}", field=key, why=_WHY.get(
                    (self.name, key), msg("it comes back with the record"))))  # fmt: skip
                continue
            problem = f.problem(key, value)
            if problem:
                out.append(problem)
        return out

    def key_of(self, data: Mapping[str, Any]) -> tuple[Any, ...]:
        """The natural key of a record: two records with the same one are the same record (names ignoring case)."""
        return tuple(name_key(v) if f == "name" and isinstance(v, str) else v for f in self.natural_key
                     for v in (data.get(f),))  # fmt: skip

    def record_problems(self, data: Mapping[str, Any]) -> list[str]:
        """The kind's rules, on the record as it would stand (its stored data with the change on top)."""
        return [p for rule in self.rules if (p := rule(data))]

    def problems(self, change: Mapping[str, Any], merged: Mapping[str, Any] | None = None) -> list[str]:
        return self.field_problems(change) or self.record_problems(change if merged is None else merged)


_WHY = {
    ("visit", "status"): msg("a visit's status moves only by a command (submit, return, approve, publish)"),
    ("visit", "score_total"): msg("the server scores a visit from its answers"),
    ("visit", "grade"): msg("the server scores a visit from its answers"),
    ("visit", "complete"): msg("the server scores a visit from its answers"),
}

_ACTIONS = tuple(a.value for a in Action)
# The audit entries that sync as ``audit_entry`` records (status changes sync as ``transition`` commands): planned,
# signed, signature cleared; and the trail's lines of a review comment, a score override and a signed report, whose
# records travel too, so that every laptop's trail tells the same story.
AUDIT_EVENTS = ("plan", "sign", "unsign", "comment", "override", "report")
_CATEGORIES = tuple(c.value for c in Category)
_OUTCOMES = tuple(o.value for o in Outcome)


def _client_rules(d: Mapping[str, Any]) -> str | None:
    return (name_problem(d.get("name"), "client") or language_problem(d.get("language"))
            or window_problem(d.get("appeal_window_days")))  # fmt: skip


def _location_rules(d: Mapping[str, Any]) -> str | None:
    return (name_problem(d.get("name"), "location") or coordinates_problem(d.get("latitude"), d.get("longitude"))
            or time_zone_problem(d.get("time_zone")))  # fmt: skip


def _photo_rules(d: Mapping[str, Any]) -> str | None:
    return coordinates_problem(d.get("latitude"), d.get("longitude"))


def _action_rule_rules(d: Mapping[str, Any]) -> str | None:
    settings = d.get("settings")
    return settings_problem(settings) if isinstance(settings, Mapping) else None


_VISIT_ID = ident(null=False)
# fmt: off
KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("person", "people", {"username": text(80), "display_name": text(200), "role": text(20),
                                  "client_id": ident()}, pushed=False, checked=False),
        Kind("client", "clients", {"name": text(200, null=False), "archived": FLAG, "language": text(16),
             "check_settings": Field("thresholds"), "appeal_window_days": whole(1, 365)},
             natural_key=("name",), referenced_by=(("location", "client_id"),), rules=(_client_rules,)),
        Kind("location", "locations", {
            "client_id": ident(null=False), "name": text(200, null=False), "address": text(2000),
            "latitude": number(-90, 90), "longitude": number(-180, 180), "archived": FLAG, "time_zone": text(64),
        }, natural_key=("client_id", "name"), referenced_by=(("visit", "location_id"),), rules=(_location_rules,)),
        Kind("form", "forms", {"form_id": text(100), "version": whole(1, 10**6), "title": text(300),
                               "source": text(2_000_000, null=False)}, append_only=True, checked=False),
        Kind("visit", "visits", {
            "form_id": text(100, null=False), "form_version": whole(1, 10**6, null=False),
            "location_id": ident(null=False), "auditor_id": ident(), "scheduled_date": Field("date", null=False),
            "due_date": DATE, "scenario": text(), "status": SERVER, "started_at": MOMENT, "finished_at": MOMENT,
            "signed_by": text(200), "signed_at": MOMENT, "attestation": text(), "signature_png": Field("base64",
            max_len=2_000_000), "score_total": SERVER, "grade": SERVER, "complete": SERVER, "created_at": MOMENT,
        }, scored=True),
        Kind("answer", "answers", {"visit_id": _VISIT_ID, "question_id": text(100), "value": Field("answer"),
                                   "na": FLAG, "comment": text()}, natural_key=("visit_id", "question_id"),
             leaf=True, scored=True),
        Kind("photo", "photos", {
            "visit_id": _VISIT_ID, "section_id": text(100), "question_id": text(100), "sha256": SHA,
            "filename": text(500), "size": whole(0), "width": whole(0, 10**6), "height": whole(0, 10**6),
            "taken_at": MOMENT, "latitude": number(-90, 90), "longitude": number(-180, 180), "caption": text(),
            "position": whole(-(10**6), 10**6), "annotated_sha256": SHA, "deleted": FLAG, "created_at": MOMENT,
        }, leaf=True, rules=(_photo_rules,)),
        Kind("review_comment", "review_comments", {"visit_id": _VISIT_ID, "question_id": text(100),
             "author_id": ident(), "text": text(), "created_at": MOMENT}, append_only=True, leaf=True),
        # ``appeal_id``: an accepted appeal's override, on a published visit (the appeal's decision says so).
        Kind("score_override", "score_overrides", {"visit_id": _VISIT_ID, "question_id": text(100),
             "points": Field("points"), "reason": text(), "author_id": ident(), "created_at": MOMENT,
             "appeal_id": ident()},
             append_only=True, leaf=True, scored=True),
        # A command, not a record: {action, detail, at: when it happened on the device}; the server writes the rest
        # (received_at, and the visit's score).
        Kind("transition", "audit_log", {"action": one_of(*_ACTIONS), "detail": text(), "visit_id": SERVER,
             "from_status": SERVER, "to_status": SERVER, "actor_id": SERVER, "at": MOMENT, "received_at": SERVER,
             "score_total": SERVER, "grade": SERVER, "complete": SERVER}, append_only=True),
        # An audit entry that is not a status change, made on a device (AUDIT_EVENTS). ``kind`` is the laptop's
        # audit_log.kind; the server writes who
        # (actor_id) and when it received it (received_at); ``at`` is when it happened on the device.
        Kind("audit_entry", "audit_log", {"visit_id": _VISIT_ID, "kind": one_of(*AUDIT_EVENTS), "detail": text(),
             "actor_id": SERVER, "at": MOMENT, "received_at": SERVER}, append_only=True, protocol=2),
        # Which findings of a client's visits open an action plan (domain.actions.ActionRules); form_id "": every
        # form of the client without its own (issue 31).
        Kind("action_rule", "action_rules", {"client_id": ident(null=False), "form_id": text(100, null=False),
             "settings": Field("thresholds")}, natural_key=("client_id", "form_id"), leaf=True,
             rules=(_action_rule_rules,)),
        # A visit's signed PDF (the blob ``sha256``), pushed when the visit is published and never pulled.
        Kind("report", "signed_reports", {"visit_id": _VISIT_ID, "report_id": text(40), "sha256": SHA,
             "size": whole(1), "signer": text(300), "signed_at": MOMENT, "author_id": ident(), "detail": text(),
             "created_at": MOMENT}, append_only=True, pulled=False, checked=False),
        # Appeals (docs/appeals.md): the appeal and its evidence are written by the server for the portal's client
        # accounts and pulled by the firm's laptops; a decision (accept, decline; a withdrawal the portal writes)
        # is one per appeal, its natural key, so a second supervisor's is a conflict; the auditor's account is asked
        # for and given as records of their own. All append-only: the state is a fold (``appeals.state_of``).
        Kind("appeal", "appeals", {
            "visit_id": _VISIT_ID, "question_id": text(100, null=False), "category": one_of(*_CATEGORIES),
            "argument": text(MAX_ARGUMENT, null=False), "author_id": ident(), "created_at": MOMENT,
        }, append_only=True, pushed=False, leaf=True),
        Kind("appeal_file", "appeal_files", {
            "appeal_id": ident(null=False), "visit_id": _VISIT_ID, "sha256": SHA, "filename": text(500),
            "size": whole(1, MAX_FILE_BYTES), "media_type": one_of("image/jpeg", "image/png", "application/pdf"),
            "created_at": MOMENT,
        }, append_only=True, pushed=False, leaf=True),
        Kind("appeal_decision", "appeal_decisions", {
            "appeal_id": ident(null=False), "visit_id": _VISIT_ID, "outcome": one_of(*_OUTCOMES),
            "points": Field("points"), "reply": text(MAX_REPLY), "author_id": ident(), "created_at": MOMENT,
        }, natural_key=("appeal_id",), append_only=True, leaf=True),
        Kind("appeal_account", "appeal_accounts", {
            "appeal_id": ident(null=False), "visit_id": _VISIT_ID, "what": one_of("request", "answer"),
            "text": text(MAX_REPLY, null=False), "author_id": ident(), "created_at": MOMENT,
        }, append_only=True, leaf=True),
    )
}
# fmt: on


def kind(name: str) -> Kind:
    return KINDS[name]


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and (
        isinstance(value, int) or math.isfinite(value))  # fmt: skip


def _parses(parse: Callable[[str], object], value: str) -> bool:
    try:
        parse(value)
    except ValueError:
        return False
    return True


def _decimal(value: str) -> bool:
    return re.fullmatch(r"-?\d{1,15}(\.\d{1,10})?", value.strip()) is not None


def _n(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _short(value: object) -> str:
    """A value as a refusal quotes it: never a huge one whole (a 10**400 or a megabyte of text)."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > BIG:
        return "a number beyond 10**15"
    text_ = repr(value)
    return text_ if len(text_) <= 60 else text_[:57] + "..."
