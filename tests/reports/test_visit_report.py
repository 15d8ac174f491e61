"""The visit report, read back with pypdf, rendered by poppler and checked by qpdf: never with ReportLab."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from report_support import (
    AUDITOR,
    AUDITOR_COMMENT,
    CLIENT,
    LOCATION,
    OVERRIDE_REASON,
    REVIEW_COMMENT,
    VISIT_REMARK,
    ReportProfile,
    font_problems,
    image_placements,
    ink,
    page_texts,
    qpdf_check,
    read,
    region_is_blank,
    render_pages,
    squash,
)

from mystery_shop.domain.numbers import display
from mystery_shop.photos.derived import REPORT_SIZE
from mystery_shop.reports.data import Audience
from mystery_shop.reports.layout import content_width
from mystery_shop.reports.text import answer_text
from mystery_shop.services import report_data, reports
from mystery_shop.services.report_settings import ReportSettings


@pytest.fixture(scope="module")
def a4(report_profile: ReportProfile, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, reports.ReportResult]:
    out = tmp_path_factory.mktemp("visit-a4") / "visit.pdf"
    return out, reports.visit_report(report_profile.ws, report_profile.visit_id, out, page_size="a4")


@pytest.fixture(scope="module")
def internal(report_profile: ReportProfile, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("visit-internal") / "internal.pdf"
    reports.visit_report(report_profile.ws, report_profile.visit_id, out, audience=Audience.INTERNAL)
    return out


def test_total_grade_sections_and_every_answer_are_in_the_text(report_profile: ReportProfile, internal) -> None:
    path = internal
    text = squash(" ".join(page_texts(path)))
    ed = report_profile.ws.open_visit(report_profile.visit_id)
    score = ed.score
    assert score.total is not None and score.grade is not None
    assert display(score.total) in text
    assert score.grade.label in text
    for section in ed.form.sections:
        s = score.section(section.id)
        assert section.title in text
        assert display(s.score) in text, section.id
    for stage_score in score.stages.values():
        assert display(stage_score) in text
    for qid, value in ed.answers.values.items():
        q = ed.form.question(qid)
        assert q is not None
        assert q.text in text, qid
        assert squash(answer_text(q, value)) in text, (qid, answer_text(q, value))
    assert "N/A (not applicable)" in text  # the entrance question marked N/A
    for words in (AUDITOR_COMMENT, REVIEW_COMMENT, OVERRIDE_REASON, VISIT_REMARK, "Score overridden from 0 to 2.5"):
        assert squash(words) in text, words
    assert "Approved" in text and "AUDITOR’S DECLARATION" in text


def evidence_reasons(report_profile: ReportProfile) -> list[str]:
    from mystery_shop.services import photos as photo_service

    ed = report_profile.ws.open_visit(report_profile.visit_id)
    flags = photo_service.flags(ed, ed.photos())
    return [f.reason for fs in flags.values() for f in fs]


def test_the_client_copy_has_the_findings_and_none_of_the_review(report_profile: ReportProfile, a4) -> None:
    """The default copy, what export, publish and the portal send: no notes to the auditor, no overrides."""
    pages = [squash(t) for t in page_texts(a4[0])]
    text = " ".join(pages)
    ed = report_profile.ws.open_visit(report_profile.visit_id)
    assert squash(AUDITOR_COMMENT) in text and display(ed.score.total) in text  # the final figure, overrides in
    for words in (REVIEW_COMMENT, OVERRIDE_REASON, VISIT_REMARK, "overridden", "override", "INTERNAL COPY"):
        assert squash(words) not in text, words
    assert squash("Adjusted on review") in text  # the adjusted item says so (not who or why): not read as an error
    assert squash("points adjusted on review.") in text
    reasons = evidence_reasons(report_profile)
    assert reasons  # the profile has a photo taken on another day
    for reason in reasons:
        assert squash(reason) not in text, reason


def test_the_internal_copy_keeps_everything_and_says_so_on_every_page(report_profile: ReportProfile, internal) -> None:
    pages = [squash(t) for t in page_texts(internal)]
    assert all("INTERNAL COPY" in p for p in pages)
    text = " ".join(pages)
    for words in (REVIEW_COMMENT, OVERRIDE_REASON, VISIT_REMARK, *evidence_reasons(report_profile)):
        assert squash(words) in text, words


def test_unicode_names_survive_extraction(a4) -> None:
    text = squash(" ".join(page_texts(a4[0])))
    for name in (CLIENT, LOCATION, AUDITOR, "Łukasz Żółć", "Привет", "Full audit — Łódź edition"):
        assert name in text, name


def test_page_count_and_every_page_numbered(a4) -> None:
    path, result = a4
    texts = page_texts(path)
    assert len(texts) == result.pages >= 4
    for i, text in enumerate(texts, start=1):
        assert f"Page {i} of {result.pages}" in text
        assert f"Report {result.report_id}" in text
        assert "Visit " in text and "mystery-shop" in text


def test_every_font_is_embedded_and_none_is_standard_14(a4) -> None:
    reader = read(a4[0])
    assert font_problems(reader) == []
    names = {
        str(f.get("/BaseFont"))
        for p in reader.pages
        for f in (p["/Resources"].get("/Font") or {}).values()
        for f in [f.get_object()]
    }
    assert any("DejaVuSans" in n for n in names)


def test_photos_are_downscaled_to_print_resolution(report_profile: ReportProfile, a4) -> None:
    placements = image_placements(read(a4[0]))
    photos = [p for p in placements if p.points[0] > 150]  # the signature is drawn about 180 x 60 pt
    assert len(photos) >= 3
    box_px = round(content_width("a4") / 2 / 72 * 200) + 2
    for p in photos:
        assert max(p.pixels) <= max(box_px, REPORT_SIZE), p
        assert max(p.pixels) < 4000  # never the 12 MP original
    # The 12 MP photo fills its box: its pixels are what 200 dpi needs at the printed size, not more.
    biggest = max(photos, key=lambda p: p.pixels[0])
    assert 190 <= biggest.dpi <= 210, biggest
    for p in photos:
        assert p.dpi <= 210, p


def test_qpdf_finds_no_errors(a4) -> None:
    r = qpdf_check(a4[0])
    assert r.returncode == 0, r.stdout + r.stderr
    assert "No syntax or stream encoding errors" in r.stdout


def test_every_page_renders_and_is_not_blank(a4, tmp_path: Path) -> None:
    pngs = render_pages(a4[0], tmp_path)
    assert len(pngs) == a4[1].pages
    for png in pngs:
        assert ink(png) > 0.01, png


def test_letter_paper_and_a_reserved_signature_space(report_profile: ReportProfile, tmp_path: Path) -> None:
    from mystery_shop.reports.visit_report import render_visit_report

    data = report_data.visit_report_data(
        report_profile.ws, report_profile.visit_id, page_size="letter", reserve_signature=True
    )
    out = tmp_path / "letter.pdf"
    result = render_visit_report(data, out)
    reader = read(out)
    assert [float(x) for x in reader.pages[0].mediabox] == [0, 0, 612, 792]
    box = result.signature_box
    assert box is not None and box.page == result.pages - 1 == len(reader.pages) - 1
    assert 240 <= box.x2 - box.x1 <= 260 and 60 <= box.y2 - box.y1 <= 80
    assert 0 < box.x1 < box.x2 < 612 and 50 < box.y1 < box.y2 < 792 - 60  # inside the margins
    dpi = 60
    last = render_pages(out, tmp_path / "png", dpi)[-1]
    assert region_is_blank(last, box.rect, 792, dpi)  # nothing drawn where the signer will draw
    assert "DIGITAL SIGNATURE" in page_texts(out)[-1]


def test_branding_logos_and_firm_name(report_profile: ReportProfile, tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGBA", (1200, 400), (20, 60, 120, 255)).save(logo)
    settings = ReportSettings(
        firm_name="Larkspur Field Research",
        firm_logo=logo,
        client_logos={report_profile.client_id: tmp_path / "missing.png"},
    )
    out = tmp_path / "branded.pdf"
    reports.visit_report(report_profile.ws, report_profile.visit_id, out, settings=settings)
    texts = page_texts(out)
    assert all("Larkspur Field Research" in t for t in texts)  # the header of every page
    # the firm's logo is an image on the cover, downscaled to print size; the missing client logo is a text mark
    cover = [p for p in image_placements(read(out)) if p.page == 0]
    assert len(cover) == 1 and cover[0].pixels[0] <= 700
    assert "ŁÑ" in texts[0]


def test_an_unapproved_visit_is_marked_on_every_page(report_profile: ReportProfile, tmp_path: Path) -> None:
    ws = report_profile.ws
    visit_id = ws.create_visit("full-audit", report_profile.location_id, dt.date.today())
    out = tmp_path / "draft.pdf"
    result = reports.visit_report(ws, visit_id, out)
    texts = page_texts(out)
    assert all("NOT APPROVED" in t for t in texts)
    assert "Not answered" in squash(" ".join(texts))
    assert result.pages == len(texts)
    assert font_problems(read(out)) == []


def test_output_is_written_whole_or_not_at_all(report_profile: ReportProfile, tmp_path: Path) -> None:
    from mystery_shop.services.rows import ServiceError

    with pytest.raises(ServiceError, match="does not exist"):
        reports.visit_report(report_profile.ws, report_profile.visit_id, tmp_path / "nowhere" / "x.pdf")
    with pytest.raises(ServiceError, match="No visit"):
        reports.visit_report(report_profile.ws, "f" * 36, tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []  # no partial file left behind


def test_report_ids_are_unique(report_profile: ReportProfile, tmp_path: Path) -> None:
    a = reports.visit_report(report_profile.ws, report_profile.visit_id, tmp_path / "a.pdf")
    b = reports.visit_report(report_profile.ws, report_profile.visit_id, tmp_path / "b.pdf")
    assert a.report_id != b.report_id
    assert re.fullmatch(r"V-\d{8}-[0-9A-F]{6}", a.report_id)


def test_a_half_filled_visit_says_so_far_and_the_client_sees_no_grade(
    report_profile: ReportProfile, tmp_path: Path
) -> None:
    from mystery_shop.domain.progress import progress

    ws = report_profile.ws
    visit_id = ws.create_visit("full-audit", report_profile.location_id, dt.date.today())
    ed = ws.open_visit(visit_id)
    ed.set_answers({"greeted": "yes"}, set())  # full marks on the one question answered
    done = progress(ed.form, ed.score)
    assert ed.score.grade is not None and not done.complete
    client, internal = tmp_path / "client.pdf", tmp_path / "internal.pdf"
    reports.visit_report(ws, visit_id, client)
    reports.visit_report(ws, visit_id, internal, audience=Audience.INTERNAL)
    cover = squash(page_texts(client)[0])
    assert "TOTAL SCORE SO FAR" in cover and f"Incomplete: {done.line()}" in cover
    assert ed.score.grade.label not in cover.replace(LOCATION, "")
    assert "No grade yet" in cover and "No grade until every required question is answered" in cover
    inside = squash(page_texts(internal)[0])
    assert f"{ed.score.grade.label} so far" in inside and f"Incomplete: {done.line()}" in inside


def test_times_print_on_the_locations_clock_with_the_zone_named(report_profile: ReportProfile, tmp_path: Path) -> None:
    import zoneinfo

    from sqlalchemy import update

    from mystery_shop.store import models as m

    ws = report_profile.ws
    client_id = ws.locations()[0].client_id
    lodz = ws.add_location(client_id, "Łódź Manufaktura", "ul. Drewnowska 58", time_zone="Europe/Warsaw")
    visit_id = ws.create_visit("full-audit", lodz.id, dt.date.today())
    started = dt.datetime.combine(dt.date.today(), dt.time(8, 5), tzinfo=dt.UTC)
    with ws.sessions.begin() as s:
        s.execute(update(m.Visit).where(m.Visit.id == visit_id).values(started_at=started))
    out = tmp_path / "lodz.pdf"
    reports.visit_report(ws, visit_id, out)
    there = started.astimezone(zoneinfo.ZoneInfo("Europe/Warsaw"))
    cover = squash(page_texts(out)[0])
    assert f"{there:%H:%M} {there.tzname()} (Europe/Warsaw)" in cover  # 09:05 CET or 10:05 CEST, not 08:05 UTC
    assert "08:05" not in cover


def test_an_unknown_time_zone_is_refused_with_the_close_one(report_profile: ReportProfile) -> None:
    from mystery_shop.services.rows import ServiceError

    ws = report_profile.ws
    with pytest.raises(ServiceError, match=r"No time zone 'Europe/Warsw'\. Did you mean 'Europe/Warsaw'\?"):
        ws.add_location(ws.locations()[0].client_id, "Kraków", time_zone="Europe/Warsw")
    loc = ws.locations()[0]
    assert ws.update_location(loc.id, time_zone="America/Santiago").time_zone == "America/Santiago"
    assert ws.update_location(loc.id, time_zone="  ").time_zone is None  # back to the computer's own
