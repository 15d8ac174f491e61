"""Appeals: the audited location disputes a finding, the firm rules (docs/appeals.md).

Every rule of the workflow lives here once; the portal (filing, withdrawing),
the server's push handlers (a decision arriving by sync), the app and the CLI
(deciding) all ask these functions. An appeal is a chain of append-only
records: the appeal itself, its evidence files, at most one outcome (accepted,
declined, withdrawn) and the auditor's account asked and given; its state is a
fold of them (``state_of``), never a field edited in place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from statistics import median

from .messages import msg

DEFAULT_WINDOW_DAYS = 14  # a client's appeal window when the firm has set none
MAX_WINDOW_DAYS = 365
MAX_FILES = 5
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_ARGUMENT = 5_000
MAX_REPLY = 5_000
# The evidence types a browser may send, by what the file's first bytes are (never by its name or its header).
FILE_TYPES = {"jpeg": "image/jpeg", "png": "image/png", "pdf": "application/pdf"}


class Category(StrEnum):
    AUDITOR_WRONG = "auditor_wrong"
    STANDARD_MISAPPLIED = "standard_misapplied"
    INFORMATION_LACKED = "information_lacked"
    OTHER = "other"

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self]


CATEGORY_LABELS = {
    Category.AUDITOR_WRONG: msg("The auditor got it wrong"),
    Category.STANDARD_MISAPPLIED: msg("The standard was applied wrongly"),
    Category.INFORMATION_LACKED: msg("Information the auditor lacked"),
    Category.OTHER: msg("Other"),
}


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class State(StrEnum):
    OPEN = "open"
    ACCOUNT_ASKED = "account_asked"  # open, waiting for the auditor's account
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"

    @property
    def is_open(self) -> bool:
        return self in (State.OPEN, State.ACCOUNT_ASKED)

    @property
    def label(self) -> str:
        return STATE_LABELS[self]


STATE_LABELS = {
    State.OPEN: msg("Open"),
    State.ACCOUNT_ASKED: msg("Waiting for the auditor"),
    State.ACCEPTED: msg("Accepted"),
    State.DECLINED: msg("Declined"),
    State.WITHDRAWN: msg("Withdrawn"),
}


def deadline(published_at: dt.datetime, window_days: int | None) -> dt.datetime:
    """The last moment an appeal may be filed: the window's days after publication."""
    return published_at + dt.timedelta(days=window_or_default(window_days))


def window_or_default(days: object) -> int:
    """A client's window setting as a number of days (the default for none, or for a nonsense value)."""
    if isinstance(days, int) and not isinstance(days, bool) and 1 <= days <= MAX_WINDOW_DAYS:
        return days
    return DEFAULT_WINDOW_DAYS


def window_problem(days: object) -> str | None:
    """Why a client's appeal window setting cannot be stored; None when it can (None: the default)."""
    if days is None:
        return None
    if isinstance(days, int) and not isinstance(days, bool) and 1 <= days <= MAX_WINDOW_DAYS:
        return None
    return msg("an appeal window is 1 to {max} days", max=MAX_WINDOW_DAYS)


def lost_points(earned: Fraction | None, possible: Fraction) -> bool:
    """Did a question lose points: asked, scored, and earning less than it could."""
    return earned is not None and possible > 0 and earned < possible


@dataclass(frozen=True, slots=True)
class Filing:
    """What a filing is checked against: the visit as published and the appeals already on it."""

    published_at: dt.datetime
    window_days: int | None
    now: dt.datetime
    open_questions: Collection[str]  # the questions with an appeal still open


def filing_problem(
    f: Filing,
    question_id: str,
    earned: Fraction | None,
    possible: Fraction,
    category: object,
    argument: object,
    files: int = 0,
) -> str | None:
    """Why this appeal cannot be filed, or None."""
    last = deadline(f.published_at, f.window_days)
    if f.now > last:
        return msg("the appeal window of this report closed on {day}", day=last.date().isoformat())
    if not lost_points(earned, possible):
        return msg("only a question that lost points can be appealed")
    if question_id in f.open_questions:
        return msg("this question has an open appeal already")
    if category not in tuple(c.value for c in Category):
        return msg("choose what the appeal is about")
    if not isinstance(argument, str) or not argument.strip():
        return msg("say why the finding is wrong")
    if len(argument) > MAX_ARGUMENT:
        return msg("the argument is longer than {max} characters", max=MAX_ARGUMENT)
    if files > MAX_FILES:
        return msg("an appeal takes at most {max} files", max=MAX_FILES)
    return None


