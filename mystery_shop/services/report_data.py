"""Building a report's data out of the store: the visit report's and the period report's.

The renderers (``mystery_shop.reports``) take plain data; this module builds
it from the database, the form and the domain's scoring and figures. Writing
the PDF is ``reports``; signing it is ``report_signing``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import replace
from fractions import Fraction
from pathlib import Path
from typing import Any

from mystery_shop import __version__
from mystery_shop.domain.answers import Answers
from mystery_shop.domain.evidence import photo_count_problems
from mystery_shop.domain.forms import DEFAULT_GRADE_BANDS, Form, GradeBand, QuestionType, Section
from mystery_shop.domain.progress import progress
from mystery_shop.domain.scoring import QuestionState, VisitScore, score_visit
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.domain.zones import local_time
from mystery_shop.photos.derived import report_copy
from mystery_shop.reports.data import (
    Audience,
    AuditorSignature,
    Branding,
    CriticalFailure,
    OverrideNote,
    PageSize,
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
    new_report_id,
)
from mystery_shop.reports.language import report_language, rmsg, rt, rt_noop
from mystery_shop.reports.period_data import build_period_report_data, journey_order
from mystery_shop.reports.text import answer_text, channel_label, stage_label, target_text
from mystery_shop.store.blobs import BlobStore

from . import photos as photo_service
from .period import load_period
from .report_settings import ReportSettings, load_report_settings
from .rows import PhotoRow
from .visit_editor import VisitEditor
from .workspace import Workspace

log = logging.getLogger(__name__)

FINAL_STATES = (VisitStatus.APPROVED, VisitStatus.PUBLISHED)

STEP_LABELS = {
    VisitStatus.SUBMITTED.value: rt_noop("Submitted"),
    VisitStatus.RETURNED.value: rt_noop("Returned for changes"),
    VisitStatus.APPROVED.value: rt_noop("Approved"),
    VisitStatus.PUBLISHED.value: rt_noop("Published"),
}


# ---------------------------------------------------------------- the visit report


def visit_report_data(
    ws: Workspace,
    visit_id: str,
    *,
    settings: ReportSettings | None = None,
    page_size: PageSize | None = None,
    reserve_signature: bool = False,
    now: dt.datetime | None = None,
    report_id: str | None = None,
    audience: Audience = Audience.CLIENT,
    language: str | None = None,
) -> VisitReportData:
    """The visit report's data; the client's copy leaves out what is said inside the firm (``Audience``).

    Written in ``language``, else the client's (Report settings, kept on the client): its words and the form's.
    """
    settings = settings or load_report_settings(ws.profile)
    ed = VisitEditor.load(ws, visit_id)
    language = language or ws.client_language(ed.header.client_id)
    with report_language(language) as code:
        data = _visit_report_data(ws, ed, settings, page_size, reserve_signature, now, report_id, code, audience)
    return data


def _visit_report_data(
    ws: Workspace,
    ed: VisitEditor,
    settings: ReportSettings,
    page_size: PageSize | None,
    reserve_signature: bool,
    now: dt.datetime | None,
    report_id: str | None,
    language: str,
    audience: Audience,
) -> VisitReportData:
    internal = audience is Audience.INTERNAL
    now = now or dt.datetime.now().astimezone()
    original = ed.form
    ed.form = original.in_language(language)  # ids, points and rules are the same in every language
    h, form, score = ed.header, ed.form, ed.score
    info = ReportInfo(
        report_id=report_id or new_report_id("V", now),
        generated_at=now,
        app_version=__version__,
        page_size=page_size or settings.page_size,
        branding=Branding(settings.firm_name, settings.firm_logo, settings.client_logo(h.client_id)),
        reserve_signature=reserve_signature,
        language=language,
    )
    reviews: dict[str | None, list[Remark]] = defaultdict(list)
    for c in ed.review_comments() if internal else ():  # notes to the auditor are not the client's
        reviews[c.question_id].append(Remark(c.author, _local(c.created_at, h.time_zone), c.text))
    done = progress(form, score)
    ordered = journey_order(form)
    numbers = _question_numbers(ordered, score)
    timings, ratings = _timings_and_ratings(ed, ordered, numbers)
    return VisitReportData(
        info=info,
        visit_id=h.id,
        client=h.client,
        location=h.location,
        address=h.address,
        visit_date=h.scheduled_date,
        started_at=_local(h.started_at, h.time_zone),
        finished_at=_local(h.finished_at, h.time_zone),
        auditor=h.auditor,
        form_id=form.id,
        form_version=form.version,
        form_title=form.title,
        scenario=h.scenario,
        status=rt(h.status.label),
        final=h.status in FINAL_STATES,
        total=score.total,
        grade=_band(original, score.grade, language),
        grade_bands=tuple(_band(original, b, language) for b in original.grade_bands),
        weighted=form.weighted,
        critical_failures=_critical_failures(form, score),
        sections=_section_blocks(ws, ed, ordered, numbers, reviews, internal=internal),
        stages=tuple((stage_label(st), v) for st, v in score.stages.items()),
        timings=timings,
        ratings=ratings,
        signature=_signature(ed),
        steps=tuple(st for st in _steps(ed) if internal or st.label != rt(STEP_LABELS[VisitStatus.RETURNED.value])),
        visit_remarks=tuple(reviews.get(None, ())),
        audience=audience,
        time_zone=h.time_zone,
        answered=done.answered,
        required=done.required,
    )


def _band(form: Form, band: GradeBand | None, language: str) -> GradeBand | None:
    """A grade band in the report's language: the form's translation; for a form not written in that
    language (or with the default bands), ours of a label we know ("Good" -> "Gut"), else as written."""
    if band is None:
        return None
    if form.grade_bands == DEFAULT_GRADE_BANDS or language not in form.languages:
        return replace(band, label=rt(band.label))
    return form.band_in_language(band, language)


def _question_numbers(ordered: list[Section], score: VisitScore) -> dict[str, str]:
    """ "2.3": the touchpoint's place in the journey, the question's among those asked on this visit."""
    assert score.questions is not None
    numbers: dict[str, str] = {}
    for si, section in enumerate(ordered, start=1):
        shown = [q for q in section.questions if score.questions[q.id].state is not QuestionState.HIDDEN]
        for qi, q in enumerate(shown, start=1):
            numbers[q.id] = f"{si}.{qi}"
    return numbers


def _section_blocks(
    ws: Workspace,
    ed: VisitEditor,
    ordered: list[Section],
    numbers: dict[str, str],
    reviews: dict[str | None, list[Remark]],
    *,
    internal: bool,
) -> tuple[SectionBlock, ...]:
    form, score = ed.form, ed.score
    photos = ed.photos()
    # Evidence checks (photo times, distances, counts) help the review; the client gets the findings.
    flags = photo_service.flags(ed, photos) if photos and internal else {}
    by_section: dict[str, list[PhotoRow]] = defaultdict(list)
    for p in photos:
        by_section[p.section_id].append(p)
    counts = {sid: len(ps) for sid, ps in by_section.items()}
    problems = {p.section_id: rmsg(p.reason) for p in photo_count_problems(form.sections, counts)} if internal else {}
    lines = _question_lines(ed, numbers, reviews, overrides=internal)

    sections = []
    for si, section in enumerate(ordered, start=1):
        s_score = score.section(section.id)
        items = tuple(
            _photo_item(ws.blobs, p, flags.get(p.id, ()), numbers, form, ed.header.time_zone)
            for p in sorted(by_section.get(section.id, ()), key=lambda p: (p.position, p.id))
        )
        sections.append(
            SectionBlock(
                number=si,
                id=section.id,
                title=section.title,
                stage=stage_label(section.stage),
                channel=channel_label(section.channel),
                weight=section.weight,
                earned=s_score.earned,
                possible=s_score.possible,
                score=s_score.score,
                critical_failed=s_score.critical_failed,
                questions=tuple(lines[q.id] for q in section.questions if q.id in lines),
                photos=items,
                notes=(problems[section.id],) if section.id in problems else (),
                description=section.description or "",
            )
        )
    return tuple(sections)


def _question_lines(
    ed: VisitEditor, numbers: dict[str, str], reviews: dict[str | None, list[Remark]], *, overrides: bool
) -> dict[str, QuestionLine]:
    """The report's line of each question asked on this visit, by question id.

    Without ``overrides`` an overridden question shows only its final points, not who changed what.
    """
    form, score = ed.form, ed.score
    assert score.questions is not None
    every_override = {o.question_id: o for o in ed.overrides()}
    overrides_by_q = every_override if overrides else {}
    before = (
        score_visit(form, Answers(ed.answers.values, ed.answers.na), detail=True).questions if overrides_by_q else None
    )
    lines = {}
    for section in form.sections:
        for q in section.questions:
            r = score.questions[q.id]
            if r.state is QuestionState.HIDDEN:
                continue  # show_if does not hold: the question was not asked on this visit
            o = overrides_by_q.get(q.id)
            lines[q.id] = QuestionLine(
                number=numbers[q.id],
                id=q.id,
                text=q.text,
                type=q.type,
                answer=answer_text(q, ed.answers.values.get(q.id)),
                state=r.state.value,
                earned=r.earned,
                possible=r.possible if q.is_scored else Fraction(0),
                critical=q.critical,
                critical_failed=r.critical_failed,
                comment=ed.comments.get(q.id, ""),
                reviews=tuple(reviews.get(q.id, ())),
                adjusted=q.id in every_override,
                override=None
                if o is None
                else OverrideNote(
                    o.points,
                    before[q.id].earned if before else None,
                    o.reason,
                    o.author,
                    _local(o.created_at, ed.header.time_zone),
                ),
            )
    return lines


def _timings_and_ratings(
    ed: VisitEditor, ordered: list[Section], numbers: dict[str, str]
) -> tuple[tuple[Timing, ...], tuple[RatingAnswer, ...]]:
    """The stopwatch answers and the customer ratings (CSAT, CES, NPS) given, in journey order."""
    score = ed.score
    assert score.questions is not None
    timings, ratings = [], []
    for section in ordered:
        for q in section.questions:
            r = score.questions[q.id]
            value = ed.answers.values.get(q.id)
            if r.state is not QuestionState.ANSWERED or value is None:
                continue
            if q.type is QuestionType.DURATION:
                timings.append(
                    Timing(
                        section.title,
                        f"{numbers[q.id]} {q.text}",
                        float(value),  # type: ignore[arg-type]
                        target_text(q),
                        r.earned,
                        r.possible,
                    )
                )
            elif q.type in (QuestionType.CSAT, QuestionType.CES, QuestionType.NPS):
                ratings.append(RatingAnswer(q.type, f"{numbers[q.id]} {q.text}", int(value)))  # type: ignore[arg-type]
    return tuple(timings), tuple(ratings)


def _critical_failures(form: Form, score: VisitScore) -> tuple[CriticalFailure, ...]:
    failures = []
    for qid in score.critical_failures:
        failed = form.question(qid)
        sec = form.section_of(qid)
        if failed is not None and sec is not None and failed.critical is not None:
            failures.append(CriticalFailure(sec.title, failed.text, failed.critical))
    return tuple(failures)


def _signature(ed: VisitEditor) -> AuditorSignature | None:
    h = ed.header
    if not h.has_signature:
        return None
    return AuditorSignature(
        ed.signature_png(), h.signed_by or h.auditor, _local(h.signed_at, h.time_zone), h.attestation or ""
    )


def _photo_item(
    blobs: BlobStore, p: PhotoRow, flags: Any, numbers: dict[str, str], form: Form, zone: str | None
) -> PhotoItem:
    source: Path | None = None
    # The annotated copy when there is one: the marks are what the auditor wants the client to see.
    sha = p.annotated_sha256 if p.annotated_sha256 and blobs.has(p.annotated_sha256) else p.sha256
    if blobs.has(sha):
        try:
            source = report_copy(blobs, sha)
        except (OSError, ValueError) as e:  # a damaged original: the report shows a placeholder
            log.warning("no report copy of photo %s: %s", p.id, e)
    question = ""
    if p.question_id:
        q = form.question(p.question_id)
        if q is not None:
            question = f"{numbers.get(q.id, '')} {q.text}".strip()
    return PhotoItem(
        key=sha,
        source=source,
        caption=p.caption + (" (annotated)" if sha != p.sha256 else ""),
        taken_at=_local(p.taken_at, zone),
        flags=tuple(rmsg(f.reason) for f in flags),
        question=question,
        filename=p.filename,
    )


def _steps(ed: VisitEditor) -> tuple[Step, ...]:
    return tuple(
        Step(
            rt(STEP_LABELS[a.to_status]),
            a.actor,
            _local(a.at, ed.header.time_zone),
            _local(a.server_time, ed.header.time_zone),
        )
        for a in ed.audit_trail()
        if a.kind == "transition" and a.to_status in STEP_LABELS
    )


def _local(t: dt.datetime | None, zone: str | None) -> dt.datetime | None:
    """Stored UTC on the location's clock (the computer's own when the location names no zone)."""
    return local_time(t, zone)


# ---------------------------------------------------------------- the period report


def period_report_data(
    ws: Workspace,
    client: str,
    start: dt.date,
    end: dt.date,
    *,
    settings: ReportSettings | None = None,
    page_size: PageSize | None = None,
    reserve_signature: bool = False,
    now: dt.datetime | None = None,
    report_id: str | None = None,
    language: str | None = None,
) -> PeriodReportData:
    settings = settings or load_report_settings(ws.profile)
    now = now or dt.datetime.now().astimezone()
    period = load_period(ws, client, start, end)  # the dashboard's figures start here too
    figures = period.figures()
    info = ReportInfo(
        report_id=report_id or new_report_id("P", now),
        generated_at=now,
        app_version=__version__,
        page_size=page_size or settings.page_size,
        branding=Branding(settings.firm_name, settings.firm_logo, settings.client_logo(period.client_id)),
        reserve_signature=reserve_signature,
        language=language or ws.client_language(period.client_id),
    )
    with report_language(info.language):  # the visits' states and the stages in the client's language
        about = {v.visit_id: (v.auditor, rt(v.status.label)) for v in period.visits}
        return build_period_report_data(info, period.client, start, end, figures, about)
