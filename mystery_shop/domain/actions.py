"""Action plans (issue 31): which findings of a published visit open an action, and how an action lives.

Every rule once, for the server (opening, the portal's board, the reminders),
the app (the rules' settings) and the figures alike:

- ``ActionRules``: per client and form, set by the firm in the app and synced
  as an ``action_rule`` record (its ``settings`` are named numbers, the
  ``thresholds`` field type, so unknown names keep their defaults).
- ``findings``: the findings of one scored visit that open an action: a scored
  question that earned nothing, a failed critical question, a touchpoint
  (section) scoring below a threshold. One finding per question or section,
  keyed so a re-published visit finds the same keys (``action_id``).
- ``Entry`` and ``fold``: an action is the fold of its append-only entries (who,
  when, what, a note, proof photos); nothing is edited in place. ``check``
  says whether an entry may follow the state (and who may write it).
- ``follow_up``: the next visit at the location that answers the same question
  marks the open loop "held" (it passed) or "recurred" (it failed again; the
  new action links to the old one).
- Overdue is never stored: it is computed from the clock (``is_overdue``).

The figures (opened, closed on time, overdue, median days to close, recurrence
rate, most recurring questions) are in ``domain.action_figures``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from fractions import Fraction
from typing import Any

from .forms import Form
from .messages import msg
from .scoring import QuestionState, VisitScore

DAY = dt.timedelta(days=1)
MAX_DAYS = 365  # the longest due time the rules accept
NOTE = 4000  # the longest note an entry keeps (what was done, a reason)
PHOTOS = 5  # proof photos per entry


class Trigger(StrEnum):
    """Why a finding opened an action."""

    ZERO = "zero"  # a scored question that earned nothing
    CRITICAL = "critical"  # a critical question that failed
    SECTION = "section"  # a touchpoint below the threshold


class Status(StrEnum):
    """An action's stored status (``overdue`` is not one: it is read from the clock, ``shown_status``)."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    VERIFIED = "verified"
    REOPENED = "reopened"
    WITHDRAWN = "withdrawn"  # an appeal restored the points


OVERDUE = "overdue"
BOARD = (Status.OPEN.value, Status.IN_PROGRESS.value, OVERDUE, Status.REOPENED.value, Status.DONE.value,
         Status.VERIFIED.value, Status.WITHDRAWN.value)  # fmt: skip
WAITING = frozenset({Status.OPEN, Status.IN_PROGRESS, Status.REOPENED})  # the owner's move: these can be overdue


class Event(StrEnum):
    OPENED = "opened"
    STARTED = "started"  # the owner is on it
    DONE = "done"  # the owner says what was done (a note, maybe proof photos)
    VERIFIED = "verified"  # head office accepts it
    REOPENED = "reopened"  # head office does not, with a reason
    WITHDRAWN = "withdrawn"  # an appeal restored the points
    HELD = "held"  # the next visit passed the same question
    RECURRED = "recurred"  # the next visit failed it again


class Outcome(StrEnum):
    HELD = "held"
    RECURRED = "recurred"


# ---------------------------------------------------------------- the rules


