"""Building blocks for the report tests: a profile with a fully reviewed visit, and PDF checks made
with tools independent of ReportLab (pypdf, poppler's pdftoppm, qpdf, Pillow)."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdf
from PIL import Image, ImageDraw
from pypdf.generic import ContentStream, IndirectObject

from mystery_shop.domain.workflow import Role
from mystery_shop.services import photos as photo_service
from mystery_shop.services import review
from mystery_shop.services.profile import Profile
from mystery_shop.services.signature_art import signature_png
from mystery_shop.services.workspace import Workspace
from support.images import write_jpeg

CLIENT = "Łódź & Ñuñoa Retail"
LOCATION = "Ñuñoa — Av. Irarrázaval"
AUDITOR = "Zoë Ångström"
SUPERVISOR = "Ирина Соколова"
VISIT_DAY = dt.date(2026, 11, 14)
FIRM = "Larkspur Field Research, Łódź"  # the signing certificate's name
PASSPHRASE = b"report tests"

# Every question type; critical questions of both scopes; N/A; show_if; CES too.
FORM = """\
id: full-audit
version: 2
title: Full audit — Łódź edition
sections:
  - id: arrival
    title: Arrival and greeting
    stage: purchase
    channel: in_store
    photos: {min: 1, max: 6}
    questions:
      - {id: greeted, text: "Were you greeted within 30 seconds?", type: yes_no, points: 5, critical: section}
      - id: wait
        text: Seconds until a staff member acknowledged you
        type: duration
        thresholds: [{max: 30, points: 4}, {max: 60, points: 2}]
        na: true
      - {id: tidy, text: "Was the entrance tidy?", type: yes_no, points: 2, na: true}
  - id: advice
    title: Advice at the counter
    stage: purchase
    channel: in_store
    questions:
      - id: asked
        text: Which needs did the staff member ask about?
        type: multi
        points: 4
        choices:
          - {value: budget, label: Budget, points: 2}
          - {value: use, label: How you would use it, points: 2}
          - {value: pushy, label: Pushed a product first, points: -2}
      - id: kind
        text: How was the product explained?
        type: choice
        choices:
          - {value: clear, label: "Clearly, with examples", points: 3}
          - {value: vague, label: Vaguely, points: 1}
      - {id: knowledge, text: "Product knowledge", type: scale, min: 1, max: 10, points: 5}
      - {id: staff_name, text: "Name on the badge", type: text}
      - {id: shown, text: "Products shown", type: number}
  - id: payment
    title: Payment
    stage: service
    questions:
      - {id: compliance, text: "Was ID checked for the age-restricted item?", type: yes_no, points: 3, critical: visit}
      - id: queue
        text: Seconds queueing at the till
        type: duration
        thresholds: [{max: 120, points: 4}, {max: 300, points: 2}]
      - {id: left_at, text: "Time you left", type: time}
      - {id: receipt_day, text: "Date on the receipt", type: date}
  - id: after
    title: After the visit
    stage: post_purchase
    questions:
      - {id: csat, text: "Overall satisfaction", type: csat, points: 4}
      - {id: ces, text: "It was easy to buy what I wanted", type: ces}
      - {id: nps, text: "Would you recommend the store?", type: nps}
