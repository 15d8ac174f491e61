"""The form's quality checks on a submit that arrives by sync: the same domain code as the laptop's finish dialog.

A block refuses the submit, and so does a warning whose submit carries no explanation (the transition's
``detail``). The visit is judged on what the server holds: the answers and photos pushed before the submit in
the same or an earlier batch, and the visit's own start and end times.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections import Counter
from typing import Any

from mystery_shop.domain.answers import Answers, AnswerValue
from mystery_shop.domain.checks import VisitFacts, submit_refusal, visit_checks, visit_minutes
from mystery_shop.domain.forms import Form
from mystery_shop.formats import FormError, parse_form

from .records import Row, Writer

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=64)
def _form(source: str) -> Form | None:
    try:
        return parse_form(source)
    except FormError as e:  # published by an older version: its checks cannot be judged here
        log.warning("a form on the server does not parse, its checks are not enforced: %s", e)
        return None


def checks_refusal(writer: Writer, visit: Row, explanation: str) -> str | None:
    """Why the server refuses to submit ``visit`` with ``explanation``, or None when its checks allow it."""
    data = visit.data
    rec = writer.get("form", f"{data.get('form_id')}@{data.get('form_version')}")
    form = _form(str(rec.data.get("source", ""))) if rec is not None else None
    if form is None or not form.checks:
        return None
    values: dict[str, AnswerValue] = {}
    na: set[str] = set()
    comments: dict[str, str] = {}
    for a in writer.of_visit(visit.id, "answer"):
        qid = str(a.data.get("question_id"))
        if a.data.get("na"):
            na.add(qid)
        elif a.data.get("value") is not None:
            values[qid] = a.data["value"]
        if a.data.get("comment"):
            comments[qid] = str(a.data["comment"])
    photos = Counter(
        str(p.data.get("section_id")) for p in writer.of_visit(visit.id, "photo") if not p.data.get("deleted")
    )
    minutes = visit_minutes(_time(data.get("started_at")), _time(data.get("finished_at")))
    fired = visit_checks(form, Answers(values, frozenset(na)), VisitFacts(comments, photos, minutes))
    refusal = submit_refusal(fired, explanation)
    return None if refusal is None else f"{refusal} ({'; '.join(str(c.message) for c in fired)})"


def _time(v: Any) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(v) if isinstance(v, str) else None
    except ValueError:
        return None
