"""A visit's digest: what the across-visit figures need of it, scored once.

The score of an approved visit never changes (its form version is pinned, its
answers and overrides are locked), so a dashboard over 20,000 visits need not
score 20,000 visits each time it opens: each visit is scored once into a
``VisitDigest`` that the store keeps, and ``figures.aggregate`` adds digests
up. The figures are identical to scoring every visit (``figures.period_figures``
is that composition; a property test holds the two paths equal).

A digest is laid out for adding up fast: a tuple of strings (20,000 of them
hold no objects the garbage collector has to walk), numbers as exact text
(``str(Fraction)``, ``"700/9"``) counted as they are and each distinct one read
once. Its parts, in order (``to_json`` writes them as a JSON array):

- ``total``: the visit total, or None where the rules make it null.
- ``sections``: each section's score in form order, comma-separated (empty:
  null).
- ``stages``: likewise, for each stage that has two sections or more, in
  journey order (a one-section stage's score is its section's).
- ``values``: space-separated ``<kind>|<question id>|<answer as JSON>`` for each
  answered duration (kind ``d``) and each rating outside its scale (``c``,
  ``e``, ``n``: none when the answers were checked).
- ``marks``: the ``Layout`` fields, space-separated, of the facts that held: a
  yes/no question answered as expected, a scored question that earned
  nothing, a rating of a given value.
- ``states``: one letter per question in form order: ``a`` answered, ``n`` N/A,
  ``u`` unanswered, ``h`` hidden.
- ``earned``: each question's earned points, comma-separated in form order
  (empty: not answered or unscored).
- ``critical_failures``: the ids of failed critical questions, space-separated.

``FORMAT`` names this layout, the ``Layout`` numbering and the scoring rules
behind them: bump it when any changes, and digests written before are
recomputed, never trusted.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, NamedTuple

from .answers import Answers
from .forms import RATING_TYPES, Form, GradeBand, Question, QuestionType, Stage
from .scoring import QuestionState, grade_for, score_visit

FORMAT = 1

RATING_KIND = {QuestionType.CSAT: "c", QuestionType.CES: "e", QuestionType.NPS: "n"}
KIND_RATING = {v: k for k, v in RATING_KIND.items()}
STATE_LETTER = {
    QuestionState.ANSWERED: "a",
    QuestionState.NA: "n",
    QuestionState.UNANSWERED: "u",
    QuestionState.HIDDEN: "h",
}
LETTER_STATE = {v: k for k, v in STATE_LETTER.items()}


class VisitDigest(NamedTuple):
    """What the figures need of one scored visit (the parts are described in the module's docstring)."""

    total: str | None
    sections: str
    stages: str
    values: str
    marks: str
    states: str
    earned: str
    critical_failures: str

    def to_json(self) -> str:
        return json.dumps(list(self), separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> VisitDigest:
        return cls._make(_DECODER.raw_decode(text)[0])  # as json.loads, less a check for trailing blanks

    def section_scores(self) -> list[str]:
        """Each section's score as exact text, "" where it is null."""
        return self.sections.split(",")

    def stage_scores(self, lay: Layout) -> list[str]:
        """The stored stages' scores as exact text ("" where null), in ``lay.stored_stages`` order."""
        return self.stages.split(",") if lay.stored_stages else []


_DECODER = json.JSONDecoder()


# ---------------------------------------------------------------- a form's layout


class Layout:
    """How a form's digests are numbered: question positions, the stages kept, the mark fields.

    Fields (``marks``) per question in form order: a yes/no question answered as
    expected ("hit"), then a scored question that earned nothing ("fail"); then,
    per rating type the form uses (CSAT, CES, NPS), one field per value of its scale.
    """

    __slots__ = (
        "fail_field",
        "fields",
        "form",
        "hit_field",
        "position",
        "question",
        "questions",
        "rating_fields",
        "single_stage",
        "stages",
        "stored_stages",
    )

    def __init__(self, form: Form) -> None:
        self.form = form
        self.questions: list[Question] = form.questions()
        self.position = {q.id: i for i, q in enumerate(self.questions)}
        self.question = {q.id: q for q in self.questions}
        self.stages = tuple(form.stages())
        sections_of = {st: [i for i, s in enumerate(form.sections) if s.stage is st] for st in self.stages}
        self.single_stage = {st: ix[0] for st, ix in sections_of.items() if len(ix) == 1}
        self.stored_stages = tuple(st for st in self.stages if st not in self.single_stage)
        self.fields: list[tuple[str, Any, Any]] = []  # ("hit" | "fail", position, None) | ("rating", type, value)
        self.hit_field: dict[int, int] = {}
        self.fail_field: dict[int, int] = {}
        for i, q in enumerate(self.questions):
            if q.type is QuestionType.YES_NO:
                self.hit_field[i] = len(self.fields)
                self.fields.append(("hit", i, None))
            if q.possible_points() > 0:  # scored: earns a number, so it can earn nothing
                self.fail_field[i] = len(self.fields)
                self.fields.append(("fail", i, None))
        self.rating_fields: dict[QuestionType, tuple[int, int, int]] = {}  # type -> (lowest, highest, first field)
        for t in RATING_KIND:
            rated = next((q for q in self.questions if q.type is t), None)
            if rated is None:
                continue
            lo, hi = rated.scale_range
            self.rating_fields[t] = (lo, hi, len(self.fields))
            self.fields.extend(("rating", t, v) for v in range(lo, hi + 1))


_LAYOUTS: dict[int, Layout] = {}


def layout(form: Form) -> Layout:
    """The form's layout, built once per form object (hashing a whole form per visit would cost more)."""
    hit = _LAYOUTS.get(id(form))
    if hit is not None and hit.form is form:
        return hit
    if len(_LAYOUTS) > 256:
        _LAYOUTS.clear()
    made = _LAYOUTS[id(form)] = Layout(form)
    return made


# ---------------------------------------------------------------- digesting a visit


def digest_visit(form: Form, answers: Answers) -> VisitDigest:
    """Score one visit and keep what the figures across visits need of it."""
    score = score_visit(form, answers, detail=True)
    results = score.questions
    assert results is not None
    lay = layout(form)
    states: list[str] = []
    earned: list[str] = []
    marks: list[int] = []
    values: list[str] = []
    for i, q in enumerate(lay.questions):
        r = results[q.id]
        states.append(STATE_LETTER[r.state])
        if r.state is not QuestionState.ANSWERED:
            earned.append("")
            continue
        points = r.earned
        earned.append(_text(points))
        v = answers.values[q.id]
        if q.type is QuestionType.YES_NO and v == q.expected:
            marks.append(lay.hit_field[i])
        if points is not None and points == 0:
            marks.append(lay.fail_field[i])
        if q.type in RATING_TYPES:
            lo, hi, first = lay.rating_fields[q.type]
            if type(v) is int and lo <= v <= hi:
                marks.append(first + v - lo)
            else:
                values.append(f"{RATING_KIND[q.type]}|{q.id}|{json.dumps(v)}")
        elif q.type is QuestionType.DURATION:
            values.append(f"d|{q.id}|{json.dumps(v)}")
    stages = score.stages
    return VisitDigest(
        total=None if score.total is None else str(score.total),
        sections=",".join(_text(s.score) for s in score.sections),
        stages=",".join(_text(stages[st]) for st in lay.stored_stages),
        values=" ".join(values),
        marks=" ".join(map(str, sorted(marks))),
        states="".join(states),
        earned=",".join(earned),
        critical_failures=" ".join(score.critical_failures),
    )


def _text(x: Fraction | None) -> str:
    """``x`` as text that ``Fraction(text)`` reads back exactly ("700/9", "50"); "" for None."""
    return "" if x is None else str(x)


# ---------------------------------------------------------------- read like a VisitScore


@dataclass(frozen=True, slots=True)
class SectionFigure:
    """A section's score in a digested visit (the ``id`` and ``score`` of a ``SectionScore``)."""

    id: str
    score: Fraction | None


@dataclass(frozen=True, slots=True)
class QuestionFigure:
    """A question's state and points in a digested visit (as a ``scoring.QuestionResult`` reads)."""

    id: str
    state: QuestionState
    earned: Fraction | None
    possible: Fraction


def _fraction(text: str | None) -> Fraction | None:
    return Fraction(text) if text else None


class DigestQuestions(Mapping[str, QuestionFigure]):
    """Question id -> state and points, read from a digest on demand."""

    __slots__ = ("_digest", "_layout")

    def __init__(self, lay: Layout, digest: VisitDigest) -> None:
        self._layout = lay
        self._digest = digest

    def __getitem__(self, question_id: str) -> QuestionFigure:
        i = self._layout.position[question_id]
        q = self._layout.questions[i]
        state = LETTER_STATE[self._digest.states[i]]
        if state is not QuestionState.ANSWERED:
            return QuestionFigure(question_id, state, None, q.possible_points())
        earned = self._digest.earned.split(",")[i]
        if not earned:  # answered, unscored
            return QuestionFigure(question_id, state, None, Fraction(0))
        return QuestionFigure(question_id, state, Fraction(earned), q.possible_points())

    def __iter__(self) -> Iterator[str]:
        return iter(self._layout.position)

    def __len__(self) -> int:
        return len(self._layout.position)


class DigestScore:
    """A digested visit read the way callers read a ``VisitScore``: total, grade,
    critical failures, section and stage scores, and each question's state and points."""

    __slots__ = ("_digest", "_form")

    def __init__(self, form: Form, digest: VisitDigest) -> None:
        self._form = form
        self._digest = digest

    @property
    def form_id(self) -> str:
        return self._form.id

    @property
    def form_version(self) -> int:
        return self._form.version

    @property
    def total(self) -> Fraction | None:
        return _fraction(self._digest.total)

    @property
    def grade(self) -> GradeBand | None:
        return grade_for(self.total, self._form.grade_bands)

    @property
    def critical_failures(self) -> tuple[str, ...]:
        return tuple(self._digest.critical_failures.split())

    @property
    def sections(self) -> tuple[SectionFigure, ...]:
        texts = self._digest.section_scores()
        return tuple(SectionFigure(s.id, _fraction(t)) for s, t in zip(self._form.sections, texts, strict=True))

    def section(self, section_id: str) -> SectionFigure:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    @property
    def stages(self) -> dict[Stage, Fraction | None]:
        """Stage scores in journey order, for the stages the form uses."""
        lay = layout(self._form)
        sections = self._digest.section_scores()
        stored = dict(zip(lay.stored_stages, self._digest.stage_scores(lay), strict=True))
        return {
            st: _fraction(sections[lay.single_stage[st]] if st in lay.single_stage else stored[st]) for st in lay.stages
        }

    @property
    def questions(self) -> DigestQuestions:
        return DigestQuestions(layout(self._form), self._digest)
