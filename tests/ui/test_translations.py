"""The app's languages: every text translatable and translated, Polish on screen, right to left mirrored."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from mystery_shop.domain.languages import SHIPPED
from mystery_shop.services.app_language import load_language, save_language
from mystery_shop.services.rows import ServiceError
from mystery_shop.ui.app import apply_language
from mystery_shop.ui.dialogs.settings import SettingsDialog
from mystery_shop.ui.i18n import install_language, layout_direction, pick_language, tr, trn
from mystery_shop.ui.main_window import MainWindow
from support.translations import tool

UI = Path(__file__).resolve().parents[2] / "mystery_shop" / "ui"

# Calls whose first argument (or list of them) a person reads.
SHOWN = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "showMessage", "setTitle",
    "addAction", "addMenu", "addItem", "addItems", "addRow", "addTab", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setSpecialValueText", "setLabelText", "setWhatsThis", "setFormat",
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton", "QMenu",
    "QListWidgetItem", "ServiceError",
}  # fmt: skip
# Message boxes and file choosers: every argument after the parent (titles, texts, file filters).
DIALOGS = {
    "about", "information", "warning", "critical", "question", "error", "info", "confirm",
    "getText", "getItem", "getInt", "getDouble", "getOpenFileName", "getOpenFileNames", "getSaveFileName",
    "getExistingDirectory",
}  # fmt: skip
TRANSLATING = {"tr", "trn"}
# Texts that are the same in every language: an example address.
SAME_IN_EVERY_LANGUAGE = {"https://sync.example.com"}


def _words(literal: str) -> bool:
    """Whether a literal holds words once HTML tags, entities and {placeholders} are taken out."""
    text = re.sub(r"<[^>]*>|&\w+;|\{[^{}]*\}", "", literal)
    return any(c.isalpha() for c in text) and literal not in SAME_IN_EVERY_LANGUAGE


def _untranslated(node: ast.AST) -> list[str]:
    """String literals with words in an expression, outside any tr()/trn() call."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in TRANSLATING:
        return []
    if isinstance(node, ast.Call):
        # " · ".join(texts): the separator and the texts; any other call (text.format(values),
        # day.strftime(pattern), colours()["muted"]...) is shown through its result: only what it is called on.
        joined = isinstance(node.func, ast.Attribute) and node.func.attr == "join"
        parts = [node.func.value] if isinstance(node.func, ast.Attribute) else []
        return [t for part in parts + (node.args if joined else []) for t in _untranslated(part)]
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) and _words(node.value) else []
    if isinstance(node, ast.JoinedStr):  # an f-string: its literal parts, read as one text around the values
        text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        return [text] if _words(text) else []
    if isinstance(node, ast.Subscript):
        return _untranslated(node.value)  # colours()["muted"]: a key, not a text
    return [t for child in ast.iter_child_nodes(node) for t in _untranslated(child)]


def untranslated_literals(root: Path = UI) -> list[str]:
    out = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            shown = node.args[:1] if name in SHOWN else node.args[1:] if name in DIALOGS else []
            where = f"{path.relative_to(root)}:{node.lineno}"
            out += [f"{where} {name}({text!r})" for arg in shown for text in _untranslated(arg)]
    return out


def test_every_text_a_person_reads_in_the_ui_goes_through_tr() -> None:
    assert untranslated_literals() == []


def test_the_check_catches_a_text_left_out(tmp_path: Path) -> None:
    (tmp_path / "screen.py").write_text(
        "label = QLabel('Visits')\n"
        "button.setText(f'{n} visits')\n"
        "box.setToolTip(tr('Fine') + ' but this is not')\n"
        "ok = QLabel(tr('{n} of {m}').format(n=1, m=2))\n"
        "markup = QLabel(f'<b>{name}</b>&nbsp;')\n",
        encoding="utf-8",
    )
    found = untranslated_literals(tmp_path)
    assert [f.split(" ", 1)[1] for f in found] == [
        "QLabel('Visits')", "setText('{} visits')", "setToolTip(' but this is not')",
    ]  # fmt: skip


