"""The settings' "Quality checks" part: one client's thresholds for the checks across visits (they sync)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QSpinBox, QWidget

from mystery_shop.domain.cross_checks import CheckSettings
from mystery_shop.services.quality import client_settings, set_client_settings
from mystery_shop.services.workspace import Workspace

from ..i18n import tr


class CheckSettingsBox(QGroupBox):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(tr("Quality checks"), parent)
        self.ws = ws
        self.saved = client_settings(ws)
        self.edited: dict[str, CheckSettings] = {}
        form = QFormLayout(self)
        self.client = QComboBox()
        for c in ws.clients():
            self.client.addItem(c.name, c.id)
        form.addRow(tr("Client"), self.client)
        self.lockout = _spin(0, 3650, tr(" days"))
        form.addRow(tr("Lock-out between visits"), self.lockout)
        self.window = _spin(2, 100, tr(" visits"))
        form.addRow(tr("Straight-lining over the last"), self.window)
        self.sd = QDoubleSpinBox()
        self.sd.setRange(0.5, 10)
        self.sd.setSingleStep(0.5)
        self.sd.setDecimals(1)
        self.sd.setSuffix(tr(" SD"))
        form.addRow(tr("Auditor outlier at"), self.sd)
        self.min_visits = _spin(2, 1000, tr(" visits"))
        form.addRow(tr("Outlier needs at least"), self.min_visits)
        self.wpm = _spin(50, 2000, tr(" words/min"))
        form.addRow(tr("Reading speed"), self.wpm)
        self.words = _spin(1, 100, tr(" words"))
        form.addRow(tr("A reused comment has at least"), self.words)
        self.client.currentIndexChanged.connect(self._show)
        self._shown: str | None = None
        self.setVisible(self.client.count() > 0)
        self._show()

    def current(self) -> CheckSettings:
        return CheckSettings(
            lockout_days=self.lockout.value(),
            straight_lining_visits=self.window.value(),
            outlier_sd=self.sd.value(),
            outlier_min_visits=self.min_visits.value(),
            reading_words_per_minute=self.wpm.value(),
            min_comment_words=self.words.value(),
        )

    def _show(self) -> None:
        if self._shown is not None:
            self.edited[self._shown] = self.current()  # kept while another client is shown
        self._shown = self.client.currentData()
        if self._shown is None:
            return
        s = self.edited.get(self._shown) or self.saved.get(self._shown, CheckSettings())
        self.lockout.setValue(s.lockout_days)
        self.window.setValue(s.straight_lining_visits)
        self.sd.setValue(s.outlier_sd)
        self.min_visits.setValue(s.outlier_min_visits)
        self.wpm.setValue(s.reading_words_per_minute)
        self.words.setValue(s.min_comment_words)

    def save(self) -> None:
        """Store each client's thresholds that changed (each a synced change of its client)."""
        if self._shown is not None:
            self.edited[self._shown] = self.current()
        for client_id, settings in self.edited.items():
            if settings != self.saved.get(client_id, CheckSettings()):
                set_client_settings(self.ws, client_id, settings)
                self.saved[client_id] = settings


def _spin(lo: int, hi: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(lo, hi)
    box.setSuffix(suffix)
    return box