@dataclass(frozen=True, slots=True)
class ActionRules:
    """Which findings open an action, and in how many days each is due. ``section_below``: a percentage, None off."""

    zero: bool = True
    critical: bool = True
    section_below: Fraction | None = None
    due_days: int = 7
    critical_due_days: int = 2

    @property
    def enabled(self) -> bool:
        return self.zero or self.critical or self.section_below is not None

    def settings(self) -> dict[str, int | float]:
        """As synced (the ``thresholds`` field: named numbers, none negative); ``section_below`` absent: off."""
        out: dict[str, int | float] = {
            "zero": int(self.zero),
            "critical": int(self.critical),
            "due_days": self.due_days,
            "critical_due_days": self.critical_due_days,
        }
        if self.section_below is not None:
            sb = self.section_below
            out["section_below"] = int(sb) if sb.denominator == 1 else float(sb)
        return out

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any] | None) -> ActionRules:
        """The rules a synced record holds; a missing or unusable value keeps its default."""
        d = cls()
        if not settings:
            return d

        def days(name: str, default: int) -> int:
            v = settings.get(name)
            ok = isinstance(v, int | float) and not isinstance(v, bool) and 0 <= v <= MAX_DAYS
            return int(v) if ok else default  # type: ignore[arg-type]

        def flag(name: str, default: bool) -> bool:
            v = settings.get(name)
            return bool(v) if isinstance(v, int | float) and not isinstance(v, bool) else default

        below = settings.get("section_below")
        ok = isinstance(below, int | float) and not isinstance(below, bool) and 0 < below <= 100
        return cls(flag("zero", d.zero), flag("critical", d.critical), Fraction(str(below)) if ok else None,
                   days("due_days", d.due_days), days("critical_due_days", d.critical_due_days))  # fmt: skip


def settings_problem(settings: Mapping[str, Any] | None) -> str | None:
    """Why these synced settings are not rules (both the app and the server refuse them); None when fine."""
    if settings is None:
        return None
    for name in ("due_days", "critical_due_days"):
        v = settings.get(name)
        if v is not None and not (isinstance(v, int | float) and 0 <= v <= MAX_DAYS and float(v).is_integer()):
            return msg("{field} must be a whole number of days from 0 to {max}", field=name, max=MAX_DAYS)
    v = settings.get("section_below")
    if v is not None and not (isinstance(v, int | float) and 0 < v <= 100):
        return msg("section_below must be a percentage above 0, at most 100")
    return None


def rules_for(rules: Mapping[tuple[str, str], ActionRules], client_id: str, form_id: str) -> ActionRules | None:
    """The rules of a client's form: its own, else the client's for every form (form ``""``), else none (no
    actions are opened for a client the firm has not set up)."""
    return rules.get((client_id, form_id)) or rules.get((client_id, ""))


# ---------------------------------------------------------------- findings


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing of a visit that opens an action. ``key``: ``q:<question>`` or ``s:<section>``."""

    key: str
    trigger: Trigger
    section_id: str
    question_id: str | None
    critical: bool
    score: Fraction | None = None  # a section finding's score (%)

    @property
    def subject(self) -> str:
        """The question or section id it is about."""
        return self.question_id or self.section_id


def findings(form: Form, score: VisitScore, rules: ActionRules) -> list[Finding]:
    """The findings of a visit scored with ``detail=True``, in form order (a question's before its section's)."""
    if score.questions is None:
        raise ValueError("findings need a visit scored with detail=True")
    out: list[Finding] = []
    for section in form.sections:
        for q in section.questions:
            r = score.questions.get(q.id)
            if r is None or r.state is not QuestionState.ANSWERED or r.possible == 0 or r.earned is None:
                continue
            critical = r.critical_failed and rules.critical
            if critical:
                out.append(Finding(f"q:{q.id}", Trigger.CRITICAL, section.id, q.id, True))
            elif rules.zero and r.earned == 0:
                out.append(Finding(f"q:{q.id}", Trigger.ZERO, section.id, q.id, r.critical_failed))
        if rules.section_below is not None:
            sc = score.section(section.id).score
            if sc is not None and sc < rules.section_below:
                out.append(Finding(f"s:{section.id}", Trigger.SECTION, section.id, None, False, sc))
    return out


def action_id(visit_id: str, finding_key: str) -> str:
    """The action's id: the same visit and finding always give the same one, so publishing again opens nothing new."""
    return f"{visit_id}:{finding_key}"


def due_at(opened: dt.datetime, finding: Finding, rules: ActionRules) -> dt.datetime:
    days = rules.critical_due_days if finding.critical else rules.due_days
    return opened + days * DAY


