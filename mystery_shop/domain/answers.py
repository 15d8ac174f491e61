"""A visit's answers, and the check that each fits its question.

Values are kept JSON-native (str, int, float, list of str) so they store and
travel as they are; ``check_answers`` turns raw input into normalised
``Answers`` and lists every value that does not fit its question.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction

from .forms import RATING_TYPES, Form, Question, QuestionType
from .messages import message_of, msg
from .numbers import to_fraction

AnswerValue = str | int | float | list[str]

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class Override:
    """A supervisor's replacement for a question's earned points."""

    points: Fraction
    reason: str


@dataclass(frozen=True, slots=True)
class Answers:
    values: Mapping[str, AnswerValue] = field(default_factory=dict)
    na: frozenset[str] = frozenset()
    overrides: Mapping[str, Override] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AnswerProblem:
    question: str  # the question id, or "" for the file as a whole
    message: str

    def __str__(self) -> str:
        return f"{self.question}: {self.message}" if self.question else self.message


class AnswerError(ValueError):
    """Raised by ``normalize_value`` for a value that does not fit its question."""


def normalize_value(q: Question, value: object) -> AnswerValue:
    """The stored form of an answer to ``q``, or AnswerError saying why it does not fit."""
    t = q.type
    if value is None:
        raise AnswerError(msg("no value given (leave the question out, or mark it N/A)"))
    if t is QuestionType.YES_NO:
        if value is True or value == "yes":
            return "yes"
        if value is False or value == "no":
            return "no"
        raise AnswerError(msg("{value!r} is not yes or no", value=value))
    if t is QuestionType.CHOICE:
        v = _scalar_text(value)
        if v is None or q.choice(v) is None:
            raise AnswerError(msg("{value!r} is not one of the choices ({choices})", value=value, choices=_choices(q)))
        return v
    if t is QuestionType.MULTI:
        if not isinstance(value, list):
            raise AnswerError(msg("expects a list of choice values"))
        out: list[str] = []
        for item in value:
            v = _scalar_text(item)
            if v is None or q.choice(v) is None:
                raise AnswerError(
                    msg("{value!r} is not one of the choices ({choices})", value=item, choices=_choices(q))
                )
            if v in out:
                raise AnswerError(msg("{value!r} is chosen twice", value=v))
            out.append(v)
        return out
    if t is QuestionType.SCALE or t in RATING_TYPES:
        lo, hi = q.scale_range
        n = _integer(value)
        if n is None or not lo <= n <= hi:
            raise AnswerError(msg("{value!r} is not a whole number from {lo} to {hi}", value=value, lo=lo, hi=hi))
        return n
    if t is QuestionType.DURATION:
        if not _is_number(value) or value < 0:  # type: ignore[operator]
            raise AnswerError(msg("{value!r} is not a number of seconds (0 or more)", value=value))
        return value  # type: ignore[return-value]
    if t is QuestionType.NUMBER:
        if not _is_number(value):
            raise AnswerError(msg("{value!r} is not a number", value=value))
        _check_bounds(q, value)  # type: ignore[arg-type]
        return value  # type: ignore[return-value]
    if t is QuestionType.TEXT:
        if not isinstance(value, str):
            raise AnswerError(msg("{value!r} is not text", value=value))
        return value
    if t is QuestionType.DATE:
        if not isinstance(value, str) or not _DATE.match(value) or not _valid_date(value):
            raise AnswerError(msg("{value!r} is not a date as YYYY-MM-DD", value=value))
        return value
    if t is QuestionType.TIME:
        if not isinstance(value, str) or not _TIME.match(value):
            raise AnswerError(msg("{value!r} is not a time as HH:MM", value=value))
        return value
    raise AnswerError(msg("unknown question type {type!r}", type=t))  # pragma: no cover


def number_rule(q: Question) -> str:
    """What a number question accepts, in words: "a whole number from 0 to 20", "a number of at least 1"."""
    lo = None if q.min is None else _show(to_fraction(q.min))
    hi = None if q.max is None else _show(to_fraction(q.max))
    # Whole sentences, not "{kind} from": how "a whole number" and "from" agree is each language's business.
    if q.whole:
        if lo is not None and hi is not None:
            return msg("a whole number from {lo} to {hi}", lo=lo, hi=hi)
        if lo is not None:
            return msg("a whole number of at least {lo}", lo=lo)
        if hi is not None:
            return msg("a whole number of at most {hi}", hi=hi)
        return msg("a whole number")
    if lo is not None and hi is not None:
        return msg("a number from {lo} to {hi}", lo=lo, hi=hi)
    if lo is not None:
        return msg("a number of at least {lo}", lo=lo)
    if hi is not None:
        return msg("a number of at most {hi}", hi=hi)
    return msg("a number")


def _check_bounds(q: Question, value: int | float) -> None:
    exact = to_fraction(value)
    if (
        (q.whole and exact.denominator != 1)
        or (q.min is not None and exact < q.min)
        or (q.max is not None and exact > q.max)
    ):
        raise AnswerError(msg("{value!r} is not {rule}", value=value, rule=number_rule(q)))


def check_answers(
    form: Form,
    values: Mapping[str, object],
    na: Iterable[str] = (),
    overrides: Mapping[str, tuple[object, object]] | None = None,
) -> tuple[Answers, list[AnswerProblem]]:
    """Normalise raw answers, N/A marks and overrides for ``form``.

    Returns the answers that fit and every problem found (an empty list means
    all fit). ``overrides`` maps a question id to ``(points, reason)``.
    """
    problems: list[AnswerProblem] = []
    questions = {q.id: q for q in form.questions()}

    clean: dict[str, AnswerValue] = {}
    for qid, raw in values.items():
        q = questions.get(qid)
        if q is None:
            problems.append(AnswerProblem(qid, msg("no such question in this form")))
            continue
        try:
            clean[qid] = normalize_value(q, raw)
        except AnswerError as e:
            problems.append(AnswerProblem(qid, message_of(e)))

    na_set: set[str] = set()
    for qid in na:
        q = questions.get(qid)
        if q is None:
            problems.append(AnswerProblem(qid, msg("marked N/A but there is no such question in this form")))
        elif not q.na:
            problems.append(AnswerProblem(qid, msg("N/A is not allowed on this question")))
        elif qid in values:
            problems.append(AnswerProblem(qid, msg("both answered and marked N/A")))
        else:
            na_set.add(qid)

    clean_overrides: dict[str, Override] = {}
    for qid, (points, reason) in (overrides or {}).items():
        q = questions.get(qid)
        if q is None:
            problems.append(AnswerProblem(qid, msg("override for a question not in this form")))
            continue
        problem = override_problem(q, points, reason)
        if problem:
            problems.append(AnswerProblem(qid, problem))
        else:
            clean_overrides[qid] = Override(to_fraction(points), str(reason).strip())  # type: ignore[arg-type]

    return Answers(clean, frozenset(na_set), clean_overrides), problems


def override_problem(q: Question, points: object, reason: object) -> str | None:
    """Why an override of ``q`` to ``points`` with ``reason`` is not allowed, or None."""
    if not q.is_scored:
        return msg("override on a question that earns no points")
    if not _is_number(points):
        return msg("override points {points!r} is not a number", points=points)
    possible = q.possible_points()
    if not 0 <= to_fraction(points) <= possible:  # type: ignore[arg-type]
        return msg("override points must be between 0 and {max}", max=_show(possible))
    if not isinstance(reason, str) or not reason.strip():
        return msg("an override needs a reason")
    return None


def _show(x: Fraction) -> str:
    return str(x.numerator) if x.denominator == 1 else str(float(x))


def _choices(q: Question) -> str:
    return ", ".join(c.value for c in q.choices)


def _is_number(v: object) -> bool:
    return (
        isinstance(v, (int, float, Fraction))
        and not isinstance(v, bool)
        and v == v
        and v
        not in (
            float("inf"),
            float("-inf"),
        )
    )


def _integer(v: object) -> int | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return None


def _scalar_text(v: object) -> str | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (str, int)):
        return str(v)
    return None


def _valid_date(s: str) -> bool:
    try:
        dt.date.fromisoformat(s)
    except ValueError:
        return False
    return True
