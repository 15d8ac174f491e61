"""The visit report: what the client pays for.

Cover (logos, the visit's facts, the total as a large figure with its grade,
critical failures), a summary (touchpoints table, stage chart), each
touchpoint in journey order (questions, comments, overrides, photos),
stopwatch timings, customer ratings, and the sign-off (the auditor's drawn
signature and attestation, the approval, room for the firm's digital
signature).

Each part has its module (``visit_cover``, ``visit_answers``, ``visit_photos``,
``visit_sign_off``), a function of the report being laid out (``visit_context``);
this one puts them in order.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, PageBreak

from .data import Audience, RenderResult, VisitReportData
from .images import ImageCache
from .language import report_language, rt
from .layout import PageDecor, ReportDoc
from .theme import day
from .visit_answers import ratings, timings, touchpoint
from .visit_context import VisitContext
from .visit_cover import cover, summary
from .visit_sign_off import sign_off


def render_visit_report(
    data: VisitReportData, out: Path | BinaryIO, *, image_cache: ImageCache | None = None
) -> RenderResult:
    """Write the visit report PDF to ``out``; returns its page count and the reserved signature box."""
    with report_language(data.info.language):
        return _render(data, out, image_cache)


def _render(data: VisitReportData, out: Path | BinaryIO, image_cache: ImageCache | None) -> RenderResult:
    ctx = VisitContext(data, image_cache)
    doc = ReportDoc(
        out,
        data.info,
        PageDecor(
            firm=data.info.branding.firm_name or rt("Mystery shopping report"),
            title=rt("Visit report") if data.audience is Audience.CLIENT else rt("Visit report · INTERNAL COPY"),
            subject=f"{data.client} · {data.location}",
            report_id=data.info.report_id,
            reference=rt("Visit {id}").format(id=data.visit_id),
            app_version=data.info.app_version,
            generated_at=data.info.generated_at,
            watermark="" if data.final else rt("NOT APPROVED"),
        ),
        title=rt("Visit report: {location}, {day}").format(location=data.location, day=day(data.visit_date)),
        subject=rt("{client}: {form} (visit {id})").format(client=data.client, form=data.form_title, id=data.visit_id),
    )
    pages = doc.render(_story(ctx))
    box = ctx.recorder.box
    if box is not None and box.page != pages - 1:  # pragma: no cover - the space is the story's last flowable
        raise RuntimeError(f"the signature space landed on page {box.page + 1} of {pages}")
    return RenderResult(pages, box, ctx.images)


def _story(ctx: VisitContext) -> list[Flowable]:
    out: list[Flowable] = []
    out += cover(ctx)
    out.append(PageBreak())
    out += summary(ctx)
    for section in ctx.d.sections:
        out += touchpoint(ctx, section)
    out += timings(ctx)
    out += ratings(ctx)
    out += sign_off(ctx)
    return out
