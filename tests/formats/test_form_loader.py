"""The YAML form loader: one test per rule, each checking the file, the line and the field's path.

Line numbers are counted by hand in the YAML texts below (line 1 is the first line).
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from mystery_shop.domain.forms import Form, QuestionType, ShowIf
from mystery_shop.formats import FormError, load_form, parse_form

# Lines 1-10; tests append from line 11 on.
HEAD = """\
id: shop
version: 1
title: Shop
sections:
  - id: s1
    title: S1
    questions:
      - id: q1
        text: Q1
        type: yes_no
"""


def errors(text: str, name: str = "x.yaml") -> list[str]:
    with pytest.raises(FormError) as info:
        parse_form(text, name)
    lines = [str(p) for p in info.value.problems]
    assert str(info.value) == "\n".join(lines)
    return lines


def ok(text: str) -> Form:
    return parse_form(text, "x.yaml")


def test_head_is_valid() -> None:
    form = ok(HEAD)
    assert form.id == "shop"
    assert [q.id for q in form.questions()] == ["q1"]


# ---------------------------------------------------------------- FORMS.md rules


def test_example_from_forms_md_thresholds_max_must_increase() -> None:
    text = """\
id: shop
version: 1
title: Shop
sections:
  - id: s1
    title: S1
    questions: [{id: q1, text: Q1, type: yes_no}]
  - id: s2
    title: S2
    questions:
      - id: wait
        text: Wait
        type: duration
        thresholds: [{max: 60, points: 4}, {max: 30, points: 2}]
