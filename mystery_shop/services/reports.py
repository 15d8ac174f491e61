"""Reports out of the store: the visit report, the period report, bulk export, signing.

The renderers (``mystery_shop.reports``) take plain data; this module builds
it from the database, the form and the domain's scoring and figures, writes the
PDF next to its destination and renames it into place (a half-written report
is never left under the chosen name), signs it last when asked, and records a
signed visit report in the visit's audit log.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import re
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from fractions import Fraction
from pathlib import Path
from typing import Any

from mystery_shop import __version__
from mystery_shop.domain.answers import Answers
from mystery_shop.domain.evidence import photo_count_problems
from mystery_shop.domain.forms import Form, QuestionType, Section, Stage
from mystery_shop.domain.scoring import QuestionState, score_visit
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.photos.derived import report_copy
from mystery_shop.reports.data import (
    AuditorSignature,
    Branding,
    CriticalFailure,
    OverrideNote,
    PageSize,
    PeriodReportData,
    PeriodVisitLine,
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
from mystery_shop.reports.text import answer_text, channel_label, stage_label, target_text
from mystery_shop.reports.theme import band_colour, hex_of
from mystery_shop.store import models as m
from mystery_shop.store.blobs import BlobStore

from . import photos as photo_service
from . import signed_reports
from .period import REPORTED_STATES, load_period
from .report_settings import ReportSettings, load_report_settings
from .rows import PhotoRow, ServiceError
from .visit_editor import VisitEditor
from .workspace import Workspace

log = logging.getLogger(__name__)

FINAL_STATES = (VisitStatus.APPROVED, VisitStatus.PUBLISHED)
STEP_LABELS = {
    VisitStatus.SUBMITTED.value: "Submitted",
    VisitStatus.RETURNED.value: "Returned for changes",
    VisitStatus.APPROVED.value: "Approved",
    VisitStatus.PUBLISHED.value: "Published",
}


# ---------------------------------------------------------------- results and options


@dataclass(frozen=True)
class Signing:
    """A loaded signing key and how to sign with it: made once, used for every report of a run."""

    signer: Any  # reports.signing.FirmSigner
    timestamp_url: str | None = None
    location: str | None = None

    @property
    def signer_name(self) -> str:
        return str(getattr(self.signer, "subject_name", "") or "")


@dataclass(frozen=True)
class ReportResult:
    path: Path
    report_id: str
    pages: int
    size: int  # bytes
    signed: bool
    sha256: str
    seconds: float


@dataclass(frozen=True)
class BulkResult:
    folder: Path
    written: list[ReportResult] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (visit id, reason)
    cancelled: bool = False
    total: int = 0


def load_signing(
    p12: Path, passphrase: bytes | None, *, timestamp_url: str | None = None, location: str | None = None
) -> Signing:
    """Open the firm's key once; ServiceError with the reason (no such file, wrong passphrase…)."""
    from mystery_shop.reports.signing import SigningError, load_signer

    try:
        signer = load_signer(Path(p12), passphrase)
    except SigningError as e:
        raise ServiceError(str(e)) from None
    return Signing(signer, timestamp_url or None, location)


def new_report_id(kind: str, now: dt.datetime) -> str:
    """ "V-20261114-3F2A1C": the kind, the day, six random hex digits."""
    return f"{kind}-{now:%Y%m%d}-{uuid.uuid4().hex[:6].upper()}"


# ---------------------------------------------------------------- the visit report


def visit_report(
    ws: Workspace,
    visit_id: str,
    out: Path,
    *,
    page_size: PageSize | None = None,
    sign: Signing | None = None,
    settings: ReportSettings | None = None,
) -> ReportResult:
    """Write the report of one visit to ``out`` (signed when ``sign`` is given); any state may be reported,
    a visit not yet approved is marked NOT APPROVED on every page."""
    from mystery_shop.reports.visit_report import render_visit_report

    t0 = time.perf_counter()
    settings = settings or load_report_settings(ws.profile)
    now = dt.datetime.now().astimezone()
    data = visit_report_data(
        ws, visit_id, settings=settings, page_size=page_size, reserve_signature=sign is not None, now=now
    )
    out = Path(out)
    with _staged(out) as tmp:
        result = render_visit_report(data, tmp, image_cache=BlobImageCache(ws.blobs))
        if sign is not None:
            _sign(tmp, sign, result.signature_box, f"Visit report {data.info.report_id}")
    digest, size = _digest(out)
    if sign is not None:
        _record_signed(ws, data.visit_id, data.info.report_id, out, digest, sign)
    return ReportResult(
        out, data.info.report_id, result.pages, size, sign is not None, digest, time.perf_counter() - t0
    )


