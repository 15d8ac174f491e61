"""The audit form: sections (touchpoints), questions and the rubric.

Plain frozen dataclasses, built by the YAML loader (``mystery_shop.formats``)
or by anything else that reads a form; ``validate_form`` in
``domain.form_rules`` checks the rules of FORMS.md on them.

Languages
---------
A form may be written in several languages (``languages: [en, pl]`` in YAML,
the first being the default). Every object's plain text fields (``Form.title``
and ``description``, ``Section.title`` and ``description``, ``Question.text``
and ``help``, ``Choice.label``, ``GradeBand.label``) hold the default
language; the others are in each object's ``translations``
(``domain.texts.Translations``). Ids, choice values, points and every rule
are the same in all languages, so answers and scores never depend on one.

The API for screens and reports that show a form in a chosen language:

- ``form.languages`` -- the languages the form is written in, default first;
  ``()`` for a form in one unnamed language. ``form.default_language``.
- ``form.pick_language(["pl-PL", "en"])`` -- the best of the preferred
  languages the form has (``pl-PL`` matches ``pl``), else the default: use
  it with the visit's or the client's language.
- ``form.in_language("pl")`` -- the same form with every text in Polish where
  it has a translation and in the default language where it has none; its
  ``language`` says which language it shows. Pass it to the widgets and the
  report builder unchanged: question ids, values and points are the same, so
  ``score_visit(form.in_language("pl"), answers)`` equals
  ``score_visit(form, answers)`` except that the grade's label is in Polish.
  Score and store with the original form; translate what is shown.
- ``form.missing_translations("pl")`` -- the paths of the texts that fall back
  to the default language, e.g. to say "12 texts are shown in English".
- ``form.band_in_language(band, "pl")`` -- one grade band's label translated
  (a stored grade label is the default language's).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from fractions import Fraction
from typing import TypeVar

from .texts import NO_TRANSLATIONS, Translations, base_language


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
    translations: Translations = NO_TRANSLATIONS  # of "label"

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
    min: int | Fraction | None = None  # scale: whole numbers; number: optional bounds
    max: int | Fraction | None = None
    whole: bool = False  # number only: the answer must be a whole number
    critical: CriticalScope | None = None
    na: bool = False
    required: bool | None = None  # None: the type's default
    show_if: ShowIf | None = None
    help: str | None = None
    translations: Translations = NO_TRANSLATIONS  # of "text" and "help"

    @property
    def scale_range(self) -> tuple[int, int]:
        """The integer answer range of a scale or rating question."""
        if self.type is QuestionType.SCALE:
            return (1 if self.min is None else int(self.min), 5 if self.max is None else int(self.max))
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
    translations: Translations = NO_TRANSLATIONS  # of "title" and "description"


class Severity(StrEnum):
    WARNING = "warning"
    BLOCK = "block"


@dataclass(frozen=True, slots=True)
class Requirement:
    """What a rule requires of ``question``: a value among ``values``, within ``min``..``max``, or any answer."""

    question: str
    values: tuple[str, ...] | None = None  # equals: X is values=(X,)
    min: Fraction | None = None
    max: Fraction | None = None
    answered: bool = False


@dataclass(frozen=True, slots=True)
class FormCheck:
    """One check of a form; exactly one of its kinds is set."""

    id: str
    block: bool = False
    comment_min_words: int | None = None  # comment_on_fail
    when: ShowIf | None = None  # a rule: when this holds ...
    require: Requirement | None = None  # ... this must hold
    photo_on_fail: tuple[str, ...] = ()
    visit_min_minutes: Fraction | None = None  # visit_minutes
    message: str | None = None  # the rule's message in the form's default language
    translations: Translations = NO_TRANSLATIONS  # of "message"

    @property
    def severity(self) -> Severity:
        return Severity.BLOCK if self.block else Severity.WARNING

    @property
    def kind(self) -> str:
        """Its YAML key: ``comment_on_fail``, ``require`` (a rule), ``photo_on_fail`` or ``visit_minutes``."""
        if self.comment_min_words is not None:
            return "comment_on_fail"
        if self.require is not None:
            return "require"
        if self.visit_min_minutes is not None:
            return "visit_minutes"
        return "photo_on_fail"

    def message_in(self, language: str | None) -> str | None:
        if language is not None:
            text = self.translations.get("message", language)
            if text is not None:
                return text
        return self.message


@dataclass(frozen=True, slots=True)
class GradeBand:
    min: Fraction
    label: str
    color: str | None = None  # optional "#rrggbb" for reports and the UI
    translations: Translations = NO_TRANSLATIONS  # of "label"


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
    languages: tuple[str, ...] = ()  # default first; () = one unnamed language
    translations: Translations = NO_TRANSLATIONS  # of "title" and "description"
    language: str | None = None  # set on a copy made by in_language(): the language it shows
    checks: tuple[FormCheck, ...] = ()  # quality checks (domain.checks evaluates them)

    @property
    def key(self) -> tuple[str, int]:
        return (self.id, self.version)

    # ------------------------------------------------------------ languages

    @property
    def default_language(self) -> str | None:
        return self.languages[0] if self.languages else None

    def pick_language(self, preferred: Iterable[str | None]) -> str | None:
        """The first of ``preferred`` this form is written in (``pl-PL`` matches ``pl``), else the default."""
        for wanted in preferred:
            if not wanted:
                continue
            for lang in self.languages:
                if lang.lower() == wanted.lower():
                    return lang
            for lang in self.languages:
                if base_language(lang) == base_language(wanted):
                    return lang
        return self.default_language

    def text_fields(self) -> Iterator[tuple[TextPath, TextOwner, str]]:
        """Every translatable field that has a default-language text: (path, its owner, field name)."""
        for name in ("title", "description"):
            if getattr(self, name):
                yield (name,), self, name
        for bi, band in enumerate(self.grade_bands):
            yield ("grade_bands", bi, "label"), band, "label"
        for si, s in enumerate(self.sections):
            for name in ("title", "description"):
                if getattr(s, name):
                    yield ("sections", si, name), s, name
            for qi, q in enumerate(s.questions):
                for name in ("text", "help"):
                    if getattr(q, name):
                        yield ("sections", si, "questions", qi, name), q, name
                for ci, c in enumerate(q.choices):
                    if c.label:
                        yield ("sections", si, "questions", qi, "choices", ci, "label"), c, "label"

    def missing_translations(self, language: str) -> list[TextPath]:
        """Paths of the texts that have no ``language`` version (shown in the default language)."""
        if language == self.default_language or language not in self.languages:
            return []
        return [path for path, owner, name in self.text_fields() if owner.translations.get(name, language) is None]

    def in_language(self, language: str | None) -> Form:
        """This form with its texts in ``language``, falling back to the default text where one is missing.

        Ids, values, points and rules are unchanged. The original is returned for
        the default language, for None and for a language the form is not written in.
        """
        if self.language is not None:
            raise ValueError(f"this form is already shown in {self.language!r}: translate the original")
        if language is None or language == self.default_language or language not in self.languages:
            return self
        return replace(
            _translated(self, language, ("title", "description")),
            language=language,
            grade_bands=tuple(self.band_in_language(b, language) for b in self.grade_bands),
            sections=tuple(
                replace(
                    _translated(s, language, ("title", "description")),
                    questions=tuple(
                        replace(
                            _translated(q, language, ("text", "help")),
                            choices=tuple(_translated(c, language, ("label",)) for c in q.choices),
                        )
                        for q in s.questions
                    ),
                )
                for s in self.sections
            ),
        )

    def band_in_language(self, band: GradeBand, language: str | None) -> GradeBand:
        """``band`` (one of this form's) with its label in ``language``, as ``in_language`` shows it."""
        if language is None or language == self.default_language or language not in self.languages:
            return band
        return _translated(band, language, ("label",))

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


TextOwner = Form | Section | Question | Choice | GradeBand
TextPath = tuple[str | int, ...]
TextOwnerT = TypeVar("TextOwnerT", Form, Section, Question, Choice, GradeBand)


def _translated(obj: TextOwnerT, language: str, names: tuple[str, ...]) -> TextOwnerT:
    """``obj`` with the ``language`` text of each field in ``names`` (where it has one), no translations left."""
    changes: dict[str, object] = {"translations": NO_TRANSLATIONS}
    for name in names:
        text = obj.translations.get(name, language)
        if text is not None:
            changes[name] = text
    return replace(obj, **changes)  # type: ignore[arg-type]