"""
    assert errors(text) == ["x.yaml:14: sections[1].questions[0].thresholds: max must increase"]


def test_choices_only_on_choice_or_multi() -> None:
    text = HEAD + "        choices: [a, b]\n"
    assert errors(text) == [
        "x.yaml:11: sections[0].questions[0].choices: choices are only for choice and multi questions, not yes_no"
    ]


def test_choice_values_unique_points_at_the_duplicate() -> None:
    text = HEAD + (
        "      - id: q2\n"  # 11
        "        text: Q2\n"  # 12
        "        type: choice\n"  # 13
        "        choices:\n"  # 14
        "          - {value: a, points: 1}\n"  # 15
        "          - {value: b, points: 2}\n"  # 16
        "          - {value: a, points: 0}\n"  # 17
    )
    assert errors(text) == ["x.yaml:17: sections[0].questions[1].choices: duplicate choice value 'a'"]


def test_multi_values_unique_shorthand() -> None:
    text = HEAD + (
        "      - id: q2\n"  # 11
        "        text: Q2\n"  # 12
        "        type: multi\n"  # 13
        "        choices:\n"  # 14
        "          - x\n"  # 15
        "          - y\n"  # 16
        "          - x\n"  # 17
    )
    assert errors(text) == ["x.yaml:17: sections[0].questions[1].choices: duplicate choice value 'x'"]


def test_choice_question_needs_choices() -> None:
    text = HEAD + "      - {id: q2, text: Q2, type: choice}\n"
    assert errors(text) == ["x.yaml:11: sections[0].questions[1].choices: a choice question needs choices"]


def test_points_not_given_on_choice() -> None:
    text = HEAD + (
        "      - id: q2\n"  # 11
        "        text: Q2\n"  # 12
        "        type: choice\n"  # 13
        "        choices: [{value: a, points: 1}]\n"  # 14
        "        points: 3\n"  # 15
    )
    assert errors(text) == [
        "x.yaml:15: sections[0].questions[1].points: points are not given on a choice question: "
        "each choice carries its points"
    ]


def test_points_not_given_on_duration() -> None:
    text = HEAD + (
        "      - id: q2\n"  # 11
        "        text: Q2\n"  # 12
        "        points: 3\n"  # 13
        "        type: duration\n"  # 14
        "        thresholds: [{max: 30, points: 1}]\n"  # 15
    )
    assert errors(text) == [
        "x.yaml:13: sections[0].questions[1].points: points are not given on a duration question: "
        "the thresholds carry the points"
    ]


def test_thresholds_max_strictly_increasing_equal_max() -> None:
    text = HEAD + (
        "      - id: q2\n"  # 11
        "        text: Q2\n"  # 12
        "        type: duration\n"  # 13
        "        thresholds:\n"  # 14
        "          - {max: 30, points: 4}\n"  # 15
        "          - {max: 60, points: 2}\n"  # 16
        "          - {max: 60, points: 1}\n"  # 17
    )
    assert errors(text) == ["x.yaml:17: sections[0].questions[1].thresholds: max must increase"]


def test_thresholds_points_non_increasing() -> None:
    text = HEAD + (
        "      - id: q2\n"  # 11
        "        text: Q2\n"  # 12
        "        type: duration\n"  # 13
        "        thresholds:\n"  # 14
        "          - {max: 30, points: 2}\n"  # 15
        "          - {max: 60, points: 2}\n"  # 16: equal points are fine
        "          - {max: 90, points: 3}\n"  # 17
    )
    assert errors(text) == ["x.yaml:17: sections[0].questions[1].thresholds: points must not increase"]


def test_thresholds_equal_points_allowed() -> None:
    text = HEAD + "      - {id: q2, text: Q2, type: duration, thresholds: [{max: 1, points: 2}, {max: 2, points: 2}]}\n"
    assert ok(text).questions()[1].possible_points() == 2


def test_expected_only_on_yes_no() -> None:
    text = HEAD + (
        "      - id: q2\n"  # 11
        "        text: Q2\n"  # 12
        "        type: scale\n"  # 13
        "        expected: no\n"  # 14
    )
    assert errors(text) == [
        "x.yaml:14: sections[0].questions[1].expected: expected is only for yes_no questions, not scale"
    ]


def test_expected_yes_written_on_choice_is_rejected_too() -> None:
    text = HEAD + (
        "      - id: q2\n"  # 11
        "        text: Q2\n"  # 12
        "        type: choice\n"  # 13
        "        choices: [a]\n"  # 14
        "        expected: yes\n"  # 15
    )
    assert errors(text) == [
        "x.yaml:15: sections[0].questions[1].expected: expected is only for yes_no questions, not choice"
    ]


def test_expected_must_be_yes_or_no() -> None:
    text = HEAD + "        expected: maybe\n"
    assert errors(text) == ["x.yaml:11: sections[0].questions[0].expected: must be yes or no"]


def test_question_ids_unique_in_whole_form() -> None:
    text = HEAD + (
        "  - id: s2\n"  # 11
        "    title: S2\n"  # 12
        "    questions:\n"  # 13
        "      - id: q1\n"  # 14
        "        text: again\n"  # 15
        "        type: text\n"  # 16
    )
    assert errors(text) == [
        "x.yaml:14: sections[1].questions[0].id: duplicate question id 'q1': ids must be unique in the whole form"
    ]


def test_section_ids_unique() -> None:
    text = HEAD + (
        "  - id: s1\n"  # 11
        "    title: S2\n"  # 12
        "    questions: [{id: q2, text: Q2, type: text}]\n"  # 13
    )
    assert errors(text) == ["x.yaml:11: sections[1].id: duplicate section id 's1' (first at sections[0])"]


def test_show_if_names_an_earlier_question_not_a_later_one() -> None:
    text = """\
id: shop
version: 1
title: Shop
sections:
  - id: s1
    title: S1
    questions:
      - id: q1
        text: Q1
        type: yes_no
        show_if:
          question: q2
          equals: yes
      - {id: q2, text: Q2, type: yes_no}