def visit_report_data(
    ws: Workspace,
    visit_id: str,
    *,
    settings: ReportSettings | None = None,
    page_size: PageSize | None = None,
    reserve_signature: bool = False,
    now: dt.datetime | None = None,
    report_id: str | None = None,
) -> VisitReportData:
    settings = settings or load_report_settings(ws.profile)
    now = now or dt.datetime.now().astimezone()
    ed = VisitEditor.load(ws, visit_id)
    h, form, score = ed.header, ed.form, ed.score
    assert score.questions is not None
    info = ReportInfo(
        report_id=report_id or new_report_id("V", now),
        generated_at=now,
        app_version=__version__,
        page_size=page_size or settings.page_size,
        branding=Branding(settings.firm_name, settings.firm_logo, settings.client_logo(h.client_id)),
        reserve_signature=reserve_signature,
    )
    reviews: dict[str | None, list[Remark]] = defaultdict(list)
    for c in ed.review_comments():
        reviews[c.question_id].append(Remark(c.author, _local(c.created_at), c.text))
    overrides = {o.question_id: o for o in ed.overrides()}
    before = score_visit(form, Answers(ed.answers.values, ed.answers.na), detail=True).questions if overrides else None

    photos = ed.photos()
    flags = photo_service.flags(ed, photos) if photos else {}
    by_section: dict[str, list[PhotoRow]] = defaultdict(list)
    for p in photos:
        by_section[p.section_id].append(p)
    counts = {sid: len(ps) for sid, ps in by_section.items()}
    problems = {p.section_id: p.reason for p in photo_count_problems(form.sections, counts)}

    numbers: dict[str, str] = {}
    ordered = journey_order(form)
    for si, section in enumerate(ordered, start=1):
        shown = [q for q in section.questions if score.questions[q.id].state is not QuestionState.HIDDEN]
        for qi, q in enumerate(shown, start=1):
            numbers[q.id] = f"{si}.{qi}"

    sections = []
    for si, section in enumerate(ordered, start=1):
        s_score = score.section(section.id)
        lines = []
        for q in section.questions:
            r = score.questions[q.id]
            if r.state is QuestionState.HIDDEN:
                continue  # show_if does not hold: the question was not asked on this visit
            o = overrides.get(q.id)
            lines.append(
                QuestionLine(
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
                    override=None
                    if o is None
                    else OverrideNote(
                        o.points, before[q.id].earned if before else None, o.reason, o.author, _local(o.created_at)
                    ),
                )
            )
        items = tuple(
            _photo_item(ws.blobs, p, flags.get(p.id, ()), numbers, form)
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
                questions=tuple(lines),
                photos=items,
                notes=(problems[section.id],) if section.id in problems else (),
                description=section.description or "",
            )
        )

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

    failures = []
    for qid in score.critical_failures:
        failed = form.question(qid)
        sec = form.section_of(qid)
        if failed is not None and sec is not None and failed.critical is not None:
            failures.append(CriticalFailure(sec.title, failed.text, failed.critical))

    png = ed.signature_png() if h.has_signature else None
    signature = (
        AuditorSignature(png, h.signed_by or h.auditor, _local(h.signed_at), h.attestation or "")
        if h.has_signature
        else None
    )
    return VisitReportData(
        info=info,
        visit_id=h.id,
        client=h.client,
        location=h.location,
        address=h.address,
        visit_date=h.scheduled_date,
        started_at=_local(h.started_at),
        finished_at=_local(h.finished_at),
        auditor=h.auditor,
        form_id=form.id,
        form_version=form.version,
        form_title=form.title,
        scenario=h.scenario,
        status=h.status.label,
        final=h.status in FINAL_STATES,
        total=score.total,
        grade=score.grade,
        grade_bands=form.grade_bands,
        weighted=form.weighted,
        critical_failures=tuple(failures),
        sections=tuple(sections),
        stages=tuple((stage_label(st), v) for st, v in score.stages.items()),
        timings=tuple(timings),
        ratings=tuple(ratings),
        signature=signature,
        steps=_steps(ed),
        visit_remarks=tuple(reviews.get(None, ())),
    )


def journey_order(form: Form) -> list[Section]:
    """Sections by journey stage; one without a stage stays after the section the form puts before it."""
    order = list(Stage)
    keyed = []
    last = -1
    for i, s in enumerate(form.sections):
        if s.stage is not None:
            last = order.index(s.stage)
        keyed.append((last, i, s))
    return [s for _, _, s in sorted(keyed, key=lambda k: (k[0], k[1]))]


