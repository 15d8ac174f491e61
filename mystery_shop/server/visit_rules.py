"""What the server checks of a visit's content with its form: answers, readiness to submit, the score.

The same domain code as the app (``domain.answers.normalize_value`` behind
``visits answer``, ``domain.readiness.missing_items`` behind the Finish
dialog, ``domain.scoring.score_visit``), run on the records as the push's
transaction has them. Forms are parsed once per process: a version never
changes once published.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterable
from fractions import Fraction
from typing import Any

from mystery_shop.domain.answers import AnswerError, Answers, AnswerValue, Override, normalize_value, override_problem
from mystery_shop.domain.forms import Form
from mystery_shop.domain.numbers import to_fraction
from mystery_shop.domain.readiness import missing_items
from mystery_shop.domain.scoring import VisitScore, score_visit
from mystery_shop.formats import FormError, parse_form
from mystery_shop.sync.protocol import photo_blobs

from .records import Row

log = logging.getLogger(__name__)
_BAD_VALUE = (KeyError, TypeError, ValueError, ArithmeticError)


class Forms:
    """Parsed forms by their text (one server process may serve several databases, as the tests do); a form
    whose text does not parse is None."""

    def __init__(self) -> None:
        self._forms: dict[str, Form | None] = {}
        self._lock = threading.Lock()

    def get(self, key: str, text: str | None) -> Form | None:
        if text is None:
            return None  # not on the server (yet)
        digest = hashlib.sha256(text.encode()).hexdigest()
        with self._lock:
            if digest in self._forms:
                return self._forms[digest]
        try:
            form: Form | None = parse_form(text, key)
        except FormError as e:
            log.warning("form %s on the server does not parse: %s", key, e)
            form = None
        with self._lock:
            self._forms[digest] = form
        return form


FORMS = Forms()


def answer_problem(form: Form, question_id: str, value: object, na: object) -> str | None:
    """Why an answer does not fit its question; None when it does. The value must be its stored form already
    (``true`` for a yes/no is the app's input, not what it stores: "yes")."""
    q = form.question(question_id)
    if q is None:
        return f"{question_id}: no such question in this form"
    if na:
        return None if q.na else f"{question_id}: N/A is not allowed on this question"
    if value is None:
        return None
    try:
        stored = normalize_value(q, value)
    except AnswerError as e:
        return f"{question_id}: {e}"
    if isinstance(value, bool) or stored != value:
        return f"{question_id}: {value!r} is not a stored answer (send {stored!r})"
    return None


def override_problem_of(form: Form, question_id: str, points: object, reason: object) -> str | None:
    """Why a supervisor's override does not fit its question (the app's ``override_problem``); None when it does."""
    q = form.question(question_id)
    if q is None:
        return f"{question_id}: override for a question not in this form"
    try:
        exact = to_fraction(points)  # type: ignore[arg-type]
    except _BAD_VALUE:
        return f"{question_id}: override points {points!r} is not a number"
    problem = override_problem(q, exact, reason)
    return f"{question_id}: {problem}" if problem else None


def answers_of(rows: Iterable[Row]) -> Answers:
    """A visit's answers and overrides from its records (the newest override of a question wins); a stored
    value its form cannot take is left out by the scorer's caller, not here."""
    values: dict[str, AnswerValue] = {}
    na: set[str] = set()
    overrides: list[tuple[str, str, Override]] = []
    for r in rows:
        qid = str(r.data.get("question_id") or "")
        if r.kind == "answer":
            if r.data.get("na"):
                na.add(qid)
            elif r.data.get("value") is not None:
                values[qid] = r.data["value"]
        elif r.kind == "score_override":
            try:
                points: Fraction = to_fraction(r.data["points"])
            except _BAD_VALUE:
                continue
            overrides.append((str(r.data.get("created_at") or ""), qid, Override(points, str(r.data.get("reason")))))
    in_force = {qid: o for _, qid, o in sorted(overrides, key=lambda t: t[0])}
    return Answers(values, frozenset(na), in_force)


def score(form: Form, rows: Iterable[Row]) -> VisitScore | None:
    """The visit's score from the records, or None when a stored value cannot be scored (logged)."""
    try:
        return score_visit(form, answers_of(rows))
    except _BAD_VALUE as e:
        log.warning("a visit of form %s@%s cannot be scored from its records: %r", form.id, form.version, e)
        return None


def score_fields(result: VisitScore | None) -> dict[str, Any]:
    """The visit's stored score, as the laptop's visit row has it."""
    if result is None:
        return {"score_total": None, "grade": None, "complete": False}
    total = None if result.total is None else float(result.total)
    return {"score_total": total, "grade": result.grade.label if result.grade else None, "complete": result.complete}


def not_ready(form: Form, visit: Row, rows: list[Row], has_blob: Callable[[str], bool]) -> str | None:
    """Why the visit cannot be submitted (the Finish dialog's list, and photos whose bytes are not here)."""
    photos = [r.data for r in rows if r.kind == "photo" and not r.data.get("deleted")]
    missing = sorted({s for d in photos for s in photo_blobs(d) if not has_blob(s)})
    if missing:
        return "photos not uploaded yet: " + ", ".join(missing)
    result = score(form, rows)
    if result is None:
        return "a stored answer does not fit its question"
    counts: dict[str, int] = {}
    for d in photos:
        counts[str(d.get("section_id"))] = counts.get(str(d.get("section_id")), 0) + 1
    items = missing_items(form, result, counts, signed=bool(visit.data.get("signature_png")))
    if items:
        return "not ready to submit: " + "; ".join(str(i.message) for i in items)
    return None
