"""The update notice (issue 28): a real server on loopback announces a version; the app says so quietly.

"Version X is available · Download · What's new" in the status bar and in About once a sync reached the
server; nothing when the profile has no server or cannot reach it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from server.harness import PASSWORD, Firm

from mystery_shop.server.releases import add_release
from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace
from mystery_shop.sync.transport import RetryPolicy
from mystery_shop.ui.main_window import MainWindow

URL = "https://it.example.com/mystery-shop/"


@pytest.fixture(autouse=True)
def _token_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MYSTERY_SHOP_TOKEN_STORE", "file")


@pytest.fixture
def open_window(qtbot, tmp_path: Path) -> Iterator:  # type: ignore[no-untyped-def,type-arg]
    made: list[tuple[MainWindow, Workspace]] = []

    def make() -> MainWindow:
        ws = Workspace.open(Profile(tmp_path / "app"), log_to_file=False)
        w = MainWindow(ws)
        qtbot.addWidget(w)
        w.show()
        w.sync.controller.retry = RetryPolicy(attempts=2, base_s=0.01, cap_s=0.02)
        made.append((w, ws))
        return w

    yield make
    for w, ws in made:
        w.sync.stop()
        assert w.sync.controller.wait(20)
        QThreadPool.globalInstance().waitForDone(20_000)
        ws.close()


def sign_in(qtbot, w: MainWindow, url: str) -> None:  # type: ignore[no-untyped-def]
    dialog = w.sync.sign_in()
    dialog.server.setText(url)
    dialog.user.setText("alice")
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(w.sync.controller.sig_synced, timeout=20_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def test_an_announced_version_shows_in_the_status_bar_and_about(  # type: ignore[no-untyped-def]
    qtbot, firm: Firm, open_window, recorded, monkeypatch
) -> None:
    add_release(firm.server.db, "99.0.0", URL, notes="Faster photo import")
    w = open_window()
    notice = w.update_notice.label
    assert not notice.isVisible()
    with qtbot.waitSignal(w.update_notice.sig_update_found, timeout=20_000) as found:
        sign_in(qtbot, w, firm.server.url)
    assert found.args == ["99.0.0"]
    assert notice.isVisible()
    assert "Version 99.0.0 is available" in notice.text() and "Download" in notice.text()
    assert "What’s new" in notice.text()

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    notice.linkActivated.emit("#download")  # the person clicks "Download"
    assert opened == [URL]
    notice.linkActivated.emit("#notes")
    assert recorded.errors == [("What’s new in version 99.0.0", "Faster photo import", "")]

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    w.actions_by_name["About"].trigger()
    assert "Version 99.0.0 is available" in shown[0] and URL in shown[0] and "Faster photo import" in shown[0]


def test_no_notice_without_a_server_or_when_it_cannot_be_reached(  # type: ignore[no-untyped-def]
    qtbot, firm: Firm, open_window, monkeypatch
) -> None:
    add_release(firm.server.db, "99.0.0", URL)
    w = open_window()  # not signed in: no server, no check
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    w.actions_by_name["About"].trigger()
    assert "available" not in shown[0] and not w.update_notice.label.isVisible() and not w.update_notice.checked

    sign_in(qtbot, w, firm.server.url)
    qtbot.waitUntil(w.update_notice.label.isVisible, timeout=20_000)
    w.close()
    firm.server.stop()  # offline: the next start syncs, cannot reach the server, and says nothing of versions
    again = open_window()
    with qtbot.waitSignal(again.sync.controller.sig_synced, timeout=20_000) as synced:
        again.sync.controller.sync_now()
    assert synced.args[0].unreachable
    assert not again.update_notice.label.isVisible() and again.update_notice.checked == set()
    firm.server.start()