def owners(location_id: str, accounts: Iterable[tuple[str, frozenset[str] | None]]) -> list[str]:
    """Who owns a location's actions: its manager accounts (scoped to locations, this one among them); where it
    has none, head office (the client's whole-client accounts). ``accounts``: (user id, its locations or None)."""
    rows = list(accounts)
    managers = sorted(uid for uid, places in rows if places is not None and location_id in places)
    return managers or sorted(uid for uid, places in rows if places is None)


# ---------------------------------------------------------------- entries and their fold


@dataclass(frozen=True, slots=True)
class Entry:
    """One append-only record of an action's history."""

    event: Event
    at: dt.datetime
    actor_id: str | None = None  # None: the server (opened, withdrawn, held, recurred)
    note: str = ""
    photos: tuple[str, ...] = ()  # proof photos' SHA-256
    visit_id: str | None = None  # held/recurred: the visit that judged it; opened: the visit that found it
    link: str | None = None  # recurred: the new action's id


@dataclass(frozen=True, slots=True)
class ActionState:
    status: Status
    opened_at: dt.datetime
    done_at: dt.datetime | None = None  # the owner's last "done"
    verified_at: dt.datetime | None = None
    outcome: Outcome | None = None
    outcome_visit: str | None = None
    recurred_as: str | None = None
    history: tuple[Entry, ...] = field(default=())

    @property
    def closed_at(self) -> dt.datetime | None:
        """When the work was done, for an action head office verified: the "done" it accepted."""
        return self.done_at if self.status is Status.VERIFIED else None


_MOVES: dict[Event, tuple[frozenset[Status], Status]] = {
    Event.STARTED: (frozenset({Status.OPEN, Status.REOPENED}), Status.IN_PROGRESS),
    Event.DONE: (frozenset({Status.OPEN, Status.IN_PROGRESS, Status.REOPENED}), Status.DONE),
    Event.VERIFIED: (frozenset({Status.DONE}), Status.VERIFIED),
    Event.REOPENED: (frozenset({Status.DONE, Status.VERIFIED}), Status.REOPENED),
    Event.WITHDRAWN: (frozenset({Status.OPEN, Status.IN_PROGRESS, Status.DONE, Status.REOPENED}), Status.WITHDRAWN),
}
HEAD_OFFICE = frozenset({Event.VERIFIED, Event.REOPENED})
NEEDS_NOTE = frozenset({Event.DONE, Event.REOPENED})


def check(state: ActionState | None, entry: Entry, *, head_office: bool = True) -> str | None:
    """Why ``entry`` cannot follow ``state`` (None when it can). ``head_office``: the writer sees the whole client."""
    if entry.event is Event.OPENED:
        return None if state is None else msg("the action is open already")
    if state is None:
        return msg("there is no such action")
    if entry.at < (state.history[-1].at if state.history else state.opened_at):
        return msg("an entry cannot come before the one it follows")
    if len(entry.note) > NOTE:
        return msg("the note is longer than {max} characters", max=NOTE)
    if len(entry.photos) > PHOTOS:
        return msg("at most {max} photos", max=PHOTOS)
    if entry.event in (Event.HELD, Event.RECURRED):
        if state.outcome is not None:
            return msg("a later visit judged this action already")
        return None if state.status is not Status.WITHDRAWN else msg("the action was withdrawn")
    if entry.event in HEAD_OFFICE and not head_office:
        return msg("only head office verifies or reopens an action")
    if entry.event in NEEDS_NOTE and not entry.note.strip():
        return msg("say what was done") if entry.event is Event.DONE else msg("give the reason to reopen it")
    allowed, _ = _MOVES[entry.event]
    if state.status not in allowed:
        return msg("an action that is {status} cannot be {event}", status=state.status.value, event=entry.event.value)
    return None


