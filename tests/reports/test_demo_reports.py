"""The demo profile's reports: a realistic profile (three clients, every state) renders cleanly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from report_support import font_problems, ink, page_texts, qpdf_check, read, render_pages

from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.services import reports
from mystery_shop.services.demo import create_demo
from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace

SAMPLE_FORMS = Path(__file__).resolve().parents[2] / "forms"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    ws = Workspace.open(Profile(tmp_path_factory.mktemp("demo") / "profile"), log_to_file=False)
    create_demo(ws, forms_dir=SAMPLE_FORMS)
    yield ws
    ws.close()


def test_every_approved_demo_visit_reports_cleanly(demo: Workspace, tmp_path: Path) -> None:
    rows = [r for r in demo.visit_rows() if r.status in (VisitStatus.APPROVED, VisitStatus.PUBLISHED)]
    assert rows
    forms_seen = set()
    for row in rows:
        out = tmp_path / f"{row.id}.pdf"
        result = reports.visit_report(demo, row.id, out)
        text = " ".join(page_texts(out))
        assert row.location in text and row.auditor in text
        assert f"Page {result.pages} of {result.pages}" in text
        if row.form_id not in forms_seen:  # the slower checks once per form
            forms_seen.add(row.form_id)
            assert font_problems(read(out)) == []
            assert qpdf_check(out).returncode == 0
            assert all(ink(p) > 0.01 for p in render_pages(out, tmp_path / row.id))
    assert len(forms_seen) >= 3


def test_demo_period_reports_of_every_client(demo: Workspace, tmp_path: Path) -> None:
    today = dt.date.today()
    for client in demo.clients():
        out = tmp_path / f"{client.id}.pdf"
        result = reports.period_report(demo, client.name, today - dt.timedelta(days=120), today, out)
        texts = page_texts(out)
        assert len(texts) == result.pages and client.name in texts[0]
        assert font_problems(read(out)) == []


def test_each_demo_visit_has_a_scenario_that_fits_its_form(demo: Workspace) -> None:
    from mystery_shop.services.demo import SCENARIOS

    seen: dict[str, set[str]] = {}
    for row in demo.visit_rows():
        scenario = demo.open_visit(row.id).header.scenario
        assert scenario in SCENARIOS[row.form_id], (row.form_id, scenario)
        seen.setdefault(row.form_id, set()).add(scenario)
    assert set(seen) == set(SCENARIOS)  # every sample form has demo visits, each with its own scenarios
    assert all(len(s) > 1 for s in seen.values())
    assert not any("gift" in s for f, ss in seen.items() if f != "retail-store-visit" for s in ss)
