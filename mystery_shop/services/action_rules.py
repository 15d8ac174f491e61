"""A client's action-plan rules per form, set by the firm in the app; they sync as ``action_rule`` records."""

from __future__ import annotations

from sqlalchemy import select

from mystery_shop.domain.actions import ActionRules, settings_problem
from mystery_shop.domain.messages import msg
from mystery_shop.store import models as m

from .outbox import record_change
from .rows import ServiceError
from .workspace_protocol import WorkspaceView


def action_rules(ws: WorkspaceView) -> dict[tuple[str, str], ActionRules]:
    """Every client's rules by (client id, form id); form "" stands for every form without its own."""
    r = m.ActionRule
    with ws.sessions() as s:
        rows = s.execute(select(r.client_id, r.form_id, r.settings)).all()
    return {(cid, fid): ActionRules.from_settings(raw) for cid, fid, raw in rows}


def set_action_rules(ws: WorkspaceView, client_id: str, form_id: str, rules: ActionRules) -> None:
    """Keep a client's rules for a form ("": every form); a second call for the same pair changes the one record."""
    settings = rules.settings()
    problem = settings_problem(settings)
    if problem:
        raise ServiceError(problem)
    with ws.sessions.begin() as s:
        if s.get(m.Client, client_id) is None:
            raise ServiceError(msg("That client no longer exists."))
        row = s.scalar(select(m.ActionRule).where(m.ActionRule.client_id == client_id, m.ActionRule.form_id == form_id))
        if row is None:
            row = m.ActionRule(client_id=client_id, form_id=form_id, settings=settings)
            s.add(row)
            s.flush()
        else:
            row.settings = settings
        record_change(s, "action_rule", row.id, {"client_id": client_id, "form_id": form_id, "settings": settings},
                      row.rev)  # fmt: skip
