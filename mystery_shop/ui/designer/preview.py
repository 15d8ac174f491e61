"""The designer's live preview: the checklist as the auditor sees it, with the score its answers give.

The same question cards as the visit screen, scored by the same ``score_visit``;
answers typed here are only for trying the form and are never saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from mystery_shop.domain.answers import check_answers
from mystery_shop.domain.forms import Form
from mystery_shop.domain.scoring import VisitScore, score_visit

from ..i18n import language_name, number_text, tr, trn
from ..visit.question_card import QuestionCard, _escape


class PreviewPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("<b>Preview</b> — as the auditor sees it")))
        top.addStretch(1)
        self.language = QComboBox()
        self.language.setToolTip(tr("The language the preview shows the form in"))
        self.language.currentIndexChanged.connect(lambda _i: self._rebuild())
        top.addWidget(self.language)
        layout.addLayout(top)
        self.score_label = QLabel()
        self.score_label.setObjectName("previewScore")
        self.score_label.setWordWrap(True)
        layout.addWidget(self.score_label)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.scroll, 1)
        self.form: Form | None = None
        self.values: dict[str, Any] = {}
        self.na: set[str] = set()
        self.cards: dict[str, QuestionCard] = {}
        self.score: VisitScore | None = None

    def show_form(self, form: Form, problems: int) -> None:
        """Show ``form`` (answers given so far are kept where they still fit); a form with problems is not scored."""
        self.form = form if problems == 0 else None
        self.problem_count = problems
        default = tr("Default language: {name}").format(name=language_name(form.languages[0])) if form.languages else ""
        with_languages = [(default or tr("Default language"), None)]
        with_languages += [(f"{language_name(lang)} ({lang})", lang) for lang in form.languages[1:]]
        current = self.language.currentData()
        self.language.blockSignals(True)
        self.language.clear()
        for text, data in with_languages:
            self.language.addItem(text, data)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.setVisible(len(form.languages) > 1)
        self.language.blockSignals(False)
        self._rebuild()

    def _rebuild(self) -> None:
        body = QWidget()
        col = QVBoxLayout(body)
        self.cards = {}
        if self.form is None:
            col.addWidget(QLabel(tr("Fix the problems shown in red to see the checklist.")))
            self.score_label.setText(trn("%n problem(s)", self.problem_count))
        else:
            shown = self.form.in_language(self.language.currentData())
            number = 0
            for s in shown.sections:
                title = QLabel(f"<h3>{_escape(s.title)}</h3>")
                col.addWidget(title)
                if s.description:
                    about = QLabel(s.description)
                    about.setWordWrap(True)
                    about.setProperty("muted", True)
                    col.addWidget(about)
                for q in s.questions:
                    number += 1
                    card = QuestionCard(number, q)
                    card.load(self.values.get(q.id), q.id in self.na, "", [])
                    card.sig_answer_changed.connect(self._answered)
                    card.sig_na_changed.connect(self._na)
                    col.addWidget(card)
                    self.cards[q.id] = card
        col.addStretch(1)
        self.scroll.setWidget(body)
        self._score()

    def _answered(self, qid: str, value: Any) -> None:
        if value is None:
            self.values.pop(qid, None)
        else:
            self.values[qid] = value
            self.na.discard(qid)
        self._score()

    def _na(self, qid: str, on: bool) -> None:
        if on:
            self.na.add(qid)
            self.values.pop(qid, None)
        else:
            self.na.discard(qid)
        self._score()

    def answer(self, qid: str, value: Any) -> None:
        """Answer as the auditor would (tests, and the cards' signals)."""
        self._answered(qid, value)

    def _score(self) -> None:
        if self.form is None:
            self.score = None
            return
        values = {k: v for k, v in self.values.items() if self.form.question(k) is not None}
        answers, problems = check_answers(self.form, values, [q for q in self.na if self.form.question(q) is not None])
        for p in problems:  # an answer the edited form no longer takes is dropped from the preview
            self.values.pop(p.question, None)
            self.na.discard(p.question)
        self.score = score = score_visit(self.form, answers, detail=True)
        assert score.questions is not None
        for qid, card in self.cards.items():
            card.update_result(score.questions[qid], qid in score.missing)
        grade = score.grade.label if score.grade else "—"
        if score.grade is not None:
            grade = self.form.band_in_language(score.grade, self.language.currentData()).label
        parts = [tr("Total {t} · {g}").format(t=number_text(score.total), g=grade)]
        shown = self.form.in_language(self.language.currentData())
        parts += [f"{s.title}: {number_text(r.score)}" for s, r in zip(shown.sections, score.sections, strict=True)]
        if score.missing:
            parts.append(trn("%n required answer(s) missing", len(score.missing)))
        self.score_label.setText("   ".join(parts))
