"""The period report: its figures are the dashboard's (``load_period`` + ``period_figures``), read back
from the PDF with pypdf."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from report_support import ANSWERS, FORM, font_problems, ink, page_texts, qpdf_check, read, render_pages, squash

from mystery_shop.domain.numbers import display
from mystery_shop.domain.workflow import Role
from mystery_shop.reports.theme import seconds
from mystery_shop.services import reports, review
from mystery_shop.services.period import load_period
from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace
from support.images import SIGNATURE

CLIENT = "Łódź & Ñuñoa Retail"
LOCATIONS = ["Ñuñoa", "Łódź Manufaktura", "Москва Тверская", "Zürich Bahnhofstraße"]
START, END = dt.date(2026, 9, 1), dt.date(2026, 11, 30)


def _visit(ws: Workspace, location_id: str, auditor_id: str, day: dt.date, rng: random.Random) -> str:
    answers = dict(ANSWERS)
    answers["greeted"] = rng.choice(["yes", "yes", "no"])
    answers["wait"] = rng.randint(5, 90)
    answers["queue"] = rng.randint(30, 400)
    answers["knowledge"] = rng.randint(3, 10)
    answers["csat"] = rng.randint(2, 5)
    answers["nps"] = rng.randint(4, 10)
    answers["ces"] = rng.randint(2, 7)
    answers["compliance"] = rng.choice(["yes", "yes", "yes", "no"])
    vid = ws.create_visit("full-audit", location_id, day, auditor_id=auditor_id)
    ed = ws.open_visit(vid)
    ed.set_answers(answers, {"tidy"} if rng.random() < 0.3 else set())
    if "tidy" not in ed.answers.na:
        ed.set_answer("tidy", rng.choice(["yes", "no"]))
    ed.sign(SIGNATURE, "Zoë Ångström")
    from mystery_shop.store import models as m

    with ws.sessions.begin() as s:
        s.add(m.Photo(visit_id=vid, section_id="arrival", sha256="0" * 64))
    ed.submit()
    review.approve(ws.open_visit(vid))
    return vid


@pytest.fixture(scope="module")
def period_ws(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("period")
    ws = Workspace.open(Profile(root / "profile"), log_to_file=False)
    ws.add_form_source(FORM)
    client = ws.add_client(CLIENT)
    auditor = ws.add_person("zoe", "Zoë Ångström", Role.AUDITOR)
    rng = random.Random(5)
    locs = [ws.add_location(client.id, name) for name in LOCATIONS]
    for i in range(14):
        _visit(ws, locs[i % len(locs)].id, auditor.id, START + dt.timedelta(days=6 * i + 1), rng)
    ws.create_visit("full-audit", locs[0].id, dt.date(2026, 10, 1))  # a draft: not counted
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def rendered(period_ws: Workspace, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("period-pdf") / "period.pdf"
    return out, reports.period_report(period_ws, CLIENT, START, END, out)


def test_the_figures_are_the_dashboards(period_ws: Workspace, rendered) -> None:
    path, _result = rendered
    text = squash(" ".join(page_texts(path)))
    figures = load_period(period_ws, CLIENT, START, END).figures()
    assert len(figures.visits) == 14
    assert figures.totals is not None
    assert f"{len(figures.visits)} visits at {len(LOCATIONS)} locations" in text
    assert "approved or published, at" in text, "the app counts approved visits too"
    assert display(figures.totals.mean) in text
    for location, summary in figures.by_location.items():
        assert location in text
        row = text[text.index(location) :]
        assert f"{summary.count} {display(summary.mean)} {display(summary.min)} {display(summary.max)}" in row
    assert f"{display(figures.csat)} %" in text
    assert display(figures.ces) in text
    nps = display(figures.nps, 0)  # whole, as the dashboards show it ("-50", never "-50.0")
    sign = "+" if figures.nps and figures.nps > 0 else ""
    assert f"NPS {sign}{nps} promoters" in text
    for qid, stats in figures.durations.items():
        assert figures.question_texts[qid] in text
        assert f"{stats.count} {seconds(stats.mean)} {seconds(stats.median)}" in text
    assert 1 <= len(figures.most_failed) <= 10
    for q in figures.most_failed:
        assert squash(q.text) in text
        assert f"{q.hits} of {q.count} {display(q.percent)} %" in text
    for (section_id, location), summary in figures.heat_map.items():
        assert location in text and figures.section_titles[section_id] in text
        assert display(summary.mean) in text
    for month in ("Sep 2026", "Oct 2026", "Nov 2026"):
        assert month in text
    for stage in ("Purchase", "Service", "Post-purchase"):
        assert stage in text
    for sv in figures.visits:
        assert sv.facts.visit_id[:8] in text
        assert display(sv.score.total) in text


def test_pages_fonts_and_rendering(rendered, tmp_path: Path) -> None:
    path, result = rendered
    texts = page_texts(path)
    assert len(texts) == result.pages >= 2
    for i, t in enumerate(texts, start=1):
        assert f"Page {i} of {result.pages}" in t
    assert font_problems(read(path)) == []
    assert qpdf_check(path).returncode == 0
    pngs = render_pages(path, tmp_path)
    assert len(pngs) == result.pages and all(ink(p) > 0.01 for p in pngs)


def test_an_empty_period_says_so(period_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    result = reports.period_report(period_ws, CLIENT, dt.date(2025, 1, 1), dt.date(2025, 1, 31), out)
    text = squash(" ".join(page_texts(out)))
    assert result.pages == 1 and "No approved or published visits" in text
    assert "0 visits at 0 locations" in text


def test_many_locations_split_the_heat_map_without_overflow(tmp_path: Path) -> None:
    ws = Workspace.open(Profile(tmp_path / "profile"), log_to_file=False)
    ws.add_form_source(FORM)
    client = ws.add_client("Harbour Bank")
    rng = random.Random(9)
    names = [f"Branch {i:02d} — Ñuñoa Oriente" for i in range(17)]
    for i, name in enumerate(names):
        loc = ws.add_location(client.id, name)
        _visit(ws, loc.id, ws.me.id, dt.date(2026, 10, 1) + dt.timedelta(days=i), rng)
    out = tmp_path / "wide.pdf"
    result = reports.period_report(
        ws, "Harbour Bank", dt.date(2026, 10, 1), dt.date(2026, 10, 31), out, page_size="letter"
    )
    text = squash(" ".join(page_texts(out)))
    for name in names:
        assert text.count(name) >= 3  # ranked table, heat map header, visit list
    reader = read(out)
    assert len(reader.pages) == result.pages
    assert all(abs(float(p.mediabox[2]) - 612) < 0.01 for p in reader.pages)
    ws.close()
