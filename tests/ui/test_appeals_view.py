"""Supervise → Appeals: the list oldest first, one appeal beside its finding, every button pressed."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mystery_shop.domain import appeals as ap
from mystery_shop.services import appeals, review
from mystery_shop.services.report_signing import load_signing
from mystery_shop.store import models as m
from mystery_shop.ui import tasks
from mystery_shop.ui.main_window import MainWindow
from mystery_shop.ui.review import appeals_view
from mystery_shop.ui.review.appeals_view import AppealsView
from support.keys import FIRM_PASSPHRASE
from support.reviews import POOR, approved

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def inline_tasks(monkeypatch) -> None:
    monkeypatch.setattr(tasks, "run_inline", True)


def published_with_appeals(ws, key: Path) -> tuple[str, list[str]]:  # type: ignore[no-untyped-def]
    """A published POOR visit and two appeals as a pull brings them: greeted (with a PDF), then mood."""
    vid = approved(ws, ws.locations()[0].id, dt.date.today() - dt.timedelta(days=3), POOR)
    review.publish(ws.open_visit(vid), sign=load_signing(key, FIRM_PASSPHRASE))
    sha = ws.blobs.put_bytes(PDF).sha256
    ids = []
    now = dt.datetime.now(dt.UTC)
    with ws.sessions.begin() as s:
        for i, (qid, category) in enumerate((("greeted", "auditor_wrong"), ("mood", "information_lacked"))):
            aid = str(uuid.uuid4())
            filed = now - dt.timedelta(days=2 - i)
            s.add(m.Appeal(id=aid, rev=1, visit_id=vid, question_id=qid, category=category,
                           argument=f"Appeal {i}: the finding is wrong.", created_at=filed))  # fmt: skip
            ids.append(aid)
        s.add(m.AppealFile(id=str(uuid.uuid4()), rev=1, appeal_id=ids[0], visit_id=vid, sha256=sha,
                           filename="receipt.pdf", size=len(PDF), media_type="application/pdf"))  # fmt: skip
    return vid, ids


def sha_of(view: AppealsView) -> str:
    return view.current.files[0].sha256  # type: ignore[union-attr]


def test_the_appeals_view_decides(qtbot, workspace, recorded, firm_p12: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    vid, (first, second) = published_with_appeals(workspace, firm_p12)
    view = AppealsView(workspace)
    qtbot.addWidget(view)
    assert view.table.rowCount() == 2
    assert view.table.item(0, 6).text() == "Open" and view.current.id == first, "the oldest first"  # type: ignore[union-attr]
    assert view.table.item(0, 1).text() == "2" and view.table.item(0, 2).text() != "—"  # days open, window
    assert view.evidence.count() == 1
    shown: list[object] = []
    monkeypatch.setattr(appeals_view.QDesktopServices, "openUrl", shown.append)
    view.evidence.itemActivated.emit(view.evidence.item(0))
    assert shown and shown[0].toLocalFile().endswith(sha_of(view)[:8] + "-receipt.pdf")  # type: ignore[attr-defined]
    opened: list[str] = []
    view.sig_open_requested.connect(opened.append)
    qtbot.mouseClick(view.open_visit_button, Qt.MouseButton.LeftButton)
    assert opened == [vid]

    folder = os.environ.get("MYSTERY_SHOP_SCREENSHOTS")  # the README's screen, when asked for
    if folder:
        view.resize(1400, 820)
        view.show()
        qtbot.waitExposed(view)
        view.grab().save(str(Path(folder) / "appeals.png"))
    # Ask the auditor: the appeal waits for their account.
    view.reply.setPlainText("Did anybody greet you?")
    qtbot.mouseClick(view.ask_button, Qt.MouseButton.LeftButton)
    assert appeals.appeal(workspace, first).state is ap.State.ACCOUNT_ASKED
    assert not view.ask_button.isEnabled()

    # Refusals keep what was typed: no reply; points that give nothing back.
    qtbot.mouseClick(view.decline_button, Qt.MouseButton.LeftButton)
    assert recorded.errors and "reply" in recorded.errors[-1][1]
    view.reply.setPlainText("You are right.")
    view.points.setText("99")
    qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)
    assert "between 0 and" in recorded.errors[-1][1] and view.reply.toPlainText() == "You are right."
    view.points.setText("1")
    decided: list[str] = []
    view.sig_decided.connect(decided.append)
    qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)
    assert decided == [first] and appeals.appeal(workspace, first).state is ap.State.ACCEPTED
    assert workspace.open_visit(vid).score.questions["greeted"].earned == 1
    assert view.table.rowCount() == 1 and view.current.id == second  # type: ignore[union-attr]

    view.reply.setPlainText("The rating stands.")
    qtbot.mouseClick(view.decline_button, Qt.MouseButton.LeftButton)
    assert appeals.appeal(workspace, second).state is ap.State.DECLINED
    assert view.table.rowCount() == 0
    view.all.setChecked(True)
    assert view.table.rowCount() == 2 and {view.table.item(i, 6).text() for i in range(2)} == {"Accepted", "Declined"}
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    assert view.table.rowCount() == 2


def test_the_main_window_opens_the_appeals(qtbot, workspace, recorded) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    action = window.actions_by_name["Appeals"]
    assert action.isVisible()
    action.trigger()
    view = window.tools["appeals"]
    assert isinstance(view, AppealsView) and view.table.rowCount() == 0
    view.close()
