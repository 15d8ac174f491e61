"""Reading audit form files (YAML) into validated domain forms.

Structure and types are checked here; the rules of FORMS.md are checked by
``domain.form_rules.validate_form`` on the result. Every problem is reported
at once as ``FILE:LINE: path.to.field: what is wrong``.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace
from fractions import Fraction
from pathlib import Path as FsPath
from typing import Any

from mystery_shop.domain.form_rules import Path, format_path, validate_form
from mystery_shop.domain.forms import (
    DEFAULT_GRADE_BANDS,
    Channel,
    Choice,
    CriticalScope,
    Form,
    FormCheck,
    GradeBand,
    PhotoRule,
    Question,
    QuestionType,
    Requirement,
    Section,
    ShowIf,
    Stage,
    Threshold,
)
from mystery_shop.domain.messages import join, msg
from mystery_shop.domain.numbers import to_fraction
from mystery_shop.domain.texts import Translations

from .yaml_lines import YamlSyntaxError, line_for, load_with_lines

FORM_KEYS = ("id", "version", "languages", "title", "description", "grade_bands", "sections", "checks")
SECTION_KEYS = ("id", "title", "description", "stage", "channel", "weight", "photos", "questions")
QUESTION_KEYS = (
    "id",
    "text",
    "type",
    "points",
    "choices",
    "thresholds",
    "expected",
    "min",
    "max",
    "whole",
    "critical",
    "na",
    "required",
    "show_if",
    "help",
)
CHOICE_KEYS = ("value", "label", "points")
THRESHOLD_KEYS = ("max", "points")
BAND_KEYS = ("min", "label", "color")
PHOTO_KEYS = ("min", "max")
SHOW_IF_KEYS = ("question", "equals", "in")
CHECK_KEYS = ("id", "block", "comment_on_fail", "when", "require", "message", "photo_on_fail", "visit_minutes")
CHECK_KINDS = ("comment_on_fail", "require", "photo_on_fail", "visit_minutes")
REQUIRE_KEYS = ("question", "equals", "in", "min", "max", "answered")


@dataclass(frozen=True, slots=True)
class FormProblem:
    file: str
    line: int
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.path}: {self.message}"


class FormError(ValueError):
    """A form file that cannot be used; ``problems`` lists everything wrong with it."""

    def __init__(self, problems: list[FormProblem]) -> None:
        # One line per problem, each message rendered in the language of whoever shows the error.
        super().__init__(join((join((f"{p.file}:{p.line}: {p.path}:", p.message)) for p in problems), "\n"))
        self.problems = problems


# The largest sample form is 4 KB and a form of 500 questions in five languages about 500 KB; PyYAML reads
# about 1 MB a second, so a larger file is refused before it is read (a 50 MB one took minutes).
MAX_FORM_BYTES = 2_000_000


def _too_large(name: str, size: int) -> FormError:
    return FormError([FormProblem(name, 1, "(file)", msg("the file is {size} bytes; a form file may have at most "
                                                         "{limit}", size=size, limit=MAX_FORM_BYTES))])  # fmt: skip


def load_form(path: str | FsPath) -> Form:
    """Read and validate the form file at ``path``; FormError lists every problem."""
    name = str(path)
    try:
        size = FsPath(path).stat().st_size
        if size > MAX_FORM_BYTES:
            raise _too_large(name, size)
        text = FsPath(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise FormError([FormProblem(name, 1, "(file)", msg("not UTF-8 text ({reason})", reason=e.reason))]) from None
    except OSError as e:
        raise FormError([FormProblem(name, 0, "(file)", msg("cannot read: {error}", error=e.strerror or e))]) from None
    return parse_form(text, name)


def parse_form(text: str, name: str = "<form>") -> Form:
    """Parse and validate a form from YAML ``text``; ``name`` is used in messages."""
    if len(text) > MAX_FORM_BYTES:
        raise _too_large(name, len(text.encode("utf-8", "replace")))
    try:
        data, lines, duplicates = load_with_lines(text)
    except YamlSyntaxError as e:
        raise FormError([FormProblem(name, e.line, "(file)", e.message)]) from None
    reader = _Reader(lines)
    for dup in duplicates:
        reader.fail(dup, msg("written twice in the same mapping"))
    form = reader.form(data)
    problems = list(reader.problems)
    if form is not None and not problems:
        problems = [(p.where, format_path(p.path), p.message) for p in validate_form(form)]
    if problems:
        raise FormError([FormProblem(name, line_for(lines, where), shown, msg) for where, shown, msg in problems])
    assert form is not None
    return form


class _Reader:
    """Turns the parsed YAML into domain objects, noting every structural problem."""

    def __init__(self, lines: dict[Path, int]) -> None:
        self.lines = lines
        self.problems: list[tuple[Path, str, str]] = []
        self.languages: tuple[str, ...] = ()
        self.data: dict[str, Any] = {}

    def fail(self, path: Path, message: str) -> None:
        self.problems.append((path, format_path(path), message))

    # ------------------------------------------------------------ helpers

    def mapping(
        self, value: Any, path: Path, keys: tuple[str, ...], required: tuple[str, ...]
    ) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.fail(path, msg("expected a mapping, got {kind}", kind=_kind(value)))
            return None
        for key in value:
            if key not in keys:
                hint = difflib.get_close_matches(key, keys, n=1)
                if hint:
                    self.fail((*path, key), msg("unknown field (did you mean {name!r}?)", name=hint[0]))
                else:
                    self.fail((*path, key), msg("unknown field (known: {names})", names=", ".join(keys)))
        ok = True
        for key in required:
            if key not in value or value[key] is None:
                self.fail((*path, key) if key in value else path, msg("missing required field {key!r}", key=key))
                ok = False
        return value if ok else None

    def text(self, d: dict[str, Any], key: str, path: Path, default: str | None = None) -> str | None:
        v = d.get(key)
        if v is None:
            return default
        if isinstance(v, bool) or not isinstance(v, (str, int, float)):
            self.fail((*path, key), msg("expected text, got {kind}", kind=_kind(v)))
            return default
        return str(v)

    def texts(
        self, d: dict[str, Any], fields: tuple[str, ...], path: Path
    ) -> tuple[dict[str, str | None], Translations]:
        """Translatable fields: each a plain text (the default language) or ``{en: ..., pl: ...}``."""
        plain: dict[str, str | None] = {}
        other: dict[str, dict[str, str]] = {}
        for key in fields:
            v = d.get(key)
            if not isinstance(v, dict):
                plain[key] = self.text(d, key, path)
                continue
            fp = (*path, key)
            if not self.languages:
                if "languages" not in self.data:  # a bad list is reported once, where it is
                    self.fail(
                        fp, msg("a translated text needs the form's languages (languages: [en, pl], default first)")
                    )
                plain[key] = None
                continue
            default = self.languages[0]
            if default not in v:
                self.fail(fp, msg("has no text in the default language {default!r}", default=default))
            texts = {str(lang): self.text(v, lang, fp) for lang in v}
            plain[key] = texts.pop(default, None)
            other[key] = {lang: t for lang, t in texts.items() if t is not None}
        return plain, Translations.of(other)

    def language_list(self, d: dict[str, Any]) -> tuple[str, ...]:
        raw = d.get("languages")
        if raw is None:
            return ()
        if not isinstance(raw, list) or not raw:
            self.fail(("languages",), msg("expected a list of language codes, the default first: [en, pl]"))
            return ()
        out = []
        for i, item in enumerate(raw):
            if not isinstance(item, str):
                self.fail(("languages", i), msg("expected a language code, got {kind}", kind=_kind(item)))
                return ()
            out.append(item)
        return tuple(out)

    def integer(self, d: dict[str, Any], key: str, path: Path) -> int | None:
        v = d.get(key)
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, int):
            self.fail((*path, key), msg("expected a whole number, got {kind}", kind=_kind(v)))
            return None
        return v

    def number(self, d: dict[str, Any], key: str, path: Path) -> Fraction | None:
        v = d.get(key)
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v != v or v in (float("inf"), float("-inf")):
            self.fail((*path, key), msg("expected a number, got {kind}", kind=_kind(v)))
            return None
        return to_fraction(v)

    def flag(self, d: dict[str, Any], key: str, path: Path) -> bool | None:
        v = d.get(key)
        if v is None:
            return None
        if not isinstance(v, bool):
            self.fail((*path, key), msg("expected true or false, got {kind}", kind=_kind(v)))
            return None
        return v

    def enum(self, d: dict[str, Any], key: str, path: Path, enum: type[Any]) -> Any:
        v = d.get(key)
        if v is None:
            return None
        try:
            return enum(v)
        except ValueError:
            options = ", ".join(m.value for m in enum)
            self.fail((*path, key), msg("{value!r} is not one of: {options}", value=v, options=options))
            return None

    def items(self, d: dict[str, Any], key: str, path: Path) -> list[tuple[Path, Any]]:
        v = d.get(key)
        if v is None:
            return []
        if not isinstance(v, list):
            self.fail((*path, key), msg("expected a list, got {kind}", kind=_kind(v)))
            return []
        return [((*path, key, i), item) for i, item in enumerate(v)]

    # ------------------------------------------------------------ the form

    def form(self, data: Any) -> Form | None:
        if data is None:
            self.fail((), msg("the file is empty"))
            return None
        d = self.mapping(data, (), FORM_KEYS, ("id", "version", "title", "sections"))
        if d is None:
            return None
        self.data = d
        version = self.integer(d, "version", ())
        self.languages = self.language_list(d)
        texts, translations = self.texts(d, ("title", "description"), ())
        bands = tuple(b for p, item in self.items(d, "grade_bands", ()) if (b := self.band(item, p)))
        if "grade_bands" in d and not bands and not self.problems:
            self.fail(("grade_bands",), msg("must list at least one band"))
        sections_raw = self.items(d, "sections", ())
        sections = [self.section(item, p) for p, item in sections_raw]
        form_id = self.text(d, "id", ()) or ""
        checks = [self.check(item, p) for p, item in self.items(d, "checks", ())]
        if self.problems or version is None:
            return None
        return Form(
            id=form_id,
            version=version,
            title=texts["title"] or "",
            description=texts["description"],
            grade_bands=bands or DEFAULT_GRADE_BANDS,
            sections=tuple(s for s in sections if s is not None),
            languages=self.languages,
            translations=translations,
            checks=tuple(c for c in checks if c is not None),
        )

    def band(self, value: Any, path: Path) -> GradeBand | None:
        d = self.mapping(value, path, BAND_KEYS, ("min", "label"))
        if d is None:
            return None
        lo = self.number(d, "min", path)
        texts, translations = self.texts(d, ("label",), path)
        label = texts["label"]
        color = self.text(d, "color", path)
        if color is not None and not _is_color(color):
            self.fail((*path, "color"), msg("{color!r} is not a colour as #rrggbb", color=color))
        if lo is None or label is None:
            return None
        return GradeBand(lo, label, color, translations)

    def section(self, value: Any, path: Path) -> Section | None:
        d = self.mapping(value, path, SECTION_KEYS, ("id", "title", "questions"))
        if d is None:
            return None
        photos = PhotoRule()
        if d.get("photos") is not None:
            pd = self.mapping(d["photos"], (*path, "photos"), PHOTO_KEYS, ())
            if pd is not None:
                lo = self.integer(pd, "min", (*path, "photos"))
                hi = self.integer(pd, "max", (*path, "photos"))
                photos = PhotoRule(0 if lo is None else lo, 20 if hi is None else hi)
        questions = [self.question(item, p) for p, item in self.items(d, "questions", path)]
        texts, translations = self.texts(d, ("title", "description"), path)
        return Section(
            id=self.text(d, "id", path) or "",
            title=texts["title"] or "",
            description=texts["description"],
            translations=translations,
            stage=self.enum(d, "stage", path, Stage),
            channel=self.enum(d, "channel", path, Channel),
            weight=self.number(d, "weight", path),
            photos=photos,
            questions=tuple(q for q in questions if q is not None),
        )

    def question(self, value: Any, path: Path) -> Question | None:
        d = self.mapping(value, path, QUESTION_KEYS, ("id", "text", "type"))
        if d is None:
            return None
        qtype = self.enum(d, "type", path, QuestionType)
        choices = [self.choice(item, p) for p, item in self.items(d, "choices", path)]
        thresholds = [self.threshold(item, p) for p, item in self.items(d, "thresholds", path)]
        expected = d.get("expected", "yes")
        if isinstance(expected, bool):
            expected = "yes" if expected else "no"
        if not isinstance(expected, str):
            self.fail((*path, "expected"), msg("expected yes or no, got {kind}", kind=_kind(expected)))
            expected = "yes"
        elif "expected" in d and qtype is not None and qtype is not QuestionType.YES_NO:
            # caught here: an explicit "expected: yes" looks like the default on the domain object
            self.fail((*path, "expected"), msg("expected is only for yes_no questions, not {type}", type=qtype.value))
        # read every field before giving up on a bad type, so all their problems are reported at once
        texts, translations = self.texts(d, ("text", "help"), path)
        bound = self.number if qtype is QuestionType.NUMBER else self.integer
        fields = {
            "id": self.text(d, "id", path) or "",
            "text": texts["text"] or "",
            "help": texts["help"],
            "translations": translations,
            "points": self.number(d, "points", path),
            "min": bound(d, "min", path),
            "max": bound(d, "max", path),
            "whole": bool(self.flag(d, "whole", path)),
            "critical": self.enum(d, "critical", path, CriticalScope),
            "na": bool(self.flag(d, "na", path)),
            "required": self.flag(d, "required", path),
            "show_if": self.show_if(d.get("show_if"), (*path, "show_if")) if d.get("show_if") is not None else None,
        }
        if qtype is None:
            return None
        return Question(
            type=qtype,
            choices=tuple(c for c in choices if c is not None),
            thresholds=tuple(t for t in thresholds if t is not None),
            expected=expected,
            **fields,
        )

    def choice(self, value: Any, path: Path) -> Choice | None:
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            return Choice(str(value))  # shorthand: a bare value earns 0 points
        d = self.mapping(value, path, CHOICE_KEYS, ("value",))
        if d is None:
            return None
        v = _value_text(d["value"])
        if v is None:
            self.fail((*path, "value"), msg("expected text or a whole number, got {kind}", kind=_kind(d["value"])))
            return None
        pts = self.number(d, "points", path)
        texts, translations = self.texts(d, ("label",), path)
        return Choice(v, Fraction(0) if pts is None else pts, texts["label"], translations)

    def threshold(self, value: Any, path: Path) -> Threshold | None:
        d = self.mapping(value, path, THRESHOLD_KEYS, ("max", "points"))
        if d is None:
            return None
        hi = self.number(d, "max", path)
        pts = self.number(d, "points", path)
        return None if hi is None or pts is None else Threshold(hi, pts)

    def show_if(self, value: Any, path: Path) -> ShowIf | None:
        d = self.mapping(value, path, SHOW_IF_KEYS, ("question",))
        if d is None:
            return None
        has_eq, has_in = "equals" in d, "in" in d
        if has_eq == has_in:
            self.fail(path, msg("give exactly one of equals: VALUE or in: [VALUES]"))
            return None
        raw = [d["equals"]] if has_eq else d["in"]
        if not isinstance(raw, list) or not raw:
            self.fail((*path, "in"), msg("expected a non-empty list of values"))
            return None
        values = []
        for i, item in enumerate(raw):
            v = _value_text(item)
            if v is None:
                self.fail(
                    (*path, "equals") if has_eq else (*path, "in", i),
                    msg("expected a value, got {kind}", kind=_kind(item)),
                )
                return None
            values.append(v)
        question = self.text(d, "question", path) or ""
        return ShowIf(question, tuple(values))

    # ------------------------------------------------------------ quality checks

    def check(self, value: Any, path: Path) -> FormCheck | None:
        d = self.mapping(value, path, CHECK_KEYS, ("id",))
        if d is None:
            return None
        kinds = [k for k in CHECK_KINDS if d.get(k) is not None]
        if len(kinds) != 1:
            self.fail(path, msg("give exactly one of: {kinds}", kinds=", ".join(CHECK_KINDS)))
            return None
        kind = kinds[0]
        for key in ("when", "message"):
            if key in d and kind != "require":
                self.fail((*path, key), msg("{key} is only for a rule (require)", key=key))
        texts, translations = self.texts(d, ("message",), path)
        out = FormCheck(
            id=self.text(d, "id", path) or "",
            block=bool(self.flag(d, "block", path)),
            message=texts["message"],
            translations=translations,
        )
        kp: Path = (*path, kind)
        if kind == "comment_on_fail":
            cd = self.mapping(d[kind], kp, ("min_words",), ("min_words",))
            n = None if cd is None else self.integer(cd, "min_words", kp)
            return None if n is None else replace(out, comment_min_words=n)
        if kind == "photo_on_fail":
            raw = d[kind]
            items = raw if isinstance(raw, list) else [raw]
            if not items or not all(isinstance(x, str) for x in items):
                self.fail(kp, msg("expected a list of question ids"))
                return None
            return replace(out, photo_on_fail=tuple(items))
        if kind == "visit_minutes":
            vd = self.mapping(d[kind], kp, ("min",), ("min",))
            lo = None if vd is None else self.number(vd, "min", kp)
            return None if lo is None else replace(out, visit_min_minutes=lo)
        when = self.show_if(d["when"], (*path, "when")) if d.get("when") is not None else None
        req = self.requirement(d[kind], kp)
        return None if req is None else replace(out, when=when, require=req)

    def requirement(self, value: Any, path: Path) -> Requirement | None:
        d = self.mapping(value, path, REQUIRE_KEYS, ("question",))
        if d is None:
            return None
        question = self.text(d, "question", path) or ""
        given = [k for k in ("equals", "in", "min", "max", "answered") if d.get(k) is not None]
        if not given or (len(given) > 1 and set(given) != {"min", "max"}):
            self.fail(path, msg("give one of equals, in, min, max (or min and max) or answered: true"))
            return None
        if "answered" in given:
            if d["answered"] is not True:
                self.fail((*path, "answered"), msg("only answered: true is a requirement"))
                return None
            return Requirement(question, answered=True)
        if "equals" in given or "in" in given:
            raw = [d["equals"]] if "equals" in given else d["in"]
            values = [_value_text(v) for v in raw] if isinstance(raw, list) and raw else [None]
            if any(v is None for v in values):
                self.fail((*path, given[0]), msg("expected a value or a non-empty list of values"))
                return None
            return Requirement(question, values=tuple(v for v in values if v is not None))
        lo, hi = self.number(d, "min", path), self.number(d, "max", path)
        if lo is None and hi is None:
            return None
        return Requirement(question, min=lo, max=hi)


def _value_text(v: Any) -> str | None:
    """An answer value as the text answers are compared by (true/false as yes/no)."""
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, (str, int)):
        return str(v)
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return None


def _is_color(s: str) -> bool:
    return len(s) == 7 and s[0] == "#" and all(c in "0123456789abcdefABCDEF" for c in s[1:])


def _kind(v: Any) -> str:
    if v is None:
        return msg("nothing")
    if isinstance(v, bool):
        return f"{str(v).lower()}"
    if isinstance(v, dict):
        return msg("a mapping")
    if isinstance(v, list):
        return msg("a list")
    if isinstance(v, str):
        return msg("text {value!r}", value=v)
    return repr(v)
