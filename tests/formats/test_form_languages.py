"""Forms in several languages: the YAML format, the loader's rules (FILE:LINE: path), the domain API."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

from mystery_shop.domain.answers import check_answers
from mystery_shop.domain.forms import Form
from mystery_shop.domain.scoring import score_visit
from mystery_shop.formats import FormError, load_form, parse_form
from support.form_strategies import forms

FORMS = Path(__file__).resolve().parents[2] / "forms"

TWO = """\
id: shop
version: 1
languages: [en, pl]
title: {en: Shop, pl: Sklep}
sections:
  - id: s1
    title:
      en: Greeting
      pl: Powitanie
    questions:
      - id: q1
        text: {en: "Greeted?", pl: "Przywitano?"}
        help: Only in English
        type: choice
        choices:
          - {value: a, label: {en: At once, pl: Od razu}, points: 2}
          - {value: b, label: Later}
grade_bands:
  - {min: 50, label: {en: Pass, pl: Zaliczone}}
  - {min: 0, label: Fail}
"""


def errors(text: str) -> list[str]:
    with pytest.raises(FormError) as info:
        parse_form(text, "x.yaml")
    return [str(p) for p in info.value.problems]


def test_plain_and_translated_texts_load() -> None:
    form = parse_form(TWO)
    assert form.languages == ("en", "pl") and form.default_language == "en"
    q = form.questions()[0]
    assert (form.title, q.text, q.choices[0].label) == ("Shop", "Greeted?", "At once")
    assert q.translations.get("text", "pl") == "Przywitano?"
    assert q.translations.get("help", "pl") is None


def test_in_language_translates_every_text_and_falls_back_to_the_default() -> None:
    pl = parse_form(TWO).in_language("pl")
    q = pl.questions()[0]
    assert pl.language == "pl"
    assert (pl.title, pl.sections[0].title, q.text, q.help) == ("Sklep", "Powitanie", "Przywitano?", "Only in English")
    assert [c.text for c in q.choices] == ["Od razu", "Later"]
    assert [b.label for b in pl.grade_bands] == ["Zaliczone", "Fail"]
    assert [c.value for c in q.choices] == ["a", "b"] and q.id == "q1"
    with pytest.raises(ValueError, match="already shown in 'pl'"):
        pl.in_language("en")


def test_in_language_of_the_default_or_an_unknown_language_is_the_form_itself() -> None:
    form = parse_form(TWO)
    assert form.in_language("en") is form
    assert form.in_language("de") is form
    assert form.in_language(None) is form


def test_missing_translations_lists_the_fallbacks() -> None:
    form = parse_form(TWO)
    assert [".".join(map(str, p)) for p in form.missing_translations("pl")] == [
        "grade_bands.1.label",
        "sections.0.questions.0.help",
        "sections.0.questions.0.choices.1.label",
    ]
    assert form.missing_translations("en") == []


@pytest.mark.parametrize(
    ("preferred", "chosen"),
    [
        (["pl"], "pl"),
        (["pl-PL"], "pl"),
        (["PL"], "pl"),
        (["de", "pl"], "pl"),
        (["de"], "en"),
        ([], "en"),
        ([None], "en"),
    ],
)
def test_pick_language(preferred: list[str | None], chosen: str) -> None:
    assert parse_form(TWO).pick_language(preferred) == chosen


def test_a_form_in_one_language_has_none_to_pick() -> None:
    form = load_form(FORMS / "bank-branch-visit.yaml")
    assert form.languages == () and form.pick_language(["pl"]) is None and form.in_language("pl") is form


def test_the_retail_sample_is_fully_in_polish() -> None:
    form = load_form(FORMS / "retail-store-visit.yaml")
    assert form.languages == ("en", "pl")
    assert form.missing_translations("pl") == []
    pl = form.in_language("pl")
    assert pl.title == "Wizyta w sklepie"
    assert pl.grade_bands[0].label == "Doskonały"


# ---------------------------------------------------------------- the loader's rules


def test_a_translated_text_needs_the_default_language() -> None:
    text = TWO.replace('text: {en: "Greeted?", pl: "Przywitano?"}', 'text: {pl: "Przywitano?"}')
    assert errors(text) == ["x.yaml:12: sections[0].questions[0].text: has no text in the default language 'en'"]


def test_a_translation_in_an_undeclared_language() -> None:
    text = TWO.replace("      en: Greeting\n", "      en: Greeting\n      de: Begrüßung\n")
    assert errors(text) == ["x.yaml:9: sections[0].title.de: 'de' is not one of the form's languages (en, pl)"]


def test_translations_need_declared_languages() -> None:
    text = TWO.replace("languages: [en, pl]\n", "")
    assert errors(text)[0] == (
        "x.yaml:3: title: a translated text needs the form's languages (languages: [en, pl], default first)"
    )


def test_languages_must_be_codes_listed_once() -> None:
    assert errors(TWO.replace("[en, pl]", "[en, pl, en]")) == ["x.yaml:3: languages[2]: 'en' is listed twice"]
    assert errors(TWO.replace("[en, pl]", "[en, pl, 'Polski (pl)']")) == [
        "x.yaml:3: languages[2]: 'Polski (pl)' is not a language code (such as en, pl or pt-BR)"
    ]
    assert errors(TWO.replace("[en, pl]", "[]")) == [
        "x.yaml:3: languages: expected a list of language codes, the default first: [en, pl]"
    ]


def test_a_translation_must_not_be_empty_nor_a_mapping() -> None:
    assert errors(TWO.replace("pl: Sklep", "pl: ' '")) == ["x.yaml:4: title.pl: must not be empty"]
    assert errors(TWO.replace("pl: Sklep", "pl: {x: y}")) == ["x.yaml:4: title.pl: expected text, got a mapping"]


# ---------------------------------------------------------------- answers and scores never depend on the language


@settings(max_examples=80, deadline=None)
@given(forms())
def test_scores_are_the_same_in_every_language(form: Form) -> None:
    values = {}
    for q in form.questions():
        if q.choices:
            values[q.id] = q.choices[0].value if q.type.value == "choice" else [q.choices[0].value]
        elif q.type.value == "yes_no":
            values[q.id] = "yes"
    answers, problems = check_answers(form, values)
    assert problems == []
    base = score_visit(form, answers)
    for lang in form.languages:
        shown = form.in_language(lang)
        again, problems = check_answers(shown, values)
        assert problems == [] and again == answers
        score = score_visit(shown, answers)
        assert (score.total, score.stages, score.missing) == (base.total, base.stages, base.missing)
        assert [(s.id, s.earned, s.possible, s.critical_failed) for s in score.sections] == [
            (s.id, s.earned, s.possible, s.critical_failed) for s in base.sections
        ]
        assert (score.grade is None) == (base.grade is None)
        if base.grade is not None:
            assert score.grade == form.band_in_language(base.grade, lang)
