"""``validate`` and ``score``: checking forms and scoring one visit from files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from mystery_shop.domain.answers import AnswerProblem, Answers, check_answers
from mystery_shop.domain.checks import CheckResult, VisitFacts, visit_checks
from mystery_shop.domain.forms import Form
from mystery_shop.domain.numbers import display, to_fraction
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
    data = read_json_file(Path(args.answers))
    answers, problems = parse_answers(data, form)
    if problems:
        for problem in problems:
            print(f"{args.answers}: {problem}", file=sys.stderr)
        return 2
    score = score_visit(form, answers, detail=bool(form.checks))
    facts = check_facts(data)
    if args.json:
        out = score.to_json()
        if form.checks:  # only a form with checks has the key: a form without stays as FORMS.md shows it
            out["checks"] = [c.to_json() for c in visit_checks(form, answers, facts, score=score)]
        print_json(out)
    else:
        print(render_score(form, score))
        fired = visit_checks(form, answers, facts, score=score) if form.checks else []
        if fired:
            print("\nChecks:")
            print(render_checks(fired))
    return 0


def render_checks(fired: list[CheckResult]) -> str:
    """One line per check that fires: severity, the question it concerns, the message."""
    return "\n".join(f"  {c.severity.value.upper()}: {c.question or 'visit'}: {c.message}" for c in fired)


def read_json_file(path: Path) -> Any:
    """An answers file's JSON; CliError (exit 2) when it cannot be read or parsed."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise CliError(f"{path}: cannot read: {e.strerror or e}", code=2) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise CliError(f"{path}: not valid JSON: {e}", code=2) from None
    except RecursionError:
        raise CliError(f"{path}: not valid JSON: nested too deeply", code=2) from None
    return data


def parse_answers(data: Any, form: Form) -> tuple[Answers, list[AnswerProblem]]:
    """Check the shape of an answers document, then each answer against ``form``."""
    shape: list[AnswerProblem] = []
    if not isinstance(data, dict):
        return Answers(), [AnswerProblem("", 'expected a JSON object with an "answers" object')]
    unknown = set(data) - {"answers", "na", "overrides", *CHECK_INPUTS}
    for key in sorted(unknown):
        shape.append(
            AnswerProblem("", f"unknown key {key!r} (expected answers, na, overrides, comments, photos, minutes)")
        )
    shape += _check_input_problems(data, form)
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


CHECK_INPUTS = ("comments", "photos", "minutes")


def _check_input_problems(data: dict[str, Any], form: Form) -> list[AnswerProblem]:
    """The optional inputs of the quality checks: comments per question, photos per section, minutes."""
    out = []
    comments = data.get("comments", {})
    if not isinstance(comments, dict) or not all(isinstance(v, str) for v in comments.values()):
        out.append(AnswerProblem("", '"comments" must be an object of question id to text'))
    else:
        out += [AnswerProblem(q, "unknown question") for q in comments if form.question(q) is None]
    photos = data.get("photos", {})
    ok = isinstance(photos, dict) and all(
        isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in photos.values()
    )
    if not ok:
        out.append(AnswerProblem("", '"photos" must be an object of section id to a count'))
    else:
        sections = {s.id for s in form.sections}
        out += [AnswerProblem("", f"unknown section {s!r} in photos") for s in photos if s not in sections]
    minutes = data.get("minutes")
    if minutes is not None and (isinstance(minutes, bool) or not isinstance(minutes, (int, float)) or minutes < 0):
        out.append(AnswerProblem("", '"minutes" must be a number of minutes, 0 or more'))
    return out


def check_facts(data: dict[str, Any]) -> VisitFacts:
    """The checks' inputs from an answers document that ``parse_answers`` accepted."""
    minutes = data.get("minutes")
    return VisitFacts(
        dict(data.get("comments", {})), dict(data.get("photos", {})), None if minutes is None else to_fraction(minutes)
    )


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