"""

ANSWERS = {
    "greeted": "no",  # a section-critical failure: Arrival scores 0
    "wait": 75,
    "asked": ["budget", "use"],
    "kind": "vague",
    "knowledge": 8,
    "staff_name": "Łukasz Żółć",
    "shown": 3,
    "compliance": "yes",
    "queue": 95,
    "left_at": "10:42",
    "receipt_day": "2026-11-14",
    "csat": 4,
    "ces": 6,
    "nps": 9,
}
NA = {"tidy"}
AUDITOR_COMMENT = "Staff member was busy with a delivery — Привет from the till."
REVIEW_COMMENT = "Confirmed from the CCTV log: greeting at 75 s."
OVERRIDE_REASON = "Greeted by a second colleague at 40 s; partial credit."
VISIT_REMARK = "Good detail throughout; thank you, Zoë."


@dataclass(frozen=True)
class ReportProfile:
    ws: Workspace
    visit_id: str
    client_id: str
    location_id: str
    big_photo: Path  # the 12 MP original


def big_jpeg(path: Path, size: tuple[int, int] = (4000, 3000)) -> Path:
    """A 12 MP photo (with EXIF time and GPS near the location), cheap to make."""
    im = Image.new("RGB", size, (222, 230, 238))
    d = ImageDraw.Draw(im)
    for i in range(12):
        d.rectangle((i * 330, 600, i * 330 + 250, 2400), fill=(40 + i * 15, 90, 160 - i * 8))
    return write_jpeg(path, im, taken="2026:11:14 10:05:00", gps=(-33.4543, -70.5961), quality=80)


def make_report_profile(root: Path, photo_dir: Path) -> ReportProfile:
    """One approved visit with everything a report shows: answers of every type, N/A, a critical failure,
    an override lifting it, the auditor's and the supervisor's comments, photos (one 12 MP), the drawn
    signature, approval."""
    ws = Workspace.open(Profile(root), log_to_file=False)
    ws.add_form_source(FORM)
    client = ws.add_client(CLIENT)
    loc = ws.add_location(client.id, LOCATION, "Av. Irarrázaval 3450, Ñuñoa, Santiago", -33.4543, -70.5961)
    auditor = ws.add_person("zoe", AUDITOR, Role.AUDITOR)
    ws.add_person("irina", SUPERVISOR, Role.SUPERVISOR)
    visit_id = ws.create_visit("full-audit", loc.id, VISIT_DAY, auditor_id=auditor.id, scenario="Buy a gift ≈ €60.")
    ed = ws.open_visit(visit_id)
    ed.set_answers(ANSWERS, NA)
    ed.set_comment("wait", AUDITOR_COMMENT)
    photo_dir.mkdir(parents=True, exist_ok=True)
    big = big_jpeg(photo_dir / "entrance-12mp.jpg")
    small = write_jpeg(photo_dir / "counter.jpg", taken="2026:11:12 18:00:00")  # another day: flagged
    results = photo_service.add_files(ed, "arrival", [big, small])
    assert [r.status for r in results] == ["added", "added"], results
    photo_service.set_caption(ed, results[0].photo_id, "Entrance — Ñuñoa")  # type: ignore[arg-type]
    photo_service.add_files(
        ed, "advice", [write_jpeg(photo_dir / "shelf.jpg", taken="2026:11:14 10:20:00")], question_id="kind"
    )
    ed.sign(signature_png(AUDITOR), AUDITOR)
    ed.submit()
    ed = ws.open_visit(visit_id)
    review.add_comment(ed, "greeted", REVIEW_COMMENT)
    review.add_comment(ed, None, VISIT_REMARK)
    review.override_score(ed, "greeted", "2.5", OVERRIDE_REASON)
    review.approve(ed)
    return ReportProfile(ws, visit_id, client.id, loc.id, big)


# ---------------------------------------------------------------- reading PDFs back


def read(path: Path) -> pypdf.PdfReader:
    return pypdf.PdfReader(str(path))


def page_texts(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in read(path).pages]


def squash(text: str) -> str:
    """Text with all whitespace runs made single spaces (extraction breaks lines anywhere)."""
    return " ".join(text.split())


STANDARD_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}


def _resolve(obj):  # type: ignore[no-untyped-def]
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def fonts(reader: pypdf.PdfReader) -> Iterator[tuple[str, dict]]:  # type: ignore[type-arg]
    """Every font dictionary used by any page or any form XObject (signature appearances too)."""
    seen: set[int] = set()

    def walk(resources):  # type: ignore[no-untyped-def]
        resources = _resolve(resources)
        if not resources:
            return
        for _name, ref in (_resolve(resources.get("/Font")) or {}).items():
            font = _resolve(ref)
            if id(font) not in seen:
                seen.add(id(font))
                yield str(font.get("/BaseFont")), font
        for _name, ref in (_resolve(resources.get("/XObject")) or {}).items():
            x = _resolve(ref)
            if x.get("/Subtype") == "/Form" and id(x) not in seen:
                seen.add(id(x))
                yield from walk(x.get("/Resources"))

    for page in reader.pages:
        yield from walk(page.get("/Resources"))
        for annot in _resolve(page.get("/Annots")) or []:
            ap = _resolve(_resolve(annot).get("/AP"))
            if ap and "/N" in ap:
                n = _resolve(ap["/N"])
                yield from walk(n.get("/Resources"))


def font_problems(reader: pypdf.PdfReader) -> list[str]:
    problems = []
    for name, font in fonts(reader):
        base = name.lstrip("/").split("+", 1)[-1]
        if base in STANDARD_14:
            problems.append(f"{name}: a standard-14 font")
        descendants = font.get("/DescendantFonts")
        descriptor = _resolve(font.get("/FontDescriptor"))
        if descriptor is None and descendants:
            descriptor = _resolve(_resolve(_resolve(descendants)[0]).get("/FontDescriptor"))
        if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            problems.append(f"{name}: not embedded")
    return problems


@dataclass(frozen=True)
class Placement:
    page: int
    name: str
    pixels: tuple[int, int]
    points: tuple[float, float]  # printed size

    @property
    def dpi(self) -> float:
        return self.pixels[0] / (self.points[0] / 72)


def _mul(a: list[float], b: list[float]) -> list[float]:
    """PDF matrices [a b c d e f]: a then b."""
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def image_placements(reader: pypdf.PdfReader) -> list[Placement]:
    """Each image drawn on each page with its pixel size and its printed size (from the content stream)."""
    out = []
    for i, page in enumerate(reader.pages):
        xobjects = _resolve(_resolve(page.get("/Resources")).get("/XObject")) or {}
        stack: list[list[float]] = []
        ctm = [1.0, 0, 0, 1.0, 0, 0]
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"q":
                stack.append(ctm)
            elif op == b"Q":
                ctm = stack.pop()
            elif op == b"cm":
                ctm = _mul([float(x) for x in operands], ctm)
            elif op == b"Do":
                x = _resolve(xobjects.get(operands[0]))
                if x is not None and x.get("/Subtype") == "/Image":
                    w = (ctm[0] ** 2 + ctm[1] ** 2) ** 0.5
                    h = (ctm[2] ** 2 + ctm[3] ** 2) ** 0.5
                    out.append(Placement(i, str(operands[0]), (int(x["/Width"]), int(x["/Height"])), (w, h)))
    return out


def qpdf_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, timeout=60)


def render_pages(path: Path, folder: Path, dpi: int = 40) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), str(folder / "page")], check=True, timeout=120)
    return sorted(folder.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def ink(png: Path) -> float:
    """The share of pixels that are not (near) white."""
    with Image.open(png) as im:
        grey = im.convert("L")
        hist = grey.histogram()
    return 1 - sum(hist[245:]) / sum(hist)


def region_is_blank(png: Path, box: tuple[float, float, float, float], page_h: float, dpi: int) -> bool:
    """Whether the PDF rectangle ``box`` (points, origin bottom left) is all white in a page rendered at ``dpi``."""
    k = dpi / 72
    x1, y1, x2, y2 = box
    with Image.open(png) as im:
        crop = im.convert("L").crop(
            (round(x1 * k) + 1, round((page_h - y2) * k) + 1, round(x2 * k) - 1, round((page_h - y1) * k) - 1)
        )
        return crop.getextrema()[0] >= 250


def pdf_bytes_image(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))