"""
    assert errors(text) == [
        "x.yaml:12: sections[0].questions[0].show_if.question: 'q2' is not an earlier question in this form"
    ]


def test_show_if_unknown_question() -> None:
    text = HEAD + (
        "      - id: q2\n"  # 11
        "        text: Q2\n"  # 12
        "        type: text\n"  # 13
        "        show_if: {question: ghost, equals: yes}\n"  # 14
    )
    assert errors(text) == [
        "x.yaml:14: sections[0].questions[1].show_if.question: 'ghost' is not an earlier question in this form"
    ]


def test_show_if_on_itself() -> None:
    text = HEAD + "        show_if: {question: q1, equals: yes}\n"
    assert errors(text) == ["x.yaml:11: sections[0].questions[0].show_if.question: a question cannot depend on itself"]


def test_show_if_value_the_question_cannot_take() -> None:
    text = HEAD + (
        "      - id: q2\n"  # 11
        "        text: Q2\n"  # 12
        "        type: text\n"  # 13
        "        show_if:\n"  # 14
        "          question: q1\n"  # 15
        "          equals: maybe\n"  # 16
    )
    assert errors(text) == [
        "x.yaml:14: sections[0].questions[1].show_if: 'q1' cannot take the value 'maybe' (it takes no, yes)"
    ]


def test_show_if_in_values_on_choice_and_scale() -> None:
    text = HEAD + (
        "      - {id: c, text: C, type: choice, choices: [red, blue]}\n"  # 11
        "      - {id: s, text: S, type: scale, min: 1, max: 3}\n"  # 12
        "      - {id: q2, text: Q2, type: text, show_if: {question: c, in: [red, green]}}\n"  # 13
        "      - {id: q3, text: Q3, type: text, show_if: {question: s, equals: 4}}\n"  # 14
    )
    assert errors(text) == [
        "x.yaml:13: sections[0].questions[3].show_if: 'c' cannot take the value 'green' (it takes blue, red)",
        "x.yaml:14: sections[0].questions[4].show_if: 's' cannot take the value '4' (it takes 1, 2, 3)",
    ]


def test_show_if_on_unbounded_question_type() -> None:
    text = HEAD + (
        "      - {id: t, text: T, type: text}\n"  # 11
        "      - {id: q2, text: Q2, type: text, show_if: {question: t, equals: hi}}\n"  # 12
    )
    assert errors(text) == [
        "x.yaml:12: sections[0].questions[2].show_if.question: 't' is a text question; "
        "show_if needs a yes_no, choice, multi, scale or rating question"
    ]


def test_show_if_needs_exactly_one_of_equals_and_in() -> None:
    text = HEAD + (
        "      - id: q2\n"  # 11
        "        text: Q2\n"  # 12
        "        type: text\n"  # 13
        "        show_if: {question: q1, equals: yes, in: [no]}\n"  # 14
    )
    assert errors(text) == [
        "x.yaml:14: sections[0].questions[1].show_if: give exactly one of equals: VALUE or in: [VALUES]"
    ]


def test_weights_on_all_sections_or_none() -> None:
    text = """\
id: shop
version: 1
title: Shop
sections:
  - id: s1
    title: S1
    weight: 2
    questions: [{id: q1, text: Q1, type: yes_no}]
  - id: s2
    title: S2
    questions: [{id: q2, text: Q2, type: yes_no}]
  - id: s3
    title: S3
    weight: 1
    questions: [{id: q3, text: Q3, type: yes_no}]
  - title: S4
    id: s4
    questions: [{id: q4, text: Q4, type: yes_no}]
"""
    # a missing weight is reported on the line where its section starts
    assert errors(text) == [
        "x.yaml:9: sections[1].weight: either every section has a weight or none has",
        "x.yaml:16: sections[3].weight: either every section has a weight or none has",
    ]


def test_grade_bands_must_include_min_zero() -> None:
    text = """\
id: shop
version: 1
title: Shop
grade_bands:
  - {min: 80, label: Good}
  - {min: 10, label: Bad}
sections:
  - id: s1
    title: S1
    questions: [{id: q1, text: Q1, type: yes_no}]
