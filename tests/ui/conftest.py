"""UI test fixtures: a fresh profile per test, message boxes recorded instead of shown, the app in English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from server.harness import Firm, LiveServer

from mystery_shop.server.config import ServerConfig
from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace
from mystery_shop.ui import errors
from mystery_shop.ui.i18n import install_language
from support.translations import build_translations

ALL_TYPES = """\
id: all-types
version: 1
title: Every question type
sections:
  - id: first
    title: First touchpoint
    stage: purchase
    questions:
      - {id: greeted, text: "Greeted?", type: yes_no, points: 4, critical: section}
      - id: kind
        text: What kind of greeting?
        type: choice
        show_if: {question: greeted, equals: "yes"}
        choices: [{value: warm, points: 2}, {value: curt, points: 0}]
      - id: asked
        text: What did they ask?
        type: multi
        choices: [{value: budget, points: 1}, {value: use, points: 1}]
      - {id: mood, text: Mood, type: scale, points: 4}
      - id: wait
        text: Seconds waited
        type: duration
        thresholds: [{max: 30, points: 3}, {max: 60, points: 1}]
        na: true
  - id: second
    title: Second touchpoint
    stage: post_purchase
    questions:
      - {id: csat, text: "Satisfied?", type: csat, points: 2}
      - {id: ces, text: "Easy?", type: ces}
      - {id: nps, text: "Recommend?", type: nps}
      - {id: count, text: "How many staff?", type: number}
      - {id: name, text: Staff name, type: text}
      - {id: day, text: Day, type: date}
      - {id: at, text: Time, type: time}
"""


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    """The app as it starts for an English speaker: with its English file (the plural forms of counted texts)."""
    build_translations()
    assert install_language("en")


class Recorder:
    def __init__(self) -> None:
        self.errors: list[tuple[str, str, str]] = []

    def error(self, parent, title: str, text: str, details: str = "") -> None:
        self.errors.append((title, text, details))

    def info(self, parent, title: str, text: str) -> None:
        self.errors.append((title, text, ""))

    def confirm(self, parent, title: str, text: str) -> bool:
        return True


@pytest.fixture
def recorded(monkeypatch) -> Recorder:
    rec = Recorder()
    monkeypatch.setattr(errors, "dialogs", rec)
    return rec


@pytest.fixture
def workspace(tmp_path: Path):
    ws = Workspace.open(Profile(tmp_path / "profile"), log_to_file=False)
    client = ws.add_client("Acme")
    ws.add_location(client.id, "High Street", "1 High St", 51.5, -0.12)
    ws.add_form_source(ALL_TYPES)
    yield ws
    ws.close()


@pytest.fixture
def visit_id(workspace: Workspace) -> str:
    return workspace.create_visit("all-types", workspace.locations()[0].id, dt.date.today())


@pytest.fixture
def firm(tmp_path: Path) -> Iterator[Firm]:
    """A firm on a live sync server (SQLite) on loopback, for the screens that sign in and sync."""
    server = LiveServer(ServerConfig(tmp_path / "server-data", f"sqlite:///{tmp_path / 'server.db'}"))
    server.start()
    yield Firm(server).setup()
    server.stop()
    server.db.dispose()
