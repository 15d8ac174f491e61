"""Sync in the app against a real server on loopback: sign-in, background sync, refusals, offline.

The server is ``tests/server/harness.py``'s uvicorn on SQLite; the app is the
main window on a fresh profile, with its sync timers shortened. Nothing is
mocked but the sign-out confirmation box.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt, QThreadPool
from server.harness import PASSWORD, Firm, Laptop, server_count
from sqlalchemy import func, select

from mystery_shop.domain.workflow import Role
from mystery_shop.services import sync_status
from mystery_shop.services.photos import add_files
from mystery_shop.services.profile import Profile
from mystery_shop.services.sync_status import SyncStatus
from mystery_shop.services.work_mode import ALONE, set_work_mode
from mystery_shop.services.workspace import Workspace
from mystery_shop.store import models as m
from mystery_shop.sync import transport
from mystery_shop.sync.transport import RetryPolicy
from mystery_shop.ui.main_window import MainWindow
from mystery_shop.ui.sync.refusals import RefusalsModel
from mystery_shop.ui.sync.status import ago, describe
from support.images import SIGNATURE, upright

DAY = dt.date.today()
QUICK = RetryPolicy(attempts=2, base_s=0.01, cap_s=0.02)


@pytest.fixture(autouse=True)
def _token_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MYSTERY_SHOP_TOKEN_STORE", "file")


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    ws = Workspace.open(Profile(tmp_path / "app"), log_to_file=False)
    set_work_mode(ws, ALONE)  # the first start answered: alone until signed in
    w = MainWindow(ws)
    qtbot.addWidget(w)
    w.show()
    c = w.sync.controller
    c.soon.setInterval(50)  # a sync moments after a change, the outbox watched often
    c.poll.setInterval(30)
    c.retry = QUICK
    yield w
    w.sync.stop()
    assert c.wait(20), "a sync was still running"
    QThreadPool.globalInstance().waitForDone(20_000)
    ws.close()


def sign_in(qtbot, w: MainWindow, url: str, user: str, password: str = PASSWORD) -> None:  # type: ignore[no-untyped-def]
    dialog = w.sync.sign_in()
    dialog.server.setText(url)
    dialog.user.setText(user)
    dialog.password.setText(password)
    with qtbot.waitSignal(w.sync.controller.sig_synced, timeout=20_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def try_sign_in(qtbot, w: MainWindow, url: str, user: str, password: str) -> str:  # type: ignore[no-untyped-def]
    dialog = w.sync.sign_in()
    dialog.server.setText(url)
    dialog.user.setText(user)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    assert dialog.isVisible(), "a refused sign-in keeps the dialog open"
    return dialog.error.text() if dialog.error.isVisible() else ""


def synced(qtbot, w: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait for the background sync that a change (or a click) set off, and for the one after it if any."""
    c = w.sync.controller

    def done() -> bool:
        c.refresh(quiet=True)  # the outbox as it is now, not as the watcher last saw it
        return c.state != "syncing" and not c.soon.isActive() and c.status.pending == 0

    qtbot.waitUntil(done, timeout=20_000)


def outbox(ws: Workspace) -> int:
    with ws.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(m.OutboxEntry)) or 0)


def visit_with_photo(ws: Workspace, location_id: str, tmp_path: Path) -> str:
    visit_id = ws.create_visit("shop", location_id, DAY)
    ed = ws.open_visit(visit_id)
    ed.set_answer("greeted", "yes")
    ed.set_answer("wait", 20)
    ed.set_answer("mood", 3)
    picture = tmp_path / f"door-{visit_id[:6]}.jpg"
    upright(320, 240).save(picture)
    assert add_files(ed, "greeting", [picture])[0].status == "added"
    return visit_id


# ------------------------------------------------------------ signing in


