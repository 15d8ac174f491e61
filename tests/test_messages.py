"""Messages for a person (domain/messages.py): English as a str, rendered in any language; none raised bare."""

from __future__ import annotations

import ast
import pickle
from pathlib import Path

import pytest

from mystery_shop.catalogue import render
from mystery_shop.domain.evidence import FlagCode, PhotoFacts, VisitFacts, check_photo
from mystery_shop.domain.messages import Message, english_plural, join, message_of, msg, msgn, sentence
from mystery_shop.domain.workflow import Action, Role, VisitStatus, decide
from mystery_shop.photos.errors import PhotoRefused
from mystery_shop.services.rows import ServiceError
from support.translations import tool

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "mystery_shop"


def test_a_message_is_its_english_text() -> None:
    m = msg("No visit {visit!r}.", visit="1b8d")
    assert isinstance(m, str) and m == "No visit '1b8d'."
    assert type(str(m)) is str and str(m) == "No visit '1b8d'."
    assert m.template == "No visit {visit!r}." and m.values == {"visit": "1b8d"}
    assert str(ServiceError(m)) == "No visit '1b8d'."  # logs, the CLI and tests read English as before
    assert f"{m}" == "No visit '1b8d'." and m + "!" == "No visit '1b8d'.!"


def test_counted_messages_in_english_drop_or_keep_the_s() -> None:
    assert msgn("%n photo(s)", 1) == "1 photo"
    assert msgn("%n photo(s)", 0) == "0 photos"
    assert msgn("{touchpoint}: {have} of at least %n photo(s)", 3, touchpoint="Entrance", have=1) == (
        "Entrance: 1 of at least 3 photos"
    )
    assert english_plural("%n visit(s)", 2) == "2 visits"


def test_polish_takes_three_plural_forms() -> None:
    texts = [render("pl", msgn("the same photo is used in %n other visit(s)", n)) for n in (1, 3, 5, 22, 25)]
    assert texts == [
        "to samo zdjęcie jest użyte w 1 innej wizycie",
        "to samo zdjęcie jest użyte w 3 innych wizytach",
        "to samo zdjęcie jest użyte w 5 innych wizytach",
        "to samo zdjęcie jest użyte w 22 innych wizytach",
        "to samo zdjęcie jest użyte w 25 innych wizytach",
    ]
    names = [render("pl", msgn("A name is at most %n character(s).", n)) for n in (1, 2, 5)]
    assert names == [
        "Nazwa może mieć najwyżej 1 znak.",
        "Nazwa może mieć najwyżej 2 znaki.",
        "Nazwa może mieć najwyżej 5 znaków.",
    ]


def test_values_that_are_messages_are_rendered_in_the_same_language() -> None:
    photos = msgn("%n photo(s)", 2)
    note = msg("{touchpoint}: {photos}, at most {max} allowed", touchpoint="Kasse", photos=photos, max=1)
    assert note == "Kasse: 2 photos, at most 1 allowed"
    assert render("de", note) == "Kasse: 2 Fotos, höchstens 1 erlaubt"
    assert render("pl", note) == "Kasse: 2 zdjęcia, dozwolone najwyżej 1"
    # A value that is not a Message (a name, a form's own text) stays as written.
    assert render("fr", msg("No client {given!r}.", given="Acme")) == "Aucun client 'Acme'."


def test_a_clause_made_a_sentence_and_joined_lines_render_in_the_language() -> None:
    reason = decide(Role.AUDITOR, Action.EDIT, VisitStatus.SUBMITTED, own=True).reason
    assert reason == "the visit is submitted and can no longer be changed"
    said = sentence(reason)
    assert said == "The visit is submitted and can no longer be changed."
    assert render("de", said) == "Der Besuch hat den Status „eingereicht“ und kann nicht mehr geändert werden."
    lines = join([msg("The comment is empty."), "as typed"], "\n")
    assert lines == "The comment is empty.\nas typed"
    assert render("es", lines) == "El comentario está vacío.\nas typed"
    assert sentence("plain text") == "Plain text." and type(sentence("plain text")) is str


def test_render_leaves_a_plain_text_and_an_untranslated_language_as_they_are() -> None:
    assert render("pl", "already translated") == "already translated"
    m = msg("The comment is empty.")
    assert render("en", m) == "The comment is empty."
    assert render("xx", m) == "The comment is empty."  # not shipped: English


def test_an_exception_keeps_its_message_and_a_pickle_keeps_the_template() -> None:
    m = msg("the file is empty")
    e = PhotoRefused(m)
    assert message_of(e) is m and e.reason is m
    assert message_of(ValueError("plain")) == "plain"
    back = pickle.loads(pickle.dumps(sentence(msgn("%n photo(s)", 4))))
    assert back == "4 photos." and render("fr", back) == "4 photos."
    assert render("pl", pickle.loads(pickle.dumps(msgn("%n photo(s)", 4)))) == "4 zdjęcia"


