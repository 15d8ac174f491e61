"""For a firm with no server: clients, their locations, and the forms, managed in the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mystery_shop.domain.zones import known_zones
from mystery_shop.formats import FormError
from mystery_shop.services.rows import LocationRow
from mystery_shop.services.workspace import Workspace

from .. import errors
from ..errors import show_error
from ..i18n import message_text, tr

ID = Qt.ItemDataRole.UserRole + 1


class LocationDialog(QDialog):
    def __init__(self, loc: LocationRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Location"))
        form = QFormLayout(self)
        self.name = QLineEdit(loc.name if loc else "")
        self.address = QLineEdit(loc.address if loc else "")
        self.has_gps = QCheckBox(tr("Known coordinates"))
        self.lat = QDoubleSpinBox(decimals=6, minimum=-90, maximum=90)
        self.lon = QDoubleSpinBox(decimals=6, minimum=-180, maximum=180)
        if loc and loc.latitude is not None and loc.longitude is not None:
            self.has_gps.setChecked(True)
            self.lat.setValue(loc.latitude)
            self.lon.setValue(loc.longitude)
        for w in (self.lat, self.lon):
            w.setEnabled(self.has_gps.isChecked())
            self.has_gps.toggled.connect(w.setEnabled)
        # Reports print the visit's times on this clock; typing "Wars" finds Europe/Warsaw.
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.addItems(["", *sorted(known_zones())])
        self.time_zone.lineEdit().setPlaceholderText(tr("This computer's time zone"))
        self.time_zone.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.time_zone.setCurrentText(loc.time_zone or "" if loc else "")
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Address"), self.address)
        form.addRow(self.has_gps)
        form.addRow(tr("Latitude"), self.lat)
        form.addRow(tr("Longitude"), self.lon)
        form.addRow(tr("Time zone"), self.time_zone)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, object]:
        gps = self.has_gps.isChecked()
        return {
            "name": self.name.text().strip(),
            "address": self.address.text().strip(),
            "latitude": self.lat.value() if gps else None,
            "longitude": self.lon.value() if gps else None,
            "time_zone": self.time_zone.currentText().strip() or None,
        }


class CatalogDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.changed = False
        self.setWindowTitle(tr("Clients, locations and forms"))
        self.resize(760, 480)
        tabs = QTabWidget()
        tabs.addTab(self._clients_tab(), tr("Clients and locations"))
        tabs.addTab(self._forms_tab(), tr("Forms"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout.addWidget(close)
        self.refresh()

    # ------------------------------------------------------------ clients and locations

    def _clients_tab(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        left, right = QVBoxLayout(), QVBoxLayout()
        self.clients = QListWidget()
        self.clients.currentItemChanged.connect(lambda *_: self._fill_locations())
        self.show_archived = QCheckBox(tr("Show archived"))
        self.show_archived.toggled.connect(self.refresh)
        left.addWidget(QLabel("<b>" + tr("Clients") + "</b>"))
        left.addWidget(self.clients)
        left.addWidget(self.show_archived)
        left.addLayout(
            _buttons(
                [
                    (tr("Add…"), self.add_client),
                    (tr("Rename…"), self.rename_client),
                    (tr("Archive / restore"), self.archive_client),
                ]
            )
        )
        self.locations = QListWidget()
        self.locations.itemDoubleClicked.connect(lambda *_: self.edit_location())
        right.addWidget(QLabel("<b>" + tr("Locations") + "</b>"))
        right.addWidget(self.locations)
        right.addLayout(
            _buttons(
                [
                    (tr("Add…"), self.add_location),
                    (tr("Edit…"), self.edit_location),
                    (tr("Archive / restore"), self.archive_location),
                ]
            )
        )
        row.addLayout(left, 1)
        row.addLayout(right, 2)
        return page

    def refresh(self) -> None:
        current = self._client_id()
        self.clients.clear()
        for c in self.ws.clients(include_archived=self.show_archived.isChecked()):
            item = QListWidgetItem(c.name + (" " + tr("(archived)") if c.archived else ""))
            item.setData(ID, c.id)
            self.clients.addItem(item)
            if c.id == current:
                self.clients.setCurrentItem(item)
        if self.clients.currentItem() is None and self.clients.count():
            self.clients.setCurrentRow(0)
        self._fill_locations()
        self._fill_forms()

    def _client_id(self) -> str | None:
        item = self.clients.currentItem() if hasattr(self, "clients") else None
        return item.data(ID) if item else None

    def _fill_locations(self) -> None:
        self.locations.clear()
        client_id = self._client_id()
        if client_id is None:
            return
        for loc in self.ws.locations(client_id, include_archived=self.show_archived.isChecked()):
            text = (
                loc.name
                + (f" — {loc.address}" if loc.address else "")
                + (" " + tr("(archived)") if loc.archived else "")
            )
            item = QListWidgetItem(text)
            item.setData(ID, loc)
            self.locations.addItem(item)

    def _run(self, fn, *args) -> bool:  # type: ignore[no-untyped-def]
        try:
            fn(*args)
        except Exception as e:
            show_error(self, e)
            return False
        self.changed = True
        self.refresh()
        return True

    def add_client(self) -> None:
        name, ok = QInputDialog.getText(self, tr("New client"), tr("Client name:"))
        if ok and name.strip():
            self._run(self.ws.add_client, name)

    def rename_client(self) -> None:
        item = self.clients.currentItem()
        if item is None:
            return
        name, ok = QInputDialog.getText(self, tr("Rename client"), tr("Client name:"), text=item.text())
        if ok:
            self._run(lambda: self.ws.update_client(item.data(ID), name=name))

    def archive_client(self) -> None:
        item = self.clients.currentItem()
        if item is None:
            return
        archived = any(c.archived for c in self.ws.clients(include_archived=True) if c.id == item.data(ID))
        self._run(lambda: self.ws.update_client(item.data(ID), archived=not archived))

    def add_location(self) -> None:
        client_id = self._client_id()
        if client_id is None:
            return
        dialog = LocationDialog(None, self)
        if dialog.exec():
            v = dialog.values()
            self._run(
                lambda: self.ws.add_location(
                    client_id, v["name"], v["address"], v["latitude"], v["longitude"], v["time_zone"]
                )
            )

    def edit_location(self) -> None:
        item = self.locations.currentItem()
        if item is None:
            return
        loc: LocationRow = item.data(ID)
        dialog = LocationDialog(loc, self)
        if dialog.exec():
            self._run(lambda: self.ws.update_location(loc.id, **dialog.values()))

    def archive_location(self) -> None:
        item = self.locations.currentItem()
        if item is not None:
            loc: LocationRow = item.data(ID)
            self._run(lambda: self.ws.update_location(loc.id, archived=not loc.archived))

    # ------------------------------------------------------------ forms

    def _forms_tab(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        self.forms = QListWidget()
        col.addWidget(self.forms)
        col.addLayout(_buttons([(tr("Import form file…"), self.import_form), (tr("Archive"), self.archive_form)]))
        return page

    def _fill_forms(self) -> None:
        self.forms.clear()
        for f in self.ws.forms():
            item = QListWidgetItem(tr("{title}   ({id}, version {v})").format(title=f.title, id=f.form_id, v=f.version))
            item.setData(ID, f.form_id)
            self.forms.addItem(item)

    def import_form(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Import a form"), "", tr("Form files (*.yaml *.yml)"))
        if path:
            self.import_form_file(Path(path))

    def import_form_file(self, path: Path) -> bool:
        try:
            self.ws.import_form(path)
        except FormError as e:
            lines = message_text(e)
            intro = tr("{name} was not imported. Fix these lines and try again:").format(name=path.name)
            errors.dialogs.error(self, tr("The form has problems"), f"{intro}\n\n{lines}")
            return False
        except Exception as e:
            show_error(self, e)
            return False
        self.changed = True
        self.refresh()
        return True

    def archive_form(self) -> None:
        item = self.forms.currentItem()
        if item is not None:
            self._run(self.ws.archive_form, item.data(ID))


def _buttons(specs: list[tuple[str, object]]) -> QHBoxLayout:
    row = QHBoxLayout()
    for text, slot in specs:
        b = QPushButton(text)
        b.clicked.connect(slot)
        row.addWidget(b)
    row.addStretch(1)
    return row
