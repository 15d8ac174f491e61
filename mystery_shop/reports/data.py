"""What the renderers take: plain frozen data, built by ``services.report_data`` from the store.

The renderers read nothing else: no database, no settings, no clock (the
generation time is given), so a report is a pure function of this data and
the tests can make one from literals.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from pathlib import Path
from typing import Literal

from mystery_shop.domain.figures import PeriodFigures
from mystery_shop.domain.forms import DEFAULT_GRADE_BANDS, CriticalScope, GradeBand, QuestionType

from .boxes import SignatureBox

PageSize = Literal["a4", "letter"]
PAGE_SIZES: tuple[PageSize, ...] = ("a4", "letter")


def new_report_id(kind: str, now: dt.datetime) -> str:
    """ "V-20261114-3F2A1C": the kind, the day, six random hex digits."""
    return f"{kind}-{now:%Y%m%d}-{uuid.uuid4().hex[:6].upper()}"


@dataclass(frozen=True, slots=True)
class Branding:
    firm_name: str = ""
    firm_logo: Path | None = None  # PNG or JPEG; None: a text mark with the firm's initials
    client_logo: Path | None = None


@dataclass(frozen=True, slots=True)
class ReportInfo:
    """About the document rather than the visit: id, when, which app, paper, branding."""

    report_id: str
    generated_at: dt.datetime  # aware
    app_version: str
    page_size: PageSize = "a4"
    branding: Branding = field(default_factory=Branding)
    # Leave room on the last page for the firm's visible digital signature (signing comes after).
    reserve_signature: bool = False
    language: str = "en"  # the client's: the report's words, numbers and dates (reports/language.py)


# ---------------------------------------------------------------- the visit report


class Audience(StrEnum):
    """Who a visit report is for. The client's copy (the default: export, publish, the portal) carries the
    findings, the auditor's comments and the final scores; the internal copy adds the supervisor's notes,
    who overrode what and the evidence checks."""

    CLIENT = "client"
    INTERNAL = "internal"


@dataclass(frozen=True, slots=True)
class Remark:
    """A comment with its author and time: a supervisor's review comment."""

    author: str
    at: dt.datetime | None
    text: str


@dataclass(frozen=True, slots=True)
class OverrideNote:
    points: Fraction  # the points in force
    was: Fraction | None  # what the answer earned before (None: it earned nothing, e.g. unanswered)
    reason: str
    author: str
    at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class QuestionLine:
    number: str  # "3.2"
    id: str
    text: str
    type: QuestionType
    answer: str  # as a person reads it ("Yes", "1:35", "4 on 1–5"); "" when unanswered
    state: str  # domain.scoring.QuestionState value: answered | na | unanswered
    earned: Fraction | None  # None: not applicable or unscored
    possible: Fraction  # 0: unscored
    critical: CriticalScope | None = None
    critical_failed: bool = False
    comment: str = ""  # the auditor's
    reviews: tuple[Remark, ...] = ()  # the supervisor's comments
    override: OverrideNote | None = None  # who changed what and why: the internal copy only
    adjusted: bool = False  # the points were adjusted on review (every copy says so; the reason stays internal)

    @property
    def scored(self) -> bool:
        return self.possible > 0


@dataclass(frozen=True, slots=True)
class PhotoItem:
    key: str  # the original's SHA-256: what print copies are cached by
    source: Path | None  # the report-size copy; None when the picture is not on this computer
    caption: str = ""
    taken_at: dt.datetime | None = None  # local time of the visit
    flags: tuple[str, ...] = ()  # evidence flags, in words
    question: str = ""  # the question it illustrates ("3.2 Were you greeted…"), if any
    filename: str = ""


