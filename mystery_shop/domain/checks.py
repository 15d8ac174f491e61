"""Quality checks a form carries (FORMS.md "Quality checks"), evaluated on one visit.

A check is a warning (the auditor may submit with an explanation) unless the
form says ``block: true``. The same function decides on the laptop (the finish
dialog, ``visits submit``), in ``score --json`` and on the server when a submit
arrives by sync, so all three agree. Checks change no score.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from typing import Any

from .answers import Answers, AnswerValue
from .forms import Form, FormCheck, QuestionType, Requirement, Severity, ShowIf
from .messages import msg
from .numbers import display
from .scoring import QuestionState, VisitScore, score_visit


class CheckCode(StrEnum):
    # one visit, from its form
    COMMENT_MISSING = "comment-missing"
    RULE = "rule"
    PHOTO_MISSING = "photo-missing"
    TOO_SHORT = "too-short"
    # across visits (domain.cross_checks)
    COMMENT_REUSED = "comment-reused"
    PHOTO_REUSED = "photo-reused"
    STRAIGHT_LINING = "straight-lining"
    AUDITOR_OUTLIER = "auditor-outlier"
    REPEAT_VISIT = "repeat-visit"
    TOO_FAST = "too-fast"


@dataclass(frozen=True, slots=True)
class CheckResult:
    """A check that fires on a visit: ``check`` is the form check's id (or the cross-visit code)."""

    code: CheckCode
    check: str
    severity: Severity
    question: str | None
    message: str  # a Message (or the form's own text for a rule)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code.value,
            "check": self.check,
            "severity": self.severity.value,
            "question": self.question,
            "message": str(self.message),
        }


@dataclass(frozen=True, slots=True)
class VisitFacts:
    """What the checks read besides the answers: comments, photos per section, the visit's length."""

    comments: Mapping[str, str]
    photos: Mapping[str, int]  # section id -> photos attached to it
    minutes: Fraction | None = None  # start to end; None when unknown (too-short is then not judged)


def visit_minutes(started: dt.datetime | None, finished: dt.datetime | None) -> Fraction | None:
    """The visit's length, start to end, in minutes; None when either end is unknown (naive times are UTC)."""
    if started is None or finished is None:
        return None
    started, finished = (t if t.tzinfo else t.replace(tzinfo=dt.UTC) for t in (started, finished))
    delta = finished - started
    return Fraction(delta.days * 86400 + delta.seconds, 60) + Fraction(delta.microseconds, 60_000_000)


_WORD = re.compile(r"\S+")


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def visit_checks(
    form: Form,
    answers: Answers,
    facts: VisitFacts,
    *,
    score: VisitScore | None = None,
    language: str | None = None,
) -> list[CheckResult]:
    """The form's checks that fire on this visit, ordered as the form lists them, then by question order."""
    if not form.checks:
        return []
    if score is None or score.questions is None:
        score = score_visit(form, answers, detail=True)
    assert score.questions is not None
    results = score.questions
    order = {q.id: i for i, q in enumerate(form.questions())}
    out: list[CheckResult] = []

    def applies(qid: str) -> bool:
        r = results.get(qid)
        return r is not None and r.state not in (QuestionState.HIDDEN, QuestionState.NA)

    def fails(qid: str) -> bool:
        """Answered, scored, and its own earned points are 0 (a critical failure elsewhere does not count)."""
        r = results.get(qid)
        return r is not None and r.state is QuestionState.ANSWERED and r.possible > 0 and r.earned == 0

    for check in form.checks:
        sev = check.severity
        if check.comment_min_words is not None:
            need = check.comment_min_words
            for q in form.questions():
                if fails(q.id) and word_count(facts.comments.get(q.id, "")) < need:
                    out.append(
                        CheckResult(
                            CheckCode.COMMENT_MISSING,
                            check.id,
                            sev,
                            q.id,
                            msg("It earned nothing: explain why in a comment of at least {n} words.", n=need),
                        )
                    )
        elif check.require is not None:
            req = check.require
            if check.when is not None and not (applies(check.when.question) and _holds(check.when, answers)):
                continue
            if not applies(req.question) or _meets(req, answers.values.get(req.question)):
                continue
            text = check.message_in(language) or _default_rule_message(form, req)
            out.append(CheckResult(CheckCode.RULE, check.id, sev, req.question, text))
        elif check.photo_on_fail:
            for qid in sorted(check.photo_on_fail, key=lambda x: order.get(x, 0)):
                section = form.section_of(qid)
                if section is not None and fails(qid) and facts.photos.get(section.id, 0) < 1:
                    out.append(
                        CheckResult(
                            CheckCode.PHOTO_MISSING,
                            check.id,
                            sev,
                            qid,
                            msg("It failed: add a photo of it to {section}.", section=section.title),
                        )
                    )
        elif check.visit_min_minutes is not None and facts.minutes is not None:
            out.extend(_too_short(form, answers, check, facts.minutes, applies))
    return out


