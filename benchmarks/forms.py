"""Import of a 500-question XLSForm workbook, beside openpyxl reading the same workbook.

The baseline is the least any importer must do: openpyxl opening the workbook
read-only and handing over every cell of every sheet. Goal (issue 15): the
import under 2 s and within 3x the baseline.

    .venv/bin/python benchmarks/forms.py [--questions N] [--runs N]
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import tempfile
import time
from fractions import Fraction
from pathlib import Path

from openpyxl import load_workbook

from mystery_shop.domain.forms import Choice, Form, Question, QuestionType, Section, ShowIf, Stage, Threshold
from mystery_shop.domain.texts import Translations
from mystery_shop.formats.xlsform_export import export_xlsform
from mystery_shop.formats.xlsform_import import import_xlsform

T = QuestionType


def make_form(n_questions: int, per_section: int = 20) -> Form:
    """A form in English and Polish with every kind of question, a show_if on every tenth."""
    kinds = [T.YES_NO, T.CHOICE, T.MULTI, T.SCALE, T.DURATION, T.NUMBER, T.TEXT, T.CSAT, T.DATE, T.TIME]
    sections = []
    for s in range(n_questions // per_section):
        qs = []
        for i in range(per_section):
            n = s * per_section + i
            t = kinds[n % len(kinds)]
            kw: dict[str, object] = {}
            if t in (T.CHOICE, T.MULTI):
                kw["choices"] = tuple(
                    Choice(f"c{k}", Fraction(k), f"Option {k}", Translations.of({"label": {"pl": f"Opcja {k}"}}))
                    for k in range(4)
                )
            if t is T.DURATION:
                kw["thresholds"] = (Threshold(Fraction(30), Fraction(4)), Threshold(Fraction(60), Fraction(2)))
            if t in (T.YES_NO, T.SCALE, T.CSAT):
                kw["points"] = Fraction(n % 4 + 1)
            if t is T.NUMBER:
                kw.update(min=0, max=100, whole=True)
            q = Question(
                f"q{n}",
                f"Question {n}: was the service as expected?",
                t,
                help=f"Look at item {n}",
                na=n % 3 == 0,
                translations=Translations.of({"text": {"pl": f"Pytanie {n}"}, "help": {"pl": f"Spójrz na {n}"}}),
                **kw,  # type: ignore[arg-type]
            )
            if i and i % 10 == 0 and qs[0].type is T.YES_NO:
                q = dataclasses.replace(q, show_if=ShowIf(qs[0].id, ("yes",)))
            qs.append(q)
        sections.append(
            Section(f"s{s}", f"Touchpoint {s}", tuple(qs), stage=list(Stage)[s % 5],
                    translations=Translations.of({"title": {"pl": f"Punkt {s}"}}))
        )  # fmt: skip
    return Form("bench", 1, "Benchmark form", tuple(sections), languages=("en", "pl"))


def openpyxl_read(path: Path) -> int:
    wb = load_workbook(path, read_only=True, data_only=True)
    cells = sum(len(row) for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    wb.close()
    return cells


def best_of(runs: int, fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)  # type: ignore[return-value]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", type=int, default=500)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.xlsx"
        form = make_form(args.questions)
        export_xlsform(form, path)
        result = import_xlsform(path)
        assert result.form is not None, [str(p) for p in result.problems]
        assert not result.problems, [str(p) for p in result.problems]
        assert len(result.form.questions()) == args.questions
        base_best, base_median = best_of(args.runs, lambda: openpyxl_read(path))
        imp_best, imp_median = best_of(args.runs, lambda: import_xlsform(path))
    print(f"workbook of {args.questions} questions in 2 languages, best and median of {args.runs} runs")
    print(f"openpyxl read (baseline): best {base_best * 1000:7.1f} ms, median {base_median * 1000:7.1f} ms")
    print(f"XLSForm import:           best {imp_best * 1000:7.1f} ms, median {imp_median * 1000:7.1f} ms")
    print(f"ratio import / baseline:  {imp_median / base_median:.2f}x (goal: under 3x; import under 2 s)")


if __name__ == "__main__":
    main()