def test_sign_in_says_what_went_wrong_in_words_then_follows_the_role(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, firm: Firm, monkeypatch
) -> None:
    w, url = window, firm.server.url
    assert w.supervises, "without a server the local user may plan and review"
    assert w.sync.controller.state == "local"
    assert "Not signed in" in w.sync.widget.text.text()

    assert "not a web address" in try_sign_in(qtbot, w, "ftp://", "alice", PASSWORD)
    assert "Cannot reach the server" in try_sign_in(qtbot, w, "http://127.0.0.1:9", "alice", PASSWORD)
    assert "Wrong user name or password" in try_sign_in(qtbot, w, url, "alice", "not her password")
    with monkeypatch.context() as mp:
        mp.setattr(transport, "PROTOCOL", 0)  # an app older than the server accepts
        assert "too old" in try_sign_in(qtbot, w, url, "alice", PASSWORD)
    w.sync.sign_in_dialog.reject()  # type: ignore[union-attr]

    assert w.name_bar.isVisible()  # "Reports will name you 'Local user'"
    assert url.startswith("http://127.0.0.1:")
    sign_in(qtbot, w, url.removeprefix("http://"), "alice")  # typed without a scheme: http on loopback
    assert w.sync.controller.status.server == url
    assert not w.name_bar.isVisible(), "the server named her: no restart needed"
    c = w.sync.controller
    assert c.signed_in and c.state == "ok", c.report
    assert w.ws.me.role is Role.AUDITOR and w.ws.me.id == firm.users["alice"]
    assert not w.supervises
    assert not w.actions_by_name["Review queue"].isVisible()
    assert not w.actions_by_name["Plan a visit…"].isEnabled()
    assert "Synced just now" in w.sync.widget.text.text()
    assert w.sync.actions["sign_out"].isEnabled() and not w.sync.actions["sign_in"].isEnabled()
    assert [f.form_id for f in w.ws.forms()] == ["shop"], "the firm's form arrived"
    assert "alice (auditor)" in w.sync.widget.toolTip()


def test_a_supervisor_sees_the_supervisor_screens(qtbot, window: MainWindow, firm: Firm) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, window, firm.server.url, "sue")
    assert window.ws.me.role is Role.SUPERVISOR
    assert window.supervises and window.actions_by_name["Review queue"].isVisible()


def test_sign_out_forgets_the_token_and_keeps_the_work(qtbot, window: MainWindow, firm: Firm, recorded) -> None:  # type: ignore[no-untyped-def]
    w = window
    sign_in(qtbot, w, firm.server.url, "alice")
    token = (w.ws.profile.root / "sync-token.json").read_text()
    w.ws.create_visit("shop", firm.location_id, DAY)
    w.sync.stop()  # hold the change back: it must survive signing out
    w.sync.sign_out()
    qtbot.waitUntil(lambda: w.sync.controller.state == "local", timeout=10_000)
    assert not (w.ws.profile.root / "sync-token.json").exists()
    assert outbox(w.ws) > 0
    assert "Signed out" in w.sync.widget.text.text() and "1 visit waiting" in w.sync.widget.text.text()
    assert w.sync.actions["sign_in"].isEnabled() and not w.sync.actions["sign_out"].isEnabled()
    import json

    with firm.server.http(json.loads(token)["token"]) as client:
        assert client.get("/sync/changes").status_code == 401, "the token was revoked on the server"


# ------------------------------------------------------------ background sync


def test_a_change_made_in_the_app_reaches_the_server_by_itself(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, firm: Firm, tmp_path
) -> None:
    w = window
    sign_in(qtbot, w, firm.server.url, "alice")
    visit_id = visit_with_photo(w.ws, firm.location_id, tmp_path)
    # Nobody pressed Sync: the outbox watcher saw the change and the sync ran in the background.
    qtbot.waitUntil(lambda: server_count(firm.server, "answer") == 3, timeout=20_000)
    synced(qtbot, w)
    assert server_count(firm.server, "photo") == 1
    assert w.sync.controller.status.pending == 0
    assert "Synced" in w.sync.widget.text.text() and "waiting" not in w.sync.widget.text.text()
    assert w.model.rowCount() == 1 and w.model.row_at(0).id == visit_id


