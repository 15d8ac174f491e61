"""The audit form: sections (touchpoints), questions and the rubric.

Plain frozen dataclasses, built by the YAML loader (``mystery_shop.formats``)
or by anything else that reads a form; ``validate_form`` in
``domain.form_rules`` checks the rules of FORMS.md on them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction


class QuestionType(StrEnum):
    YES_NO = "yes_no"
    CHOICE = "choice"
    MULTI = "multi"
    SCALE = "scale"
    DURATION = "duration"
    CSAT = "csat"
    CES = "ces"
    NPS = "nps"
    NUMBER = "number"
    TEXT = "text"
    DATE = "date"
    TIME = "time"


# Types whose answers can earn points; ratings earn points only when given some.
POINTS_TYPES = frozenset(
    {
        QuestionType.YES_NO,
        QuestionType.CHOICE,
        QuestionType.MULTI,
        QuestionType.SCALE,
        QuestionType.DURATION,
        QuestionType.CSAT,
        QuestionType.CES,
        QuestionType.NPS,
    }
)
RATING_TYPES = frozenset({QuestionType.CSAT, QuestionType.CES, QuestionType.NPS})
# The integer range of each rating's answer.
RATING_RANGES = {QuestionType.CSAT: (1, 5), QuestionType.CES: (1, 7), QuestionType.NPS: (0, 10)}
# Types whose questions are required unless the form says otherwise.
REQUIRED_BY_DEFAULT = POINTS_TYPES


class Stage(StrEnum):
    """Journey stages, in journey order."""

    AWARENESS = "awareness"
    CONSIDERATION = "consideration"
    PURCHASE = "purchase"
    SERVICE = "service"
    POST_PURCHASE = "post_purchase"


class Channel(StrEnum):
    IN_STORE = "in_store"
    PHONE = "phone"
    WEB = "web"
    EMAIL = "email"
    CHAT = "chat"
    SOCIAL = "social"
    APP = "app"
    OTHER = "other"


class CriticalScope(StrEnum):
    SECTION = "section"
    VISIT = "visit"


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    points: Fraction = Fraction(0)
    label: str | None = None

    @property
    def text(self) -> str:
        return self.label or self.value


@dataclass(frozen=True, slots=True)
class Threshold:
    """Points earned by a duration of at most ``max`` seconds."""

    max: Fraction
    points: Fraction


@dataclass(frozen=True, slots=True)
class ShowIf:
    """The question is shown only while ``question``'s answer is one of ``values``.

    ``equals: X`` is stored as ``values=(X,)``; for a multi question the
    condition holds when any chosen value is among ``values``.
    """

    question: str
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    text: str
    type: QuestionType
    points: Fraction | None = None  # as written in the form; see possible_points()
    choices: tuple[Choice, ...] = ()
    thresholds: tuple[Threshold, ...] = ()
    expected: str = "yes"
    min: int | None = None  # scale only
    max: int | None = None
    critical: CriticalScope | None = None
    na: bool = False
    required: bool | None = None  # None: the type's default
    show_if: ShowIf | None = None
    help: str | None = None

    @property
    def scale_range(self) -> tuple[int, int]:
        """The integer answer range of a scale or rating question."""
        if self.type is QuestionType.SCALE:
            return (1 if self.min is None else self.min, 5 if self.max is None else self.max)
        return RATING_RANGES[self.type]

    @property
    def is_required(self) -> bool:
        if self.required is not None:
            return self.required
        return self.type in REQUIRED_BY_DEFAULT

    def possible_points(self) -> Fraction:
        """The most this question can earn (0 for unscored questions)."""
        t = self.type
        if t is QuestionType.YES_NO or t is QuestionType.SCALE:
            return Fraction(1) if self.points is None else self.points
        if t is QuestionType.CHOICE:
            return max((c.points for c in self.choices), default=Fraction(0))
        if t is QuestionType.MULTI:
            if self.points is not None:
                return self.points
            return sum((c.points for c in self.choices if c.points > 0), Fraction(0))
        if t is QuestionType.DURATION:
            return self.thresholds[0].points if self.thresholds else Fraction(0)
        if t in RATING_TYPES:
            return Fraction(0) if self.points is None else self.points
        return Fraction(0)

    @property
    def is_scored(self) -> bool:
        return self.possible_points() > 0

    def choice(self, value: str) -> Choice | None:
        for c in self.choices:
            if c.value == value:
                return c
        return None


@dataclass(frozen=True, slots=True)
class PhotoRule:
    min: int = 0
    max: int = 20


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    title: str
    questions: tuple[Question, ...]
    stage: Stage | None = None
    channel: Channel | None = None
    weight: Fraction | None = None
    photos: PhotoRule = field(default_factory=PhotoRule)
    description: str | None = None


@dataclass(frozen=True, slots=True)
class GradeBand:
    min: Fraction
    label: str
    color: str | None = None  # optional "#rrggbb" for reports and the UI


DEFAULT_GRADE_BANDS: tuple[GradeBand, ...] = (
    GradeBand(Fraction(90), "Excellent", "#1b7f3b"),
    GradeBand(Fraction(75), "Good", "#5c9e31"),
    GradeBand(Fraction(60), "Fair", "#d08c00"),
    GradeBand(Fraction(0), "Poor", "#c0392b"),
)


@dataclass(frozen=True, slots=True)
class Form:
    id: str
    version: int
    title: str
    sections: tuple[Section, ...]
    description: str | None = None
    grade_bands: tuple[GradeBand, ...] = DEFAULT_GRADE_BANDS

    @property
    def key(self) -> tuple[str, int]:
        return (self.id, self.version)

    def questions(self) -> list[Question]:
        return [q for s in self.sections for q in s.questions]

    def question(self, question_id: str) -> Question | None:
        for s in self.sections:
            for q in s.questions:
                if q.id == question_id:
                    return q
        return None

    def section_of(self, question_id: str) -> Section | None:
        for s in self.sections:
            if any(q.id == question_id for q in s.questions):
                return s
        return None

    @property
    def weighted(self) -> bool:
        return any(s.weight is not None for s in self.sections)

    def stages(self) -> list[Stage]:
        """The stages the form's sections use, in journey order."""
        used = {s.stage for s in self.sections if s.stage is not None}
        return [st for st in Stage if st in used]
