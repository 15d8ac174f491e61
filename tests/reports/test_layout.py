"""The renderers on their own, from literal data: extreme content never overflows or breaks the layout,
the signature space is where the renderer says, print copies are cached."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import pytest
from PIL import Image
from report_support import font_problems, image_placements, ink, page_texts, qpdf_check, read, region_is_blank
from report_support import render_pages as render

from mystery_shop.domain.figures import period_figures
from mystery_shop.domain.forms import CriticalScope, GradeBand, QuestionType
from mystery_shop.reports.data import (
    AuditorSignature,
    Branding,
    CriticalFailure,
    OverrideNote,
    PeriodReportData,
    PhotoItem,
    QuestionLine,
    RatingAnswer,
    Remark,
    ReportInfo,
    SectionBlock,
    Step,
    Timing,
    VisitReportData,
)
from mystery_shop.reports.images import print_copy
from mystery_shop.reports.period_report import period_words, render_period_report
from mystery_shop.reports.visit_report import render_visit_report

NOW = dt.datetime(2026, 11, 23, 10, 30, tzinfo=dt.UTC)
LONG = "Łódź Ñuñoa Привет Zoë Ångström " * 5


def info(**kw: object) -> ReportInfo:
    base: dict[str, object] = {"report_id": "V-20261123-ABCDEF", "generated_at": NOW, "app_version": "9.9.9"}
    base.update(kw)
    return ReportInfo(**base)  # type: ignore[arg-type]


def photo(folder: Path, name: str, size: tuple[int, int]) -> Path:
    path = folder / f"{name}.jpg"
    Image.new("RGB", size, (90, 120, 200)).save(path, "JPEG", quality=80)
    return path


class DictCache:
    def __init__(self) -> None:
        self.data: dict[tuple[str, str], bytes] = {}

    def get(self, key: str, variant: str) -> bytes | None:
        return self.data.get((key, variant))

    def put(self, key: str, variant: str, data: bytes) -> None:
        self.data[(key, variant)] = data


def extreme_visit(folder: Path, **info_kw: object) -> VisitReportData:
    folder.mkdir(parents=True, exist_ok=True)
    photos = [
        PhotoItem(
            f"k{i}",
            photo(folder, f"p{i}", (1600, 1200) if i % 3 else (900, 1600)),
            caption=LONG[: 20 + i * 7],
            taken_at=NOW,
            flags=("taken 2.3 km from the location", "no capture time in the photo"),
            question="1.1 " + LONG[:90],
        )
        for i in range(27)
    ]
    photos.append(PhotoItem("gone", None, caption="not on this computer"))
    huge = "An auditor with a lot to say. " * 170  # taller than a page on its own
    q = [
        QuestionLine(
            f"1.{i}",
            f"q{i}",
            LONG if i % 2 else "Short?",
            QuestionType.YES_NO,
            "Yes" if i % 3 else "No",
            "answered",
            Fraction(2 if i % 3 else 0),
            Fraction(2),
            critical=CriticalScope.SECTION if i == 1 else None,
            critical_failed=i == 1,
            comment=huge if i == 2 else LONG,
            reviews=(Remark("Ирина Соколова", NOW, LONG),),
            override=OverrideNote(Fraction(1), Fraction(0), LONG, "Ирина Соколова", NOW) if i == 3 else None,
        )
        for i in range(1, 12)
    ]
    sections = tuple(
        SectionBlock(
            n,
            f"s{n}",
            LONG[: 40 + n * 9],
            "Purchase",
            "In store",
            Fraction(n),
            Fraction(n),
            Fraction(9 + n),
            Fraction(100 * n, 9 + n),
            n == 1,
            tuple(q if n == 1 else q[:3]),
            tuple(photos if n == 1 else ()),
            notes=("Arrival: 1 photo, at least 3 needed",) if n == 2 else (),
        )
        for n in range(1, 13)
    )
    bands = (
        GradeBand(Fraction(95), "Exemplary beyond all doubt"),
        GradeBand(Fraction(94), "Very nearly exemplary"),
        GradeBand(Fraction(50), "Fine"),
        GradeBand(Fraction(0), "Not fine"),
    )
    return VisitReportData(
        info=info(**info_kw),
        visit_id="3e732dbb-0000-4000-8000-000000000000",
        client=LONG[:120],
        location=LONG[:150],
        address=LONG,
        visit_date=dt.date(2026, 11, 14),
        started_at=NOW,
        finished_at=NOW,
        auditor="Zoë Ångström",
        form_id="full-audit",
        form_version=12,
        form_title=LONG[:100],
        scenario=LONG * 2,
        status="Approved",
        final=True,
        total=Fraction(9449, 100),
        grade=bands[1],
        grade_bands=bands,
        weighted=True,
        critical_failures=tuple(CriticalFailure(LONG[:60], LONG, CriticalScope.VISIT) for _ in range(4)),
        sections=sections,
        stages=(("Purchase", Fraction(50)), ("Service", None)),
        timings=tuple(
            Timing(LONG[:50], LONG, 3725.5, "4 pts within 30 s\n2 pts within 1:00", None, Fraction(4)) for _ in range(8)
        ),
        ratings=(
            RatingAnswer(QuestionType.CSAT, LONG, 1),
            RatingAnswer(QuestionType.CES, LONG, 7),
            RatingAnswer(QuestionType.NPS, LONG, 0),
        ),
        signature=AuditorSignature(None, LONG[:80], NOW, LONG * 3),
        steps=(Step("Submitted", LONG[:60], NOW), Step("Approved", "Ирина Соколова", None)),
        visit_remarks=tuple(Remark("Ирина Соколова", NOW, LONG) for _ in range(5)),
    )


@pytest.mark.parametrize("size", ["a4", pytest.param("letter", marks=pytest.mark.slow)])
def test_extreme_content_lays_out_cleanly(tmp_path: Path, size: str) -> None:
    data = extreme_visit(
        tmp_path / "photos",
        page_size=size,
        reserve_signature=True,
        branding=Branding("Larkspur Field Research " * 6, None, None),
    )
    out = tmp_path / "extreme.pdf"
    result = render_visit_report(data, out, image_cache=DictCache())
    reader = read(out)
    assert result.pages == len(reader.pages) > 8
    assert result.images == 27  # the missing photo is a placeholder
    assert font_problems(reader) == []
    assert qpdf_check(out).returncode == 0
    texts = page_texts(out)
    assert all(f"Page {i} of {result.pages}" in t for i, t in enumerate(texts, start=1))
    assert "Photo not on this computer" in " ".join(texts)
    width, height = (float(x) for x in reader.pages[0].mediabox[2:])
    for p in image_placements(reader):  # every picture inside the page's margins
        assert p.points[0] <= width - 100 and p.points[1] <= height - 120, p
        assert p.dpi <= 210, p
    box = result.signature_box
    assert box is not None and box.page == result.pages - 1
    pngs = render(out, tmp_path / "png", 50)
    assert all(ink(p) > 0.005 for p in pngs)
    assert region_is_blank(pngs[-1], box.rect, height, 50)


def test_print_copies_are_cached_and_used(tmp_path: Path) -> None:
    source = photo(tmp_path, "big", (1600, 1200))
    cache = DictCache()
    first = print_copy(source, "key", 240, 180, cache)
    assert (first.width, first.height) == (667, 500)  # 240 x 180 pt at 200 dpi
    source.unlink()
    again = print_copy(source, "key", 240, 180, cache)  # the original copy is gone: served from the cache
    assert again.data == first.data
    small = print_copy(photo(tmp_path, "small", (300, 200)), "small", 240, 180, cache)
    assert (small.width, small.height) == (300, 200)  # never upscaled


def test_signature_space_follows_the_content_onto_a_new_page(tmp_path: Path) -> None:
    """However long the report, the space is recorded where it was finally drawn: the last page."""
    full = extreme_visit(tmp_path / "photos", reserve_signature=True)
    pages = set()
    for n in (1, 2, 4, 7):
        data = replace(full, sections=full.sections[1 : 1 + n], critical_failures=(), visit_remarks=())
        result = render_visit_report(data, tmp_path / f"{n}.pdf")
        assert result.signature_box is not None and result.signature_box.page == result.pages - 1
        pages.add(result.pages)
    assert len(pages) > 1


def test_an_empty_period_with_a_signature_space(tmp_path: Path) -> None:
    data = PeriodReportData(
        info(page_size="letter", reserve_signature=True),
        "Ñuñoa Retail",
        dt.date(2026, 1, 1),
        dt.date(2026, 3, 31),
        period_figures([]),
        (),
    )
    out = tmp_path / "empty.pdf"
    result = render_period_report(data, out)
    assert result.pages == 1 and result.signature_box is not None and result.signature_box.page == 0
    assert "No approved or published visits" in page_texts(out)[0]
    assert font_problems(read(out)) == []


def test_period_words() -> None:
    assert period_words(dt.date(2026, 9, 1), dt.date(2026, 11, 30)) == "1 September – 30 November 2026"
    assert period_words(dt.date(2025, 12, 1), dt.date(2026, 1, 31)) == "1 December 2025 – 31 January 2026"
    assert period_words(dt.date(2026, 5, 4), dt.date(2026, 5, 4)) == "4 May 2026"
    assert period_words(dt.date(2026, 5, 1), dt.date(2026, 5, 31)) == "1 May – 31 May 2026"
