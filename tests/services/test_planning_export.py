"""Planning from a CSV schedule, and the CSV/XLSX export of a client's period."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mystery_shop.domain.workflow import Role
from mystery_shop.services import review
from mystery_shop.services.export import write_export
from mystery_shop.services.period import load_period
from mystery_shop.services.planning import plan_from_text
from mystery_shop.services.rows import ServiceError
from mystery_shop.store import models as m
from support.images import SIGNATURE
from support.workspaces import make_workspace


def test_schedule_keeps_good_rows_and_reports_bad_ones_by_line(tmp_path: Path) -> None:
    ws, _ = make_workspace(tmp_path)
    ws.add_person("zoe", "Zoë Ångström", Role.AUDITOR)
    text = (
        "client,location,form,auditor,date,due,scenario\n"
        "Acme,High Street,shop,zoe,2026-12-01,2026-12-04,Ask for a refund\n"  # line 2: ok
        "Acme,Nowhere,shop,,2026-12-01,,\n"  # 3
        "Acme,High Street,nope,,2026-12-01,,\n"  # 4
        "Acme,High Street,shop,ghost,2026-12-01,,\n"  # 5
        "Acme,High Street,shop,,01/12/2026,,\n"  # 6
        "Acme,High Street,shop,,2026-12-05,2026-12-01,\n"  # 7: due before date
        "acme,high street,shop,Zoë Ångström,2026-12-02,,\n"  # 8: ok, names case-insensitive
    )
    result = plan_from_text(ws, text)
    assert [p.line for p in result.problems] == [3, 4, 5, 6, 7]
    assert "Acme has no location 'Nowhere'. Known: 'High Street'" in result.problems[0].message
    assert "No form 'nope'. Known: 'shop'" in result.problems[1].message
    assert "no auditor 'ghost'" in result.problems[2].message
    assert "not a date" in result.problems[3].message
    assert "before the visit date" in result.problems[4].message
    assert len(result.created) == 2
    planned = ws.open_visit(result.created[0])
    assert planned.header.auditor == "Zoë Ångström"
    assert planned.header.due_date == dt.date(2026, 12, 4)
    assert planned.header.scenario == "Ask for a refund"


def test_schedule_without_required_columns_is_refused(tmp_path: Path) -> None:
    ws, _ = make_workspace(tmp_path)
    with pytest.raises(ServiceError, match="missing: form, date"):
        plan_from_text(ws, "client,location\nAcme,High Street\n")


def _approve(ws, visit_id: str, values: dict, adjust: str | None = None) -> None:
    ed = ws.open_visit(visit_id)
    ed.set_answers(values)
    ed.sign(SIGNATURE, "Zoë")
    with ws.sessions.begin() as s:
        s.add(m.Photo(visit_id=visit_id, section_id="greeting", sha256="0" * 64))
    ed.submit()
    if adjust:
        review.override_score(ed, adjust, 1, "the auditor misread the scale: internal")
    review.approve(ed)


def test_export_csv_and_xlsx(tmp_path: Path) -> None:
    ws, first = make_workspace(tmp_path / "p", day=dt.date(2026, 11, 20))
    loc = ws.locations()[0]
    second = ws.create_visit("shop", loc.id, dt.date(2026, 11, 22))
    draft = ws.create_visit("shop", loc.id, dt.date(2026, 11, 23))
    _approve(ws, first, {"greeted": "yes", "wait": 42, "mood": 5, "staff_name": "Łukasz"})
    _approve(ws, second, {"greeted": "no", "wait": 10, "mood": 1}, adjust="mood")
    ws.open_visit(draft).set_answer("greeted", "yes")

    period = load_period(ws, "Acme", dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert [v.facts.visit_id for v in period.visits] == [first, second]  # drafts are not reported

    out = tmp_path / "acme.csv"
    assert write_export(period, out) == 2
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["visit_id"] for r in rows] == [first, second]
    assert rows[0]["staff_name"] == "Łukasz"
    assert rows[0]["total"] == "84.62"  # 5 + 2 + 4 of 13, at the stated precision (2 decimals)
    assert rows[0]["score.greeting"] == "77.78"  # 700 / 9: no float artifacts
    assert rows[0]["date"] == "2026-11-20"
    assert rows[1]["grade"] == "Poor"
    assert rows[1]["total"] == "7.69"  # greeted "no" fails its section; mood adjusted to 1 of 13
    assert (rows[0]["adjusted_on_review"], rows[1]["adjusted_on_review"]) == ("", "mood")
    assert "misread" not in out.read_text(encoding="utf-8-sig")  # the reason stays internal

    xlsx = tmp_path / "acme.xlsx"
    write_export(period, xlsx)
    sheet = load_workbook(xlsx)["Visits"]
    values = list(sheet.values)
    assert list(values[0]) == list(rows[0].keys())
    assert values[1][0] == first
    names = list(rows[0].keys())
    assert values[1][names.index("total")] == 84.62 and isinstance(values[1][names.index("mood")], int)
    date = sheet.cell(row=2, column=names.index("date") + 1)
    assert date.is_date and date.value.date() == dt.date(2026, 11, 20) and date.number_format == "yyyy-mm-dd"
    assert values[2][names.index("adjusted_on_review")] == "mood"

    with pytest.raises(ServiceError, match=r"\.csv or \.xlsx"):
        write_export(period, tmp_path / "acme.pdf")
    with pytest.raises(ServiceError, match="No client"):
        load_period(ws, "Nobody", dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_an_answer_that_looks_like_a_formula_is_text_in_the_csv_and_the_xlsx(tmp_path: Path) -> None:
    """OWASP's CSV injection: a text answer a spreadsheet would compute is written behind an apostrophe."""
    evil = '=HYPERLINK("http://evil.example/","click me")'
    ws, first = make_workspace(tmp_path / "p", day=dt.date(2026, 11, 20))
    _approve(ws, first, {"greeted": "yes", "wait": 42, "mood": 5, "staff_name": evil})
    period = load_period(ws, "Acme", dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    out = tmp_path / "acme.csv"
    write_export(period, out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        row = next(csv.DictReader(fh))
    assert row["staff_name"] == "'" + evil
    assert float(row["total"]) > 0, "numbers stay numbers"
    xlsx = tmp_path / "acme.xlsx"
    write_export(period, xlsx)
    sheet = load_workbook(xlsx)["Visits"]
    header = [c.value for c in sheet[1]]
    cell = sheet.cell(2, header.index("staff_name") + 1)
    assert (cell.value, cell.data_type) == ("'" + evil, "s"), "a text, not a live formula"
    total = sheet.cell(2, header.index("total") + 1)
    assert isinstance(total.value, float) and total.data_type == "n"
