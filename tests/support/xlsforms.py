"""XLSForm workbooks for tests, built with openpyxl from rows, and real public XLSForms rebuilt the same way.

The public forms are transcribed cell for cell from files in public repositories
(XLSX is binary, so they are kept here as rows and written to .xlsx when a test
needs them); each names its source.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from mystery_shop.domain.forms import RATING_RANGES, REQUIRED_BY_DEFAULT, Form, Question, QuestionType
from mystery_shop.domain.texts import Translations

Rows = list[list[Any]]


def workbook(path: Path, **sheets: Rows) -> Path:
    """Write ``sheets`` (name -> rows, the first row the header) as an .xlsx file at ``path``."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def canonical(form: Form) -> Form:
    """``form`` with every default written the same way (points: 1 on a yes/no is no points given, ...),
    so two forms that mean the same compare equal."""

    def question(q: Question) -> Question:
        kw: dict[str, Any] = {}
        if q.type in (QuestionType.YES_NO, QuestionType.SCALE) and q.points == 1:
            kw["points"] = None
        if q.type in RATING_RANGES and q.points == 0:
            kw["points"] = None
        if q.required is not None and q.required == (q.type in REQUIRED_BY_DEFAULT):
            kw["required"] = None
        if q.type is QuestionType.SCALE and (q.min, q.max) == (1, 5):
            kw["min"] = kw["max"] = None
        return dataclasses.replace(q, **kw)

    descriptions = {lang: t.strip() for lang, t in form.translations.field("description").items()}
    return dataclasses.replace(
        form,
        description=form.description.strip() if form.description else form.description,
        translations=Translations.of({"title": form.translations.field("title"), "description": descriptions}),
        sections=tuple(dataclasses.replace(s, questions=tuple(map(question, s.questions))) for s in form.sections),
    )


# ---------------------------------------------------------------- real forms from public ODK and Kobo projects

# KoboToolbox's formpack test suite: tests/fixtures/json/site_inspection.json, version "siv1"
# (github.com/kobotoolbox/formpack). A site inspection with nested groups and a relevant on a group.
SITE_INSPECTION = {
    "survey": [
        ["type", "name", "label", "required", "relevant"],
        ["text", "inspector", "inspector", "true", None],
        ["select_one y_n", "did_you_find_the_site", "did you find the site", "true", None],
        ["begin_group", "group_site_condition", "site condition", None, "${did_you_find_the_site} = 'yes'"],
        ["select_one y_n", "was_there_damage_to_the_site", "was there damage to the site?", "true", None],
        ["select_one y_n", "was_there_damage_to_the_site_dupe", "was there damage to the site?", "true", None],
        ["begin_group", "group_proprietary_tool", "proprietary tool name", None, None],
        ["integer", "ping", "ping", "true", None],
        ["integer", "rssi", "rssi", "true", None],
        ["end_group", None, None, None, None],
        ["begin_group", "group_gate", "gate", None, None],
        ["select_one y_n", "is_the_gate_secure", "is the gate secure?", "true", None],
        ["end_group", None, None, None, None],
        ["select_one y_n", "is_plant_life_encroaching", "is plant life encroaching?", "true", None],
        ["end_group", None, None, None, None],
        ["select_one l_m_s", "please_rate_the_impact_of_any_defects_observed",
         "please rate the impact of any defects observed", "true", None],
    ],
    "choices": [
        ["list_name", "name", "label"],
        ["l_m_s", "low", "low"],
        ["l_m_s", "moderate", "moderate"],
        ["l_m_s", "severe", "severe"],
        ["y_n", "yes", "yes"],
        ["y_n", "no", "no"],
    ],
    "settings": [["form_id", "form_title", "version"], ["site_inspection", "Site inspection", "siv1"]],
}  # fmt: skip

