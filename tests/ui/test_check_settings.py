"""Each client's quality-check thresholds in the app's settings (issue 32): pressed through the real dialog,
kept on the client (a synced change), and used by the checks across visits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from mystery_shop.domain.cross_checks import CheckSettings
from mystery_shop.services.quality import client_settings
from mystery_shop.store import models as m
from mystery_shop.ui.dialogs.settings import SettingsDialog


def test_thresholds_per_client_saved_from_the_settings(qtbot, workspace, recorded) -> None:  # type: ignore[no-untyped-def]
    ws = workspace
    other = ws.add_client("Bravo")
    dialog = SettingsDialog(ws)
    qtbot.addWidget(dialog)
    box = dialog.checks
    assert box.client.currentText() == "Acme" and box.lockout.value() == 90  # the defaults
    box.lockout.setValue(30)
    box.client.setCurrentIndex(box.client.findData(other.id))
    assert box.lockout.value() == 90
    box.sd.setValue(3.0)
    box.client.setCurrentIndex(0)
    assert box.lockout.value() == 30  # kept while the other client was shown
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert recorded.errors == []
    acme = ws.clients()[0].id
    assert client_settings(ws) == {acme: CheckSettings(lockout_days=30), other.id: CheckSettings(outlier_sd=3.0)}
    with ws.sessions() as s:
        queued = [o.fields for o in s.scalars(select(m.OutboxEntry).where(m.OutboxEntry.kind == "client"))]
    assert any((f.get("check_settings") or {}).get("lockout_days") == 30 for f in queued)  # it syncs
