"""The visit screen: where a field auditor spends the visit.

Touchpoints down the side with their progress and live score; the selected
touchpoint's questions on the right; the total and grade always in view.
Every change goes straight to the ``VisitEditor`` (there is no Save); the
screen then refreshes from the score it returns.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mystery_shop.domain.progress import progress
from mystery_shop.domain.scoring import QuestionState, VisitScore
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.services.changes import acting_for
from mystery_shop.services.visit_editor import VisitEditor
from mystery_shop.services.workspace import Workspace

from ..errors import show_error
from ..i18n import current_language, date_text, label_text, language_name, number_text, tr, trn
from ..widgets.closing import add_close_keys
from .photo_strip import PhotoStrip
from .question_card import QuestionCard

log = logging.getLogger(__name__)

SECTION_ID = Qt.ItemDataRole.UserRole + 1


class VisitWindow(QMainWindow):
    def __init__(self, workspace: Workspace, visit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.editor: VisitEditor = workspace.open_visit(visit_id)
        # The language the auditor reads the form in; answers and scores do not depend on it (FORMS.md).
        self.ui_settings = QSettings(str(workspace.profile.root / "ui.ini"), QSettings.Format.IniFormat)
        self.language = self._chosen_language()
        self.shown = self.editor.form.in_language(self.language)
        self.cards: dict[str, QuestionCard] = {}
        self.photo_strips: dict[str, PhotoStrip] = {}
        self.setWindowTitle(f"{self.editor.header.client} — {self.editor.header.location}")
        self.resize(1180, 780)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header())
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        outer.addWidget(self.banner)

        splitter = QSplitter()
        self.sections = QListWidget()
        self.sections.setObjectName("sectionList")
        self.sections.setMinimumWidth(250)
        self.sections.currentRowChanged.connect(self._section_selected)
        self.pages = QStackedWidget()
        splitter.addWidget(self.sections)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([290, 890])
        outer.addWidget(splitter, 1)
        outer.addWidget(self._build_footer())
        self.setCentralWidget(central)
        add_close_keys(self)

        self._build_sections()
        self._load_answers()
        self._install_shortcuts()
        self.refresh(self.editor.score)
        self._apply_status()
        self.sections.setCurrentRow(0)

    # ------------------------------------------------------------ building

    def _build_header(self) -> QWidget:
        h = self.editor.header
        box = QFrame()
        box.setObjectName("visitHeader")
        row = QHBoxLayout(box)
        row.setContentsMargins(20, 14, 20, 14)
        text = QVBoxLayout()
        title = QLabel(f"{h.client} — {h.location}")
        title.setObjectName("visitTitle")
        self.header_line = sub = QLabel()
        sub.setProperty("muted", True)
        sub.setWordWrap(True)
        self._header_text()
        text.addWidget(title)
        text.addWidget(sub)
        row.addLayout(text, 1)
        self.language_box = QComboBox()
        for code in self.editor.form.languages:
            self.language_box.addItem(language_name(code), code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(self.language), 0))
        self.language_box.setToolTip(tr("The language of the form on this visit: the answers are the same in all"))
        self.language_box.setVisible(len(self.editor.form.languages) > 1)
        self.language_box.currentIndexChanged.connect(lambda _i: self.set_language(self.language_box.currentData()))
        row.addWidget(self.language_box, 0, Qt.AlignmentFlag.AlignVCenter)
        self.status_pill = QLabel()
        self.status_pill.setObjectName("statusPill")
        row.addWidget(self.status_pill, 0, Qt.AlignmentFlag.AlignVCenter)
        self.progress = QLabel()
        self.progress.setProperty("muted", True)
        row.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignVCenter)
        score_box = QVBoxLayout()
        self.total = QLabel()
        self.total.setObjectName("totalScore")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.grade = QLabel()
        self.grade.setObjectName("gradeLabel")
        self.grade.setAlignment(Qt.AlignmentFlag.AlignRight)
        score_box.addWidget(self.total)
        score_box.addWidget(self.grade)
        row.addSpacing(24)
        row.addLayout(score_box)
        return box

    def _header_text(self) -> None:
        h = self.editor.header
        version = tr("{title} v{v}").format(title=self.shown.title, v=h.form_version)
        self.header_line.setText(
            " · ".join(x for x in (h.address, date_text(h.scheduled_date), h.auditor, version) if x)
        )

    def _chosen_language(self) -> str | None:
        """This visit's language as last chosen, else the app's if the form has it, else the form's default."""
        form = self.editor.form
        chosen = self.ui_settings.value(f"visit_language/{self.editor.id}")
        if isinstance(chosen, str) and chosen in form.languages:
            return chosen
        return current_language() if current_language() in form.languages else form.default_language

    def set_language(self, code: str | None) -> None:
        """Show the form in ``code``: the pages are built again, the answers stay as they are."""
        if code is None or code == self.language:
            return
        self._flush_text()
        self.ui_settings.setValue(f"visit_language/{self.editor.id}", code)
        row = self.sections.currentRow()
        self.language, self.shown = code, self.editor.form.in_language(code)
        for card in self.cards.values():
            if card.stopwatch is not None:
                card.stopwatch.ticker.stop()
        self.sections.clear()
        while self.pages.count():
            page = self.pages.widget(0)
            self.pages.removeWidget(page)
            page.deleteLater()
        self.cards.clear()
        self.photo_strips.clear()
        self._build_sections()
        self._load_answers()
        self.refresh(self.editor.score)
        self._apply_status()
        self._header_text()
        self.sections.setCurrentRow(max(row, 0))

    def _build_footer(self) -> QWidget:
        bar = QFrame()
        bar.setObjectName("visitFooter")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 8, 16, 8)
        self.prev_button = QPushButton(tr("◀ Previous touchpoint"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(tr("Next touchpoint ▶"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.saved_label = QLabel(tr("Every answer is saved as you give it."))
        self.saved_label.setProperty("muted", True)
        self.finish_button = QPushButton(tr("Finish…"))
        self.finish_button.setObjectName("primary")
        self.finish_button.clicked.connect(self.open_finish)
        row.addWidget(self.prev_button)
        row.addWidget(self.next_button)
        row.addStretch(1)
        row.addWidget(self.saved_label)
        row.addSpacing(12)
        row.addWidget(self.finish_button)
        return bar

    def _build_sections(self) -> None:
        number = 0
        for section in self.shown.sections:
            item = QListWidgetItem()
            item.setData(SECTION_ID, section.id)
            self.sections.addItem(item)
            page = QWidget()
            col = QVBoxLayout(page)
            col.setContentsMargins(18, 16, 18, 16)
            col.setSpacing(10)
            heading = QLabel(section.title)
            heading.setObjectName("sectionTitle")
            col.addWidget(heading)
            meta = [label_text(x.value) for x in (section.stage, section.channel) if x]
            if meta or section.photos.min:
                extra = [trn("at least %n photo(s)", section.photos.min)] if section.photos.min else []
                label = QLabel(" · ".join(meta + extra))
                label.setProperty("muted", True)
                col.addWidget(label)
            if section.photos.max > 0:
                strip = PhotoStrip(self.editor, section)
                self.photo_strips[section.id] = strip
                col.addWidget(strip)
            for q in section.questions:
                number += 1
                card = QuestionCard(number, q)
                card.sig_answer_changed.connect(self._answer)
                card.sig_na_changed.connect(self._na)
                card.sig_comment_changed.connect(self._comment)
                self.cards[q.id] = card
                col.addWidget(card)
            col.addStretch(1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.pages.addWidget(scroll)

    def _load_answers(self) -> None:
        ed = self.editor
        review: dict[str | None, list[str]] = {}
        for c in ed.review_comments():
            review.setdefault(c.question_id, []).append(f"{c.text} ({c.author})")
        for qid, card in self.cards.items():
            card.load(ed.answers.values.get(qid), qid in ed.answers.na, ed.comments.get(qid, ""), review.get(qid, []))
        self._visit_comments = review.get(None, [])

    def _install_shortcuts(self) -> None:
        for keys, step in (("Ctrl+PgDown", 1), ("Alt+Down", 1), ("Ctrl+PgUp", -1), ("Alt+Up", -1)):
            QShortcut(QKeySequence(keys), self, lambda s=step: self.step(s))
        QShortcut(QKeySequence("Ctrl+T"), self, self.toggle_stopwatch)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.open_finish)

    # ------------------------------------------------------------ navigation

    def step(self, delta: int) -> None:
        row = max(0, min(self.sections.count() - 1, self.sections.currentRow() + delta))
        self.sections.setCurrentRow(row)

    def _section_selected(self, row: int) -> None:
        if row < 0:
            return
        self.pages.setCurrentIndex(row)
        self.prev_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < self.sections.count() - 1)

    def go_to(self, section_id: str | None, question_id: str | None = None) -> None:
        """Show a touchpoint (and put the focus on one of its questions)."""
        if question_id and not section_id:
            section = self.editor.form.section_of(question_id)
            section_id = section.id if section else None
        for row in range(self.sections.count()):
            if self.sections.item(row).data(SECTION_ID) == section_id:
                self.sections.setCurrentRow(row)
        if question_id in self.cards:
            card = self.cards[question_id]
            scroll = self.pages.currentWidget()
            if isinstance(scroll, QScrollArea):
                scroll.ensureWidgetVisible(card)
            card.setFocus()

    def current_section_id(self) -> str:
        return str(self.sections.currentItem().data(SECTION_ID))

    def toggle_stopwatch(self) -> None:
        """Start or stop the stopwatch of the focused question, else the first one on the page."""
        focus = self.focusWidget()
        for card in self.cards.values():
            if card.stopwatch and focus is not None and (focus is card or card.isAncestorOf(focus)):
                card.stopwatch.toggle()
                return
        section = self.editor.form.sections[self.sections.currentRow()]
        for q in section.questions:
            sw = self.cards[q.id].stopwatch
            if sw is not None and self.cards[q.id].isVisible() and sw.isEnabled():
                sw.toggle()
                return

    # ------------------------------------------------------------ changes

    def _do(self, fn: Any, *args: Any) -> None:
        """A write of this screen: it refreshes itself, the hub tells the others (``ui.changes``)."""
        try:
            with acting_for(self):
                score = fn(*args)
        except Exception as e:  # shown to the person; the traceback goes to the log
            show_error(self, e)
            self._load_answers()  # put the widgets back to what is stored
            score = self.editor.score
        if score is not None:
            self.refresh(score)

    def _answer(self, qid: str, value: Any) -> None:
        self._do(self.editor.set_answer, qid, value)

    def _na(self, qid: str, na: bool) -> None:
        self._do(self.editor.set_na, qid, na)

    def _comment(self, qid: str, text: str) -> None:
        if text != self.editor.comments.get(qid, ""):
            self._do(lambda: (self.editor.set_comment(qid, text), None)[1])

    def refresh(self, score: VisitScore) -> None:
        """Bring every figure on screen in line with ``score``."""
        assert score.questions is not None
        missing = set(score.missing)
        for qid, card in self.cards.items():
            card.update_result(score.questions[qid], qid in missing)
        for row, (section, s) in enumerate(zip(self.shown.sections, score.sections, strict=True)):
            shown = [q for q in section.questions if score.questions[q.id].state is not QuestionState.HIDDEN]
            required = [q for q in shown if q.is_required]
            answered = [q for q in required if q.id not in missing]
            text = f"{section.title}\n{len(answered)}/{len(required)} " + tr("answered")
            if s.score is not None:  # a touchpoint's figure is "so far" too while its answers are missing
                so_far = "" if len(answered) == len(required) else " " + tr("so far")
                text += f"   ·   {number_text(s.score)}{so_far}"
            if s.critical_failed:
                text += "   ·   " + tr("critical failed")
            item = self.sections.item(row)
            item.setText(text)
            item.setToolTip(section.title)
        done = progress(self.editor.form, score)
        so_far = "" if done.complete or score.total is None else " " + tr("so far")
        self.total.setText(number_text(score.total) + so_far)
        grade = score.grade
        shown_grade = self.editor.form.band_in_language(grade, self.language) if grade else None
        if shown_grade is None:
            self.grade.setText(tr("no score yet"))
        else:
            label = shown_grade.label
            self.grade.setText(label if done.complete else tr("{grade} so far").format(grade=label))
        self.grade.setStyleSheet(f"color: {grade.color};" if grade and grade.color else "")
        self.progress.setText(
            tr("{done} of {total} required answered ({share})").format(
                done=done.answered, total=done.required, share=done.percent()
            )
        )

    def _apply_status(self) -> None:
        h = self.editor.header
        self.status_pill.setText(label_text(h.status.value))
        self.status_pill.setProperty("status", h.status.value)
        self.status_pill.style().unpolish(self.status_pill)
        self.status_pill.style().polish(self.status_pill)
        read_only = not self.editor.editable
        for card in self.cards.values():
            card.set_read_only(read_only)
        for strip in self.photo_strips.values():
            strip.reload()
        self.finish_button.setVisible(not read_only)
        if h.status is VisitStatus.RETURNED:
            notes = "<br>".join(self._visit_comments) or tr("See the comments beside the questions.")
            self.banner.setText("<b>" + tr("Returned by your supervisor.") + "</b> " + notes)
            self.banner.setProperty("kind", "returned")
            self.banner.show()
        elif read_only:
            status = label_text(h.status.value).lower()
            self.banner.setText(tr("This visit is {status}: it can no longer be changed.").format(status=status))
            self.banner.setProperty("kind", "locked")
            self.banner.show()
        else:
            self.banner.hide()
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)

    # ------------------------------------------------------------ finishing

    def open_finish(self) -> None:
        from .finish_dialog import FinishDialog

        if not self.editor.editable:
            return
        self._flush_text()
        dialog = FinishDialog(self.editor, self, self.language)
        dialog.sig_go_to.connect(self.go_to)
        with acting_for(self):
            dialog.exec()
        if dialog.submitted:
            self._apply_status()

    def _flush_text(self) -> None:
        """Save any text still waiting for the typing pause."""
        for card in self.cards.values():
            flush = getattr(card.input, "flush", None)
            if flush is not None:
                flush()

    def closeEvent(self, e: QCloseEvent) -> None:
        self._flush_text()
        for card in self.cards.values():
            if card.stopwatch is not None:
                card.stopwatch.ticker.stop()
        super().closeEvent(e)
