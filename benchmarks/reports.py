"""PDF reports (issue 5): a large signed visit report beside a bare-ReportLab floor, and a 500-visit period report.

1. A visit report with 100 questions and 40 photos (12 MP originals), signed
   (goal: under 3 s and under 10 MB), the whole service path: the visit read
   from the store, scored, rendered, signed, its audit entry written. Timed
   cold (the photos' print copies made from their 1600 px report copies) and
   warm (print copies cached in the blob store, the usual case).
2. Floor, measured in the same run: a bare ReportLab document drawing the same
   40 pre-scaled images at the same size, four to a page (goal: the warm
   signed report under 1.5x this).
3. A period report of one client over 500 approved visits, from the store
   (goal: under 10 s), beside ``load_period`` + ``period_figures`` alone.

    .venv/bin/python benchmarks/reports.py [--runs 5] [--visits 500]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter
from sqlalchemy import insert

from mystery_shop.domain.workflow import Role, VisitStatus
from mystery_shop.photos.derived import REPORT
from mystery_shop.reports.fonts import register_fonts
from mystery_shop.reports.images import fit
from mystery_shop.reports.keys import create_signing_key
from mystery_shop.reports.layout import content_width, paper
from mystery_shop.reports.visit_photos import PHOTO_ASPECT, PHOTO_GAP
from mystery_shop.reports.visit_report import render_visit_report
from mystery_shop.services import photos as photo_service
from mystery_shop.services import report_data, report_signing, reports, review
from mystery_shop.services.demo import demo_answer
from mystery_shop.services.profile import Profile
from mystery_shop.services.signature_art import signature_png
from mystery_shop.services.workspace import Workspace
from mystery_shop.store import models as m

FORMS = Path(__file__).resolve().parent.parent / "forms"
PASSPHRASE = b"benchmark"
KINDS = ["yes_no"] * 5 + ["choice", "scale", "duration", "text", "number"]


def big_form(sections: int = 10, per_section: int = 10) -> str:
    """100 questions of every kind in 10 touchpoints, ratings in the last one."""
    lines = ["id: big-audit", "version: 1", "title: Large audit (100 questions)", "sections:"]
    stages = [
        "awareness",
        "consideration",
        "purchase",
        "purchase",
        "purchase",
        "service",
        "service",
        "service",
        "post_purchase",
        "post_purchase",
    ]
    for s in range(sections):
        lines += [
            f"  - id: s{s}",
            f"    title: Touchpoint {s + 1} — Łódź",
            f"    stage: {stages[s % len(stages)]}",
            "    photos: {min: 0, max: 10}",
            "    questions:",
        ]
        for k in range(per_section):
            qid = f"q{s}_{k}"
            kind = KINDS[k % len(KINDS)]
            if s == sections - 1 and k >= per_section - 3:
                kind = ["csat", "ces", "nps"][k - (per_section - 3)]
            text = f"Question {s + 1}.{k + 1}: did the staff member do the expected thing at this step of the visit?"
            q = f'      - {{id: {qid}, text: "{text}", type: {kind}'
            if kind == "yes_no":
                q += ", points: 2"
            elif kind == "choice":
                q += ", choices: [{value: a, label: Fully, points: 3}, {value: b, label: Partly, points: 1}]"
            elif kind == "scale":
                q += ", points: 4"
            elif kind == "duration":
                q += ", thresholds: [{max: 60, points: 3}, {max: 180, points: 1}]"
            lines.append(q + "}")
    return "\n".join(lines) + "\n"


def scene(seed: int) -> Image.Image:
    """A 4000x3000 'photo' that compresses like one: soft shapes over a gradient, with sensor-like noise."""
    rng = random.Random(seed)
    small = Image.linear_gradient("L").resize((1000, 750)).convert("RGB")
    d = ImageDraw.Draw(small)
    for _ in range(60):
        x, y, r = rng.randrange(1000), rng.randrange(750), rng.randrange(10, 160)
        colour = tuple(rng.randrange(256) for _ in range(3))
        (d.ellipse if rng.random() < 0.5 else d.rectangle)((x - r, y - r // 2, x + r, y + r // 2), fill=colour)
    im = small.filter(ImageFilter.GaussianBlur(2)).resize((4000, 3000), Image.Resampling.BICUBIC)
    noise = Image.effect_noise((4000, 3000), 24).convert("RGB")
    return ImageChops.add(im, noise, scale=1.0, offset=-128)


def make_visit(root: Path, photos: int) -> tuple[Workspace, str]:
    ws = Workspace.open(Profile(root), log_to_file=False)
    ws.add_form_source(big_form())
    form = ws.form("big-audit", 1)
    client = ws.add_client("Northwind Outfitters")
    loc = ws.add_location(client.id, "Łódź Manufaktura", "ul. Drewnowska 58, 91-002 Łódź", 51.7794, 19.4476)
    auditor = ws.add_person("zoe", "Zoë Ångström", Role.AUDITOR)
    vid = ws.create_visit(form.id, loc.id, dt.date(2026, 11, 14), auditor_id=auditor.id)
    ed = ws.open_visit(vid)
    rng = random.Random(3)
    ed.set_answers({q.id: a for q in form.questions() if (a := demo_answer(q, 0.8, rng)) is not None})
    for q in form.questions()[::5]:
        ed.set_comment(q.id, "Staff member was friendly but busy with a delivery; Привет from the till.")
    folder = root / "incoming"
    folder.mkdir()
    bases = [scene(k) for k in range(3)]
    for i in range(photos):
        path = folder / f"photo-{i:02d}.jpg"
        ImageChops.offset(bases[i % 3], 37 * i, 23 * i).save(path, "JPEG", quality=90)
        section = form.sections[i % len(form.sections)].id
        [result] = photo_service.add_files(ed, section, [path])
        assert result.status == "added", result
        photo_service.set_caption(ed, result.photo_id, f"Photo {i + 1}: shelf and counter")  # type: ignore[arg-type]
    ed.sign(signature_png("Zoë Ångström"), "Zoë Ångström")
    ed.submit()
    review.approve(ws.open_visit(vid))
    return ws, vid


def floor_document(pictures: list[Path], out: Path, page_size: str = "a4") -> None:
    """The same pre-scaled JPEGs, the same size on paper, four to a page: what embedding them costs at least."""
    from reportlab.pdfgen.canvas import Canvas

    w, h = paper(page_size)  # type: ignore[arg-type]
    box_w = (content_width(page_size) - PHOTO_GAP) / 2  # type: ignore[arg-type]
    box_h = box_w * PHOTO_ASPECT
    c = Canvas(str(out), pagesize=(w, h), pageCompression=1)
    for i, path in enumerate(pictures):
        with Image.open(path) as im:
            pw, ph = fit(im.width, im.height, box_w, box_h)
        col, row = i % 2, (i // 2) % 2
        c.drawImage(str(path), 50 + col * (box_w + PHOTO_GAP), h - 80 - (row + 1) * (box_h + 40), pw, ph)
        if i % 4 == 3:
            c.showPage()
    c.save()


def timed(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def make_period_profile(root: Path, n: int) -> None:
    """One client, 25 stores, ``n`` approved retail visits with full answers, written in bulk."""
    ws = Workspace.open(Profile(root), log_to_file=False)
    row = ws.import_form(FORMS / "retail-store-visit.yaml")
    form = ws.form(row.form_id, row.version)
    client = ws.add_client("Northwind Outfitters")
    stores = [ws.add_location(client.id, f"Store {i:02d} — Łódź") for i in range(25)]
    rng = random.Random(7)
    now = dt.datetime.now(dt.UTC)
    visits, answers = [], []
    for i in range(n):
        vid = str(uuid.uuid4())
        skill = 0.55 + 0.4 * ((i % len(stores)) / len(stores))
        visits.append(
            {
                "id": vid,
                "rev": 0,
                "updated_at": now,
                "form_id": form.id,
                "form_version": form.version,
                "location_id": stores[i % len(stores)].id,
                "auditor_id": ws.me.id,
                "scheduled_date": dt.date(2026, 1, 1) + dt.timedelta(days=i % 365),
                "scenario": "",
                "status": VisitStatus.APPROVED.value,
                "created_at": now,
                "complete": True,
            }
        )
        for q in form.questions():
            value = demo_answer(q, skill, rng)
            if value is not None:
                answers.append(
                    {
                        "id": str(uuid.uuid4()),
                        "rev": 0,
                        "updated_at": now,
                        "visit_id": vid,
                        "question_id": q.id,
                        "value": value,
                        "na": False,
                        "comment": "",
                    }
                )
    with ws.sessions.begin() as s:
        s.execute(insert(m.Visit), visits)
        s.execute(insert(m.Answer), answers)
    ws.close()


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--photos", type=int, default=40)
    parser.add_argument("--visits", type=int, default=500)
    args = parser.parse_args()
    register_fonts()
    work = Path(tempfile.mkdtemp(prefix="ms-report-bench-"))
    t0 = time.perf_counter()
    ws, vid = make_visit(work / "visit", args.photos)
    key = work / "firm.p12"
    create_signing_key("Larkspur Field Research", key, PASSPHRASE)
    sign = report_signing.load_signing(key, PASSPHRASE)
    print(f"visit with 100 questions and {args.photos} photos (4000x3000) made in {time.perf_counter() - t0:.0f} s")

    out = work / "visit.pdf"
    cold = reports.visit_report(ws, vid, out, sign=sign)
    warm_signed, result = timed(lambda: reports.visit_report(ws, vid, out, sign=sign), args.runs)
    assert isinstance(result, reports.ReportResult)
    warm_plain, plain = timed(lambda: reports.visit_report(ws, vid, work / "plain.pdf"), args.runs)
    data_t, data = timed(lambda: report_data.visit_report_data(ws, vid, reserve_signature=True), args.runs)
    cache = reports.BlobImageCache(ws.blobs)
    render_t, _ = timed(lambda: render_visit_report(data, io.BytesIO(), image_cache=cache), args.runs)  # type: ignore[arg-type]

    pictures = sorted(p for p in (ws.profile.blobs / "cache").rglob("*.print-*.jpg"))
    assert len(pictures) == args.photos, len(pictures)
    floor_t, _ = timed(lambda: floor_document(pictures, work / "floor.pdf"), args.runs)
    report_copies = sum(1 for _ in (ws.profile.blobs / "cache").rglob(f"*.{REPORT}"))

    mb = result.size / 1e6
    print(f"\nvisit report, 100 questions, {args.photos} photos, {result.pages} pages (median of {args.runs})")
    print(
        f"  floor: bare ReportLab, the same {len(pictures)} print-size JPEGs: {floor_t * 1000:7.0f} ms"
        f"   ({(work / 'floor.pdf').stat().st_size / 1e6:.1f} MB)"
    )
    print(f"  report data from the store (read, score, flags):  {data_t * 1000:7.0f} ms")
    print(f"  rendering alone (print copies cached):            {render_t * 1000:7.0f} ms")
    print(
        f"  unsigned report, the service path:                {warm_plain * 1000:7.0f} ms   ({plain.size / 1e6:.1f} MB)"
    )  # type: ignore[attr-defined]
    print(
        f"  signed report, cold (print copies made from {report_copies} report copies): {cold.seconds * 1000:5.0f} ms"
    )
    print(
        f"  signed report, warm:                              {warm_signed * 1000:7.0f} ms"
        f"   goal < 3000 ms {verdict(warm_signed < 3 and cold.seconds < 3)}"
    )
    print(f"  signed report size:                               {mb:7.1f} MB   goal < 10 MB   {verdict(mb < 10)}")
    ratio = warm_signed / floor_t
    print(f"  signed report / floor:                            {ratio:7.2f}x   goal < 1.5x    {verdict(ratio < 1.5)}")
    ws.close()

    t0 = time.perf_counter()
    make_period_profile(work / "period", args.visits)
    print(f"\nprofile with {args.visits} approved visits of one client made in {time.perf_counter() - t0:.1f} s")
    from mystery_shop.services.period import load_period

    ws = Workspace.open(Profile(work / "period"), log_to_file=False)
    start, end = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    runs = max(1, args.runs // 2)
    figures_t, _ = timed(lambda: load_period(ws, "Northwind Outfitters", start, end).figures(), runs)
    period_t, presult = timed(
        lambda: reports.period_report(ws, "Northwind Outfitters", start, end, work / "period.pdf"), runs
    )
    signed_t, _ = timed(
        lambda: reports.period_report(ws, "Northwind Outfitters", start, end, work / "period-s.pdf", sign=sign), runs
    )
    print(f"period report, {args.visits} visits at 25 locations, {presult.pages} pages (median of {runs})")  # type: ignore[attr-defined]
    print(f"  load_period + period_figures (the dashboard's path): {figures_t * 1000:6.0f} ms")
    print(
        f"  period report:                                       {period_t * 1000:6.0f} ms"
        f"   goal < 10000 ms {verdict(period_t < 10)}"
    )
    print(f"  period report, signed:                               {signed_t * 1000:6.0f} ms")
    ws.close()
    print(f"\n(files in {work})")


if __name__ == "__main__":
    sys.exit(main())
