"""The workflow: every role x every state x every action, with the expected outcome."""

from __future__ import annotations

import pytest

from mystery_shop.domain.workflow import Action, Role, VisitStatus, decide, next_status

S = VisitStatus
A = Action
ALL_STATES = list(VisitStatus)

# (role, action) -> the states in which it is allowed on one's own visit.
EXPECTED: dict[tuple[Role, Action], set[VisitStatus]] = {}
for role in (Role.AUDITOR, Role.SUPERVISOR, Role.ADMIN):
    EXPECTED[(role, A.VIEW)] = set(ALL_STATES)
    EXPECTED[(role, A.EDIT)] = {S.DRAFT, S.RETURNED}
    EXPECTED[(role, A.SUBMIT)] = {S.DRAFT, S.RETURNED}
    EXPECTED[(role, A.DELETE)] = {S.DRAFT}
    review = role is not Role.AUDITOR
    EXPECTED[(role, A.COMMENT)] = {S.SUBMITTED} if review else set()
    EXPECTED[(role, A.OVERRIDE)] = {S.SUBMITTED} if review else set()
    EXPECTED[(role, A.RETURN)] = {S.SUBMITTED} if review else set()
    EXPECTED[(role, A.APPROVE)] = {S.SUBMITTED} if review else set()
    EXPECTED[(role, A.PUBLISH)] = {S.APPROVED} if review else set()
for action in Action:
    EXPECTED[(Role.CLIENT, action)] = {S.PUBLISHED} if action is A.VIEW else set()

CASES = [(role, action, status) for role in Role for action in Action if action is not A.PLAN for status in ALL_STATES]


@pytest.mark.parametrize(("role", "action", "status"), CASES)
def test_own_visit(role: Role, action: Action, status: VisitStatus) -> None:
    allowed = status in EXPECTED[(role, action)]
    decision = decide(role, action, status, own=True)
    assert decision.allowed is allowed
    if not allowed:
        assert decision.reason  # a refusal always says why


@pytest.mark.parametrize(("role", "action", "status"), CASES)
def test_foreign_visit(role: Role, action: Action, status: VisitStatus) -> None:
    # Only an admin acts on visits that are not theirs.
    expected = role is Role.ADMIN and status in EXPECTED[(role, action)]
    assert decide(role, action, status, own=False).allowed is expected


@pytest.mark.parametrize("role", list(Role))
def test_plan(role: Role) -> None:
    assert decide(role, A.PLAN, None, own=True).allowed is (role is not Role.CLIENT)
    assert decide(role, A.PLAN, None, own=False).allowed is (role is Role.ADMIN)


def test_transitions() -> None:
    assert next_status(A.SUBMIT, S.DRAFT) is S.SUBMITTED
    assert next_status(A.SUBMIT, S.RETURNED) is S.SUBMITTED
    assert next_status(A.RETURN, S.SUBMITTED) is S.RETURNED
    assert next_status(A.APPROVE, S.SUBMITTED) is S.APPROVED
    assert next_status(A.PUBLISH, S.APPROVED) is S.PUBLISHED
    for action, status in [(A.SUBMIT, S.APPROVED), (A.APPROVE, S.DRAFT), (A.PUBLISH, S.SUBMITTED)]:
        with pytest.raises(ValueError, match="cannot"):
            next_status(action, status)
    with pytest.raises(ValueError, match="does not change"):
        next_status(A.EDIT, S.DRAFT)


@pytest.mark.parametrize("status", ALL_STATES)
@pytest.mark.parametrize("action", list(Action))
def test_allowed_transitions_lead_where_the_workflow_says(action: Action, status: VisitStatus) -> None:
    """For a supervisor, a status-changing action is allowed exactly where ``next_status`` has a target."""
    allowed = decide(Role.SUPERVISOR, action, status, own=True).allowed
    if action in (A.SUBMIT, A.RETURN, A.APPROVE, A.PUBLISH):
        try:
            target = next_status(action, status)
        except ValueError:
            target = None
        assert (target is not None) is allowed
        if target is not None:
            assert target is {A.SUBMIT: S.SUBMITTED, A.RETURN: S.RETURNED, A.APPROVE: S.APPROVED,
                              A.PUBLISH: S.PUBLISHED}[action]  # fmt: skip
    elif action is not A.PLAN:
        with pytest.raises(ValueError, match="does not change"):
            next_status(action, status)


def test_a_published_visits_plan_is_final_for_everyone() -> None:
    """Issue 25: its client reads the date and auditor it was published with; before that a supervisor may re-plan."""
    for role in (Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR):
        assert not decide(role, Action.PLAN, VisitStatus.PUBLISHED, own=True)
        assert decide(role, Action.PLAN, VisitStatus.APPROVED, own=True)
    assert decide(Role.SUPERVISOR, Action.PLAN, None, own=True)