def test_evidence_flags_are_messages() -> None:
    import datetime as dt

    visit = VisitFacts(dt.date(2026, 11, 14), None, None, None)
    photo = PhotoFacts("ab" * 32, dt.datetime(2026, 11, 12, 10, 0), None, None)
    flags = check_photo(photo, visit, other_visits_with_hash={"v2", "v3"})
    assert [f.code for f in flags] == [FlagCode.OTHER_DAY, FlagCode.REUSED]
    assert all(isinstance(f.reason, Message) for f in flags)
    assert render("de", flags[0].reason) == "am 2026-11-12 aufgenommen, nicht am Tag des Besuchs (2026-11-14)"
    assert render("pl", flags[1].reason) == "to samo zdjęcie jest użyte w 2 innych wizytach"


def test_every_counted_template_has_english_forms_that_match_its_str() -> None:
    """str(msgn(...)) follows the "(s)" rule; the English .ts must say the same, or the screens and the CLI differ."""
    t = tool()
    english = t.read_ts(t.ts_path("en"))
    counted = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msgn":
                counted.add(node.args[0].value)  # type: ignore[attr-defined]
    assert len(counted) > 5
    for source in counted:
        assert english[source].translations == [source.replace("(s)", ""), source.replace("(s)", "s")], source


def test_update_writes_the_english_forms_of_a_new_counted_message(tmp_path: Path, monkeypatch) -> None:
    t = tool()
    monkeypatch.setattr(t, "OUT", tmp_path)
    texts = {"%n thing(s) left": t.Text("%n thing(s) left", True, [("x.py", 1)], message=True)}
    t.write_ts("en", texts, {})
    entry = t.read_ts(t.ts_path("en"))["%n thing(s) left"]
    assert entry.finished and entry.translations == ["%n thing left", "%n things left"]


# ------------------------------------------------------------ no bare strings raised for a person

# Our exceptions whose message a person reads: raising one with a bare literal or f-string leaves it English.
PERSON_ERRORS = {
    "ServiceError", "SignatureRefused", "PhotoRefused", "SyncError", "Unreachable", "SignInNeeded", "UpdateNeeded",
    "CursorGone", "LoginError", "AnswerError", "SigningError",
}  # fmt: skip
# reports/: SigningError reaches the app; the key and trust file errors are the CLI's only, which stays English.
CHECKED = ("services", "domain", "photos", "sync", "reports")


def bare_raises(root: Path) -> list[str]:
    """``raise SomeError("text")`` / ``raise SomeError(f"...")`` / ``raise SomeError("a" + b)`` under ``root``."""
    out = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            func = node.exc.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name not in PERSON_ERRORS or not node.exc.args:
                continue
            if _bare(node.exc.args[0]):
                out.append(f"{path.relative_to(root.parent)}:{node.lineno} {name}")
    return out


def _bare(arg: ast.expr) -> bool:
    """A text written in place: a literal, an f-string, or one glued to something with + or %."""
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return True
    if isinstance(arg, ast.JoinedStr):
        return True
    if isinstance(arg, ast.BinOp):
        return _bare(arg.left) or _bare(arg.right)
    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr in ("format", "join"):
        return _bare(arg.func.value)  # "...".format(...), "\n".join(...)
    return False


@pytest.mark.parametrize("package", CHECKED)
def test_nothing_a_person_reads_is_raised_as_a_bare_string(package: str) -> None:
    assert bare_raises(PACKAGE / package) == []


# Calls that carry a problem a person reads as their last argument: the form rules' and the YAML reader's
# (Problem, fail, FormProblem, YamlSyntaxError) and the XLSForm importer's (report, XlsProblem, NotAnXlsForm,
# Unexpressible, whose reason ends up in a report).
PROBLEM_CALLS = {
    "Problem", "fail", "FormProblem", "YamlSyntaxError", "report", "XlsProblem", "NotAnXlsForm", "Unexpressible",
}  # fmt: skip
FORM_FILES = (
    PACKAGE / "domain" / "form_rules.py",
    PACKAGE / "formats" / "form_yaml.py",
    PACKAGE / "formats" / "yaml_lines.py",
    *sorted((PACKAGE / "formats").glob("xlsform_*.py")),
)


def bare_problems(files: tuple[Path, ...]) -> list[str]:
    """Problems made with a bare literal or f-string as their reason, in ``files``."""
    found = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name not in PROBLEM_CALLS:
                continue
            # a one-argument fail()/report() is not ours; the exceptions take the reason alone
            if (len(node.args) >= 2 or name in ("NotAnXlsForm", "Unexpressible")) and _bare(node.args[-1]):
                found.append(f"{path.name}:{node.lineno} {name}")
    return found


def test_no_form_file_problem_is_a_bare_string() -> None:
    """The form rules', the YAML reader's and the XLSForm importer's problems (the designer, the CLI) are Messages."""
    assert len([p for p in FORM_FILES if p.name.startswith("xlsform_")]) >= 6
    assert bare_problems(FORM_FILES) == []