"""
    assert errors(text) == ["x.yaml:4: grade_bands: must include a band with min: 0"]


def test_grade_bands_distinct_mins() -> None:
    text = """\
id: shop
version: 1
title: Shop
grade_bands:
  - {min: 0, label: Poor}
  - label: Good
    min: 50
  - label: Great
    min: 50.0
sections:
  - id: s1
    title: S1
    questions: [{id: q1, text: Q1, type: yes_no}]
"""
    assert errors(text) == ["x.yaml:9: grade_bands[2].min: duplicate min 50"]


# ---------------------------------------------------------------- other domain rules


def test_id_must_be_a_slug() -> None:
    text = HEAD.replace("id: shop", "id: Shop Visit")
    assert errors(text) == ["x.yaml:1: id: 'Shop Visit' is not a slug (lower-case letters, digits, '-' and '_')"]


def test_version_positive() -> None:
    assert errors(HEAD.replace("version: 1", "version: 0")) == ["x.yaml:2: version: must be a positive integer"]


def test_at_least_one_section() -> None:
    text = "id: shop\nversion: 1\ntitle: Shop\nsections: []\n"
    assert errors(text) == ["x.yaml:4: sections: a form needs at least one section"]


def test_scale_max_above_min() -> None:
    text = HEAD + "      - {id: q2, text: Q2, type: scale, min: 5, max: 5}\n"
    assert errors(text) == ["x.yaml:11: sections[0].questions[1].max: must be greater than min (5)"]


def test_critical_only_on_scored_question() -> None:
    text = HEAD + "      - {id: q2, text: Q2, type: csat, critical: visit}\n"
    assert errors(text) == [
        "x.yaml:11: sections[0].questions[1].critical: only a question that can earn points can be critical"
    ]


def test_points_on_unscored_type() -> None:
    text = HEAD + "      - {id: q2, text: Q2, type: text, points: 2}\n"
    assert errors(text) == [
        "x.yaml:11: sections[0].questions[1].points: a text question is unscored and takes no points"
    ]


def test_negative_weight() -> None:
    text = HEAD.replace("    title: S1\n", "    title: S1\n    weight: -1\n")
    assert errors(text) == ["x.yaml:7: sections[0].weight: must not be negative"]


# ---------------------------------------------------------------- structure


def test_unknown_field_did_you_mean() -> None:
    text = HEAD + "        pionts: 3\n"
    assert errors(text) == ["x.yaml:11: sections[0].questions[0].pionts: unknown field (did you mean 'points'?)"]


def test_unknown_field_without_close_match_lists_known_fields() -> None:
    text = HEAD.replace("title: Shop\n", "title: Shop\nzzz: 1\n")
    assert errors(text) == [
        "x.yaml:4: zzz: unknown field (known: id, version, languages, title, description, grade_bands, sections, "
        "checks)"
    ]


def test_unknown_field_in_section_and_threshold() -> None:
    text = HEAD.replace("    title: S1\n", "    title: S1\n    stg: purchase\n") + (
        "      - {id: q2, text: Q2, type: duration, thresholds: [{max: 5, points: 1, pts: 2}]}\n"  # 12
    )
    assert errors(text) == [
        "x.yaml:7: sections[0].stg: unknown field (did you mean 'stage'?)",
        "x.yaml:12: sections[0].questions[1].thresholds[0].pts: unknown field (did you mean 'points'?)",
    ]


def test_missing_required_field_of_question() -> None:
    text = HEAD + (
        "      - id: q2\n"  # 11
        "        type: yes_no\n"  # 12
    )
    assert errors(text) == ["x.yaml:11: sections[0].questions[1]: missing required field 'text'"]


def test_missing_required_field_of_form() -> None:
    text = HEAD.replace("title: Shop\n", "")
    assert errors(text) == ["x.yaml:1: (form): missing required field 'title'"]


def test_required_field_given_empty() -> None:
    text = HEAD.replace("        text: Q1\n", "        text:\n")
    assert errors(text) == ["x.yaml:9: sections[0].questions[0].text: missing required field 'text'"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("version: 1", "version: two", "x.yaml:2: version: expected a whole number, got text 'two'"),
        ("version: 1", "version: 1.5", "x.yaml:2: version: expected a whole number, got 1.5"),
        ("        type: yes_no\n", "        type: yes_no\n        points: '5'\n",
         "x.yaml:11: sections[0].questions[0].points: expected a number, got text '5'"),
        ("        type: yes_no\n", "        type: yes_no\n        na: yes\n",
         "x.yaml:11: sections[0].questions[0].na: expected true or false, got text 'yes'"),
        ("        type: yes_no\n", "        type: yes_no\n        required: 1\n",
         "x.yaml:11: sections[0].questions[0].required: expected true or false, got 1"),
        ("    title: S1\n", "    title: [S, 1]\n", "x.yaml:6: sections[0].title: expected text, got a list"),
        ("    questions:\n      - id: q1\n        text: Q1\n        type: yes_no\n", "    questions: none\n",
         "x.yaml:7: sections[0].questions: expected a list, got text 'none'"),
        ("sections:\n", "sections:\n  - just text\n",
         "x.yaml:5: sections[0]: expected a mapping, got text 'just text'"),
    ],
)  # fmt: skip
def test_wrong_type(old: str, new: str, expected: str) -> None:
    text = HEAD.replace(old, new, 1)
    assert text != HEAD
    assert errors(text)[0] == expected


@pytest.mark.parametrize(
    ("line", "field", "expected"),
    [
        (
            "    stage: buying\n",
            "sections[0].stage",
            "'buying' is not one of: awareness, consideration, purchase, service, post_purchase",
        ),
        (
            "    channel: fax\n",
            "sections[0].channel",
            "'fax' is not one of: in_store, phone, web, email, chat, social, app, other",
        ),
    ],
)
def test_bad_section_enum(line: str, field: str, expected: str) -> None:
    text = HEAD.replace("    title: S1\n", "    title: S1\n" + line)
    assert errors(text) == [f"x.yaml:7: {field}: {expected}"]


def test_bad_question_type() -> None:
    text = HEAD.replace("type: yes_no", "type: boolean")
    assert errors(text) == [
        "x.yaml:10: sections[0].questions[0].type: 'boolean' is not one of: yes_no, choice, multi, scale, duration, "
        "csat, ces, nps, number, text, date, time"
    ]


def test_bad_critical() -> None:
    text = HEAD + "        critical: always\n"
    assert errors(text) == ["x.yaml:11: sections[0].questions[0].critical: 'always' is not one of: section, visit"]


def test_bad_type_and_bad_critical_reported_together() -> None:
    text = HEAD.replace("type: yes_no", "type: boolean") + "        critical: always\n        zzz: 1\n"
    assert errors(text) == [
        "x.yaml:12: sections[0].questions[0].zzz: unknown field (known: id, text, type, points, choices, thresholds, "
        "expected, min, max, whole, critical, na, required, show_if, help)",
        "x.yaml:10: sections[0].questions[0].type: 'boolean' is not one of: yes_no, choice, multi, scale, duration, "
        "csat, ces, nps, number, text, date, time",
        "x.yaml:11: sections[0].questions[0].critical: 'always' is not one of: section, visit",
    ]


def test_duplicate_yaml_key_points_at_the_second() -> None:
    text = HEAD + "        text: Q1 again\n"
    assert errors(text) == ["x.yaml:11: sections[0].questions[0].text: written twice in the same mapping"]


def test_yaml_syntax_error_names_file_and_line() -> None:
    text = "id: shop\nversion: 1\ntitle: Shop\n  oops: x\nsections: []\n"
    assert errors(text, "forms/bad.yaml") == [
        "forms/bad.yaml:4: (file): YAML syntax error: mapping values are not allowed here"
    ]


def test_yaml_tab_indentation_error() -> None:
    text = "id: shop\nversion: 1\ntitle: Shop\nsections:\n\t- id: s1\n"
    assert errors(text) == ["x.yaml:5: (file): YAML syntax error: found character '\\t' that cannot start any token"]


def test_yaml_unsafe_tag_is_an_error_not_a_crash() -> None:
    text = "id: shop\nversion: 1\ntitle: !!python/name:os.system Shop\nsections: []\n"
    found = errors(text)
    assert len(found) == 1
    assert found[0].startswith("x.yaml:3: (file): YAML error: ")


def test_not_a_mapping() -> None:
    assert errors("- a\n- b\n") == ["x.yaml:1: (form): expected a mapping, got a list"]


# ---------------------------------------------------------------- files


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text("")
    with pytest.raises(FormError) as info:
        load_form(path)
    assert [str(p) for p in info.value.problems] == [f"{path}:1: (form): the file is empty"]


def test_comments_only_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("# nothing yet\n\n")
    with pytest.raises(FormError) as info:
        load_form(path)
    assert [str(p) for p in info.value.problems] == [f"{path}:1: (form): the file is empty"]


def test_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("id: caf\u00e9\n".encode("latin-1"))
    with pytest.raises(FormError) as info:
        load_form(path)
    assert [str(p) for p in info.value.problems] == [f"{path}:1: (file): not UTF-8 text (invalid continuation byte)"]


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    with pytest.raises(FormError) as info:
        load_form(path)
    # no line to point at: line 0
    assert [str(p) for p in info.value.problems] == [f"{path}:0: (file): cannot read: No such file or directory"]


def test_load_form_reads_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + HEAD.replace("title: Shop", "title: Caf\u00e9").encode())
    assert load_form(path).title == "Caf\u00e9"


def test_file_name_in_messages(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(HEAD + "        pionts: 3\n")
    with pytest.raises(FormError) as info:
        load_form(path)
    assert str(info.value) == f"{path}:11: sections[0].questions[0].pionts: unknown field (did you mean 'points'?)"


# ---------------------------------------------------------------- several problems at once


def test_all_structural_problems_at_once() -> None:
    text = """\
