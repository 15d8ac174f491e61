"""Visits taken through the workflow for review, queue and dashboard tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from mystery_shop.services import review
from mystery_shop.services.workspace import Workspace
from support.images import SIGNATURE

# A complete set of answers to the UI tests' "all-types" form (tests/ui/conftest.py).
GOOD = {"greeted": "yes", "kind": "warm", "asked": ["budget", "use"], "mood": 5, "wait": 20, "csat": 5, "ces": 7,
        "nps": 10}  # fmt: skip
POOR = {"greeted": "no", "asked": ["budget"], "mood": 2, "wait": 75, "csat": 2, "ces": 3, "nps": 4}


def submitted(
    ws: Workspace,
    location_id: str,
    day: dt.date,
    values: dict[str, Any] | None = None,
    *,
    form: str = "all-types",
    auditor_id: str | None = None,
) -> str:
    visit_id = ws.create_visit(form, location_id, day, auditor_id=auditor_id)
    ed = ws.open_visit(visit_id)
    ed.set_answers(GOOD if values is None else values)
    ed.sign(SIGNATURE, "Zoë")
    ed.submit()
    return visit_id


def approved(ws: Workspace, location_id: str, day: dt.date, values: dict[str, Any] | None = None) -> str:
    visit_id = submitted(ws, location_id, day, values)
    review.approve(ws.open_visit(visit_id))
    return visit_id
