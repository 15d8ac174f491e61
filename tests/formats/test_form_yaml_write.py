"""Writing forms as YAML: what is written reads back as the same form, and an old text keeps its comments."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings

from mystery_shop.domain.forms import Form
from mystery_shop.formats import load_form, parse_form
from mystery_shop.formats.form_yaml_write import dump_form, update_form_yaml
from support.form_strategies import forms

FORMS = Path(__file__).resolve().parents[2] / "forms"


@settings(max_examples=150, deadline=None)
@given(forms())
def test_dump_reads_back_as_the_same_form(form: Form) -> None:
    assert parse_form(dump_form(form), "dumped.yaml") == form


@settings(max_examples=60, deadline=None)
@given(forms(), forms())
def test_update_over_any_old_text_gives_the_new_form(old: Form, new: Form) -> None:
    assert parse_form(update_form_yaml(dump_form(old), new)) == new


@pytest.mark.parametrize("path", sorted(FORMS.glob("*.yaml")), ids=lambda p: p.name)
def test_samples_are_written_back_unchanged(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert update_form_yaml(text, load_form(path)) == text


def test_yaml_1_1_booleans_and_look_alikes_are_quoted() -> None:
    form = load_form(FORMS / "retail-store-visit.yaml")
    q = form.sections[0].questions[0]
    tricky = ["yes", "no", "on", "12:30", "1_000", "null", "2024-05-06", "#x", "- a"]
    for text in tricky:
        changed = dataclasses.replace(
            form,
            checks=(),
            sections=(dataclasses.replace(form.sections[0], questions=(dataclasses.replace(q, text=text),)),),
        )
        out = dump_form(changed)
        assert parse_form(out).sections[0].questions[0].text == text
        line = next(line for line in out.splitlines() if line.strip().startswith("en:") and text in line)
        assert '"' in line or "'" in line, line


COMMENTED = """\
# The store visit, as the client agreed it in March.
id: shop
version: 1
title: Shop   # shown on the report
sections:
  - id: s1
    title: S1
    questions:
      # ask this first
      - id: q1
        text: Q1
        type: yes_no
        points: 2   # doubled in 2024
      - id: q2
        text: Q2
        type: choice
        choices:
          - {value: a, label: A, points: 1}
          - {value: b, points: 0}
"""


def test_update_keeps_comments_order_and_flow_style_of_what_did_not_change() -> None:
    form = parse_form(COMMENTED)
    s = form.sections[0]
    q1, q2 = s.questions
    changed = dataclasses.replace(
        form,
        version=2,
        sections=(dataclasses.replace(s, questions=(dataclasses.replace(q1, text="Q1 again"), q2)),),
    )
    out = update_form_yaml(COMMENTED, changed)
    assert out == COMMENTED.replace("version: 1", "version: 2").replace("text: Q1\n", "text: Q1 again\n")


def test_update_moves_a_question_with_its_comment_and_adds_new_keys_in_order() -> None:
    form = parse_form(COMMENTED)
    s = form.sections[0]
    q1, q2 = s.questions
    changed = dataclasses.replace(
        form, sections=(dataclasses.replace(s, questions=(q2, dataclasses.replace(q1, na=True, help="Look around"))),)
    )
    out = update_form_yaml(COMMENTED, changed)
    assert parse_form(out) == changed
    assert "# The store visit" in out and "# shown on the report" in out and "# doubled in 2024" in out
    assert "{value: a, label: A, points: 1}" in out
    lines = out.splitlines()
    assert lines.index("        points: 2   # doubled in 2024") < lines.index("        na: true")
    assert lines.index("        na: true") < lines.index("        help: Look around")


def test_an_unreadable_old_text_is_replaced_by_a_fresh_one() -> None:
    form = parse_form(COMMENTED)
    assert update_form_yaml("{not: [yaml", form) == dump_form(form)
    assert update_form_yaml("- a list\n", form) == dump_form(form)
