"""The review screen: a submitted visit read-only, with the supervisor's actions.

Every answer with its points, timings, photos with their evidence flags, the
auditor's comments; the supervisor comments on a question or the visit,
overrides points with a reason (the score recomputes), returns the visit
(comment required) or approves it, and publishes an approved one. The audit
trail is beside it. All rules come from ``domain.workflow`` through
``services.review``; this screen only asks and shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mystery_shop.domain.workflow import Action, VisitStatus, decide
from mystery_shop.services import photos as photo_service
from mystery_shop.services import review
from mystery_shop.services.changes import acting_for
from mystery_shop.services.quality import checks_of
from mystery_shop.services.report_settings import load_report_settings
from mystery_shop.services.rows import ServiceError
from mystery_shop.services.visit_editor import VisitEditor
from mystery_shop.services.workspace import Workspace

from .. import errors
from ..errors import show_error
from ..i18n import current_language, date_text, date_time_text, label_text, number_text, tr, trn
from ..models.audit_trail import AuditTrailModel
from ..models.review_queue import check_line
from ..reports.export import export_visit
from ..reports.signing import SigningCancelled, signing_for
from ..tasks import run_task
from ..widgets.closing import add_close_keys
from .answer_view import ReviewQuestion
from .dialogs import CommentDialog, OverrideDialog
from .photo_gallery import PhotoGallery

log = logging.getLogger(__name__)

SECTION_ID = Qt.ItemDataRole.UserRole + 1


TRAIL_PADDING = 18  # px of a cell's width its text cannot use: the style sheet's padding and the frame's margins


class ReviewWindow(QMainWindow):
    def __init__(self, ws: Workspace, visit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.editor: VisitEditor = ws.open_visit(visit_id)
        form = self.editor.form  # in the supervisor's language when the form is written in it
        self.shown = form.in_language(current_language() if current_language() in form.languages else None)
        self.questions: dict[str, ReviewQuestion] = {}
        self.section_heads: dict[str, QWidget] = {}
        h = self.editor.header
        self.setWindowTitle(tr("Review: {client} — {location}").format(client=h.client, location=h.location))
        self.resize(1320, 820)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header())
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        outer.addWidget(self.banner)
        splitter = QSplitter()
        self.sections = QListWidget()
        self.sections.setObjectName("sectionList")
        self.sections.setMinimumWidth(220)
        self.sections.currentItemChanged.connect(self._section_selected)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self._build_answers())
        splitter.addWidget(self.sections)
        splitter.addWidget(self.scroll)
        splitter.addWidget(self._build_side())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 700, 380])
        outer.addWidget(splitter, 1)
        outer.addWidget(self._build_footer())
        self.setCentralWidget(central)
        add_close_keys(self)
        self.refresh()

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
        sub = QLabel(
            " · ".join(
                x
                for x in (
                    h.address,
                    date_text(h.scheduled_date),
                    tr("auditor {name}").format(name=h.auditor) if h.auditor else "",
                    tr("{title} v{v}").format(title=self.shown.title, v=h.form_version),
                )
                if x
            )
        )
        sub.setProperty("muted", True)
        sub.setWordWrap(True)
        text.addWidget(title)
        text.addWidget(sub)
        row.addLayout(text, 1)
        self.status_pill = QLabel()
        self.status_pill.setObjectName("statusPill")
        row.addWidget(self.status_pill, 0, Qt.AlignmentFlag.AlignVCenter)
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

    def _build_answers(self) -> QWidget:
        ed = self.editor
        photos = ed.photos()
        flags = photo_service.flags(ed, photos) if photos else {}
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(18, 16, 18, 16)
        col.setSpacing(8)
        number = 0
        for section in self.shown.sections:
            item = QListWidgetItem(section.title)
            item.setData(SECTION_ID, section.id)
            self.sections.addItem(item)
            head = QLabel(section.title)
            head.setObjectName("sectionTitle")
            self.section_heads[section.id] = head
            col.addSpacing(6)
            col.addWidget(head)
            mine = [p for p in photos if p.section_id == section.id]
            if mine or section.photos.min:
                col.addWidget(PhotoGallery(ed, section, mine, flags))
            for q in section.questions:
                number += 1
                card = ReviewQuestion(number, q)
                card.sig_comment_requested.connect(self.ask_comment)
                card.sig_override_requested.connect(self.ask_override)
                self.questions[q.id] = card
                col.addWidget(card)
        col.addStretch(1)
        return page

    def _build_side(self) -> QWidget:
        tabs = QTabWidget()
        tabs.setObjectName("reviewSide")
        visit = QWidget()
        col = QVBoxLayout(visit)
        col.setContentsMargins(12, 12, 12, 12)
        self.timings = QFormLayout()
        col.addLayout(self.timings)
        h = self.editor.header
        if h.scenario:
            scenario = QLabel("<b>" + tr("Scenario") + ":</b> " + h.scenario)
            scenario.setWordWrap(True)
            col.addWidget(scenario)
        checks_heading = QLabel(tr("Checks"))
        checks_heading.setObjectName("sideHeading")
        col.addWidget(checks_heading)
        self.checks_list = QVBoxLayout()  # one link per check, to the answer it concerns
        col.addLayout(self.checks_list)
        heading = QLabel(tr("Comments on the visit"))
        heading.setObjectName("sideHeading")
        col.addWidget(heading)
        self.visit_comments = QLabel()
        self.visit_comments.setWordWrap(True)
        self.visit_comments.setAlignment(Qt.AlignmentFlag.AlignTop)
        col.addWidget(self.visit_comments)
        self.visit_comment_button = QPushButton(tr("Comment on the visit…"))
        self.visit_comment_button.clicked.connect(lambda: self.ask_comment(None))
        col.addWidget(self.visit_comment_button, 0, Qt.AlignmentFlag.AlignLeft)
        col.addStretch(1)
        tabs.addTab(visit, tr("Visit"))
        self.trail_model = AuditTrailModel(parent=self)
        self.trail = QTableView()
        self.trail.setModel(self.trail_model)
        self.trail.verticalHeader().hide()
        self.trail.setWordWrap(True)
        self.trail.setAlternatingRowColors(True)
        self.trail.setShowGrid(False)
        # The side panel is narrow: the columns share its width and their words wrap ("Submitted →" over
        # "Returned"), rather than running past its edge.
        header = self.trail.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.trail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.trail.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.trail.viewport().installEventFilter(self)  # the shares follow the panel's width
        tabs.addTab(self.trail, tr("Audit trail"))
        tabs.currentChanged.connect(lambda *_: self._fit_trail())  # measured once laid out
        tabs.setMinimumWidth(340)
        self.tabs = tabs
        return tabs

    def _build_footer(self) -> QWidget:
        bar = QFrame()
        bar.setObjectName("visitFooter")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 8, 16, 8)
        self.hint = QLabel()
        self.hint.setProperty("muted", True)
        self.return_button = QPushButton(tr("Return to auditor…"))
        self.return_button.clicked.connect(self.ask_return)
        self.approve_button = QPushButton(tr("Approve"))
        self.approve_button.setObjectName("primary")
        self.approve_button.clicked.connect(self.approve)
        self.approve_sign_button = QPushButton(tr("Approve and sign report…"))
        self.approve_sign_button.setToolTip(tr("Approve, then write the signed PDF report in one step"))
        self.approve_sign_button.clicked.connect(self.approve_and_sign)
        self.publish_button = QPushButton(tr("Publish for the client"))
        self.publish_button.setObjectName("primary")
        self.publish_button.clicked.connect(self.publish)
        self.export_button = QPushButton(tr("Export report…"))
        self.export_button.clicked.connect(self.export_report)
        row.addWidget(self.hint, 1)
        buttons = (self.return_button, self.approve_button, self.approve_sign_button, self.export_button)
        for b in (*buttons, self.publish_button):
            row.addWidget(b)
        return bar

    TRAIL_SHARES = (0.22, 0.22, 0.3, 0.26)  # when, who, what ("Submitted → Returned"), why

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.trail.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_trail()
        return super().eventFilter(watched, event)

    def _fit_trail(self) -> None:
        """Share the panel's width, then make each row as tall as its longest wrapped cell. Measured here, as
        the style sheet's cell padding (QTableView::item, 6 px a side) is drawn but not in Qt's size hints."""
        table, model = self.trail, self.trail_model
        width = table.viewport().width()
        metrics = table.fontMetrics()
        when = max(int(width * self.TRAIL_SHARES[0]), metrics.horizontalAdvance("0000-00-00") + TRAIL_PADDING + 2)
        rest = self.TRAIL_SHARES[1:]
        table.setColumnWidth(0, when)  # a date never breaks
        for column, share in enumerate(rest, start=1):
            table.setColumnWidth(column, int((width - when) * share / sum(rest)))
        for row in range(model.rowCount()):
            tallest = max(
                metrics.boundingRect(
                    QRect(0, 0, max(table.columnWidth(c) - TRAIL_PADDING, 20), 10_000),
                    Qt.TextFlag.TextWordWrap,
                    str(model.index(row, c).data() or ""),
                ).height()
                for c in range(model.columnCount())
            )
            table.setRowHeight(row, tallest + 10)

    # ------------------------------------------------------------ showing

    def may(self, action: Action) -> bool:
        return bool(decide(self.ws.me.role, action, self.editor.header.status, own=True))

    def refresh(self) -> None:
        ed = self.editor
        score, h = ed.score, ed.header
        assert score.questions is not None
        comments = ed.review_comments()
        overrides = {o.question_id: o for o in ed.overrides()}
        by_question: dict[str | None, list[Any]] = {}
        for c in comments:
            by_question.setdefault(c.question_id, []).append(c)
        can_comment, can_override = self.may(Action.COMMENT), self.may(Action.OVERRIDE)
        for qid, card in self.questions.items():
            card.show_state(
                ed.answers.values.get(qid), score.questions[qid], ed.comments.get(qid, ""), overrides.get(qid),
                by_question.get(qid, []),
            )  # fmt: skip
            card.set_review_enabled(can_comment, can_override)
        for row, s in enumerate(score.sections):
            item = self.sections.item(row)
            title = self.shown.sections[row].title
            text = f"{title}\n{number_text(s.score)}" if s.score is not None else f"{title}\n—"
            item.setText(text + ("   ·   " + tr("critical failed") if s.critical_failed else ""))
        self.total.setText(number_text(score.total))
        grade = ed.form.band_in_language(score.grade, self.shown.language) if score.grade else None
        self.grade.setText(grade.label if grade else tr("no score"))
        self.grade.setStyleSheet(f"color: {score.grade.color};" if score.grade and score.grade.color else "")
        self.status_pill.setText(label_text(h.status.value))
        _set_prop(self.status_pill, "status", h.status.value)
        self._fill_timings()
        self._fill_checks()
        visit_notes = by_question.get(None, [])
        self.visit_comments.setText(
            "<br><br>".join(f"<b>{c.author}</b> · {date_time_text(c.created_at)}<br>{c.text}" for c in visit_notes)
            or tr("None yet.")
        )
        self.visit_comment_button.setEnabled(can_comment)
        self.trail_model.set_rows(ed.audit_trail())
        self._fit_trail()
        self.return_button.setVisible(self.may(Action.RETURN))
        self.approve_button.setVisible(self.may(Action.APPROVE))
        certificate = load_report_settings(self.ws.profile).certificate is not None
        self.approve_sign_button.setVisible(self.may(Action.APPROVE) and certificate)
        self.export_button.setVisible(h.status in (VisitStatus.APPROVED, VisitStatus.PUBLISHED))
        self.publish_button.setVisible(self.may(Action.PUBLISH))
        self.publish_button.setEnabled(True)
        if self.may(Action.PUBLISH):
            self.publish_button.setToolTip(
                tr("Send the client the signed report, in the portal")
                if review.has_signed_report(ed)
                else tr("Sign the report and send it to the client, in the portal")
            )
        self._banner()

    def _fill_checks(self) -> None:
        """The visit's quality checks beside the answers they concern, and listed in the side panel."""
        ed = self.editor
        if not hasattr(self, "checks"):  # once per window: the checks across visits read every visit
            found = checks_of(self.ws, ed.id)
            self.checks = ed.checks(self.shown.language) if found is None else found
        while self.checks_list.count():
            w = self.checks_list.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        by_question: dict[str, list[str]] = {}
        self.check_links: list[QPushButton] = []
        for c in self.checks:
            line = check_line(c)
            link = QPushButton(line)
            link.setProperty("link", True)
            link.setToolTip(line)
            if c.question in self.questions:
                by_question.setdefault(c.question, []).append(line)
                link.clicked.connect(lambda _=False, q=c.question: self.scroll.ensureWidgetVisible(self.questions[q]))
            self.check_links.append(link)
            self.checks_list.addWidget(link)
        if not self.checks:
            self.checks_list.addWidget(QLabel(tr("✓ none")))
        for qid, card in self.questions.items():
            card.show_checks(by_question.get(qid, []))

    def _fill_timings(self) -> None:
        while self.timings.rowCount():
            self.timings.removeRow(0)
        h = self.editor.header
        submitted = [a.at for a in self.editor.audit_trail() if a.to_status == VisitStatus.SUBMITTED.value]

        def when(t: Any) -> str:
            return date_time_text(t) if t else "—"

        rows = [
            (tr("Scheduled"), date_text(h.scheduled_date)),
            (tr("Due by"), date_text(h.due_date) if h.due_date else "—"),
            (tr("Started"), when(h.started_at)),
            (tr("Finished"), when(h.finished_at)),
        ]
        if h.started_at and h.finished_at:
            minutes = round((h.finished_at - h.started_at).total_seconds() / 60)
            spent = tr("{h} h {m:02d} min").format(h=minutes // 60, m=minutes % 60) if minutes >= 60 else ""
            rows.append((tr("Time on visit"), spent or tr("{m} min").format(m=minutes)))
        rows.append((tr("Submitted"), when(submitted[-1] if submitted else None)))
        rows.append((tr("Signed by"), h.signed_by or "—"))
        for label, value in rows:
            v = QLabel(value)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name = QLabel(label)
            name.setProperty("muted", True)
            self.timings.addRow(name, v)

    def _banner(self) -> None:
        status = self.editor.header.status
        texts = {
            VisitStatus.SUBMITTED: tr(
                "Waiting for your review: comment, override points with a reason, then return or approve."
            ),
            VisitStatus.RETURNED: tr("Returned to the auditor: waiting for them to fix it and submit again."),
            VisitStatus.APPROVED: tr("Approved. Publish it to make the report visible to the client."),
            VisitStatus.PUBLISHED: tr("Published for the client."),
            VisitStatus.DRAFT: tr("A draft: the auditor has not submitted it yet."),
        }
        self.banner.setText(texts[status])
        _set_prop(self.banner, "kind", "returned" if status is VisitStatus.RETURNED else "locked")
        self.hint.setText(
            tr("Every action is written to the audit trail with your name and the time.")
            if status in (VisitStatus.SUBMITTED, VisitStatus.APPROVED)
            else ""
        )

    def _section_selected(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            head = self.section_heads.get(item.data(SECTION_ID))
            if head is not None:
                self.scroll.verticalScrollBar().setValue(head.y() - 8)

    # ------------------------------------------------------------ actions (each: True when done)

    def _do(self, fn: Callable[[], object], *, raise_refusal: bool = False) -> bool:
        """A write of this screen: it refreshes itself, the hub tells the others (``ui.changes``)."""
        try:
            with acting_for(self):
                fn()
        except Exception as e:
            if raise_refusal:
                raise
            show_error(self, e)
            return False
        finally:
            self.refresh()
        return True

    def add_comment(self, question_id: str | None, text: str, *, raise_refusal: bool = False) -> bool:
        return self._do(lambda: review.add_comment(self.editor, question_id, text), raise_refusal=raise_refusal)

    def override(self, question_id: str, points: str, reason: str, *, raise_refusal: bool = False) -> bool:
        return self._do(
            lambda: review.override_score(self.editor, question_id, points, reason), raise_refusal=raise_refusal
        )

    def return_visit(self, comment: str, *, raise_refusal: bool = False) -> bool:
        return self._do(lambda: review.return_visit(self.editor, comment), raise_refusal=raise_refusal)

    def approve(self, *, confirmed: bool = False) -> bool:
        """Approve after the supervisor confirms, seeing the score and the comments the auditor would not see."""
        if not confirmed and not self.confirm_approve():
            return False
        return self._do(lambda: review.approve(self.editor))

    def confirm_approve(self) -> bool:
        ed = self.editor
        score = ed.score
        grade = ed.form.band_in_language(score.grade, self.shown.language) if score.grade else None
        total = number_text(score.total) if score.total is not None else "—"
        lines = [tr("Approve this visit? Its score: {score}{grade}.").format(
            score=total, grade=f" ({grade.label})" if grade else "")]  # fmt: skip
        open_notes = review.open_comments(ed)
        if open_notes:
            lines.append(trn("%n comment of this review stays with the firm (approving does not send it):",
                             len(open_notes)))  # fmt: skip
            lines += [f"• {c.text}" for c in open_notes]
        text = lines[0] + ("\n\n" + "\n".join(lines[1:]) if len(lines) > 1 else "")
        return errors.dialogs.confirm(self, tr("Approve"), text)

    def approve_and_sign(self, *, path: Path | None = None) -> bool:
        """Confirm, the passphrase (closing the prompt approves nothing), then approve, then the signed PDF."""
        if not self.confirm_approve():
            return False
        try:
            if signing_for(self, load_report_settings(self.ws.profile)) is None:
                return False
        except SigningCancelled:
            return False
        except Exception as e:
            show_error(self, e, tr("Cannot sign the report"))
            return False
        return self.approve(confirmed=True) and export_visit(self, self.ws, self.editor.id, path=path)

    def export_report(self, *, path: Path | None = None) -> bool:
        return export_visit(self, self.ws, self.editor.id, path=path, on_done=lambda _r: self.refresh())

    def publish(self) -> bool:
        """Publish with the visit's signed report; a visit with none gets one signed first (the passphrase is
        asked as for approve-and-sign), on the thread pool. False when nothing was started."""
        if review.has_signed_report(self.editor):
            return self._do(lambda: review.publish(self.editor))
        try:
            sign = signing_for(self, load_report_settings(self.ws.profile))
        except SigningCancelled:
            return False
        except Exception as e:
            show_error(self, e, tr("Cannot sign the report"))
            return False
        if sign is None:
            show_error(self, ServiceError(tr(
                "Publishing sends the client the visit's signed report. Choose the firm's certificate in "
                "Report settings, then publish: the report is signed as it goes."
            )))  # fmt: skip
            return False
        editor = self.editor

        def done(_report: object) -> None:
            self.refresh()

        def failed(e: BaseException) -> None:
            self.refresh()
            show_error(self, e, tr("The visit was not published"))

        self.publish_button.setEnabled(False)
        with acting_for(self):  # the task runs in a copy of this context: its write is this screen's
            run_task(lambda: review.publish(editor, sign=sign), done, failed)
        return True

    # ------------------------------------------------------------ dialogs

    def ask_comment(self, question_id: str | None) -> CommentDialog:
        if question_id is None:
            about = tr("A comment on the whole visit.")
        else:
            about = tr("A comment on: {q}").format(q=self.editor.question(question_id).text)
        dialog = CommentDialog(
            self.ws,
            tr("Comment"),
            about,
            lambda text: self.add_comment(question_id, text, raise_refusal=True),
            "",
            self,
        )
        dialog.open()
        return dialog

    def ask_override(self, question_id: str) -> OverrideDialog:
        q = self.editor.question(question_id)
        assert self.editor.score.questions is not None
        earned = number_text(self.editor.score.questions[question_id].earned)
        dialog = OverrideDialog(q, earned, lambda p, r: self.override(question_id, p, r, raise_refusal=True), self)
        dialog.open()
        return dialog

    def ask_return(self) -> CommentDialog:
        dialog = CommentDialog(
            self.ws,
            tr("Return to the auditor"),
            tr(
                "Say what the auditor should fix. They see this comment on their visit, "
                "beside any comments you left on single questions."
            ),
            lambda text: self.return_visit(text, raise_refusal=True),
            tr("Return the visit"),
            self,
        )
        dialog.open()
        return dialog


def _set_prop(widget: QWidget, name: str, value: object) -> None:
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