def file_kind(head: bytes) -> str | None:
    """The evidence type of a file from its first bytes ("jpeg", "png", "pdf"), or None for anything else."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"%PDF-"):
        return "pdf"
    return None


def file_problem(size: int, head: bytes) -> str | None:
    """Why an evidence file is refused before its content is looked at more closely (size and type)."""
    if size <= 0:
        return msg("the file is empty")
    if size > MAX_FILE_BYTES:
        return msg("the file is larger than {max} MB", max=MAX_FILE_BYTES // (1024 * 1024))
    if file_kind(head) is None:
        return msg("only JPEG, PNG and PDF files can be attached")
    return None


@dataclass(frozen=True, slots=True)
class Event:
    """One record of an appeal's chain, as ``state_of`` folds them: an outcome, or an account asked or given."""

    what: str  # an Outcome's value, "account_request" or "account_answer"
    at: str = ""  # ISO time, for the order


def state_of(events: Iterable[Event]) -> State:
    """An appeal's state from its records: the first outcome decides for good; an account asked and not yet
    given leaves it waiting for the auditor."""
    asked = answered = 0
    for e in sorted(events, key=lambda e: (e.at, e.what)):  # (a tie in time: the same answer whatever the order)
        if e.what in tuple(o.value for o in Outcome):
            return State(e.what)
        if e.what == "account_request":
            asked += 1
        elif e.what == "account_answer":
            answered += 1
    return State.ACCOUNT_ASKED if asked > answered else State.OPEN


def decision_problem(
    state: State, outcome: object, points: Fraction | None, possible: Fraction, reply: object, earned: Fraction | None
) -> str | None:
    """Why a supervisor's decision cannot be taken, or None. Accepting is an override of the question, so its
    points are within the question's (the override rules) and must restore some of what was lost."""
    if not state.is_open:
        return msg("the appeal is closed already")
    if outcome not in (Outcome.ACCEPTED.value, Outcome.DECLINED.value):
        return msg("decide to accept or to decline")
    if not isinstance(reply, str) or not reply.strip():
        return msg("a decision needs a reply to the appellant")
    if len(reply) > MAX_REPLY:
        return msg("the reply is longer than {max} characters", max=MAX_REPLY)
    if outcome == Outcome.ACCEPTED.value:
        if points is None:
            return msg("accepting needs the question's new points")
        if not 0 <= points <= possible:
            return msg("the points must be between 0 and {max}", max=_show(possible))
        if earned is not None and points <= earned:
            return msg("accepting must give back points: the question has {earned} already", earned=_show(earned))
    return None


def withdraw_problem(state: State) -> str | None:
    if not state.is_open:
        return msg("the appeal is closed already")
    return None


def override_reason(appeal_id: str, reply: str) -> str:
    """The reason an accepted appeal's override carries: the appeal it comes from, then the reply."""
    return f"Appeal {appeal_id[:8]}: {reply.strip()}"


def days_open(filed_at: dt.datetime, until: dt.datetime) -> int:
    return max(0, (until - filed_at).days)


@dataclass(frozen=True, slots=True)
class AppealFacts:
    """What the figures need of one appeal."""

    visit_id: str
    location: str
    filed_at: dt.datetime
    state: State
    decided_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class AppealFigures:
    visits: int
    appealed_visits: int
    appeals: int
    decided: int
    accepted: int
    median_days: float | None

    @property
    def rate(self) -> Fraction | None:
        """The share of published visits with at least one appeal."""
        return Fraction(self.appealed_visits, self.visits) if self.visits else None

    @property
    def accepted_share(self) -> Fraction | None:
        """The share of decided appeals (accepted or declined) that were accepted."""
        return Fraction(self.accepted, self.decided) if self.decided else None


def figures(visit_ids: Collection[str], appeals: Iterable[AppealFacts]) -> AppealFigures:
    """Appeal rate, share accepted and median days to a decision over a set of published visits."""
    mine = [a for a in appeals if a.visit_id in visit_ids]
    decided = [a for a in mine if a.state in (State.ACCEPTED, State.DECLINED)]
    days = [(a.decided_at - a.filed_at).total_seconds() / 86400 for a in decided if a.decided_at is not None]
    return AppealFigures(
        visits=len(visit_ids),
        appealed_visits=len({a.visit_id for a in mine}),
        appeals=len(mine),
        decided=len(decided),
        accepted=sum(1 for a in decided if a.state is State.ACCEPTED),
        median_days=float(median(days)) if days else None,
    )


def _show(x: Fraction) -> str:
    return str(x.numerator) if x.denominator == 1 else str(float(x))
