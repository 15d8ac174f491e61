"""``validate`` and ``score``: checking forms and scoring one visit from files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from mystery_shop.domain.answers import AnswerProblem, Answers, check_answers
from mystery_shop.domain.forms import Form
from mystery_shop.domain.numbers import display
from mystery_shop.domain.scoring import VisitScore, score_visit
from mystery_shop.formats import FormError, load_form

from .common import CliError, print_json, table


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "validate",
        help="check audit form files",
        description="Check audit form files. Exit 0 when all are valid, else 1 with one line per problem.",
    )
    p.add_argument("forms", nargs="+", metavar="FORM.yaml", help="form files to check")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser(
        "score",
        help="score one visit from a form and an answers file",
        description=(
            'Score one visit. ANSWERS.json holds {"answers": {...}, "na": [...], "overrides": '
            '{ID: {"points": N, "reason": "..."}}}. Exit 1 if the form is invalid, '
            "2 if an answer does not fit its question (nothing is scored)."
        ),
    )
    p.add_argument("form", metavar="FORM.yaml")
    p.add_argument("answers", metavar="ANSWERS.json")
    p.add_argument("--json", action="store_true", help="print the score as JSON (unrounded)")
    p.set_defaults(func=cmd_score)


def cmd_validate(args: argparse.Namespace) -> int:
    failed = False
    for name in args.forms:
        try:
            form = load_form(name)
        except FormError as e:
            failed = True
            for problem in e.problems:
                print(problem)
            continue
        n = len(form.questions())
        print(
            f"{name}: ok ({form.id} v{form.version}, {_count(len(form.sections), 'section')}, {_count(n, 'question')})"
            + _languages(form)
        )
    return 1 if failed else 0


def _languages(form: Form) -> str:
    """``; languages en, pl (pl: 3 texts in en)``: which languages, and how complete each translation is."""
    if not form.languages:
        return ""
    gaps = [(lang, len(form.missing_translations(lang))) for lang in form.languages[1:]]
    gaps_text = ", ".join(f"{lang}: {_count(n, 'text')} in {form.default_language}" for lang, n in gaps if n)
    return f"; languages {', '.join(form.languages)}" + (f" ({gaps_text})" if gaps_text else "")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def cmd_score(args: argparse.Namespace) -> int:
    try:
        form = load_form(args.form)
    except FormError as e:
        for problem in e.problems:
            print(problem, file=sys.stderr)
        return 1
    answers, problems = read_answers_file(Path(args.answers), form)
    if problems:
        for problem in problems:
            print(f"{args.answers}: {problem}", file=sys.stderr)
        return 2
    score = score_visit(form, answers)
    if args.json:
        print_json(score.to_json())
    else:
        print(render_score(form, score))
    return 0


def read_answers_file(path: Path, form: Form) -> tuple[Answers, list[AnswerProblem]]:
    """Read an answers file (FORMS.md's shape) and check it against ``form``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise CliError(f"{path}: cannot read: {e.strerror or e}", code=2) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise CliError(f"{path}: not valid JSON: {e}", code=2) from None
    except RecursionError:
        raise CliError(f"{path}: not valid JSON: nested too deeply", code=2) from None
    return parse_answers(data, form)


def parse_answers(data: Any, form: Form) -> tuple[Answers, list[AnswerProblem]]:
    """Check the shape of an answers document, then each answer against ``form``."""
    shape: list[AnswerProblem] = []
    if not isinstance(data, dict):
        return Answers(), [AnswerProblem("", 'expected a JSON object with an "answers" object')]
    unknown = set(data) - {"answers", "na", "overrides"}
    for key in sorted(unknown):
        shape.append(AnswerProblem("", f"unknown key {key!r} (expected answers, na, overrides)"))
    values = data.get("answers", {})
    if not isinstance(values, dict):
        shape.append(AnswerProblem("", '"answers" must be an object of question id to value'))
        values = {}
    na = data.get("na", [])
    if not isinstance(na, list) or not all(isinstance(x, str) for x in na):
        shape.append(AnswerProblem("", '"na" must be a list of question ids'))
        na = []
    raw_overrides = data.get("overrides", {})
    overrides: dict[str, tuple[object, object]] = {}
    if not isinstance(raw_overrides, dict):
        shape.append(AnswerProblem("", '"overrides" must be an object of question id to {points, reason}'))
    else:
        for qid, o in raw_overrides.items():
            if not isinstance(o, dict) or "points" not in o:
                shape.append(AnswerProblem(qid, 'an override is {"points": N, "reason": "..."}'))
                continue
            overrides[qid] = (o.get("points"), o.get("reason"))
    answers, problems = check_answers(form, values, na, overrides)
    return answers, shape + problems


def render_score(form: Form, score: VisitScore) -> str:
    """The readable report of one visit's score: sections, stages, total and grade."""
    rows = []
    for section, s in zip(form.sections, score.sections, strict=True):
        flag = "CRITICAL FAILED" if s.critical_failed else ""
        weight = display(section.weight, 0) if section.weight is not None else ""
        rows.append([section.title, display(s.earned), display(s.possible), display(s.score), weight, flag])
    header = ["Section", "Earned", "Possible", "Score", "Weight" if form.weighted else "", ""]
    out = [f"{form.title} ({form.id} v{form.version})", "", table(rows, header, "lrrrr")]
    if score.stages:
        out += [
            "",
            table(
                [[st.value.replace("_", " ").capitalize(), display(v)] for st, v in score.stages.items()],
                ["Stage", "Score"],
                "lr",
            ),
        ]
    ratings = [
        (name, v)
        for name, v in (("CSAT", score.ratings.csat), ("CES", score.ratings.ces), ("NPS", score.ratings.nps))
        if v is not None
    ]
    if ratings:
        out += ["", "Ratings: " + ", ".join(f"{name} {display(v)}" for name, v in ratings)]
    grade = score.grade.label if score.grade else "—"
    out += ["", f"Total: {display(score.total)}   Grade: {grade}"]
    if score.critical_failures:
        out.append("Critical failures: " + ", ".join(score.critical_failures))
    if score.missing:
        out.append("Incomplete, missing answers: " + ", ".join(score.missing))
    else:
        out.append("Complete: every required question is answered.")
    return "\n".join(out)