def _photo_item(blobs: BlobStore, p: PhotoRow, flags: Any, numbers: dict[str, str], form: Form) -> PhotoItem:
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
        taken_at=_local(p.taken_at),
        flags=tuple(f.reason for f in flags),
        question=question,
        filename=p.filename,
    )


def _steps(ed: VisitEditor) -> tuple[Step, ...]:
    return tuple(
        Step(STEP_LABELS[a.to_status], a.actor, _local(a.at))
        for a in ed.audit_trail()
        if a.kind == "transition" and a.to_status in STEP_LABELS
    )


def _local(t: dt.datetime | None) -> dt.datetime | None:
    """Stored UTC shown in this computer's zone (the zone the visit was recorded in)."""
    return None if t is None else t.astimezone()


class BlobImageCache:
    """Print copies of photos kept with the other derived copies in the profile's blob store."""

    def __init__(self, blobs: BlobStore) -> None:
        self.blobs = blobs

    def get(self, key: str, variant: str) -> bytes | None:
        try:
            path = self.blobs.cache_path(key, variant)
            return path.read_bytes() or None
        except (OSError, ValueError):
            return None

    def put(self, key: str, variant: str, data: bytes) -> None:
        with contextlib.suppress(ValueError):  # not a hash (a test's literal key): nothing to cache under
            self.blobs.write_cache(key, variant, data)


# ---------------------------------------------------------------- the period report


def period_report(
    ws: Workspace,
    client: str,
    start: dt.date,
    end: dt.date,
    out: Path,
    *,
    page_size: PageSize | None = None,
    sign: Signing | None = None,
    settings: ReportSettings | None = None,
) -> ReportResult:
    """Write the period report of ``client`` (name or id) from ``start`` to ``end`` to ``out``."""
    from mystery_shop.reports.period_report import render_period_report

    t0 = time.perf_counter()
    settings = settings or load_report_settings(ws.profile)
    data = period_report_data(
        ws, client, start, end, settings=settings, page_size=page_size, reserve_signature=sign is not None
    )
    out = Path(out)
    with _staged(out) as tmp:
        result = render_period_report(data, tmp)
        if sign is not None:
            _sign(tmp, sign, result.signature_box, f"Period report {data.info.report_id}")
    digest, size = _digest(out)
    return ReportResult(
        out, data.info.report_id, result.pages, size, sign is not None, digest, time.perf_counter() - t0
    )


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
    )
    about = {v.visit_id: v for v in period.visits}
    lines = []
    for sv in figures.visits:
        pv = about[sv.facts.visit_id]
        grade = sv.score.grade
        lines.append(
            PeriodVisitLine(
                visit_id=sv.facts.visit_id,
                date=sv.facts.date,
                location=sv.facts.location,
                form=sv.facts.form.title,
                auditor=pv.auditor,
                total=sv.score.total,
                grade=grade.label if grade else "",
                grade_colour=hex_of(band_colour(grade, sv.facts.form.grade_bands)) if grade else None,
                status=pv.status.label,
                critical=bool(sv.score.critical_failures),
            )
        )
    groups: list[tuple[str, tuple[tuple[str, str], ...]]] = []
    seen_forms: set[tuple[str, int]] = set()
    seen_sections: set[str] = set()
    question_sections: dict[str, str] = {}
    for v in period.visits:
        form = v.ref.form  # ref, not facts: the answers are not needed (nor read)
        if form.key in seen_forms:
            continue
        seen_forms.add(form.key)
        rows = []
        for s in journey_order(form):
            for q in s.questions:
                question_sections.setdefault(q.id, s.title)
            if s.id not in seen_sections:
                seen_sections.add(s.id)
                rows.append((s.id, s.title))
        if rows:
            groups.append((form.title, tuple(rows)))
    return PeriodReportData(
        info=info,
        client=period.client,
        start=start,
        end=end,
        figures=figures,
        visits=tuple(lines),
        section_groups=tuple(groups),
        question_sections=question_sections,
    )


# ---------------------------------------------------------------- bulk export


def exportable_visits(ws: Workspace, client: str, start: dt.date, end: dt.date) -> list[tuple[str, str]]:
    """(visit id, file name) of the approved and published visits of a client and period, in date order."""
    period = load_period(ws, client, start, end, states=REPORTED_STATES)
    names: set[str] = set()
    out = []
    for v in period.visits:
        f = v.ref
        base = f"{f.date.isoformat()} {safe_filename(f.location)} {f.visit_id[:8]}"
        name = base + ".pdf"
        k = 2
        while name.casefold() in names:
            name = f"{base} ({k}).pdf"
            k += 1
        names.add(name.casefold())
        out.append((f.visit_id, name))
    return out


