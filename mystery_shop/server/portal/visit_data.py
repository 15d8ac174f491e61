"""What the portal reads of a visit as the server holds it: its form (parsed once per process) and its answers.

Its own module so that the index, the report pages and the action plans read them without importing one another.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Iterable
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from mystery_shop.domain.answers import Answers, AnswerValue, Override
from mystery_shop.domain.forms import Form
from mystery_shop.domain.numbers import to_fraction
from mystery_shop.formats import FormError, parse_form

from ..models import Record

log = logging.getLogger(__name__)
CHUNK = 500  # visits per query (SQLite's bound-variable limit)


class FormCache:
    """Forms parsed from their records' YAML, once per process: a form version never changes."""

    def __init__(self) -> None:
        self._forms: dict[str, Form | None] = {}
        self._lock = threading.Lock()

    def get(self, s: Session, key: str) -> Form | None:
        with self._lock:
            if key in self._forms:
                return self._forms[key]
        rec = s.get(Record, ("form", key))
        if rec is None:
            return None  # not here yet: asked again next time
        try:
            form: Form | None = parse_form(str(rec.data.get("source", "")), key)
        except FormError as e:
            log.warning("form %s on the server does not parse, its visits have no scores in the portal: %s", key, e)
            form = None
        with self._lock:
            self._forms[key] = form
        return form


FORMS = FormCache()


def read_answers(s: Session, visit_ids: Iterable[str]) -> dict[str, Answers]:
    """The answers and overrides of visits as the server holds them (the newest override of a question wins)."""
    values: dict[str, dict[str, AnswerValue]] = defaultdict(dict)
    na: dict[str, set[str]] = defaultdict(set)
    overrides: dict[str, list[tuple[str, str, Override]]] = defaultdict(list)
    for chunk in _chunks(list(visit_ids)):
        q = select(Record.kind, Record.visit_id, Record.data).where(
            Record.kind.in_(("answer", "score_override")), Record.visit_id.in_(chunk)
        )
        for kind, vid, data in s.execute(q):
            qid = str(data.get("question_id") or "")
            if kind == "answer":
                if data.get("na"):
                    na[vid].add(qid)
                elif data.get("value") is not None:
                    values[vid][qid] = data["value"]
                continue
            try:
                points: Fraction = to_fraction(data.get("points"))
            except (TypeError, ValueError, ZeroDivisionError):
                log.warning("override of %s on visit %s has no number of points: skipped", qid, vid)
                continue
            overrides[vid].append((str(data.get("created_at") or ""), qid, Override(points, str(data.get("reason")))))
    out = {}
    for vid in set(values) | set(na) | set(overrides):
        in_force = {qid: o for _, qid, o in sorted(overrides.get(vid, []), key=lambda t: t[0])}
        out[vid] = Answers(values.get(vid, {}), frozenset(na.get(vid, ())), in_force)
    return out


def _chunks(items: list[str]) -> list[list[str]]:
    return [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]
