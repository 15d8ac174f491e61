"""Building blocks for service tests: a small form and a workspace with one visit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace

FORM = """\
id: shop
version: 1
title: Shop visit
sections:
  - id: greeting
    title: Entrance and greeting
    stage: purchase
    photos: {min: 1}
    questions:
      - {id: greeted, text: "Were you greeted?", type: yes_no, points: 5, critical: section}
      - id: wait
        text: Seconds until acknowledged
        type: duration
        thresholds: [{max: 30, points: 4}, {max: 60, points: 2}]
        na: true
  - id: notes
    title: Notes
    questions:
      - {id: staff_name, text: Name of the staff member, type: text}
      - {id: mood, text: Mood, type: scale, points: 4}
"""


def make_workspace(root: Path, *, form: str = FORM, day: dt.date | None = None) -> tuple[Workspace, str]:
    """A profile with one client, location and form, and one draft visit on ``day`` (default today)."""
    ws = Workspace.open(Profile(root), log_to_file=False)
    client = ws.add_client("Acme")
    location = ws.add_location(client.id, "High Street", "1 High St", 51.5, -0.12)
    row = ws.add_form_source(form)
    visit_id = ws.create_visit(row.form_id, location.id, day or dt.date.today())
    return ws, visit_id


# Quality checks for FORM (issue 32): a comment on every failure, and a blocking rule over two answers.
CHECKS = """\
checks:
  - id: explain-failures
    comment_on_fail: {min_words: 3}
  - id: greeting-vs-wait
    when: {question: greeted, equals: "no"}
    require: {question: wait, min: 30}
    message: "Not greeted, yet acknowledged within 30 s?"
    block: true
"""