def test_server_down_says_offline_and_loses_nothing(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, firm: Firm, tmp_path
) -> None:
    w, c = window, window.sync.controller
    sign_in(qtbot, w, firm.server.url, "alice")
    firm.server.stop()
    visit_with_photo(w.ws, firm.location_id, tmp_path)
    qtbot.waitUntil(lambda: c.state == "offline", timeout=20_000)
    waiting = outbox(w.ws)
    assert waiting > 0
    line = w.sync.widget.text.text()
    assert line.startswith("Offline") and "1 visit waiting" in line and "last synced just now" in line
    assert w.sync.widget.state == "offline" and w.sync.widget.action.text() == "Try again"
    assert c.timer.isActive(), "it tries again by itself"
    assert outbox(w.ws) == waiting and server_count(firm.server, "answer") == 0

    firm.server.start()
    with qtbot.waitSignal(c.sig_synced, timeout=20_000):
        qtbot.mouseClick(w.sync.widget.action, Qt.MouseButton.LeftButton)
    synced(qtbot, w)
    assert c.state == "ok" and outbox(w.ws) == 0
    assert server_count(firm.server, "answer") == 3 and server_count(firm.server, "photo") == 1


# ------------------------------------------------------------ refusals


def test_a_conflict_shows_both_versions_and_use_mine_wins(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, firm: Firm, tmp_path
) -> None:
    w = window
    sign_in(qtbot, w, firm.server.url, "alice")
    visit_id = visit_with_photo(w.ws, firm.location_id, tmp_path)
    synced(qtbot, w)
    other = Laptop(tmp_path / "other", firm.server, "alice", "other-laptop")
    try:
        other.sync()
        other.ws.open_visit(visit_id).set_answer("mood", 1)
        assert other.sync().exit_code == 0
    finally:
        other.close()
    w.ws.open_visit(visit_id).set_answer("mood", 2)  # this laptop had not seen the other's answer
    qtbot.waitUntil(lambda: w.sync.controller.status.refusals == 1, timeout=20_000)
    assert w.sync.widget.issues.isVisible() and w.sync.widget.issues.text() == "1 change refused"

    qtbot.mouseClick(w.sync.widget.issues, Qt.MouseButton.LeftButton)
    panel = w.sync.refusals_dialog
    assert panel is not None and panel.model.rowCount() == 1
    row = panel.current()
    assert row is not None and row.status == "conflict"
    assert panel.title.text() == "Answer to “Mood”"
    assert "Changed on the server since this device last saw it" in panel.reason.text()
    assert f"Acme · High Street · {DAY.isoformat()}" in panel.context.text()
    assert [(f.label, f.mine, f.theirs) for f in row.fields if f.differs] == [("Answer", "2", "1")]
    assert panel.fields.item(0, 1).text() == "2" and panel.fields.item(0, 2).text() == "1"
    assert "Keep theirs, or use yours" in panel.advice.text()
    assert w.ws.open_visit(visit_id).answers.values["mood"] == 1, "the app shows the server's copy meanwhile"

    assert panel.mine.isVisible()
    qtbot.mouseClick(panel.mine, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0 and panel.pages.currentWidget() is panel.empty
    qtbot.waitUntil(lambda: _server_answer(firm, visit_id, "mood") == 2, timeout=20_000)
    synced(qtbot, w)
    assert w.sync.controller.status.refusals == 0 and not w.sync.widget.issues.isVisible()


def test_a_late_edit_is_refused_with_the_reason_and_what_to_do(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, firm: Firm, tmp_path
) -> None:
    w = window
    sign_in(qtbot, w, firm.server.url, "alice")
    visit_id = visit_with_photo(w.ws, firm.location_id, tmp_path)
    synced(qtbot, w)
    w.sync.stop()  # this laptop goes offline for a while
    other = Laptop(tmp_path / "other", firm.server, "alice", "other-laptop")
    try:
        other.sync()
        ed = other.ws.open_visit(visit_id)
        ed.sign(SIGNATURE, "Alice")
        ed.submit()
        assert other.sync().exit_code == 0
    finally:
        other.close()
    w.ws.open_visit(visit_id).set_answer("mood", 1)  # on the stale draft
    w.sync.controller.start()
    # The refusal is counted after the push, the server's copy lands with the pull after it: wait for both.
    qtbot.waitUntil(
        lambda: w.sync.controller.status.refusals == 1 and w.ws.visit_status(visit_id).value == "submitted",
        timeout=20_000,
    )
    panel = w.sync.show_refusals()
    row = panel.current()
    assert row is not None and row.status == "rejected" and row.code == 409
    assert panel.badge.text() == "Refused"
    assert "The visit is submitted and can no longer be changed" in panel.reason.text()
    assert "ask your supervisor to return the visit" in panel.advice.text()
    assert not panel.mine.isVisible() and panel.keep.text() == "Dismiss"
    assert "Server said (409)" in row.details()
    assert w.ws.visit_status(visit_id).value == "submitted"
    assert w.ws.open_visit(visit_id).answers.values["mood"] == 3, "the server's copy stands"

    qtbot.mouseClick(panel.open_visit, Qt.MouseButton.LeftButton)
    opened = w.visit_windows.get(visit_id)
    assert opened is not None and opened.isVisible(), "Open the visit opens it in the main window's screen"
    qtbot.addWidget(opened)

    qtbot.mouseClick(panel.keep, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0
    panel.show_resolved.setChecked(True)
    assert panel.model.rowCount() == 1 and not panel.keep.isVisible(), "settled ones stay findable"
    panel.close()


def _server_answer(firm: Firm, visit_id: str, question: str) -> object:
    from mystery_shop.server.models import Record

    with firm.server.db.read() as s:
        rec = s.scalar(select(Record).where(Record.kind == "answer", Record.natural_key == f"{visit_id}:{question}"))
        return rec.data.get("value") if rec is not None else None


# ------------------------------------------------------------ small parts


def test_the_refusals_model_passes_qmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    row = sync_status.RefusalRow("op", "answer", "a1", "conflict", 409, "why", None, False, "Answer to “Mood”", "",
                                 "", None, "advice")  # fmt: skip
    qtmodeltester.check(RefusalsModel([row, row]))


def test_the_line_in_words() -> None:
    now = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
    assert ago(now - dt.timedelta(seconds=20), now) == "just now"
    assert ago(now - dt.timedelta(minutes=1, seconds=5), now) == "1 minute ago"
    assert ago(now - dt.timedelta(minutes=42), now) == "42 minutes ago"
    assert ago(now - dt.timedelta(hours=3), now) == "3 hours ago"
    assert ago(None) == "never"

    class Fake:
        signed_in, running, report, needs_sign_in = True, False, None, False
        status = SyncStatus(server="http://x", username="a", last_sync=now - dt.timedelta(minutes=5), pending=4,
                            visits_waiting=2)  # fmt: skip
        state = "ok"

    assert describe(Fake(), now) == ("ok", "Synced 5 minutes ago · 2 visits waiting", "Sync now")  # type: ignore[arg-type]
    Fake.state = "offline"
    assert describe(Fake(), now)[1] == "Offline · 2 visits waiting · last synced 5 minutes ago"  # type: ignore[arg-type]
    Fake.state, Fake.needs_sign_in = "error", True
    assert describe(Fake(), now)[1:] == ("Sign-in expired · 2 visits waiting", "Sign in…")  # type: ignore[arg-type]


def test_an_unreachable_address_is_never_a_crash(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert "Cannot reach" in try_sign_in(qtbot, window, "http://127.0.0.1:9/", "x", "y")
    with pytest.raises(httpx.ConnectError):
        httpx.get("http://127.0.0.1:9/", timeout=1)