@dataclass(frozen=True, slots=True)
class SectionBlock:
    """One touchpoint, in journey order."""

    number: int
    id: str
    title: str
    stage: str  # "Purchase", "" when none
    channel: str  # "In store", "" when none
    weight: Fraction | None
    earned: Fraction
    possible: Fraction
    score: Fraction | None
    critical_failed: bool
    questions: tuple[QuestionLine, ...]
    photos: tuple[PhotoItem, ...] = ()
    notes: tuple[str, ...] = ()  # e.g. "2 photos, at least 3 needed"
    description: str = ""


@dataclass(frozen=True, slots=True)
class CriticalFailure:
    section: str
    question: str
    scope: CriticalScope


@dataclass(frozen=True, slots=True)
class Timing:
    section: str
    question: str
    seconds: float
    target: str  # the rubric, a line per threshold: "4 pts within 30 s\n2 pts within 1:00"
    earned: Fraction | None
    possible: Fraction


@dataclass(frozen=True, slots=True)
class RatingAnswer:
    kind: QuestionType  # CSAT, CES or NPS
    question: str
    value: int


@dataclass(frozen=True, slots=True)
class Step:
    """A step of the workflow as the report tells it: who did what, when."""

    label: str  # "Submitted", "Approved", "Published"
    who: str
    at: dt.datetime | None  # when it happened on the device that made it
    received: dt.datetime | None = None  # when the server received it, where that differs (made offline)


@dataclass(frozen=True, slots=True)
class AuditorSignature:
    png: bytes | None  # the drawn signature (transparent PNG)
    signed_by: str
    signed_at: dt.datetime | None
    attestation: str


@dataclass(frozen=True)
class VisitReportData:
    info: ReportInfo
    visit_id: str
    client: str
    location: str
    address: str
    visit_date: dt.date
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    auditor: str
    form_id: str
    form_version: int
    form_title: str
    scenario: str
    status: str  # "Approved"
    final: bool  # approved or published: otherwise every page says the figures are provisional
    total: Fraction | None
    grade: GradeBand | None
    grade_bands: tuple[GradeBand, ...] = DEFAULT_GRADE_BANDS
    weighted: bool = False
    critical_failures: tuple[CriticalFailure, ...] = ()
    sections: tuple[SectionBlock, ...] = ()
    stages: tuple[tuple[str, Fraction | None], ...] = ()
    timings: tuple[Timing, ...] = ()
    ratings: tuple[RatingAnswer, ...] = ()
    signature: AuditorSignature | None = None
    steps: tuple[Step, ...] = ()  # submitted, approved, published
    visit_remarks: tuple[Remark, ...] = ()  # the supervisor's comments on the whole visit
    audience: Audience = Audience.CLIENT
    time_zone: str | None = None  # the location's IANA zone the times are in; None: the computer's
    answered: int = 0  # shown, required questions answered: while below ``required`` the total is "so far"
    required: int = 0


# ---------------------------------------------------------------- the period report


@dataclass(frozen=True, slots=True)
class PeriodVisitLine:
    visit_id: str
    date: dt.date
    location: str
    form: str
    auditor: str
    total: Fraction | None
    grade: str
    grade_colour: str | None  # "#rrggbb"
    status: str
    critical: bool  # a critical question failed


@dataclass(frozen=True)
class PeriodReportData:
    info: ReportInfo
    client: str
    start: dt.date
    end: dt.date
    figures: PeriodFigures  # domain.figures.period_figures: the same numbers as the dashboard
    visits: tuple[PeriodVisitLine, ...]
    # Touchpoints grouped by form, for the heat map's rows: (form title, ((section id, title), ...)).
    section_groups: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    question_sections: dict[str, str] = field(default_factory=dict)  # question id -> touchpoint title
    # Which visits the figures count: the app's reports count approved ones too, the portal's published only
    # (a client sees a visit once it is published), and the report must say which.
    published_only: bool = False


# ---------------------------------------------------------------- what a renderer hands back


@dataclass(frozen=True, slots=True)
class RenderResult:
    pages: int
    signature_box: SignatureBox | None  # where the firm's visible signature goes; None when none was reserved
    images: int = 0  # pictures embedded (photos, logos, the drawn signature)
