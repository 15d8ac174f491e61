"""The designer's quality checks (issue 32): a form author adds, edits and removes a form's checks with the
fields of the YAML `checks:` list; a problem shows under its field and in the problems list; what is saved
loads back the same, and so does its XLSForm."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mystery_shop.domain.forms import FormCheck, Requirement, ShowIf
from mystery_shop.formats import load_form
from mystery_shop.formats.xlsform_export import export_xlsform
from mystery_shop.formats.xlsform_import import import_xlsform
from mystery_shop.services.workspace import Workspace
from mystery_shop.ui.designer import FormDesigner
from mystery_shop.ui.designer.checks_panel import ChecksPanel

FORM = """\
id: shop
version: 1
languages: [en, pl]
title: {en: Shop, pl: Sklep}
sections:
  - id: door
    title: Door
    questions:
      - {id: greeted, text: "Greeted?", type: yes_no}
      - {id: wait, text: Seconds to greet, type: duration, thresholds: [{max: 30, points: 2}, {max: 60, points: 1}]}
      - {id: tidy, text: "Tidy?", type: yes_no}
"""


@pytest.fixture
def designer(qtbot, workspace: Workspace, tmp_path: Path, recorded, monkeypatch) -> FormDesigner:  # type: ignore[no-untyped-def]
    source = tmp_path / "shop.yaml"
    source.write_text(FORM, encoding="utf-8")
    w = FormDesigner(workspace)
    qtbot.addWidget(w)
    w.show()
    monkeypatch.setattr(w, "choose_path", lambda *_a, **_k: tmp_path / "saved.yaml")
    w.open_file(path=source)
    assert w.draft.path == source
    return w


def panel(w: FormDesigner) -> ChecksPanel:
    assert isinstance(w.panel, ChecksPanel)
    return w.panel


def type_into(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.selectAll()
    qtbot.keyClicks(edit, text) if text else edit.clear()
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def add(qtbot, w: FormDesigner, kind: str) -> ChecksPanel:  # type: ignore[no-untyped-def]
    p = panel(w)
    p.new_kind.setCurrentIndex(p.new_kind.findData(kind))
    qtbot.mouseClick(p.add_button, Qt.MouseButton.LeftButton)
    return panel(w)


def choose(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(data))


def problem_of(p: ChecksPanel, *path: str) -> str:
    f = p.fields[path]
    return f.problem.text() if f.problem.isVisibleTo(p) else ""


def test_add_edit_and_remove_each_kind_of_check_then_save_and_export(  # type: ignore[no-untyped-def]
    qtbot, designer: FormDesigner, tmp_path: Path
) -> None:
    w = designer
    w.actions["checks"].trigger()
    p = panel(w)
    assert p.list.count() == 0 and not p.remove_button.isEnabled() and p.empty.isVisibleTo(p)

    # a failed question needs a comment of at least 4 words
    p = add(qtbot, w, "comment_on_fail")
    assert w.draft.form.checks == (FormCheck("comment-on-fail", comment_min_words=5),)
    p.min_words.setValue(0)
    assert problem_of(p, "comment_on_fail") == "min_words: must be at least 1"
    assert "checks[0].comment_on_fail.min_words: must be at least 1" in w.problems.item(0).text()
    assert not w.save()  # not saved with a problem
    panel(w).min_words.setValue(4)
    assert w.problems.count() == 0

    # a rule: not greeted ⇒ the wait is at least 30 s, a block with its message in both languages
    p = add(qtbot, w, "require")
    assert p.row == 1 and p.list.currentRow() == 1
    type_into(qtbot, p.id, "greeting-vs-wait")
    choose(panel(w).when_question, "greeted")
    type_into(qtbot, panel(w).when_values, "maybe")
    assert "cannot take the value 'maybe'" in problem_of(panel(w), "when")
    item = w.problems.item(0)
    assert item.text().startswith("checks[1].when")
    w.select_form()
    w.problems.itemClicked.emit(item)  # the problem leads back to its check
    assert panel(w).row == 1
    type_into(qtbot, panel(w).when_values, "no")
    assert problem_of(panel(w), "when") == ""
    choose(panel(w).require_question, "wait")
    choose(panel(w).require_kind, "range")
    assert problem_of(panel(w), "require") == "give min, max or both"
    type_into(qtbot, panel(w).require_min, "thirty")  # not a number: nothing changes
    assert w.draft.form.checks[1].require == Requirement("wait")
    type_into(qtbot, panel(w).require_min, "30")
    qtbot.mouseClick(panel(w).block, Qt.MouseButton.LeftButton)
    type_into(qtbot, panel(w).messages["en"], "Not greeted, yet acknowledged within 30 s?")
    pl = panel(w).messages["pl"]
    pl.setText("Brak powitania, a obsługa w 30 s?")  # typed keys are ASCII only in QTest
    pl.editingFinished.emit()
    rule = w.draft.form.checks[1]
    assert (rule.id, rule.block, rule.when, rule.require) == (
        "greeting-vs-wait",
        True,
        ShowIf("greeted", ("no",)),
        Requirement("wait", min=Fraction(30)),
    )
    assert rule.message_in("pl") == "Brak powitania, a obsługa w 30 s?"
    assert panel(w).list.item(1).text() == "greeting-vs-wait — Rule over answers (block)"

    # a photo when "tidy" fails; a visit of at least 12.5 minutes
    p = add(qtbot, w, "photo_on_fail")
    assert w.draft.form.checks[2].photo_on_fail == ("greeted",)
    first, tidy = p.photo_questions.item(0), p.photo_questions.item(2)
    first.setCheckState(Qt.CheckState.Unchecked)
    assert problem_of(panel(w), "photo_on_fail") == "choose at least one question"
    panel(w).photo_questions.item(2).setCheckState(Qt.CheckState.Checked)
    assert tidy is not None and w.draft.form.checks[2].photo_on_fail == ("tidy",)
    p = add(qtbot, w, "visit_minutes")
    type_into(qtbot, p.minutes, "12.5")
    assert w.draft.form.checks[3].visit_min_minutes == Fraction(25, 2)

    # a kind changed keeps the id; removed, and brought back by undo
    p = add(qtbot, w, "visit_minutes")
    choose(p.kind, "comment_on_fail")
    assert w.draft.form.checks[4] == FormCheck("visit-minutes-2", comment_min_words=5)
    qtbot.mouseClick(panel(w).remove_button, Qt.MouseButton.LeftButton)
    assert len(w.draft.form.checks) == 4 and panel(w).row == 3
    w.undo()
    assert len(w.draft.form.checks) == 5
    w.select_checks(row=4)
    qtbot.mouseClick(panel(w).remove_button, Qt.MouseButton.LeftButton)
    panel(w).list.setCurrentRow(0)  # the list opens another check
    assert panel(w).row == 0 and panel(w).min_words.value() == 4
    assert w.problems.count() == 0

    # saved: the file loads back the same checks; the XLSForm too
    assert w.save()
    assert load_form(tmp_path / "shop.yaml").checks == w.draft.form.checks
    xlsx = tmp_path / "shop.xlsx"
    export_xlsform(w.draft.form, xlsx)
    result = import_xlsform(xlsx, name=xlsx.name)
    assert result.form is not None and result.form.checks == w.draft.form.checks


def test_renaming_a_question_follows_into_the_checks(qtbot, designer: FormDesigner) -> None:  # type: ignore[no-untyped-def]
    w = designer
    w.select_checks()
    add(qtbot, w, "require")
    choose(panel(w).when_question, "greeted")
    type_into(qtbot, panel(w).when_values, "no")
    add(qtbot, w, "photo_on_fail")
    w.refresh(select=(0, 0))
    type_into(qtbot, w.panel.id, "welcomed")  # type: ignore[union-attr]
    checks = w.draft.form.checks
    assert checks[0].when == ShowIf("welcomed", ("no",)) and checks[0].require == Requirement("welcomed", answered=True)
    assert checks[1].photo_on_fail == ("welcomed",) and w.problems.count() == 0