def _too_short(form: Form, answers: Answers, check: FormCheck, minutes: Fraction, applies: Any) -> list[CheckResult]:
    need = check.visit_min_minutes
    assert need is not None
    out: list[CheckResult] = []
    if minutes < need:
        out.append(
            CheckResult(
                CheckCode.TOO_SHORT,
                check.id,
                check.severity,
                None,
                msg(
                    "The visit lasted {minutes} minutes; it takes at least {need}.",
                    minutes=display(minutes),
                    need=display(need),
                ),
            )
        )
    waits = sum(
        (
            _number(answers.values.get(q.id))
            for q in form.questions()
            if q.type is QuestionType.DURATION and applies(q.id) and q.id in answers.values
        ),
        Fraction(0),
    )
    if minutes * 60 < waits:
        out.append(
            CheckResult(
                CheckCode.TOO_SHORT,
                check.id,
                check.severity,
                None,
                msg(
                    "The visit lasted {minutes} minutes, less than its timed waits ({waits} minutes).",
                    minutes=display(minutes),
                    waits=display(waits / 60),
                ),
            )
        )
    return out


def _number(v: AnswerValue | None) -> Fraction:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return Fraction(0)
    return Fraction(str(v)) if isinstance(v, float) else Fraction(v)


def _holds(cond: ShowIf, answers: Answers) -> bool:
    v = answers.values.get(cond.question)
    if v is None:
        return False
    if isinstance(v, list):
        return not set(cond.values).isdisjoint(v)
    return str(v) in cond.values


def _meets(req: Requirement, v: AnswerValue | None) -> bool:
    """Whether the answer ``v`` satisfies ``req``; an unanswered question satisfies nothing."""
    if v is None:
        return False
    if req.answered:
        return True
    if req.values is not None:
        if isinstance(v, list):
            return not set(req.values).isdisjoint(v)
        return str(v) in req.values
    if isinstance(v, (list, str)):
        return False
    x = _number(v)
    return (req.min is None or x >= req.min) and (req.max is None or x <= req.max)


def _default_rule_message(form: Form, req: Requirement) -> str:
    q = form.question(req.question)
    text = q.text if q is not None else req.question
    if req.answered:
        return msg("{question!r} needs an answer.", question=text)
    if req.values is not None:
        return msg("{question!r} should be {values}.", question=text, values=" / ".join(req.values))
    if req.min is not None and req.max is not None:
        return msg(
            "{question!r} should be between {min} and {max}.", question=text, min=display(req.min), max=display(req.max)
        )
    if req.min is not None:
        return msg("{question!r} should be at least {min}.", question=text, min=display(req.min))
    return msg("{question!r} should be at most {max}.", question=text, max=display(req.max))


# ---------------------------------------------------------------- submitting


def blocks(results: Sequence[CheckResult]) -> list[CheckResult]:
    return [r for r in results if r.severity is Severity.BLOCK]


def warnings(results: Sequence[CheckResult]) -> list[CheckResult]:
    return [r for r in results if r.severity is Severity.WARNING]


def submit_refusal(results: Sequence[CheckResult], explanation: str) -> str | None:
    """Why a visit with these checks cannot be submitted with ``explanation``; None when it may."""
    if blocks(results):
        return msg("A check blocks the submission: {message}", message=blocks(results)[0].message)
    if warnings(results) and not explanation.strip():
        return msg("The visit has warnings: explain them to submit it anyway.")
    return None