@pytest.mark.parametrize("code", sorted(SHIPPED))
def test_the_shipped_translation_has_every_text_of_the_code(code: str) -> None:
    assert tool().problems(code) == []


def test_a_new_text_in_the_code_fails_the_check_until_translated(tmp_path: Path) -> None:
    t = tool()
    texts = t.extract()
    texts["A text added today"] = t.Text("A text added today", False)
    texts["%n new thing(s)"] = t.Text("%n new thing(s)", True)
    assert "missing: 'A text added today'" in t.problems("de", texts)
    assert "missing: '%n new thing(s)'" in t.problems("en", texts)  # English ships its plural forms
    assert "missing: 'A text added today'" not in t.problems("en", texts)  # and no other text


def test_placeholders_must_survive_translation() -> None:
    p = tool().placeholders
    assert p("Saved version {v} to {p}") == {"{v}", "{p}"}
    assert p("{h} h {m:02d} min · %n visit(s) · %Ln · %v of %m") == {"{h}", "{m:02d}", "%n", "%Ln", "%v", "%m"}
    assert p("100% sure") == set()


def test_counted_texts_take_the_plural_form_of_the_language(qapp) -> None:
    try:
        assert install_language("pl")
        assert [trn("%n visit(s)", n) for n in (1, 2, 5, 22, 25)] == [
            "1 wizyta", "2 wizyty", "5 wizyt", "22 wizyty", "25 wizyt",
        ]  # fmt: skip
        assert install_language("de")
        assert trn("%n photo(s)", 1) == "1 Foto" and trn("%n photo(s)", 3) == "3 Fotos"
        assert tr("&File") == "&Datei"
    finally:
        install_language("en")
    assert trn("%n visit(s)", 1) == "1 visit" and trn("%n visit(s)", 2) == "2 visits"


def test_the_language_comes_from_settings_else_the_system(workspace) -> None:
    assert pick_language(None, QLocale(QLocale.Language.Polish)) == "pl"
    assert pick_language(None, QLocale(QLocale.Language.Japanese)) == "en"  # not shipped: English
    assert pick_language("fr", QLocale(QLocale.Language.Polish)) == "fr"
    assert load_language(workspace.profile) is None
    save_language(workspace.profile, "es")
    assert load_language(workspace.profile) == "es"
    with pytest.raises(ServiceError):
        save_language(workspace.profile, "xx")
    save_language(workspace.profile, None)
    assert load_language(workspace.profile) is None


def test_the_settings_dialog_stores_the_choice_for_the_next_start(qtbot, workspace) -> None:
    dialog = SettingsDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() is None  # the system's
    assert any("next start" in label.text() for label in dialog.findChildren(QLabel))
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    dialog.save()
    assert load_language(workspace.profile) == "pl"
    assert SettingsDialog(workspace).language.currentData() == "pl"


def test_a_main_window_in_polish_shows_polish(qtbot, workspace, visit_id, tmp_path: Path) -> None:
    save_language(workspace.profile, "pl")
    app = QApplication.instance()
    try:
        assert apply_language(app, workspace.profile) == "pl"
        w = MainWindow(workspace)
        qtbot.addWidget(w)
        w.resize(1200, 760)
        w.show()
        qtbot.waitExposed(w)
        menus = [a.text() for a in w.menuBar().actions()]
        assert "&Plik" in menus and "&Konto" in menus
        assert w.search.placeholderText() == "Szukaj wizyt (Ctrl+F)"
        assert w.count_label.text().startswith("1 wizyta")
        headers = [w.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(w.proxy.columnCount())]
        assert "Klient" in headers and "Client" not in headers
        assert w.grab().save(str(tmp_path / "pl.png"))
        w.close()
    finally:
        install_language("en")


