"""Hypothesis strategies that know the record kinds and the forms (issue 25): values of every declared field and
of every question type, in and out of range, for the push fuzzing."""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

from hypothesis import strategies as st

from mystery_shop.domain.forms import RATING_TYPES, Question, QuestionType
from mystery_shop.domain.kinds import BIG, Field

# A form with a question of every type, for the tests that push answers of each.
EVERY_TYPE_FORM = """\
id: kinds
version: 1
title: Every question type
sections:
  - id: all
    title: All
    questions:
      - {id: yn, text: "Greeted?", type: yes_no, points: 1}
      - id: pick
        text: Which counter
        type: choice
        choices: [{value: a, label: A, points: 1}, {value: b, label: B, points: 0}]
      - id: many
        text: Which ones
        type: multi
        choices: [{value: x, label: X}, {value: y, label: Y}]
      - {id: count, text: "How many?", type: number, min: 0, max: 10, whole: true}
      - {id: scale, text: Mood, type: scale, points: 4}
      - {id: wait, text: Seconds, type: duration, na: true, thresholds: [{max: 30, points: 2}]}
      - {id: csat, text: Satisfied, type: csat}
      - {id: nps, text: Recommend, type: nps}
      - {id: day, text: "Which day?", type: date}
      - {id: time, text: "What time?", type: time}
      - {id: note, text: Notes, type: text}
"""

ODD = st.sampled_from([None, True, False, 0, -1, 0.5, 10**16, 10**400, "", "x" * 300, "\x00", [], {}, "not-a-date"])


def field_values(f: Field) -> st.SearchStrategy[Any]:
    """A field's values: mostly what its declaration allows, at and beyond its limits, and odd ones."""
    t = f.type
    lo = -BIG if f.lo is None else int(f.lo)
    hi = BIG if f.hi is None else int(f.hi)
    if t in ("text", "id"):
        n = min(f.max_len, 500)
        good: st.SearchStrategy[Any] = st.text(max_size=min(n, 30)) | st.just("y" * n)
        bad: st.SearchStrategy[Any] = st.just("y" * (f.max_len + 1)) if f.max_len <= 5000 else st.integers()
    elif t == "int":
        good, bad = st.integers(lo, hi), st.integers(hi + 1, hi + 10) | st.integers(lo - 10, lo - 1) | st.floats(0, 9)
    elif t == "number":
        good = st.floats(lo, hi, allow_nan=False)
        bad = st.floats(hi + 1, hi * 10 + 10, allow_infinity=False) | st.text(max_size=3)
    elif t == "bool":
        good, bad = st.booleans(), st.integers(0, 1) | st.text(max_size=3)
    elif t == "date":
        good, bad = st.dates().map(dt.date.isoformat), st.sampled_from(["2026-02-30", "20261120", "tomorrow"])
    elif t == "datetime":
        good = st.datetimes(timezones=st.just(dt.UTC)).map(dt.datetime.isoformat)
        bad = st.sampled_from(["2026-11-20T25:00:00", "yesterday", "1" * 50])
    elif t == "sha256":
        good, bad = st.text("0123456789abcdef", min_size=64, max_size=64), st.text(max_size=64)
    elif t == "base64":
        good, bad = st.binary(max_size=30).map(lambda b: base64.b64encode(b).decode()), st.just("not base64!")
    elif t == "enum":
        good, bad = st.sampled_from(f.choices), st.text(max_size=8)
    elif t == "points":
        good = st.decimals(0, 10, places=2).map(str) | st.integers(0, 10)
        bad = st.text(max_size=4) | st.just(10**400)
    else:  # an answer's value: its question decides (``answer_values``)
        good, bad = st.text(max_size=10) | st.integers(-5, 20), st.just([1, 2])
    return st.one_of(good, good, bad, ODD)


def answer_values(q: Question) -> st.SearchStrategy[Any]:
    """Values for a question of each type: the ones it takes, its edges, and ones just past them."""
    t = q.type
    if t is QuestionType.YES_NO:
        return st.sampled_from(["yes", "no", True, False, "maybe", 1])
    if t is QuestionType.CHOICE:
        return st.sampled_from([c.value for c in q.choices]) | st.text(max_size=3)
    if t is QuestionType.MULTI:
        values = [c.value for c in q.choices]
        return st.lists(st.sampled_from([*values, "zz"]), max_size=3) | st.sampled_from(values)
    if t is QuestionType.SCALE or t in RATING_TYPES:
        lo, hi = q.scale_range
        return st.integers(lo - 2, hi + 2) | st.floats(lo, hi) | st.just(str(lo))
    if t is QuestionType.NUMBER:
        return st.integers(-3, 13) | st.floats(-1, 11, allow_nan=False) | st.text(max_size=3) | st.just(10**400)
    if t is QuestionType.DURATION:
        return st.floats(-5, 500, allow_nan=False) | st.integers(-5, 500) | st.text(max_size=3)
    if t is QuestionType.DATE:
        return st.dates().map(dt.date.isoformat) | st.sampled_from(["2026-02-30", "2026/11/20"])
    if t is QuestionType.TIME:
        return st.times().map(lambda t: t.strftime("%H:%M")) | st.sampled_from(["24:00", "9:5", "12:00:00"])
    return st.text(max_size=20) | st.integers() | st.just("z" * 10_001)
