"""The form designer's model: edits checked by the loader's rules, undo/redo, saving as a new version, publishing."""

from __future__ import annotations

from pathlib import Path

import pytest

from mystery_shop.domain.forms import QuestionType, ShowIf
from mystery_shop.formats import load_form, parse_form
from mystery_shop.services.form_designer import FormDraft, blank_form, open_from_profile, retyped
from mystery_shop.services.profile import Profile
from mystery_shop.services.rows import ServiceError
from mystery_shop.services.workspace import Workspace
from support.workspaces import FORM

T = QuestionType


def test_a_blank_form_is_valid_and_grows_by_edits() -> None:
    d = FormDraft(blank_form())
    assert d.problems() == []
    si = d.add_section()
    qi = d.add_question(si, qtype=T.CHOICE)
    assert [s.id for s in d.form.sections] == ["touchpoint_1", "touchpoint_2"]
    assert [q.id for q in d.form.questions()] == ["question_1", "question_2", "question_3"]
    assert [c.value for c in d.question(si, qi).choices] == ["option_1", "option_2"]
    assert d.problems() == []


def test_every_edit_is_checked_and_the_problem_is_on_its_field() -> None:
    d = FormDraft(blank_form())
    d.update_question(0, 0, text="  ")
    assert d.problems_at(("sections", 0, "questions", 0, "text")) == ["must not be empty"]
    assert d.problems_at(("sections", 0, "questions", 0)) == ["text: must not be empty"]
    d.update_question(0, 0, text="Greeted?", id="Greeted!")
    assert d.problems_at(("sections", 0, "questions", 0, "id")) == ["'Greeted!' is not a slug"]
    d.update_question(0, 0, id="greeted", type=T.DURATION)
    assert d.problems() == []
    assert [(t.max, t.points) for t in d.question(0, 0).thresholds] == [(30, 2), (60, 1)]


def test_undo_and_redo_walk_the_history() -> None:
    d = FormDraft(blank_form())
    start = d.form
    d.add_question(0)
    d.delete_question(0, 0)
    assert d.undo_label == "delete “New question”"
    assert d.undo() == "delete “New question”"
    assert len(d.form.questions()) == 2
    assert d.undo() == "add a question"
    assert d.form == start and not d.dirty and d.undo() is None
    assert d.redo() == "add a question" and len(d.form.questions()) == 2
    d.update_form(title="Other")
    assert d.redo() is None  # a new edit drops what could be redone


def test_moving_a_question_across_touchpoints_and_a_show_if_broken_by_it() -> None:
    d = FormDraft(parse_form(FORM))
    d.update_question(1, 1, show_if=ShowIf("greeted", ("yes",)))
    assert d.problems() == []
    d.move_question((0, 0), (1, 2))  # greeted moves below the question that depends on it
    assert [q.id for q in d.form.sections[1].questions] == ["staff_name", "mood", "greeted"]
    assert d.problems_at(("sections", 1, "questions", 1, "show_if")) == [
        "question: 'greeted' is not an earlier question in this form"
    ]
    d.move_section(1, 0)
    assert [s.id for s in d.form.sections] == ["notes", "greeting"]


def test_renaming_a_question_follows_in_show_ifs_and_duplicates_get_fresh_ids() -> None:
    d = FormDraft(parse_form(FORM))
    d.update_question(1, 1, show_if=ShowIf("greeted", ("yes",)))
    d.update_question(0, 0, id="welcomed")
    assert d.question(1, 1).show_if == ShowIf("welcomed", ("yes",))
    d.duplicate_question(0, 0)
    d.duplicate_section(0)
    assert [q.id for q in d.form.questions()][:5] == [
        "welcomed",
        "welcomed_copy",
        "wait",
        "welcomed_copy_1",
        "welcomed_copy_copy",
    ]
    assert d.problems() == []


def test_show_if_offers_only_earlier_questions_with_a_set_of_answers() -> None:
    d = FormDraft(parse_form(FORM))
    assert [q.id for q in d.earlier_questions(1, 1)] == ["greeted"]


def test_changing_type_drops_what_the_new_type_does_not_take() -> None:
    q = parse_form(FORM).questions()[0]
    assert q.points == 5 and q.critical is not None
    as_text = retyped(q, T.TEXT)
    assert (as_text.points, as_text.critical) == (None, None)
    as_scale = retyped(q, T.SCALE)
    assert as_scale.points == 5 and as_scale.critical is not None


def test_saving_writes_yaml_keeping_comments_and_never_rewrites_a_profile_version(tmp_path: Path) -> None:
    path = tmp_path / "shop.yaml"
    path.write_text("# agreed with the client\n" + FORM, encoding="utf-8")
    d = FormDraft.from_file(path, taken=1)
    d.update_question(0, 0, text="Were you greeted warmly?")
    assert d.version_to_save == 2
    d.save()
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# agreed with the client\nid: shop\nversion: 2\n")
    assert '{id: greeted, text: "Were you greeted warmly?", type: yes_no, points: 5, critical: section}' in text
    assert load_form(path) == d.form and d.form.version == 2 and not d.dirty


def test_a_form_with_problems_is_not_saved(tmp_path: Path) -> None:
    d = FormDraft(blank_form())
    d.update_question(0, 0, text="")
    with pytest.raises(ServiceError, match="1 problem to fix"):
        d.save(tmp_path / "x.yaml")
    assert not (tmp_path / "x.yaml").exists()


def test_publish_adds_the_saved_version_to_the_profile_and_then_edits_make_a_new_one(tmp_path: Path) -> None:
    ws = Workspace.open(Profile(tmp_path / "p"), log_to_file=False)
    d = FormDraft(blank_form("door-check"))
    with pytest.raises(ServiceError, match="Save the form before publishing"):
        d.publish(ws)
    d.save(tmp_path / "door.yaml")
    row = d.publish(ws)
    assert (row.form_id, row.version) == ("door-check", 1)
    d.update_form(title="Door check")
    assert d.version_to_save == 2
    d.save()
    assert d.publish(ws).version == 2
    assert [(r.form_id, r.version) for r in ws.forms()] == [("door-check", 2)]
    reopened = open_from_profile(ws, "door-check", 1)
    assert reopened.form.title == "New form" and reopened.version_to_save == 3