def _mapped(w: QWidget, top: QWidget) -> tuple[int, int, int]:
    at = w.mapTo(top, QPoint(0, 0))
    return at.x(), at.y(), w.width()


def test_right_to_left_the_main_window_is_mirrored_and_nothing_is_cut(qtbot, workspace, visit_id, tmp_path) -> None:
    app = QApplication.instance()
    assert layout_direction(None, QLocale(QLocale.Language.Arabic)) == Qt.LayoutDirection.RightToLeft
    assert layout_direction("pl", QLocale(QLocale.Language.Arabic)) == Qt.LayoutDirection.LeftToRight

    def build() -> MainWindow:
        w = MainWindow(workspace)
        qtbot.addWidget(w)
        w.resize(1200, 760)
        w.show()
        qtbot.waitExposed(w)
        return w

    ltr = build()
    named = {"search": ltr.search, "count": ltr.count_label, "table": ltr.table}
    before = {k: _mapped(v, ltr) for k, v in named.items()}
    ltr.close()
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
    app.setLayoutDirection(layout_direction(None, QLocale(QLocale.Language.Arabic)))
    try:
        rtl = build()
        assert rtl.isRightToLeft()
        width = rtl.width()
        for key, widget in {"search": rtl.search, "count": rtl.count_label, "table": rtl.table}.items():
            x, y, w = _mapped(widget, rtl)
            lx, ly, lw = before[key]
            # The same box, mirrored: where it starts from the right as it did from the left. (Its width
            # may differ by a few pixels: numbers are written in Arabic-Indic digits beside it.)
            assert y == ly and abs((width - x - w) - lx) <= 6 and abs(w - lw) <= 6, (key, (x, y, w), before[key])
        # Nothing reaches past the window's edges, and every label has the room its text needs.
        inside = rtl.rect()
        for child in rtl.findChildren(QWidget):
            if child.isVisible() and child.window() is rtl and child.width() > 0:
                at = child.mapTo(rtl, QPoint(0, 0))
                assert inside.contains(at) and at.x() + child.width() <= inside.width(), child.objectName()
        for label in rtl.findChildren(QLabel):
            if label.isVisible() and label.text() and not label.wordWrap():
                assert label.width() >= label.minimumSizeHint().width(), label.text()
        image = rtl.grab().toImage()
        assert image.save(str(tmp_path / "rtl.png"))
        # The toolbar starts at the right: its first button's pixels are in the right half.
        first = rtl.findChild(QWidget, "mainToolbar").widgetForAction(rtl.actions_by_name["New visit"])
        assert first.mapTo(rtl, QPoint(0, 0)).x() > width / 2
        rtl.close()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(QLocale.system())


def test_report_settings_choose_each_clients_report_language(qtbot, workspace) -> None:
    from mystery_shop.ui.reports.settings_dialog import ReportSettingsDialog

    second = workspace.add_client("Bäckerei Müller")
    acme = workspace.clients()[0].id
    dialog = ReportSettingsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.language_client.setCurrentIndex(dialog.language_client.findData(second.id))
    assert dialog.report_language.currentData() == "en"  # the default
    dialog.report_language.setCurrentIndex(dialog.report_language.findData("de"))
    dialog.language_client.setCurrentIndex(dialog.language_client.findData(acme))
    assert dialog.report_language.currentData() == "en"
    assert dialog.save() is True
    languages = {c.id: c.language for c in workspace.clients()}
    assert languages[second.id] == "de" and languages[acme] == "en"  # kept on the client: it syncs
    again = ReportSettingsDialog(workspace)  # the choice is kept when the other settings are saved again
    qtbot.addWidget(again)
    again.language_client.setCurrentIndex(again.language_client.findData(second.id))
    assert again.report_language.currentData() == "de"
    again.firm.setText("Larkspur")
    assert again.save() is True
    assert workspace.client_language(second.id) == "de"


