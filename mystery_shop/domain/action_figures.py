"""The figures of action plans, by location: the portal's dashboard, the period report and the app's dashboard call
``action_figures`` so the three agree.

- opened: actions opened in the period;
- closed on time: of those, verified with the accepted "done" no later than the due time;
- overdue: of those, still the owner's to do past the due time, at ``now``;
- median days to close: opened to the accepted "done", over the verified ones (exact, in days);
- recurrence rate: recurred / (held + recurred), over those a later visit judged (None when none was judged);
- most recurring questions: finding subjects by how many of the period's actions recurred.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from .actions import ActionState, Outcome, Status, days_between, is_overdue
from .figures import median


@dataclass(frozen=True, slots=True)
class ActionRow:
    """What the figures need of one action."""

    location: str
    subject: str  # the question (or section) id
    due: dt.datetime
    state: ActionState


@dataclass(frozen=True, slots=True)
class ActionFigures:
    opened: int
    closed_on_time: int
    overdue: int
    withdrawn: int
    median_days: Fraction | None
    held: int
    recurred: int

    @property
    def recurrence_rate(self) -> Fraction | None:
        judged = self.held + self.recurred
        return None if judged == 0 else Fraction(self.recurred, judged)


def figures_of(rows: Iterable[ActionRow], now: dt.datetime) -> ActionFigures:
    opened = on_time = overdue = withdrawn = held = recurred = 0
    days: list[Fraction] = []
    for r in rows:
        st = r.state
        opened += 1
        closed = st.closed_at
        if closed is not None:
            days.append(days_between(st.opened_at, closed))
            on_time += closed <= r.due
        overdue += is_overdue(st, r.due, now)
        withdrawn += st.status is Status.WITHDRAWN
        held += st.outcome is Outcome.HELD
        recurred += st.outcome is Outcome.RECURRED
    return ActionFigures(opened, on_time, overdue, withdrawn, median(days), held, recurred)


def action_figures(rows: Iterable[ActionRow], now: dt.datetime) -> tuple[ActionFigures, dict[str, ActionFigures]]:
    """The figures of all ``rows`` and of each location (by name, sorted)."""
    rows = list(rows)
    by: dict[str, list[ActionRow]] = {}
    for r in rows:
        by.setdefault(r.location, []).append(r)
    return figures_of(rows, now), {loc: figures_of(by[loc], now) for loc in sorted(by)}


def most_recurring(rows: Iterable[ActionRow], top: int = 10) -> list[tuple[str, int]]:
    """The subjects that recurred most often, most first (ties by id)."""
    counts = Counter(r.subject for r in rows if r.state.outcome is Outcome.RECURRED)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
