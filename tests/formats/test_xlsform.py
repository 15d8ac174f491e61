"""XLSForm in and out: export then import gives the same form; real public XLSForms import or are refused
row by row; everything not carried over is reported as FILE:SHEET:ROW:COLUMN: why."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from openpyxl import load_workbook
from pyxform.xls2xform import convert

from mystery_shop.domain.forms import Form, QuestionType, ShowIf
from mystery_shop.formats import load_form, parse_form
from mystery_shop.formats.form_yaml_write import dump_form
from mystery_shop.formats.xlsform_export import export_xlsform
from mystery_shop.formats.xlsform_import import import_xlsform
from mystery_shop.formats.xlsform_sheets import NotAnXlsForm
from support import xlsforms as X
from support.form_strategies import forms
from support.xlsforms import canonical, workbook

FORMS = Path(__file__).resolve().parents[2] / "forms"
SAMPLES = sorted(FORMS.glob("*.yaml"))


def round_trip(form: Form, folder: Path) -> Form:
    path = folder / "form.xlsx"
    export_xlsform(form, path)
    result = import_xlsform(path)
    assert [str(p) for p in result.problems] == []
    assert result.form is not None
    return result.form


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(forms())
def test_export_then_import_gives_the_same_form(form: Form) -> None:
    with tempfile.TemporaryDirectory() as folder:
        assert canonical(round_trip(form, Path(folder))) == canonical(form)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_samples_round_trip_and_are_valid_xlsforms(path: Path, tmp_path: Path) -> None:
    form = load_form(path)
    assert canonical(round_trip(form, tmp_path)) == canonical(form)
    converted = convert(xlsform=str(tmp_path / "form.xlsx"), validate=False)  # ODK's own converter accepts it
    assert "<h:title>" in converted.xform


def test_the_template_workbook_imports_as_the_retail_sample() -> None:
    result = import_xlsform(FORMS / "xlsform-template.xlsx")
    assert result.problems == []
    assert result.form is not None
    assert canonical(result.form) == canonical(load_form(FORMS / "retail-store-visit.yaml"))


def test_scoring_columns_are_what_an_author_fills(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "audit.xlsx",
        survey=[
            [
                "type",
                "name",
                "label",
                "hint",
                "points",
                "critical",
                "na",
                "weight",
                "stage",
                "photos_min",
                "thresholds",
            ],
            ["begin group", "door", "At the door", None, None, None, None, 2, "purchase", 1, None],
            ["select_one yn", "greeted", "Greeted?", "within 30 s", 5, "section", None, None, None, None, None],
            ["integer", "wait", "Seconds waited", None, None, None, "yes", None, None, None, "30:4; 60:2"],
            ["select_one mood", "mood", "Mood", None, None, None, None, None, None, None, None],
            ["range", "clean", "Cleanliness", None, 3, None, None, None, None, None, None],
            ["end group"],
            ["begin group", "till", "Till", None, None, None, None, 1, "Post purchase"],
            ["select_multiple asked", "asked", "What was asked", None, 4],
            ["end group"],
        ],
        choices=[
            ["list_name", "name", "label", "points"],
            ["yn", "yes", "Yes", None],
            ["yn", "no", "No", None],
            ["mood", "warm", "Warm", 3],
            ["mood", "cold", "Cold", 0],
            ["asked", "budget", "Budget", 2],
            ["asked", "use", "Use", 2],
            ["asked", "pushy", "Pushy", -2],
        ],
        scoring=[["min", "label", "color"], [80, "Pass", "#1b7f3b"], [0, "Fail", None]],
        settings=[["form_id", "form_title", "version"], ["shop-audit", "Shop audit", 3]],
    )
    result = import_xlsform(path)
    assert [str(p) for p in result.problems] == []
    form = result.form
    assert form is not None and (form.id, form.version, form.title) == ("shop-audit", 3, "Shop audit")
    door, till = form.sections
    assert (door.weight, door.stage.value, door.photos.min, till.stage.value) == (2, "purchase", 1, "post_purchase")
    greeted, wait, mood, clean = door.questions
    assert (greeted.type, greeted.points, greeted.critical.value, greeted.help) == (
        QuestionType.YES_NO,
        5,
        "section",
        "within 30 s",
    )
    assert (wait.type, [(t.max, t.points) for t in wait.thresholds], wait.na) == (
        QuestionType.DURATION,
        [(30, 4), (60, 2)],
        True,
    )
    assert [(c.value, c.points) for c in mood.choices] == [("warm", 3), ("cold", 0)]
    assert (clean.type, clean.scale_range, clean.points) == (QuestionType.SCALE, (1, 10), 3)
    assert (till.questions[0].type, till.questions[0].points) == (QuestionType.MULTI, 4)
    assert [(b.min, b.label) for b in form.grade_bands] == [(80, "Pass"), (0, "Fail")]


def test_relevant_and_constraint_become_show_if_and_ranges(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "f.xlsx",
        survey=[
            ["type", "name", "label", "relevant", "constraint"],
            ["select_one c", "colour", "Colour", None, None],
            ["select_multiple c", "also", "Also", None, None],
            ["range", "stars", "Stars", None, None],
            ["text", "why_red", "Why red?", "${colour} = 'red'", None],
            ["text", "not_red", "Not red", "${colour} != 'red'", None],
            ["text", "blue_or_green", "B or G", "selected(${colour}, 'blue') or ${colour}='green'", None],
            ["text", "any_also", "Any also", "selected(${also}, 'red') or selected(${also}, 'blue')", None],
            ["text", "good", "Good stars", "${stars} >= 4", None],
            ["integer", "age", "Age", None, ". >= 18 and . <= 99"],
            ["decimal", "price", "Price", None, ". > 0"],
            ["integer", "count", "Count", None, ".>0 and .<10"],
        ],
        choices=[["list_name", "name", "label"], ["c", "red", "Red"], ["c", "blue", "Blue"], ["c", "green", "Green"]],
    )
    result = import_xlsform(path, name="f.xlsx")
    assert [str(p) for p in result.problems] == [
        "f.xlsx:survey:11:E: an exclusive bound (> or <) is kept as inclusive (>= or <=)"
    ]
    q = {x.id: x for x in result.form.questions()}  # type: ignore[union-attr]
    assert q["why_red"].show_if == ShowIf("colour", ("red",))
    assert q["not_red"].show_if == ShowIf("colour", ("blue", "green"))
    assert q["blue_or_green"].show_if == ShowIf("colour", ("blue", "green"))
    assert q["any_also"].show_if == ShowIf("also", ("red", "blue"))
    assert q["good"].show_if == ShowIf("stars", ("4", "5", "6", "7", "8", "9", "10"))
    assert (q["age"].min, q["age"].max, q["age"].whole) == (18, 99, True)
    assert (q["price"].min, q["price"].max, q["price"].whole) == (0, None, False)
    assert (q["count"].min, q["count"].max) == (1, 9)


def test_what_cannot_be_kept_is_reported_cell_by_cell(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "f.xlsx",
        survey=[
            ["type", "name", "label", "relevant", "constraint", "appearance", "calculation", "my_notes"],
            ["select_one c", "colour", "Colour", None, None, "minimal", None, "ask first"],
            ["integer", "n", "N", None, None, None, None, None],
            ["text", "t1", "T1", "${colour} = 'red' and ${n} > 3", None, None, None, None],
            ["text", "t1b", "T1b", "${colour} = 'red' or selected(${also}, 'x')", None, None, None, None],
            ["text", "t2", "T2", "${later} = 'x'", None, None, None, None],
            ["integer", "t3", "T3", None, ". != ${n}", None, None, None],
            ["calculate", "total", None, None, None, None, "${n} * 2", None],
            ["geopoint", "where", "Where", None, None, None, None, None],
            ["select_one nolist", "x", "X", None, None, None, None, None],
            ["begin repeat", "kids", "Kids", None, None, None, None, None],
            ["text", "kid", "Kid", None, None, None, None, None],
            ["end repeat"],
            ["foo", "bar", "Bar"],
            [None, "orphan", "No type"],
        ],
        choices=[["list_name", "name", "label"], ["c", "red", "Red"], ["c", "red", "Again"]],
    )
    result = import_xlsform(path, name="f.xlsx")
    assert [str(p) for p in result.problems] == [
        "f.xlsx:choices:3:B: 'red' is in list 'c' twice: the second is left out",
        "f.xlsx:survey:2:F: appearance: not kept (the app lays out questions itself)",
        "f.xlsx:survey:2:H: my_notes: not kept (not a column this app reads)",
        "f.xlsx:survey:4:D: relevant '${colour} = 'red' and ${n} > 3' is not kept, the question is always shown: "
        "${n} is a number question; show_if needs one with a set of answers",
        "f.xlsx:survey:5:D: relevant '${colour} = 'red' or selected(${also}, 'x')' is not kept, the question is always "
        "shown: ${also} is not an earlier question of the checklist",
        "f.xlsx:survey:6:D: relevant '${later} = 'x'' is not kept, the question is always shown: "
        "${later} is not an earlier question of the checklist",
        "f.xlsx:survey:7:E: '. != ${n}' is not kept: only bounds such as '. >= 0' can be kept",
        "f.xlsx:survey:8:A: 'calculate' is a calculation: the app computes scores itself: left out",
        "f.xlsx:survey:9:A: 'geopoint' is a place on a map: a visit's place is its location: left out",
        "f.xlsx:survey:10:A: no choices list 'nolist' in the choices sheet: left out",
        "f.xlsx:survey:11:A: a repeat: its questions are asked once (a checklist does not repeat)",
        "f.xlsx:survey:14:A: 'foo' is not a question type this app knows: left out",
        "f.xlsx:survey:15:A: a row without a type: left out",
    ]
    assert result.form is not None
    assert [q.id for q in result.form.questions()] == ["colour", "n", "t1", "t1b", "t2", "t3", "kid"]


def test_a_form_breaking_a_rule_is_refused_at_the_cell(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "f.xlsx",
        survey=[
            ["type", "name", "label", "weight"],
            ["begin group", "a", "A", 1],
            ["text", "t", "T"],
            ["end group"],
            ["begin group", "b", "B"],
            ["text", "u", "U"],
            ["end group"],
        ],
        scoring=[["min", "label"], [50, "Pass"]],
    )
    result = import_xlsform(path, name="f.xlsx")
    assert result.form is None
    assert [str(p) for p in result.problems] == [
        "f.xlsx:scoring:1:: grade_bands: must include a band with min: 0",
        "f.xlsx:survey:5:D: sections[1].weight: either every section has a weight or none has",
    ]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda p: workbook(p, Sheet1=[["a", "b"], [1, 2]]),
            "not an XLSForm: it has no 'survey' sheet (its sheets: Sheet1)",
        ),
        (
            lambda p: workbook(p, survey=[["question", "answer"], ["x", "y"]]),
            "not an XLSForm: the survey sheet has no 'type' column (row 1 has: question, answer)",
        ),
        (lambda p: p.write_bytes(b"type,name,label\ntext,a,A\n") and p, "not an Excel workbook (.xlsx)"),
    ],
)
def test_a_workbook_that_is_not_an_xlsform_gets_one_clear_line(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "f.xlsx"
    make(path)
    with pytest.raises(NotAnXlsForm) as info:
        import_xlsform(path)
    assert str(info.value) == message


# ---------------------------------------------------------------- real public XLSForms


def _import(tmp_path: Path, name: str) -> tuple[Form | None, list[str]]:
    path = workbook(tmp_path / f"{name.lower()}.xlsx", **getattr(X, name))
    result = import_xlsform(path, name=path.name)
    if result.form is not None:
        assert parse_form(dump_form(result.form)) == result.form  # what `forms import` writes is a valid form
    return result.form, [str(p) for p in result.problems]


def test_kobo_site_inspection_nested_groups_and_a_group_relevant(tmp_path: Path) -> None:
    form, problems = _import(tmp_path, "SITE_INSPECTION")
    assert problems == [
        "site_inspection.xlsx:survey:7:A: a group inside a group: "
        "becomes the touchpoint 'site condition › proprietary tool name'",
        "site_inspection.xlsx:survey:11:A: a group inside a group: becomes the touchpoint 'site condition › gate'",
        "site_inspection.xlsx:settings:2:C: version 'siv1' is not a whole number: the form is version 1",
    ]
    assert form is not None
    assert [s.title for s in form.sections] == [
        "Site inspection",
        "site condition",
        "site condition › proprietary tool name",
        "site condition › gate",
        "site condition (continued)",
        "Site inspection",
    ]
    q = {x.id: x for x in form.questions()}
    assert q["did_you_find_the_site"].type is QuestionType.YES_NO and not q["did_you_find_the_site"].is_scored
    for inside in ("was_there_damage_to_the_site", "ping", "is_the_gate_secure", "is_plant_life_encroaching"):
        assert q[inside].show_if == ShowIf("did_you_find_the_site", ("yes",))
    assert q["please_rate_the_impact_of_any_defects_observed"].type is QuestionType.CHOICE
    assert q["ping"].whole and q["ping"].is_required


def test_kobo_grouped_translated_english_and_spanish(tmp_path: Path) -> None:
    form, problems = _import(tmp_path, "GROUPED_TRANSLATED")
    assert problems == [
        "grouped_translated.xlsx:survey:2:A: 'start' is metadata: "
        "the app records who made a visit and when itself: left out",
        "grouped_translated.xlsx:survey:3:A: 'end' is metadata: "
        "the app records who made a visit and when itself: left out",
        "grouped_translated.xlsx:settings:2:B: version 'grouped_translated_v1' is not a whole number: "
        "the form is version 1",
    ]
    assert form is not None and form.languages == ("en", "es")
    es = form.in_language("es")
    assert es.sections[0].title == "Características externas"
    assert [c.text for c in es.questions()[0].choices] == ["Esférico", "Radial", "Bilateral"]
    assert form.questions()[2].type is QuestionType.CHOICE  # yes / yes, and some / no: not a yes-no question
    assert form.questions()[3].type is QuestionType.YES_NO
    assert not any(q.is_required for q in form.questions())


def test_kobo_restaurant_profile_languages_named_without_codes(tmp_path: Path) -> None:
    form, problems = _import(tmp_path, "RESTAURANT_PROFILE")
    assert problems == [
        "restaurant_profile.xlsx:survey:3:A: 'geopoint' is a place on a map: a visit's place is its location: left out",
        "restaurant_profile.xlsx:settings:2:C: version 'rpV4' is not a whole number: the form is version 1",
    ]
    assert form is not None and form.languages == ("en", "fr")
    assert form.in_language("fr").questions()[1].choices[1].text == "avec vente à emporter"


def test_pyxform_old_spellings_loop_and_or_other(tmp_path: Path) -> None:
    form, problems = _import(tmp_path, "LOOP")
    assert problems == [
        "loop.xlsx:survey:2:A: 'or_other' is not kept: the auditor can add a comment instead",
        "loop.xlsx:survey:3:A: a repeat: its questions are asked once (a checklist does not repeat)",
    ]
    assert form is not None
    assert [(q.id, q.type.value) for q in form.questions()] == [
        ("available_toilet_types", "multi"),
        ("number", "number"),
    ]


def test_pyxform_group_and_yes_or_no(tmp_path: Path) -> None:
    form, problems = _import(tmp_path, "GROUP")
    assert problems == ["group.xlsx:survey:4:A: 'phone number' is read as a text question: its format is not checked"]
    assert form is not None and [s.id for s in form.sections] == ["general", "father"] and form.languages == ("en",)
    form, problems = _import(tmp_path, "YES_OR_NO")
    assert problems == [] and form is not None and form.questions()[0].type is QuestionType.YES_NO


def test_headers_are_matched_as_pyxform_does(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "f.xlsx",
        survey=[
            ["Type", "Name", "Label::Polski (pl)", "label::English (en)", "N/A allowed"],
            ["text", "a", "Tekst", "Text", "yes"],
        ],
        settings=[["default_language"], ["English (en)"]],
    )
    result = import_xlsform(path)
    assert result.problems == []
    form = result.form
    assert form is not None and form.languages == ("en", "pl") and form.questions()[0].text == "Text"
    assert form.questions()[0].na


def test_export_writes_an_about_sheet_and_tinted_scoring_columns(tmp_path: Path) -> None:
    export_xlsform(load_form(FORMS / "retail-store-visit.yaml"), tmp_path / "r.xlsx")
    wb = load_workbook(tmp_path / "r.xlsx")
    assert wb.sheetnames == ["survey", "choices", "settings", "scoring", "checks", "about"]
    checks = [[c.value for c in row] for row in wb["checks"].iter_rows()]
    assert checks[0][:3] == ["id", "check", "question"] and checks[0][-2:] == [
        "message::English (en)",
        "message::Polski (pl)",
    ]
    assert checks[2][:4] == ["greeting-vs-wait", "rule", "wait_to_greet", "greeted"]
    header = [c.value for c in wb["survey"][1]]
    assert header[:5] == ["type", "name", "label::English (en)", "label::Polski (pl)", "hint::English (en)"]
    assert {"points", "critical", "na", "weight", "stage", "thresholds"} <= set(header)