def bulk_export(
    ws: Workspace,
    client: str,
    start: dt.date,
    end: dt.date,
    folder: Path,
    progress_cb: Callable[[int, int, str], None] | None = None,
    cancelled_cb: Callable[[], bool] | None = None,
    *,
    page_size: PageSize | None = None,
    sign: Signing | None = None,
    overwrite: bool = False,
) -> BulkResult:
    """One PDF per approved or published visit of ``client`` in the period, into ``folder``.

    ``progress_cb(done, total, current file name)`` is called before each report and once at the end
    (``done == total``); ``cancelled_cb()`` is asked between reports: when it says so, the export stops
    (reports written so far stay). A report that fails is listed in ``failed`` and the others go on.
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ServiceError(f"Cannot create the folder {folder}: {e.strerror or e}") from None
    todo = exportable_visits(ws, client, start, end)
    settings = load_report_settings(ws.profile)
    result = BulkResult(folder, total=len(todo))
    for i, (visit_id, name) in enumerate(todo):
        if cancelled_cb is not None and cancelled_cb():
            return replace(result, cancelled=True)
        if progress_cb is not None:
            progress_cb(i, len(todo), name)
        target = folder / name
        if target.exists() and not overwrite:
            target = _free_name(target)
        try:
            result.written.append(visit_report(ws, visit_id, target, page_size=page_size, sign=sign, settings=settings))
        except ServiceError as e:
            result.failed.append((visit_id, str(e)))
        except Exception as e:  # one bad visit must not stop a folder of reports
            log.exception("report of visit %s failed", visit_id)
            result.failed.append((visit_id, f"{type(e).__name__}: {e}"))
    if progress_cb is not None:
        progress_cb(len(todo), len(todo), "")
    return result


def safe_filename(text: str) -> str:
    """A name any file system takes: no separators or reserved characters; letters of any script kept."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", text).strip(" .-")
    return re.sub(r"\s+", " ", cleaned)[:80] or "visit"


def _free_name(path: Path) -> Path:
    k = 2
    while True:
        candidate = path.with_name(f"{path.stem} ({k}){path.suffix}")
        if not candidate.exists():
            return candidate
        k += 1


# ---------------------------------------------------------------- writing, signing, recording


@contextmanager
def _staged(out: Path) -> Iterator[Path]:
    """A temporary file beside ``out``, renamed over it when the block succeeds, removed when it fails."""
    folder = out.parent
    if not folder.is_dir():
        raise ServiceError(f"The folder {folder} does not exist.")
    tmp = folder / f".{out.name}.{uuid.uuid4().hex[:8]}.part"
    try:  # created with open(), not mkstemp: the report gets the user's usual permissions (umask), not 0600
        tmp.open("xb").close()
    except OSError as e:
        raise ServiceError(f"Cannot write in {folder}: {e.strerror or e}") from None
    try:
        yield tmp
        os.replace(tmp, out)
    except OSError as e:
        raise ServiceError(f"Cannot write {out}: {e.strerror or e}") from None
    finally:
        tmp.unlink(missing_ok=True)


def _sign(path: Path, sign: Signing, box: Any, reason: str) -> None:
    from mystery_shop.reports.signing import SigningError, sign_pdf

    try:
        sign_pdf(
            path, path, sign.signer, box=box, reason=reason, location=sign.location, timestamp_url=sign.timestamp_url
        )
    except SigningError as e:
        raise ServiceError(f"The report could not be signed: {e}") from None


def _digest(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def _record_signed(ws: Workspace, visit_id: str, report_id: str, out: Path, digest: str, sign: Signing) -> None:
    """The audit log's "report" entry: which report was signed, by whom (the app's user), with which key;
    and an approved visit's signed PDF kept for publishing (``signed_reports``)."""
    detail = f"signed report {report_id} ({out.name}, SHA-256 {digest})"
    if sign.signer_name:
        detail += f" with the certificate of {sign.signer_name}"
    with ws.sessions.begin() as s:
        s.add(m.AuditEntry(visit_id=visit_id, kind="report", actor_id=ws.me.id, detail=detail))
        signed_reports.keep(s, ws.blobs, visit_id, report_id, out, sign.signer_name, ws.me.id)
