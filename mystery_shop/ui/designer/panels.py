"""The designer's property panels: the form, a touchpoint, a question. Each edit goes to the draft at once.

A panel shows one object of ``FormDraft.form``; ``load`` fills it without
emitting edits, ``show_problems`` puts each problem of the form's rules under
the field it is about.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mystery_shop.domain.form_rules import possible_values
from mystery_shop.domain.forms import (
    Channel,
    Choice,
    CriticalScope,
    GradeBand,
    PhotoRule,
    QuestionType,
    ShowIf,
    Stage,
    Threshold,
)
from mystery_shop.services.form_designer import POINTS_TYPES, FormDraft

from ..i18n import label_text, message_text, tr, tr_noop
from .fields import Field, number_or_none, shown_number

T = QuestionType
TYPE_NAMES = {
    T.YES_NO: tr_noop("Yes / no"), T.CHOICE: tr_noop("One choice"), T.MULTI: tr_noop("Several choices"),
    T.SCALE: tr_noop("Scale"), T.DURATION: tr_noop("Duration (stopwatch)"), T.CSAT: tr_noop("CSAT (1–5)"),
    T.CES: tr_noop("CES (1–7)"), T.NPS: tr_noop("NPS (0–10)"), T.NUMBER: tr_noop("Number"),
    T.TEXT: tr_noop("Text"), T.DATE: tr_noop("Date"), T.TIME: tr_noop("Time"),
}  # fmt: skip


class Panel(QWidget):
    """A form layout of fields, each bound to a path under the panel's object."""

    sig_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_layout = QFormLayout(self)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[tuple[str | int, ...], Field] = {}
        self.draft: FormDraft | None = None
        self.base: tuple[str | int, ...] = ()
        self.loading = False

    def add(self, label: str, editor: QWidget, *path: str | int) -> Field:
        f = Field(editor)
        self.form_layout.addRow(label, f)
        self.fields[path] = f
        return f

    def show_problems(self) -> None:
        assert self.draft is not None
        for path, f in self.fields.items():
            f.set_problems([message_text(p) for p in self.draft.problems_at((*self.base, *path))])

    def edit(self, fn: Callable[[], None]) -> None:
        """Run an edit made in a field (not while loading), then tell the window."""
        if self.loading or self.draft is None:
            return
        try:
            fn()
        except ValueError as e:  # a number that is not one: shown on the panel, nothing changed
            self.window().statusBar().showMessage(message_text(e), 5000)  # type: ignore[attr-defined]
            return
        self.sig_edited.emit()

    def text_edits(
        self, label: str, name: str, languages: tuple[str, ...], setter: Callable[[str, str | None], None]
    ) -> dict[str, QLineEdit]:
        """One line per language: the default text, then its translations."""
        edits: dict[str, QLineEdit] = {}
        for i, lang in enumerate(languages or ("",)):
            e = QLineEdit()
            e.setObjectName(f"{name}_{lang}" if lang else name)
            shown = label if i == 0 else f"{label} ({lang})"
            if i > 0:
                e.setPlaceholderText(tr("Shown in the default language when empty"))
            e.editingFinished.connect(
                lambda lang=lang, e=e, first=i == 0: self.edit(lambda: setter("" if first else lang, e.text()))
            )
            self.add(shown, e, name, *((lang,) if i > 0 else ()))
            edits[lang] = e
        return edits


def fill_texts(edits: dict[str, QLineEdit], default: str | None, translations: Any, name: str) -> None:
    for i, (lang, e) in enumerate(edits.items()):
        with QSignalBlocker(e):
            e.setText((default or "") if i == 0 else (translations.get(name, lang) or ""))


def _combo(items: list[tuple[str, Any]]) -> QComboBox:
    c = QComboBox()
    c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    c.setMinimumContentsLength(16)  # long question texts must not widen the panel
    for text, data in items:
        c.addItem(text, data)
    return c


def _enum(enum: Any, combo: QComboBox) -> Any:
    """A combo's enum value (Qt hands a StrEnum back as a plain str)."""
    data = combo.currentData()
    return None if data is None else enum(data)


def _select(combo: QComboBox, data: Any) -> None:
    with QSignalBlocker(combo):
        combo.setCurrentIndex(max(0, combo.findData(data)))


# ------------------------------------------------------------------ the form