BILINGUAL = """\
id: bilingual
version: 1
languages: [en, pl]
title: {en: Store visit, pl: Wizyta w sklepie}
sections:
  - id: entrance
    title: {en: Entrance, pl: Wejście}
    questions:
      - id: greeted
        text: {en: "Were you greeted?", pl: "Czy przywitano Cię?"}
        type: yes_no
        points: 2
      - id: mood
        text: {en: "How was the mood?", pl: "Jaki był nastrój?"}
        type: choice
        choices:
          - {value: warm, label: {en: Warm, pl: Ciepły}, points: 1}
          - {value: cold, label: {en: Cold, pl: Chłodny}, points: 0}
"""


def test_the_auditor_picks_the_language_of_a_visit_and_the_answers_stay(qtbot, workspace) -> None:
    import datetime as dt

    from mystery_shop.ui.visit.visit_window import VisitWindow

    workspace.add_form_source(BILINGUAL)
    visit_id = workspace.create_visit("bilingual", workspace.locations()[0].id, dt.date.today())
    w = VisitWindow(workspace, visit_id)
    qtbot.addWidget(w)
    assert w.language == "en" and not w.language_box.isHidden()  # the app is in English
    assert [w.language_box.itemText(i) for i in range(w.language_box.count())] == ["English", "Polski"]
    w._answer("greeted", "yes")
    before = w.editor.score.total
    w.language_box.setCurrentIndex(w.language_box.findData("pl"))
    assert "Czy przywitano Cię?" in w.cards["greeted"].title.text()
    assert w.sections.item(0).text().startswith("Wejście")
    assert "Wizyta w sklepie" in w.header_line.text()
    assert w.editor.answers.values["greeted"] == "yes" and w.editor.score.total == before
    from mystery_shop.ui.visit.finish_dialog import FinishDialog

    finish = FinishDialog(w.editor, w, w.language)  # what is missing, in the visit's language too
    qtbot.addWidget(finish)
    assert "→ Jaki był nastrój?" in [link.text() for link in finish.links]
    finish.close()
    w.close()
    again = VisitWindow(workspace, visit_id)  # the choice is kept for the visit
    qtbot.addWidget(again)
    assert again.language == "pl" and "Jaki był nastrój?" in again.cards["mood"].title.text()
    again.close()


def test_a_visit_opens_in_the_apps_language_when_its_form_has_it(qtbot, workspace) -> None:
    import datetime as dt

    from mystery_shop.ui.visit.visit_window import VisitWindow

    workspace.add_form_source(BILINGUAL)
    visit_id = workspace.create_visit("bilingual", workspace.locations()[0].id, dt.date.today())
    try:
        install_language("pl")
        w = VisitWindow(workspace, visit_id)
        qtbot.addWidget(w)
        assert w.language == "pl" and "Czy przywitano Cię?" in w.cards["greeted"].title.text()
        w._answer("greeted", "yes")
        assert w.total.text() == "100,0 do tej pory"  # the Polish decimal comma; "so far": mood unanswered
        w.close()
        install_language("de")  # a language the form lacks: its default
        w = VisitWindow(workspace, visit_id)
        qtbot.addWidget(w)
        assert w.language == "en"
        w.close()
    finally:
        install_language("en")


def test_the_review_shows_the_form_in_the_supervisors_language(qtbot, workspace) -> None:
    import datetime as dt

    from mystery_shop.ui.review.review_window import ReviewWindow

    workspace.add_form_source(BILINGUAL)
    visit_id = workspace.create_visit("bilingual", workspace.locations()[0].id, dt.date.today())
    try:
        install_language("pl")
        w = ReviewWindow(workspace, visit_id)
        qtbot.addWidget(w)
        assert w.sections.item(0).text().startswith("Wejście")
        assert w.section_heads["entrance"].text() == "Wejście"
        w.close()
    finally:
        install_language("en")