def test_the_xlsform_reasons_kept_in_tables_are_messages() -> None:
    """Why a row type or a column is left out is looked up in a table, which the AST check does not see."""
    from mystery_shop.formats.xlsform_types import NOT_KEPT, REFUSED_TYPES, why_not_kept

    for why in (*REFUSED_TYPES.values(), *NOT_KEPT.values()):
        assert why == "" or isinstance(why, Message), why
    for name in ("appearance", "media::image", "$given_name", "bind::x", "weight", "points", "my_notes"):
        assert isinstance(why_not_kept(name, name), Message)


def test_the_check_catches_a_bare_xlsform_problem(tmp_path: Path) -> None:
    mod = tmp_path / "xlsform_mod.py"
    mod.write_text(
        "self.report(sheet, row, 'type', 'a row without a type: left out')\n"
        "self.report(sheet, row, 'type', f\"'{raw}' is not a question type this app knows: left out\")\n"
        "raise NotAnXlsForm(f'not an XLSForm: its sheets: {names}')\n"
        "raise Unexpressible('cannot read it')\n"
        "XlsProblem(file, sheet, row, column, 'x' + why)\n"
        "self.report(sheet, row, 'type', msg('a row without a type: left out'))\n"
        "raise Unexpressible(msg('cannot read it'))\n"
        "self.report(sheet, row, 'type', why)\n",
        encoding="utf-8",
    )
    assert bare_problems((mod,)) == [
        "xlsform_mod.py:1 report", "xlsform_mod.py:2 report", "xlsform_mod.py:3 NotAnXlsForm",
        "xlsform_mod.py:4 Unexpressible", "xlsform_mod.py:5 XlsProblem",
    ]  # fmt: skip


def test_the_check_catches_a_bare_raise(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "mod.py").write_text(
        "raise ServiceError('No visit.')\n"
        "raise PhotoRefused(f'the file {name} is empty')\n"
        "raise errors.SyncError('a' + reason)\n"
        "raise ServiceError('{n} visits'.format(n=n))\n"
        "raise ServiceError(msg('No visit {visit!r}.', visit=v))\n"
        "raise ServiceError(unknown('client', given, names))\n"
        "raise ValueError('not ours')\n",
        encoding="utf-8",
    )
    assert bare_raises(pkg) == [
        "pkg/mod.py:1 ServiceError", "pkg/mod.py:2 PhotoRefused", "pkg/mod.py:3 SyncError", "pkg/mod.py:4 ServiceError",
    ]  # fmt: skip


def test_a_form_files_problems_render_in_a_language_with_file_and_line_as_they_are() -> None:
    from mystery_shop.formats import FormError, parse_form

    with pytest.raises(FormError) as bad:
        parse_form("id: Not A Slug\nversion: 1\ntitle: x\nsections: []\n", "shop.yaml")
    english = str(bad.value)
    assert "shop.yaml:1: id: 'Not A Slug' is not a slug" in english
    german = render("de", message_of(bad.value))
    assert "shop.yaml:1: id: 'Not A Slug' ist kein Kürzel" in german
    assert "ein Formular braucht mindestens einen Abschnitt" in german
    assert german.count("\n") == english.count("\n")  # one line per problem in either language


def test_an_xlsform_import_problem_renders_in_a_language_with_its_cell_as_it_is(tmp_path: Path) -> None:
    from mystery_shop.formats.xlsform_import import import_xlsform
    from mystery_shop.formats.xlsform_sheets import NotAnXlsForm
    from support.xlsforms import workbook

    path = workbook(
        tmp_path / "f.xlsx",
        survey=[
            ["type", "name", "label", "appearance"],
            ["text", "t", "T", "minimal"],
            ["foo", "bar", "Bar"],
            ["calculate", "total"],
        ],
    )
    result = import_xlsform(path, name="f.xlsx")
    assert result.form is not None
    assert [str(p) for p in result.problems] == [
        "f.xlsx:survey:2:D: appearance: not kept (the app lays out questions itself)",
        "f.xlsx:survey:3:A: 'foo' is not a question type this app knows: left out",
        "f.xlsx:survey:4:A: 'calculate' is a calculation: the app computes scores itself: left out",
    ]
    german = [render("de", p.text) for p in result.problems]
    assert german == [
        "f.xlsx:survey:2:D: appearance: nicht übernommen (die App ordnet die Fragen selbst an)",
        "f.xlsx:survey:3:A: 'foo' ist kein Fragetyp, den diese App kennt: weggelassen",
        "f.xlsx:survey:4:A: 'calculate' ist eine Berechnung: die App berechnet die Punktzahlen selbst: weggelassen",
    ]
    polish = render("pl", result.problems[1].text)
    assert polish == "f.xlsx:survey:3:A: 'foo' nie jest typem pytania znanym tej aplikacji: pominięto"

    workbook(path, Sheet1=[["a"], [1]])
    with pytest.raises(NotAnXlsForm) as bad:
        import_xlsform(path)
    assert render("pl", message_of(bad.value)) == "to nie jest XLSForm: nie ma arkusza 'survey' (jego arkusze: Sheet1)"