class FormPanel(Panel):
    def __init__(self, draft: FormDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        form = draft.form
        self.id = QLineEdit()
        self.id.editingFinished.connect(lambda: self.edit(lambda: draft.update_form(id=self.id.text().strip())))
        self.add(tr("Form id"), self.id, "id")
        self.version = QLabel()
        self.add(tr("Version"), self.version, "version")
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(tr("e.g. en, pl — the first is the default; empty: one language"))
        self.languages.editingFinished.connect(lambda: self.edit(self._set_languages))
        self.add(tr("Languages"), self.languages, "languages")
        self.titles = self.text_edits(tr("Title"), "title", form.languages, self._set_text("title"))
        self.descriptions = self.text_edits(
            tr("Description"), "description", form.languages, self._set_text("description")
        )
        self.bands = QTableWidget(0, 3)
        self.bands.setHorizontalHeaderLabels([tr("From score"), tr("Grade"), tr("Colour")])
        self.bands.horizontalHeader().setStretchLastSection(True)
        self.bands.setMinimumHeight(150)
        self.bands.itemChanged.connect(lambda _item: self.edit(self._set_bands))
        buttons = QHBoxLayout()
        for text, slot in ((tr("Add band"), self._add_band), (tr("Remove band"), self._remove_band)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.bands)
        col.addLayout(buttons)
        self.add(tr("Grade bands"), box, "grade_bands")
        self.load()

    def load(self) -> None:
        assert self.draft is not None
        self.loading = True
        f = self.draft.form
        self.id.setText(f.id)
        n, taken = self.draft.version_to_save, self.draft.taken
        note = tr("{v} (saving makes version {n}: version {t} is in use)").format(v=f.version, n=n, t=taken)
        self.version.setText(note if n != f.version else str(f.version))
        self.languages.setText(", ".join(f.languages))
        fill_texts(self.titles, f.title, f.translations, "title")
        fill_texts(self.descriptions, f.description, f.translations, "description")
        rows = [[shown_number(b.min), b.label, b.color or ""] for b in f.grade_bands]
        current = [
            [(self.bands.item(i, j).text() if self.bands.item(i, j) else "") for j in range(3)]
            for i in range(self.bands.rowCount())
        ]
        with QSignalBlocker(self.bands):
            if current == rows:
                rows = []  # unchanged: its items are not replaced (the edit may come from one of them)
            else:
                self.bands.setRowCount(len(f.grade_bands))
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    self.bands.setItem(i, j, QTableWidgetItem(v))
        self.loading = False
        self.show_problems()

    def _set_text(self, name: str) -> Callable[[str, str | None], None]:
        def setter(lang: str, text: str | None) -> None:
            assert self.draft is not None
            f = self.draft.form
            if not lang:
                self.draft.update_form(**{name: text or ("" if name == "title" else None)})
            else:
                self.draft.update_form(translations=f.translations.with_text(name, lang, text))

        return setter

    def _set_languages(self) -> None:
        assert self.draft is not None
        langs = tuple(x.strip() for x in self.languages.text().replace(";", ",").split(",") if x.strip())
        self.draft.update_form(languages=langs)

    def _set_bands(self) -> None:
        assert self.draft is not None
        bands = []
        for i in range(self.bands.rowCount()):
            cells = [(self.bands.item(i, j).text() if self.bands.item(i, j) else "") for j in range(3)]
            lo = number_or_none(cells[0])
            old = self.draft.form.grade_bands[i] if i < len(self.draft.form.grade_bands) else None
            bands.append(
                GradeBand(
                    lo or Fraction(0),
                    cells[1],
                    cells[2].strip() or None,
                    old.translations if old else GradeBand(Fraction(0), "").translations,
                )
            )
        self.draft.update_form(grade_bands=tuple(bands))

    def _add_band(self) -> None:
        assert self.draft is not None
        self.edit(
            lambda: self.draft.update_form(
                grade_bands=(*self.draft.form.grade_bands, GradeBand(Fraction(50), tr("New grade")))
            )
        )

    def _remove_band(self) -> None:
        row = self.bands.currentRow()
        if row >= 0 and self.draft is not None:
            bands = list(self.draft.form.grade_bands)
            del bands[row]
            self.edit(lambda: self.draft.update_form(grade_bands=tuple(bands)))  # type: ignore[union-attr]


# ------------------------------------------------------------------ a touchpoint


class SectionPanel(Panel):
    def __init__(self, draft: FormDraft, si: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft, self.si, self.base = draft, si, ("sections", si)
        langs = draft.form.languages
        self.id = QLineEdit()
        self.id.editingFinished.connect(lambda: self.edit(lambda: draft.update_section(si, id=self.id.text().strip())))
        self.add(tr("Id"), self.id, "id")
        self.titles = self.text_edits(tr("Title"), "title", langs, self._set_text("title"))
        self.descriptions = self.text_edits(tr("Description"), "description", langs, self._set_text("description"))
        self.stage = _combo([(tr("(none)"), None)] + [(label_text(s.value), s) for s in Stage])
        self.stage.currentIndexChanged.connect(
            lambda _i: self.edit(lambda: draft.update_section(si, stage=_enum(Stage, self.stage)))
        )
        self.add(tr("Journey stage"), self.stage, "stage")
        self.channel = _combo([(tr("(none)"), None)] + [(label_text(c.value), c) for c in Channel])
        self.channel.currentIndexChanged.connect(
            lambda _i: self.edit(lambda: draft.update_section(si, channel=_enum(Channel, self.channel)))
        )
        self.add(tr("Channel"), self.channel, "channel")
        self.weight = QLineEdit()
        self.weight.setPlaceholderText(tr("blank: no weights (every touchpoint or none)"))
        self.weight.editingFinished.connect(
            lambda: self.edit(lambda: draft.update_section(si, weight=number_or_none(self.weight.text())))
        )
        self.add(tr("Weight"), self.weight, "weight")
        self.photos_min, self.photos_max = QSpinBox(), QSpinBox()
        for spin in (self.photos_min, self.photos_max):
            spin.setRange(0, 200)
            spin.valueChanged.connect(
                lambda _v: self.edit(
                    lambda: draft.update_section(si, photos=PhotoRule(self.photos_min.value(), self.photos_max.value()))
                )
            )
        self.add(tr("Photos at least"), self.photos_min, "photos", "min")
        self.add(tr("Photos at most"), self.photos_max, "photos", "max")
        self.load()

    def load(self) -> None:
        assert self.draft is not None
        self.loading = True
        s = self.draft.form.sections[self.si]
        self.id.setText(s.id)
        fill_texts(self.titles, s.title, s.translations, "title")
        fill_texts(self.descriptions, s.description, s.translations, "description")
        _select(self.stage, s.stage)
        _select(self.channel, s.channel)
        self.weight.setText(shown_number(s.weight))
        for spin, v in ((self.photos_min, s.photos.min), (self.photos_max, s.photos.max)):
            with QSignalBlocker(spin):
                spin.setValue(v)
        self.loading = False
        self.show_problems()

    def _set_text(self, name: str) -> Callable[[str, str | None], None]:
        def setter(lang: str, text: str | None) -> None:
            assert self.draft is not None
            s = self.draft.form.sections[self.si]
            if not lang:
                self.draft.update_section(self.si, **{name: text or ("" if name == "title" else None)})
            else:
                self.draft.update_section(self.si, translations=s.translations.with_text(name, lang, text))

        return setter


# ------------------------------------------------------------------ a question


class QuestionPanel(Panel):
    def __init__(self, draft: FormDraft, si: int, qi: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft, self.si, self.qi, self.base = draft, si, qi, ("sections", si, "questions", qi)
        q = draft.question(si, qi)
        langs = draft.form.languages
        self.type = _combo([(tr(name), t) for t, name in TYPE_NAMES.items()])
        self.type.currentIndexChanged.connect(
            lambda _i: self.edit(lambda: self.update(type=QuestionType(self.type.currentData())))
        )
        self.add(tr("Type"), self.type, "type")
        self.id = QLineEdit()
        self.id.editingFinished.connect(lambda: self.edit(lambda: self.update(id=self.id.text().strip())))
        self.add(tr("Id"), self.id, "id")
        self.texts = self.text_edits(tr("Text"), "text", langs, self._set_text("text"))
        self.helps = self.text_edits(tr("Help"), "help", langs, self._set_text("help"))
        self.points = QLineEdit()
        self.points.editingFinished.connect(
            lambda: self.edit(lambda: self.update(points=number_or_none(self.points.text())))
        )
        if q.type in POINTS_TYPES:
            self.add(tr("Points"), self.points, "points")
        if q.type is T.YES_NO:
            self.expected = _combo([(tr("Yes"), "yes"), (tr("No"), "no")])
            self.expected.currentIndexChanged.connect(
                lambda _i: self.edit(lambda: self.update(expected=self.expected.currentData()))
            )
            self.add(tr("Good answer"), self.expected, "expected")
        if q.type in (T.SCALE, T.NUMBER):
            self.low, self.high = QLineEdit(), QLineEdit()
            self.low.editingFinished.connect(lambda: self.edit(lambda: self.update(min=self._bound(self.low))))
            self.high.editingFinished.connect(lambda: self.edit(lambda: self.update(max=self._bound(self.high))))
            self.add(tr("From"), self.low, "min")
            self.add(tr("To"), self.high, "max")
        if q.type is T.NUMBER:
            self.whole = QCheckBox(tr("Whole numbers only"))
            self.whole.toggled.connect(lambda on: self.edit(lambda: self.update(whole=on)))
            self.add("", self.whole, "whole")
        if q.type in (T.CHOICE, T.MULTI):
            self.choices = self._table([tr("Value"), tr("Label"), tr("Points")], self._set_choices, "choices")
        if q.type is T.DURATION:
            self.thresholds = self._table([tr("Up to seconds"), tr("Points")], self._set_thresholds, "thresholds")
        self.critical = _combo(
            [
                (tr("No"), None),
                (tr("Fails its touchpoint"), CriticalScope.SECTION),
                (tr("Fails the visit"), CriticalScope.VISIT),
            ]
        )
        self.critical.currentIndexChanged.connect(
            lambda _i: self.edit(lambda: self.update(critical=_enum(CriticalScope, self.critical)))
        )
        self.add(tr("Critical"), self.critical, "critical")
        self.na = QCheckBox(tr("The auditor may answer N/A"))
        self.na.toggled.connect(lambda on: self.edit(lambda: self.update(na=on)))
        self.add("", self.na, "na")
        self.required = _combo([(tr("Default for the type"), None), (tr("Yes"), True), (tr("No"), False)])
        self.required.currentIndexChanged.connect(
            lambda _i: self.edit(lambda: self.update(required=self.required.currentData()))
        )
        self.add(tr("Required"), self.required, "required")
        self.show_if_question = _combo(
            [(tr("Always shown"), None)] + [(f"{p.id}: {p.text}", p.id) for p in draft.earlier_questions(si, qi)]
        )
        self.show_if_question.currentIndexChanged.connect(lambda _i: self.edit(self._set_show_if_question))
        self.show_if_values = QListWidget()
        self.show_if_values.setMaximumHeight(110)
        self.show_if_values.itemChanged.connect(lambda _item: self.edit(self._set_show_if_values))
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.show_if_question)
        col.addWidget(self.show_if_values)
        self.add(tr("Show only if"), box, "show_if")
        self.load()

    def update(self, **changes: Any) -> None:
        assert self.draft is not None
        self.draft.update_question(self.si, self.qi, **changes)

    def _bound(self, edit: QLineEdit) -> Fraction | int | None:
        v = number_or_none(edit.text())
        return int(v) if v is not None and v.denominator == 1 else v

    def _table(self, headers: list[str], on_change: Callable[[], None], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setStretchLastSection(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setMinimumHeight(140)
        table.itemChanged.connect(lambda _item: self.edit(on_change))
        buttons = QHBoxLayout()
        add, remove = QPushButton(tr("Add")), QPushButton(tr("Remove"))
        add.clicked.connect(lambda: self._add_row(table, on_change))
        remove.clicked.connect(lambda: self._remove_row(table, on_change))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(table)
        col.addLayout(buttons)
        self.add(tr("Choices") if name == "choices" else tr("Thresholds"), box, name)
        return table

    def _add_row(self, table: QTableWidget, on_change: Callable[[], None]) -> None:
        with QSignalBlocker(table):
            n = table.rowCount()
            table.insertRow(n)
            defaults = (
                [f"option_{n + 1}", tr("Option {n}").format(n=n + 1), "0"]
                if table is getattr(self, "choices", None)
                else ["", "0"]
            )
            for j, v in enumerate(defaults):
                table.setItem(n, j, QTableWidgetItem(v))
        self.edit(on_change)

    def _remove_row(self, table: QTableWidget, on_change: Callable[[], None]) -> None:
        if table.currentRow() >= 0:
            with QSignalBlocker(table):
                table.removeRow(table.currentRow())
            self.edit(on_change)

    def _cells(self, table: QTableWidget) -> list[list[str]]:
        return [
            [(table.item(i, j).text() if table.item(i, j) else "") for j in range(table.columnCount())]
            for i in range(table.rowCount())
        ]

    def _set_choices(self) -> None:
        assert self.draft is not None
        old = {c.value: c for c in self.draft.question(self.si, self.qi).choices}
        choices = []
        for value, label, points in self._cells(self.choices):
            keep = old.get(value.strip())
            translations = keep.translations if keep else Choice("").translations
            choices.append(
                Choice(value.strip(), number_or_none(points) or Fraction(0), label.strip() or None, translations)
            )
        self.update(choices=tuple(choices))

    def _set_thresholds(self) -> None:
        rows = self._cells(self.thresholds)
        self.update(
            thresholds=tuple(
                Threshold(number_or_none(a) or Fraction(0), number_or_none(b) or Fraction(0)) for a, b in rows
            )
        )

    def _set_text(self, name: str) -> Callable[[str, str | None], None]:
        def setter(lang: str, text: str | None) -> None:
            assert self.draft is not None
            q = self.draft.question(self.si, self.qi)
            if not lang:
                self.update(**{name: text or ("" if name == "text" else None)})
            else:
                self.update(translations=q.translations.with_text(name, lang, text))

        return setter

    def _set_show_if_question(self) -> None:
        parent_id = self.show_if_question.currentData()
        if parent_id is None:
            self.update(show_if=None)
            return
        parent = next(q for q in self.draft.form.questions() if q.id == parent_id)  # type: ignore[union-attr]
        values = sorted(possible_values(parent) or ())
        first = values[:1] if parent.type is not T.YES_NO else ["yes"]
        self.update(show_if=ShowIf(parent_id, tuple(first)))

    def _set_show_if_values(self) -> None:
        q = self.draft.question(self.si, self.qi)  # type: ignore[union-attr]
        if q.show_if is None:
            return
        chosen = tuple(
            self.show_if_values.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.show_if_values.count())
            if self.show_if_values.item(i).checkState() == Qt.CheckState.Checked
        )
        self.update(show_if=dataclasses.replace(q.show_if, values=chosen))

    def load(self) -> None:
        assert self.draft is not None
        self.loading = True
        q = self.draft.question(self.si, self.qi)
        _select(self.type, q.type)
        self.id.setText(q.id)
        fill_texts(self.texts, q.text, q.translations, "text")
        fill_texts(self.helps, q.help, q.translations, "help")
        self.points.setText(shown_number(q.points))
        self.points.setPlaceholderText(tr("default: {p}").format(p=shown_number(q.possible_points())))
        if hasattr(self, "expected"):
            _select(self.expected, q.expected)
        if hasattr(self, "low"):
            self.low.setText(shown_number(q.min))
            self.high.setText(shown_number(q.max))
        if hasattr(self, "whole"):
            with QSignalBlocker(self.whole):
                self.whole.setChecked(q.whole)
        if hasattr(self, "choices"):
            self._fill(self.choices, [[c.value, c.label or "", shown_number(c.points)] for c in q.choices])
        if hasattr(self, "thresholds"):
            self._fill(self.thresholds, [[shown_number(t.max), shown_number(t.points)] for t in q.thresholds])
        _select(self.critical, q.critical)
        with QSignalBlocker(self.na):
            self.na.setChecked(q.na)
        _select(self.required, q.required)
        _select(self.show_if_question, q.show_if.question if q.show_if else None)
        self._fill_show_if_values()
        self.loading = False
        self.show_problems()

    def _fill(self, table: QTableWidget, rows: list[list[str]]) -> None:
        if self._cells(table) == rows:
            return  # unchanged: its items are not replaced (the edit may come from one of them)
        with QSignalBlocker(table):
            table.setRowCount(len(rows))
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    table.setItem(i, j, QTableWidgetItem(v))

    def _fill_show_if_values(self) -> None:
        assert self.draft is not None
        q = self.draft.question(self.si, self.qi)
        with QSignalBlocker(self.show_if_values):
            parent = next((p for p in self.draft.form.questions() if q.show_if and p.id == q.show_if.question), None)
            self.show_if_values.setVisible(parent is not None)
            if parent is None or q.show_if is None:
                self.show_if_values.clear()
                return
            labels = {c.value: c.text for c in parent.choices}
            values = sorted(possible_values(parent) or (), key=lambda x: (len(x), x))
            shown = [
                (self.show_if_values.item(i).data(Qt.ItemDataRole.UserRole), self.show_if_values.item(i).checkState())
                for i in range(self.show_if_values.count())
            ]
            wanted = [(v, Qt.CheckState.Checked if v in q.show_if.values else Qt.CheckState.Unchecked) for v in values]
            if shown == wanted:
                return  # unchanged: its items are not replaced (the edit may come from one of them)
            self.show_if_values.clear()
            for v in values:
                item = QListWidgetItem(labels.get(v, v))
                item.setData(Qt.ItemDataRole.UserRole, v)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if v in q.show_if.values else Qt.CheckState.Unchecked)
                self.show_if_values.addItem(item)