def step(state: ActionState | None, entry: Entry) -> ActionState:
    """The state after ``entry`` (which ``check`` allowed)."""
    if entry.event is Event.OPENED:
        return ActionState(Status.OPEN, entry.at, history=(entry,))
    assert state is not None
    history = (*state.history, entry)
    if entry.event in (Event.HELD, Event.RECURRED):
        return replace(state, outcome=Outcome(entry.event.value), outcome_visit=entry.visit_id,
                       recurred_as=entry.link, history=history)  # fmt: skip
    status = _MOVES[entry.event][1]
    done_at = entry.at if entry.event is Event.DONE else state.done_at
    verified_at = (
        entry.at if entry.event is Event.VERIFIED else None if status is Status.REOPENED else state.verified_at
    )
    return replace(state, status=status, done_at=done_at, verified_at=verified_at, history=history)


def fold(entries: Sequence[Entry]) -> ActionState:
    """An action's state from its entries in order; an entry its state did not allow is skipped (a store written
    by hand or a race lost nothing, and shows nothing it should not)."""
    state: ActionState | None = None
    for e in entries:
        if check(state, e) is None:
            state = step(state, e)
    if state is None:
        raise ValueError("an action's entries start with its opening")
    return state


def is_overdue(state: ActionState, due: dt.datetime, now: dt.datetime) -> bool:
    """Past its due time and still the owner's to do (open, in progress, reopened)."""
    return state.status in WAITING and now > due


def shown_status(state: ActionState, due: dt.datetime, now: dt.datetime) -> str:
    """The board's column: the stored status, or "overdue"."""
    return OVERDUE if is_overdue(state, due, now) else state.status.value


def days_between(start: dt.datetime, end: dt.datetime) -> Fraction:
    """Exact days (to the second) from ``start`` to ``end``."""
    return Fraction(int((end - start).total_seconds()), 86400)


# ---------------------------------------------------------------- did it hold


@dataclass(frozen=True, slots=True)
class Loop:
    """An earlier action waiting for the next visit's verdict."""

    action_id: str
    finding_key: str
    visit_date: dt.date  # the visit that opened it


def verdict(finding_key: str, score: VisitScore, rules: ActionRules) -> Outcome | None:
    """Whether a later visit passed (held) or failed (recurred) what an action was about; None when it did not
    answer it (hidden, N/A, unanswered, or a section with no score)."""
    if score.questions is None:
        raise ValueError("a verdict needs a visit scored with detail=True")
    kind, _, subject = finding_key.partition(":")
    if kind == "q":
        r = score.questions.get(subject)
        if r is None or r.state is not QuestionState.ANSWERED or r.earned is None or r.possible == 0:
            return None
        return Outcome.RECURRED if r.earned == 0 or r.critical_failed else Outcome.HELD
    try:
        sc = score.section(subject).score
    except KeyError:
        return None
    if sc is None:
        return None
    below = rules.section_below if rules.section_below is not None else Fraction(100)
    return Outcome.RECURRED if sc < below else Outcome.HELD


def follow_up(
    loops: Iterable[Loop], visit_id: str, visit_date: dt.date, score: VisitScore, rules: ActionRules,
    new_findings: Iterable[Finding],
) -> list[tuple[str, Entry]]:  # fmt: skip
    """The held/recurred entries a newly published visit writes on the location's earlier, unjudged actions (the
    newest per finding, from an earlier visit). A recurred one links to the action the new visit opened for the same
    finding, when it opened one. ``at`` of each entry is set by the caller (``Entry.at`` here is a placeholder)."""
    newest: dict[str, Loop] = {}
    for loop in loops:
        if loop.visit_date <= visit_date and loop.action_id.partition(":")[0] != visit_id:
            have = newest.get(loop.finding_key)
            if have is None or loop.visit_date > have.visit_date:
                newest[loop.finding_key] = loop
    opened = {f.key for f in new_findings}
    out: list[tuple[str, Entry]] = []
    for key, loop in sorted(newest.items()):
        v = verdict(key, score, rules)
        if v is None:
            continue
        link = action_id(visit_id, key) if v is Outcome.RECURRED and key in opened else None
        out.append((loop.action_id, Entry(Event(v.value), dt.datetime.min.replace(tzinfo=dt.UTC), None,
                                           visit_id=visit_id, link=link)))  # fmt: skip
    return out
