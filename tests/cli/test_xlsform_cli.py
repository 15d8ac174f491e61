"""``mystery-shop forms import`` / ``forms export`` and ``validate``'s language line, as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from mystery_shop.cli import main
from mystery_shop.formats import load_form
from support.xlsforms import workbook

FORMS = Path(__file__).resolve().parents[2] / "forms"


def test_export_then_import_to_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    xlsx, yaml_path = tmp_path / "retail.xlsx", tmp_path / "retail.yaml"
    assert main(["forms", "export", str(FORMS / "retail-store-visit.yaml"), "-o", str(xlsx)]) == 0
    assert capsys.readouterr().out == f"{xlsx}: retail-store-visit v2, 24 questions\n"
    assert main(["forms", "import", str(xlsx), "-o", str(yaml_path)]) == 0
    err = capsys.readouterr().err
    assert err == f"{yaml_path}: retail-store-visit v2: 6 touchpoints, 24 questions, languages en, pl\n"
    assert load_form(yaml_path).in_language("pl").title == "Wizyta w sklepie"
    assert main(["validate", str(yaml_path)]) == 0
    assert capsys.readouterr().out.endswith("; languages en, pl\n")


def test_import_prints_the_form_and_lists_what_was_not_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = workbook(
        tmp_path / "f.xlsx",
        survey=[["type", "name", "label", "appearance"], ["start", "start", None], ["text", "a", "A", "multiline"]],
    )
    assert main(["forms", "import", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "      - id: a\n        text: A\n        type: text\n" in out
    assert err.splitlines() == [
        f"{path}:survey:2:A: 'start' is metadata: the app records who made a visit and when itself: left out",
        f"{path}:survey:3:D: appearance: not kept (the app lays out questions itself)",
        "f v1: 1 touchpoint, 1 question; 2 things not carried over (listed above)",
    ]
    out_file = tmp_path / "f.yaml"
    assert main(["forms", "import", str(path), "--strict", "-o", str(out_file)]) == 1
    assert capsys.readouterr().err.endswith("not imported (--strict): 2 things not carried over\n")
    assert not out_file.exists()


def test_import_refuses_what_is_not_an_xlsform_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = workbook(tmp_path / "data.xlsx", visits=[["date", "store"], ["2024-01-01", "Leeds"]])
    assert main(["forms", "import", str(path)]) == 2
    assert capsys.readouterr().err == f"{path}: not an XLSForm: it has no 'survey' sheet (its sheets: visits)\n"
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    assert main(["forms", "import", str(old)]) == 2
    assert "save it as .xlsx" in capsys.readouterr().err
    assert main(["forms", "import", str(tmp_path / "missing.xlsx")]) == 2
    assert capsys.readouterr().err == f"mystery-shop: {tmp_path / 'missing.xlsx'}: no such file\n"


def test_import_of_a_form_that_breaks_a_rule_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = workbook(tmp_path / "f.xlsx", survey=[["type", "name", "label"], ["note", "n", "Only a note"]])
    assert main(["forms", "import", str(path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{path}:survey:1:A: no question could be imported: there is no form",
        f"{path}: not imported: the problems above must be fixed first",
    ]


def test_export_of_a_bad_form_lists_its_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nversion: 1\ntitle: X\nsections: []\n", encoding="utf-8")
    assert main(["forms", "export", str(bad), "-o", str(tmp_path / "x.xlsx")]) == 1
    assert capsys.readouterr().err == f"{bad}:4: sections: a form needs at least one section\n"
    assert main(["forms", "export", str(FORMS / "bank-branch-visit.yaml"), "-o", str(tmp_path / "x.csv")]) == 1
    assert "an XLSForm is written as .xlsx" in capsys.readouterr().err


def test_validate_counts_untranslated_texts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    form = tmp_path / "x.yaml"
    form.write_text(
        "id: x\nversion: 1\nlanguages: [en, pl, de]\ntitle: {en: X, pl: Y}\n"
        "sections:\n  - {id: s, title: S, questions: [{id: q, text: Q, type: yes_no}]}\n",
        encoding="utf-8",
    )
    assert main(["validate", str(form)]) == 0
    assert capsys.readouterr().out == (
        f"{form}: ok (x v1, 1 section, 1 question); languages en, pl, de (pl: 6 texts in en, de: 7 texts in en)\n"
    )