# KoboToolbox's formpack: tests/fixtures/grouped_translated/v1.json (github.com/kobotoolbox/formpack).
# English and Spanish labels, start/end metadata, a select_multiple and an integer in a group.
GROUPED_TRANSLATED = {
    "survey": [
        ["type", "name", "label::English", "label::Español", "required"],
        ["start", "start", None, None, None],
        ["end", "end", None, None, None],
        ["begin_group", "external_characteristics", "External Characteristics", "Características externas", None],
        ["select_multiple symmetry", "What_kind_of_symmetry_do_you_have", "What kind of symmetry do you have?",
         "¿Qué tipo de simetría tiene?", "false"],
        ["integer", "How_many_segments_does_your_body_have", "How many segments does your body have?",
         "¿Cuántos segmentos tiene tu cuerpo?", "false"],
        ["end_group", None, None, None, None],
        ["select_one fluids", "Do_you_have_body_flu_intracellular_space",
         "Do you have body fluids that occupy intracellular space?",
         "¿Tienes fluidos corporales que ocupan espacio intracelular?", "false"],
        ["select_one yes_no", "Do_you_descend_from_unicellular_organism",
         "Do you descend from an ancestral unicellular organism?",
         "¿Desciende de un organismo unicelular ancestral?", "false"],
    ],
    "choices": [
        ["list_name", "name", "label::English", "label::Español"],
        ["symmetry", "spherical", "Spherical", "Esférico"],
        ["symmetry", "radial", "Radial", "Radial"],
        ["symmetry", "bilateral", "Bilateral", "Bilateral"],
        ["fluids", "yes", "Yes", "Sí"],
        ["fluids", "yes__and_some_", "Yes, and some extracellular space", "Sí, y algún espacio extracelular"],
        ["fluids", "no___unsure", "No / Unsure", "No / Inseguro"],
        ["yes_no", "yes", "Yes", "Sí"],
        ["yes_no", "no", "No", "No"],
    ],
    "settings": [["form_id", "version"], ["grouped_translated", "grouped_translated_v1"]],
}  # fmt: skip

# KoboToolbox's formpack: tests/fixtures/json/restaurant_profile.json, version "rpV4"
# (github.com/kobotoolbox/formpack). Languages named without codes, and a geopoint.
RESTAURANT_PROFILE = {
    "survey": [
        ["type", "name", "label::english", "label::french", "required"],
        ["text", "restaurant_name", "restaurant name", "nom du restaurant", None],
        ["geopoint", "location", "location", "lieu", "true"],
        ["select_multiple eatery_types", "eatery_type", "type of eatery", "type de restaurant", None],
    ],
    "choices": [
        ["list_name", "name", "label::english", "label::french"],
        ["eatery_types", "sit_down", "sit down", "traditionnel"],
        ["eatery_types", "takeaway", "take-away", "avec vente à emporter"],
    ],
    "settings": [["form_id", "form_title", "version"], ["restaurant_profile", "Restaurant profile", "rpV4"]],
}

# pyxform's tests: tests/example_xls/loop.md (github.com/XLSForm/pyxform). The old spellings
# ("select all that apply from ... or specify other", "begin loop over", "list name", "label:english").
LOOP = {
    "survey": [
        ["type", "name", "label:english"],
        ["select all that apply from toilet_type or specify other", "available_toilet_types",
         "What type of toilets are on the premises?"],
        ["begin loop over toilet_type", "loop_toilet_types", None],
        ["integer", "number", "How many %(label)s are on the premises?"],
        ["end loop", None, None],
    ],
    "choices": [
        ["list name", "name", "label:english"],
        ["toilet_type", "pit_latrine_with_slab", "Pit latrine with slab"],
        ["toilet_type", "open_pit_latrine", "Pit latrine without slab/open pit"],
        ["toilet_type", "bucket_system", "Bucket system"],
    ],
}  # fmt: skip

# pyxform's tests: tests/example_xls/group.md (github.com/XLSForm/pyxform): "label:English (en)", "phone number".
GROUP = {
    "survey": [
        ["type", "name", "label:English (en)"],
        ["text", "family_name", "What's your family name?"],
        ["begin group", "father", "Father"],
        ["phone number", "phone_number", "What's your father's phone number?"],
        ["integer", "age", "How old is your father?"],
        ["end group", None, None],
    ]
}

# pyxform's tests: tests/example_xls/yes_or_no_question.md (github.com/XLSForm/pyxform).
YES_OR_NO = {
    "survey": [
        ["type", "name", "label:english"],
        ["select one from yes_or_no", "good_day", "have you had a good day today?"],
    ],
    "choices": [["list name", "name", "label:english"], ["yes_or_no", "yes", "yes"], ["yes_or_no", "no", "no"]],
}