id: shop
version: one
title: Shop
sections:
  - id: s1
    title: S1
    stage: sales
    questions:
      - {id: q1, text: Q1, type: yes_no, pionts: 1}
  - id: s2
    title: S2
    channel: telepathy
    questions:
      - {id: q2, type: yes_no}
"""
    assert errors(text) == [
        "x.yaml:2: version: expected a whole number, got text 'one'",
        "x.yaml:9: sections[0].questions[0].pionts: unknown field (did you mean 'points'?)",
        "x.yaml:7: sections[0].stage: 'sales' is not one of: awareness, consideration, purchase, service, "
        "post_purchase",
        "x.yaml:14: sections[1].questions[0]: missing required field 'text'",
        "x.yaml:12: sections[1].channel: 'telepathy' is not one of: in_store, phone, web, email, chat, social, app, "
        "other",
    ]


def test_all_rule_problems_at_once() -> None:
    text = """\
id: shop
version: 1
title: Shop
grade_bands:
  - {min: 50, label: Pass}
sections:
  - id: s1
    title: S1
    weight: 1
    questions:
      - {id: q1, text: Q1, type: yes_no, choices: [a]}
      - {id: q1, text: Q1 again, type: choice, points: 2, choices: [a, a]}
  - id: s2
    title: S2
    questions:
      - id: d
        text: D
        type: duration
        thresholds:
          - {max: 10, points: 1}
          - {max: 5, points: 2}
