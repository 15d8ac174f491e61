"""The designer's quality checks panel: the form's checks listed, added, removed, and one edited at a time.

The fields are those of the YAML ``checks:`` list (FORMS.md, "Quality checks"):
a check's id, whether it blocks, its kind and what that kind takes. Each edit
goes to the draft at once (``FormDraft.update_check``), is checked by the
form's rules like any other, and each problem is shown under its field.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mystery_shop.domain.form_rules import DISCRETE_TYPES
from mystery_shop.domain.forms import FormCheck, Requirement, ShowIf
from mystery_shop.services.form_designer import FormDraft

from ..i18n import message_text, tr, tr_noop
from .fields import number_or_none, shown_number
from .panels import Panel, _combo, _select, fill_texts

KIND_NAMES = {
    "comment_on_fail": tr_noop("A failed question needs a comment"),
    "require": tr_noop("Rule over answers"),
    "photo_on_fail": tr_noop("A failed question needs a photo"),
    "visit_minutes": tr_noop("The visit lasts at least"),
}
REQUIRE_NAMES = {
    "values": tr_noop("equals one of"),
    "range": tr_noop("is a number between"),
    "answered": tr_noop("is answered"),
}


def _values(text: str) -> tuple[str, ...]:
    """Values a person typed, separated by commas."""
    return tuple(v.strip() for v in text.split(",") if v.strip())


def _require_kind(r: Requirement) -> str:
    return "answered" if r.answered else "values" if r.values is not None else "range"


def describe(c: FormCheck) -> str:
    """One line for the list: id, kind, and whether it blocks."""
    severity = tr("block") if c.block else tr("warning")
    return f"{c.id} — {tr(KIND_NAMES[c.kind])} ({severity})"


class ChecksPanel(Panel):
    """The form's checks: a list with Add and Remove, and the selected check's fields below it."""

    sig_row_changed = Signal(int)

    def __init__(self, draft: FormDraft, row: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        checks = draft.form.checks
        self.row = min(row, len(checks) - 1)
        self.base = ("checks", self.row)

        self.list = QListWidget()
        self.list.setObjectName("designerChecks")
        self.list.setMaximumHeight(150)
        self.list.currentRowChanged.connect(self._row_changed)
        self.new_kind = _combo([(tr(name), kind) for kind, name in KIND_NAMES.items()])
        self.add_button = QPushButton(tr("Add check"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(tr("Remove check"))
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_kind, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        self.list.setToolTip(tr("Checks catch a doubtful visit before a supervisor reads it. None changes a score."))
        col.addWidget(self.list)
        col.addLayout(buttons)
        self.form_layout.addRow(box)
        if self.row < 0:
            self.empty = QLabel(tr("This form has no checks. Choose a kind and press “Add check”."))
            self.empty.setWordWrap(True)
            self.form_layout.addRow(self.empty)
            self.load()
            return
        c = checks[self.row]

        self.id = QLineEdit()
        self.id.setObjectName("checkId")
        self.id.editingFinished.connect(lambda: self.edit(lambda: self.update(id=self.id.text().strip())))
        self.add(tr("Id"), self.id, "id")
        self.kind = _combo([(tr(name), kind) for kind, name in KIND_NAMES.items()])
        self.kind.currentIndexChanged.connect(lambda _i: self.edit(lambda: self.update(kind=self.kind.currentData())))
        self.add(tr("Kind"), self.kind, "kind")
        self.block = QCheckBox(tr("Block the submit (otherwise a warning the auditor explains)"))
        self.block.toggled.connect(lambda on: self.edit(lambda: self.update(block=on)))
        self.add(tr("Severity"), self.block, "block")
        questions = list(draft.form.questions())

        if c.kind == "comment_on_fail":
            self.min_words = QSpinBox()
            self.min_words.setRange(0, 500)
            self.min_words.setSuffix(tr(" words"))
            self.min_words.valueChanged.connect(lambda v: self.edit(lambda: self.update(comment_min_words=int(v))))
            self.add(tr("Comment of at least"), self.min_words, "comment_on_fail")
        elif c.kind == "visit_minutes":
            self.minutes = QLineEdit()
            self.minutes.setObjectName("checkMinutes")
            self.minutes.setPlaceholderText(tr("minutes, from the first answer to the signature"))
            self.minutes.editingFinished.connect(lambda: self.edit(self._set_minutes))
            self.add(tr("Minutes at least"), self.minutes, "visit_minutes")
        elif c.kind == "photo_on_fail":
            self.photo_questions = QListWidget()
            self.photo_questions.setObjectName("checkPhotoQuestions")
            self.photo_questions.setMinimumHeight(120)
            for q in questions:
                if q.is_scored:
                    item = QListWidgetItem(label(q.id, q.text))
                    item.setData(Qt.ItemDataRole.UserRole, q.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                    self.photo_questions.addItem(item)
            self.photo_questions.itemChanged.connect(lambda _item: self.edit(self._set_photo_questions))
            self.add(tr("A photo when one of these earns 0"), self.photo_questions, "photo_on_fail")
        else:
            self.when_question = _combo(
                [(tr("(always)"), None)] + [(label(q.id, q.text), q.id) for q in questions if q.type in DISCRETE_TYPES]
            )
            self.when_question.currentIndexChanged.connect(lambda _i: self.edit(self._set_when))
            self.when_values = QLineEdit()
            self.when_values.setObjectName("checkWhenValues")
            self.when_values.setPlaceholderText(tr("values, separated by commas"))
            self.when_values.editingFinished.connect(lambda: self.edit(self._set_when))
            self.add(tr("When"), _row(self.when_question, QLabel(tr("is one of")), self.when_values), "when")
            self.require_question = _combo([(label(q.id, q.text), q.id) for q in questions])
            self.require_question.currentIndexChanged.connect(lambda _i: self.edit(self._set_require))
            self.require_kind = _combo([(tr(name), kind) for kind, name in REQUIRE_NAMES.items()])
            self.require_kind.currentIndexChanged.connect(lambda _i: self.edit(self._set_require))
            self.require_values = QLineEdit()
            self.require_values.setObjectName("checkRequireValues")
            self.require_values.setPlaceholderText(tr("values, separated by commas"))
            self.require_min, self.require_max = QLineEdit(), QLineEdit()
            self.require_min.setObjectName("checkRequireMin")
            self.require_max.setObjectName("checkRequireMax")
            self.require_min.setPlaceholderText(tr("blank: no lower bound"))
            self.require_max.setPlaceholderText(tr("blank: no upper bound"))
            for e in (self.require_values, self.require_min, self.require_max):
                e.editingFinished.connect(lambda: self.edit(self._set_require))
            require = QWidget()
            rows = QVBoxLayout(require)
            rows.setContentsMargins(0, 0, 0, 0)
            rows.addWidget(_row(self.require_question, self.require_kind))
            rows.addWidget(self.require_values)
            rows.addWidget(_row(self.require_min, QLabel(tr("and")), self.require_max))
            self.add(tr("Then"), require, "require")
            self.messages = self.text_edits(tr("Message"), "message", draft.form.languages, self._set_message)
            for e in self.messages.values():
                e.setPlaceholderText(tr("blank: a message made from the requirement"))
        self.load()

    # ------------------------------------------------------------ edits

    def update(self, **changes: object) -> None:
        assert self.draft is not None
        self.draft.update_check(self.row, **changes)

    def _add(self) -> None:
        assert self.draft is not None
        kind = self.new_kind.currentData()
        self.row = self.draft.add_check(kind)
        self.sig_row_changed.emit(self.row)

    def _remove(self) -> None:
        if self.draft is None or self.row < 0:
            return
        self.draft.delete_check(self.row)
        self.row = min(self.row, len(self.draft.form.checks) - 1)
        self.sig_row_changed.emit(self.row)

    def _row_changed(self, row: int) -> None:
        if not self.loading and row >= 0 and row != self.row:
            self.row = row
            self.sig_row_changed.emit(row)

    def _check(self) -> FormCheck:
        assert self.draft is not None
        return self.draft.form.checks[self.row]

    def _set_minutes(self) -> None:
        self.update(visit_min_minutes=number_or_none(self.minutes.text()))

    def _set_photo_questions(self) -> None:
        chosen = []
        for i in range(self.photo_questions.count()):
            item = self.photo_questions.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(str(item.data(Qt.ItemDataRole.UserRole)))
        self.update(photo_on_fail=tuple(chosen))

    def _set_when(self) -> None:
        qid = self.when_question.currentData()
        self.update(when=None if qid is None else ShowIf(qid, _values(self.when_values.text())))

    def _set_require(self) -> None:
        qid = str(self.require_question.currentData() or "")
        kind = self.require_kind.currentData()
        if kind == "answered":
            req = Requirement(qid, answered=True)
        elif kind == "values":
            req = Requirement(qid, values=_values(self.require_values.text()))
        else:
            lo, hi = number_or_none(self.require_min.text()), number_or_none(self.require_max.text())
            req = Requirement(qid, min=lo, max=hi)
        self.update(require=req)

    def _set_message(self, lang: str, text: str | None) -> None:
        c = self._check()
        if not lang:
            self.update(message=text or None)
        else:
            self.update(translations=c.translations.with_text("message", lang, text))

    # ------------------------------------------------------------ showing the check

    def load(self) -> None:
        assert self.draft is not None
        if self.form_layout.rowCount() and not hasattr(self, "_filler"):
            self._filler = QWidget()  # takes the height the fields do not need: they stay at the top
            self._filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
            self.form_layout.addRow(self._filler)
        self.loading = True
        checks = self.draft.form.checks
        with QSignalBlocker(self.list):
            self.list.clear()
            for i, c in enumerate(checks):
                item = QListWidgetItem(describe(c))
                problems = self.draft.problems_at(("checks", i))
                if problems:  # a check with a problem is marked in the list, whichever is selected
                    item.setForeground(QColor("#c0392b"))
                    item.setToolTip("\n".join(message_text(p) for p in problems))
                self.list.addItem(item)
            self.list.setCurrentRow(self.row)
        self.remove_button.setEnabled(self.row >= 0)
        if self.row >= 0:
            self._load_check(checks[self.row])
        self.loading = False
        if self.row >= 0:
            self.show_problems()

    def _load_check(self, c: FormCheck) -> None:
        self.id.setText(c.id)
        _select(self.kind, c.kind)
        with QSignalBlocker(self.block):
            self.block.setChecked(c.block)
        if c.kind == "comment_on_fail":
            with QSignalBlocker(self.min_words):
                self.min_words.setValue(c.comment_min_words or 0)
        elif c.kind == "visit_minutes":
            self.minutes.setText(shown_number(c.visit_min_minutes))
        elif c.kind == "photo_on_fail":
            with QSignalBlocker(self.photo_questions):
                for i in range(self.photo_questions.count()):
                    item = self.photo_questions.item(i)
                    on = item.data(Qt.ItemDataRole.UserRole) in c.photo_on_fail
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        else:
            _select(self.when_question, c.when.question if c.when else None)
            self.when_values.setText(", ".join(c.when.values) if c.when else "")
            self.when_values.setEnabled(c.when is not None)
            r = c.require
            assert r is not None
            _select(self.require_question, r.question)
            kind = _require_kind(r)
            _select(self.require_kind, kind)
            self.require_values.setText(", ".join(r.values or ()))
            self.require_min.setText(shown_number(r.min))
            self.require_max.setText(shown_number(r.max))
            self.require_values.setEnabled(kind == "values")
            for e in (self.require_min, self.require_max):
                e.setEnabled(kind == "range")
            fill_texts(self.messages, c.message, c.translations, "message")

    @staticmethod
    def shape_of(draft: FormDraft, row: int) -> tuple[object, ...]:
        """What decides the panel's fields: the languages, the questions, the checks' number and the row's kind."""
        checks = draft.form.checks
        kind = checks[min(row, len(checks) - 1)].kind if checks else None
        return (draft.form.languages, tuple(draft.form.questions()), len(checks), row, kind)


def label(qid: str, text: str) -> str:
    return f"{qid} — {text}"


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    line = QHBoxLayout(box)
    line.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        line.addWidget(w, 0 if isinstance(w, QLabel) else 1)
    return box


__all__ = ["KIND_NAMES", "ChecksPanel", "describe"]
