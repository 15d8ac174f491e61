"""``forms import`` and ``forms export``: XLSForm workbooks in and out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mystery_shop.formats import FormError, load_form

from .common import CliError
from .forms_cmd import _count


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    forms = sub.add_parser(
        "forms", help="import and export XLSForm workbooks", description="Audit forms in and out of XLSForm workbooks."
    ).add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    p = forms.add_parser(
        "import",
        help="read an XLSForm workbook (ODK, KoboToolbox) into a form file",
        description=(
            "Read FILE.xlsx into a YAML form (printed, or written to -o). Whatever is not carried over is listed "
            "as FILE:SHEET:ROW:COLUMN: why. Exit 0 when the form was made, 1 when it could not be "
            "(or, with --strict, when anything was not carried over), 2 when the file is not an XLSForm."
        ),
    )
    p.add_argument("workbook", type=Path, metavar="FILE.xlsx")
    p.add_argument("-o", "--output", type=Path, metavar="FORM.yaml", help="write the form here (default: print it)")
    p.add_argument("--strict", action="store_true", help="write nothing if anything is not carried over")
    p.set_defaults(func=cmd_import)
    p = forms.add_parser(
        "export",
        help="write a form file as an XLSForm workbook",
        description="Write FORM.yaml as an XLSForm workbook with the scoring in extra columns (docs/forms.md).",
    )
    p.add_argument("form", type=Path, metavar="FORM.yaml")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    p.set_defaults(func=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    # openpyxl and ruamel.yaml load when a workbook is read, not at every start of the app
    from mystery_shop.formats.form_yaml_write import dump_form
    from mystery_shop.formats.xlsform_import import import_xlsform
    from mystery_shop.formats.xlsform_sheets import NotAnXlsForm

    if not args.workbook.is_file():
        raise CliError(f"{args.workbook}: no such file", code=2)
    try:
        result = import_xlsform(args.workbook)
    except NotAnXlsForm as e:
        print(f"{args.workbook}: {e}", file=sys.stderr)
        return 2
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.form is None:
        print(f"{args.workbook}: not imported: the problems above must be fixed first", file=sys.stderr)
        return 1
    if args.strict and result.problems:
        print(
            f"{args.workbook}: not imported (--strict): {len(result.problems)} things not carried over", file=sys.stderr
        )
        return 1
    text = dump_form(result.form)
    form = result.form
    counts = f"{_count(len(form.sections), 'touchpoint')}, {_count(len(form.questions()), 'question')}"
    summary = (
        f"{form.id} v{form.version}: {counts}"
        + (f", languages {', '.join(form.languages)}" if form.languages else "")
        + (f"; {_count(len(result.problems), 'thing')} not carried over (listed above)" if result.problems else "")
    )
    if args.output is None:
        sys.stdout.write(text)
    else:
        try:
            args.output.write_text(text, encoding="utf-8")
        except OSError as e:
            raise CliError(f"{args.output}: cannot write it ({e.strerror or e})") from None
        summary = f"{args.output}: {summary}"
    print(summary, file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from mystery_shop.formats.xlsform_export import export_xlsform

    try:
        form = load_form(args.form)
    except FormError as e:
        for problem in e.problems:
            print(problem, file=sys.stderr)
        return 1
    if args.output.suffix.lower() != ".xlsx":
        raise CliError(f"{args.output}: an XLSForm is written as .xlsx")
    try:
        export_xlsform(form, args.output)
    except OSError as e:
        raise CliError(f"{args.output}: cannot write it ({e.strerror or e})") from None
    print(f"{args.output}: {form.id} v{form.version}, {_count(len(form.questions()), 'question')}")
    return 0