"""
    assert errors(text) == [
        "x.yaml:4: grade_bands: must include a band with min: 0",
        "x.yaml:13: sections[1].weight: either every section has a weight or none has",
        "x.yaml:11: sections[0].questions[0].choices: choices are only for choice and multi questions, not yes_no",
        "x.yaml:12: sections[0].questions[1].id: duplicate question id 'q1': ids must be unique in the whole form",
        "x.yaml:12: sections[0].questions[1].choices: duplicate choice value 'a'",
        "x.yaml:12: sections[0].questions[1].points: points are not given on a choice question: "
        "each choice carries its points",
        "x.yaml:21: sections[1].questions[0].thresholds: max must increase",
        "x.yaml:21: sections[1].questions[0].thresholds: points must not increase",
    ]


# ---------------------------------------------------------------- yes and no stay strings


def test_yes_no_are_strings() -> None:
    text = HEAD + (
        "        expected: no\n"  # 11
        "      - id: q2\n"  # 12
        "        text: Q2\n"  # 13
        "        type: text\n"  # 14
        "        show_if: {question: q1, equals: yes}\n"  # 15
        "      - id: q3\n"  # 16
        "        text: Q3\n"  # 17
        "        type: yes_no\n"  # 18
        "        show_if: {question: q1, in: [no, off, true]}\n"  # 19
        "        help: yes\n"  # 20
    )
    # "off" (a YAML 1.1 boolean) is read as the string "off", which q1 cannot take
    assert errors(text) == [
        "x.yaml:19: sections[0].questions[2].show_if: 'q1' cannot take the value 'off' (it takes no, yes)"
    ]
    q1, q2, q3 = ok(text.replace("[no, off, true]", "[no, true]")).questions()
    assert q1.expected == "no"
    assert q2.show_if == ShowIf("q1", ("yes",))
    assert q3.show_if == ShowIf("q1", ("no", "yes"))  # true is YAML's boolean, read as yes
    assert q3.help == "yes"
    assert q3.type is QuestionType.YES_NO


def test_numbers_are_exact() -> None:
    text = HEAD + "        points: 0.1\n"
    assert ok(text).questions()[0].points == Fraction(1, 10)


# ---------------------------------------------------------------- number bounds (XLSForm constraints map to them)


def test_number_bounds_and_whole_load_and_check_answers() -> None:
    from mystery_shop.domain.answers import check_answers

    form = ok(
        HEAD
        + "      - {id: n, text: N, type: number, min: 0, max: 2.5}\n"
        + "      - {id: w, text: W, type: number, whole: true, min: 1}\n"
    )
    n, w = form.questions()[1:]
    assert (n.min, n.max, n.whole, w.min, w.whole) == (0, Fraction(5, 2), False, 1, True)
    _, problems = check_answers(form, {"n": 2.5, "w": 7})
    assert problems == []
    _, problems = check_answers(form, {"n": 2.6, "w": 1.5})
    assert [str(p) for p in problems] == [
        "n: 2.6 is not a number from 0 to 2.5",
        "w: 1.5 is not a whole number of at least 1",
    ]
    _, problems = check_answers(form, {"w": 0})
    assert [str(p) for p in problems] == ["w: 0 is not a whole number of at least 1"]


def test_number_bounds_rules() -> None:
    assert errors(HEAD + "      - {id: n, text: N, type: number, min: 3, max: 2}\n") == [
        "x.yaml:11: sections[0].questions[1].max: must be at least min (3)"
    ]
    assert errors(HEAD + "      - {id: n, text: N, type: number, whole: true, max: 2.5}\n") == [
        "x.yaml:11: sections[0].questions[1].max: must be a whole number when whole: true"
    ]
    assert errors(HEAD + "        whole: true\n") == [
        "x.yaml:11: sections[0].questions[0].whole: whole is only for number questions, not yes_no"
    ]
    assert errors(HEAD + "        min: 1\n") == [
        "x.yaml:11: sections[0].questions[0].min: min and max are only for scale and number questions, not yes_no"
    ]
    assert errors(HEAD + "      - {id: n, text: N, type: scale, max: 2.5}\n") == [
        "x.yaml:11: sections[0].questions[1].max: expected a whole number, got 2.5"
    ]
