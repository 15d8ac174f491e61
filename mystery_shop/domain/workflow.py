"""The visit workflow: states, roles, and who may do what when (ARCHITECTURE.md).

``draft -> submitted -> approved -> published``, and ``submitted -> returned
-> submitted``. The app asks ``decide`` before it offers an action; the server
asks the same function before it accepts one that arrives by sync.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .messages import msg


class VisitStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"
    PUBLISHED = "published"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def editable(self) -> bool:
        """Answers, photos and the signature may change only in these states."""
        return self in (VisitStatus.DRAFT, VisitStatus.RETURNED)


class Role(StrEnum):
    AUDITOR = "auditor"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
    CLIENT = "client"


class Action(StrEnum):
    VIEW = "view"
    EDIT = "edit"  # answers, photos, comments of the auditor, signature
    SUBMIT = "submit"
    RETURN = "return"
    APPROVE = "approve"
    PUBLISH = "publish"
    COMMENT = "comment"  # a supervisor's review comment
    OVERRIDE = "override"  # a supervisor's score override
    PLAN = "plan"  # create or assign a visit
    DELETE = "delete"  # a draft that was never submitted


# The state each status-changing action moves a visit to, from the states it may start in.
TRANSITIONS: dict[Action, tuple[frozenset[VisitStatus], VisitStatus]] = {
    Action.SUBMIT: (frozenset({VisitStatus.DRAFT, VisitStatus.RETURNED}), VisitStatus.SUBMITTED),
    Action.RETURN: (frozenset({VisitStatus.SUBMITTED}), VisitStatus.RETURNED),
    Action.APPROVE: (frozenset({VisitStatus.SUBMITTED}), VisitStatus.APPROVED),
    Action.PUBLISH: (frozenset({VisitStatus.APPROVED}), VisitStatus.PUBLISHED),
}

# Review actions happen while a supervisor has the visit in hand.
REVIEW_STATES = frozenset({VisitStatus.SUBMITTED})


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    reason: str = ""  # a clause, "this visit is not yours" (a Message): sentence() makes it one

    def __bool__(self) -> bool:
        return self.allowed


ALLOWED = Decision(True)


def decide(role: Role, action: Action, status: VisitStatus | None, *, own: bool) -> Decision:
    """May a user of ``role`` do ``action`` on a visit in ``status``?

    ``own`` is whether the visit is theirs: assigned to them (auditor), of one of
    their clients (supervisor), or of their organisation (client). ``status`` is
    None for PLAN (the visit does not exist yet); an auditor may plan a visit
    only for themself (an ad-hoc visit), a supervisor for anyone.
    """
    if role is Role.CLIENT:
        if action is Action.VIEW and own and status is VisitStatus.PUBLISHED:
            return ALLOWED
        return Decision(False, msg("clients can only read their organisation's published reports"))
    if not own and role is not Role.ADMIN:
        return Decision(False, msg("this visit is not yours"))

    supervisor = role in (Role.SUPERVISOR, Role.ADMIN)
    if action is Action.VIEW:
        return ALLOWED
    if action is Action.PLAN:
        if status is VisitStatus.PUBLISHED:  # its client reads it as it was done: date, auditor and all
            return Decision(False, msg("the visit is published and its plan can no longer be changed"))
        return ALLOWED  # an auditor's "own" plan is a visit assigned to themself
    assert status is not None, f"{action} needs the visit's status"

    if action in (Action.EDIT, Action.SUBMIT, Action.DELETE):
        if action is Action.DELETE and status is not VisitStatus.DRAFT:
            return Decision(False, msg("only a draft can be deleted; this visit is {status}", status=_state(status)))
        if not status.editable:
            return Decision(False, msg("the visit is {status} and can no longer be changed", status=_state(status)))
        return ALLOWED

    if action in (Action.COMMENT, Action.OVERRIDE, Action.RETURN, Action.APPROVE, Action.PUBLISH):
        if not supervisor:
            return Decision(False, _supervisor_only(action))
        if action in (Action.COMMENT, Action.OVERRIDE):
            if status not in REVIEW_STATES:
                return Decision(False, msg("a {status} visit is not under review", status=_state(status)))
            return ALLOWED
        sources, _ = TRANSITIONS[action]
        if status not in sources:
            return Decision(False, _cannot(action, status))
        return ALLOWED
    return Decision(False, f"unknown action {action}")  # pragma: no cover


def _state(status: VisitStatus) -> str:
    """A state as a word inside a sentence ("submitted"), translated with the sentence around it."""
    return STATE_WORDS[status]


# The states as they read inside a sentence; the words are the state names in lower case, their own texts.
STATE_WORDS = {
    VisitStatus.DRAFT: msg("draft"),
    VisitStatus.SUBMITTED: msg("submitted"),
    VisitStatus.RETURNED: msg("returned"),
    VisitStatus.APPROVED: msg("approved"),
    VisitStatus.PUBLISHED: msg("published"),
}


def _supervisor_only(action: Action) -> str:
    # One whole sentence per action: the verb's form depends on the language's grammar around it.
    return {
        Action.COMMENT: msg("only a supervisor may comment a visit"),
        Action.OVERRIDE: msg("only a supervisor may override a visit"),
        Action.RETURN: msg("only a supervisor may return a visit"),
        Action.APPROVE: msg("only a supervisor may approve a visit"),
        Action.PUBLISH: msg("only a supervisor may publish a visit"),
    }[action]


def _cannot(action: Action, status: VisitStatus) -> str:
    state = _state(status)
    return {
        Action.RETURN: msg("cannot return a {status} visit", status=state),
        Action.APPROVE: msg("cannot approve a {status} visit", status=state),
        Action.PUBLISH: msg("cannot publish a {status} visit", status=state),
        Action.SUBMIT: msg("cannot submit a {status} visit", status=state),
    }[action]


def next_status(action: Action, status: VisitStatus) -> VisitStatus:
    """The state ``action`` moves a visit in ``status`` to; ValueError if it cannot."""
    if action not in TRANSITIONS:
        raise ValueError(f"{action.value} does not change a visit's status")
    sources, target = TRANSITIONS[action]
    if status not in sources:
        raise ValueError(_cannot(action, status))
    return target
