"""Time to score 10,000 visits of a 100-question form, beside the floor.

The floor is the same loop over the same answers that only adds up each
answer's raw points from a lookup table: the least any scorer could do.
Goal (issue 2): under 1 s, and under 10x the floor.

    .venv/bin/python benchmarks/scoring.py [--visits N]
"""

from __future__ import annotations

import argparse
import random
import time
from fractions import Fraction

from mystery_shop.domain.answers import Answers, check_answers
from mystery_shop.domain.forms import Choice, Form, Question, QuestionType, Section, Stage, Threshold
from mystery_shop.domain.scoring import score_visit


def make_form(n_questions: int = 100, n_sections: int = 10) -> Form:
    kinds = [QuestionType.YES_NO, QuestionType.CHOICE, QuestionType.SCALE, QuestionType.DURATION, QuestionType.MULTI]
    stages = list(Stage)
    sections = []
    per = n_questions // n_sections
    for s in range(n_sections):
        qs = []
        for i in range(per):
            n = s * per + i
            t = kinds[n % len(kinds)]
            q = Question(id=f"q{n}", text=f"Question {n}", type=t, na=True)
            if t is QuestionType.YES_NO:
                q = Question(id=q.id, text=q.text, type=t, points=Fraction(n % 4 + 1), na=True)
            elif t in (QuestionType.CHOICE, QuestionType.MULTI):
                q = Question(
                    id=q.id,
                    text=q.text,
                    type=t,
                    na=True,
                    choices=tuple(Choice(f"c{k}", Fraction(k)) for k in range(4)),
                )
            elif t is QuestionType.SCALE:
                q = Question(id=q.id, text=q.text, type=t, points=Fraction(3), na=True)
            else:
                q = Question(
                    id=q.id,
                    text=q.text,
                    type=t,
                    na=True,
                    thresholds=(Threshold(Fraction(30), Fraction(4)), Threshold(Fraction(60), Fraction(2))),
                )
            qs.append(q)
        sections.append(Section(id=f"s{s}", title=f"Section {s}", questions=tuple(qs), stage=stages[s % 5]))
    return Form(id="bench", version=1, title="Benchmark", sections=tuple(sections))


def random_answers(form: Form, rng: random.Random) -> Answers:
    values: dict[str, object] = {}
    na: list[str] = []
    for q in form.questions():
        r = rng.random()
        if r < 0.05:
            na.append(q.id)
            continue
        if r < 0.1:
            continue  # unanswered
        if q.type is QuestionType.YES_NO:
            values[q.id] = rng.choice(["yes", "no"])
        elif q.type is QuestionType.CHOICE:
            values[q.id] = rng.choice(q.choices).value
        elif q.type is QuestionType.MULTI:
            values[q.id] = [c.value for c in q.choices if rng.random() < 0.5]
        elif q.type is QuestionType.SCALE:
            values[q.id] = rng.randint(1, 5)
        else:
            values[q.id] = rng.choice([12, 42, 95, 30.5])
    answers, problems = check_answers(form, values, na)
    assert not problems, problems
    return answers


def raw_points_table(form: Form) -> dict[str, dict[object, int]]:
    """Per question, answer -> points: what the floor loop adds up."""
    table: dict[str, dict[object, int]] = {}
    for q in form.questions():
        if q.type is QuestionType.YES_NO:
            table[q.id] = {"yes": int(q.possible_points()), "no": 0}
        elif q.type in (QuestionType.CHOICE, QuestionType.MULTI):
            table[q.id] = {c.value: int(c.points) for c in q.choices}
        elif q.type is QuestionType.SCALE:
            table[q.id] = {v: v for v in range(1, 6)}
        else:
            table[q.id] = {12: 4, 42: 2, 95: 0, 30.5: 2}
    return table


def floor_loop(visits: list[Answers], table: dict[str, dict[object, int]]) -> int:
    total = 0
    for a in visits:
        s = 0
        for qid, v in a.values.items():
            t = table[qid]
            if isinstance(v, list):
                for c in v:
                    s += t[c]
            else:
                s += t[v]
        total += s
    return total


def best_of(fn, repeats: int) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--visits", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    form = make_form()
    rng = random.Random(7)
    visits = [random_answers(form, rng) for _ in range(args.visits)]
    table = raw_points_table(form)

    floor = best_of(lambda: floor_loop(visits, table), args.repeats)
    scoring = best_of(lambda: [score_visit(form, a) for a in visits], args.repeats)

    n = args.visits
    print(f"scoring {n:,} visits of a {len(form.questions())}-question form (best of {args.repeats})")
    print(f"  floor (sum raw points):  {floor * 1000:8.1f} ms")
    print(
        f"  score_visit:             {scoring * 1000:8.1f} ms   = {scoring / floor:4.1f}x floor"
        f"   goal < 1000 ms and < 10x  -> {'OK' if scoring < 1 and scoring / floor < 10 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
