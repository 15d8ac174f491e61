"""Reading many visits' answers at once, and keeping the visits' stored scores equal to the scorer's.

The visit row keeps its total, grade and completeness so that lists of thousands
of visits need no rescoring. Those copies must never go stale: whatever changes
a score's inputs (an answer, an N/A, an override, from this laptop or pulled
from the server) rescores the visit in the same transaction, here.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Callable, Collection
from fractions import Fraction

from sqlalchemy import Text, select, type_coerce, update
from sqlalchemy.orm import Session

from mystery_shop.domain.answers import Answers, AnswerValue, Override
from mystery_shop.domain.forms import Form
from mystery_shop.domain.scoring import score_visit

from . import models as m

log = logging.getLogger(__name__)

CHUNK = 500  # visits per query (SQLite's bound-variable limit)


def read_answers(s: Session, visit_ids: list[str]) -> dict[str, Answers]:
    """Answers and overrides of many visits in two queries per chunk (SQLite's variable limit)."""
    values: dict[str, dict[str, AnswerValue]] = defaultdict(dict)
    na: dict[str, set[str]] = defaultdict(set)
    overrides: dict[str, dict[str, Override]] = defaultdict(dict)
    # The JSON is decoded here, once per distinct text: answers repeat ("yes", 4, 42...), and
    # decoding 400,000 of them one by one is most of a large period's load time.
    raw = type_coerce(m.Answer.value, Text)
    decoded: dict[str, AnswerValue] = {}
    for i in range(0, len(visit_ids), CHUNK):
        chunk = visit_ids[i : i + CHUNK]
        for vid, qid, text, is_na in s.execute(
            select(m.Answer.visit_id, m.Answer.question_id, raw, m.Answer.na).where(m.Answer.visit_id.in_(chunk))
        ):
            if is_na:
                na[vid].add(qid)
            elif not isinstance(text, str):  # SQLite gives numbers back as numbers (the column's affinity)
                if text is not None:
                    values[vid][qid] = text
            elif text != "null":
                value = decoded.get(text)
                if value is None:
                    value = json.loads(text)
                    if not isinstance(value, list):  # lists are answers of their own, never shared
                        decoded[text] = value
                values[vid][qid] = value
        for o in s.scalars(
            select(m.ScoreOverride).where(m.ScoreOverride.visit_id.in_(chunk)).order_by(m.ScoreOverride.created_at)
        ):
            overrides[o.visit_id][o.question_id] = Override(Fraction(o.points), o.reason)
    return {
        vid: Answers(values.get(vid, {}), frozenset(na.get(vid, ())), overrides.get(vid, {}))
        for vid in set(values) | set(na) | set(overrides)
    }


def refresh_scores(s: Session, visit_ids: Collection[str], form_for: Callable[[str, int], Form]) -> int:
    """Rescore ``visit_ids`` from their answers and overrides and store what changed; returns how many did."""
    ids = sorted(set(visit_ids))
    forms: dict[tuple[str, int], Form | None] = {}
    changed = 0
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        answers = read_answers(s, chunk)
        rows = s.execute(
            select(m.Visit.id, m.Visit.form_id, m.Visit.form_version, m.Visit.score_total, m.Visit.grade,
                   m.Visit.complete, m.Visit.critical_failed).where(m.Visit.id.in_(chunk))
        ).all()  # fmt: skip
        for vid, form_id, version, total, grade, complete, critical in rows:
            key = (form_id, version)
            if key not in forms:
                try:
                    forms[key] = form_for(form_id, version)
                except LookupError:  # its form is not here (yet): nothing to score it by
                    forms[key] = None
            form = forms[key]
            if form is None:
                continue
            try:
                score = score_visit(form, answers.get(vid, Answers()))
            except (KeyError, TypeError, ValueError, ArithmeticError) as e:
                # A stored answer its question cannot score (a bad value a server let in): this visit keeps its
                # figures and is logged; the others, and the sync that pulled it, go on.
                log.warning("visit %s cannot be scored, its stored figures stay: %r", vid, e)
                continue
            new = (
                None if score.total is None else float(score.total),
                score.grade.label if score.grade else None,
                score.complete,
                bool(score.critical_failures),
            )
            if new != (total, grade, bool(complete), bool(critical)):
                s.execute(
                    update(m.Visit)
                    .where(m.Visit.id == vid)
                    .values(score_total=new[0], grade=new[1], complete=new[2], critical_failed=new[3])
                )
                changed += 1
    return changed
