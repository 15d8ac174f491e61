"""Writing a domain form as YAML the loader reads back as the same form.

``dump_form`` writes a new file in the samples' style (small mappings such as
choices and thresholds on one line, a blank line between sections).
``update_form_yaml`` writes a changed form over its old text, keeping the
comments, the key order and the quoting of what did not change (ruamel.yaml's
round trip); whatever cannot be kept that way is written afresh. Either way
the text is read back with the loader and must give the same form.
"""

from __future__ import annotations

import io
import re
from fractions import Fraction
from typing import Any

import yaml as pyyaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from mystery_shop.domain.forms import (
    DEFAULT_GRADE_BANDS,
    Choice,
    Form,
    FormCheck,
    GradeBand,
    PhotoRule,
    Question,
    QuestionType,
    Section,
)
from mystery_shop.domain.texts import Translations

from .yaml_lines import _Loader

# ------------------------------------------------------------------ form -> plain data


def form_to_data(form: Form) -> dict[str, Any]:
    """The form as the YAML mapping the loader reads, keys in the documented order, defaults left out."""
    langs = form.languages
    d: dict[str, Any] = {"id": form.id, "version": form.version}
    if langs:
        d["languages"] = list(langs)
    d["title"] = _text(form.title, form.translations, "title", langs)
    if form.description:
        d["description"] = _text(form.description, form.translations, "description", langs)
    if form.grade_bands != DEFAULT_GRADE_BANDS:
        d["grade_bands"] = [_band(b, langs) for b in form.grade_bands]
    d["sections"] = [_section(s, langs) for s in form.sections]
    if form.checks:
        d["checks"] = [_check(c, langs) for c in form.checks]
    return d


def _check(c: FormCheck, langs: tuple[str, ...]) -> dict[str, Any]:
    d: dict[str, Any] = {"id": c.id}
    if c.comment_min_words is not None:
        d["comment_on_fail"] = {"min_words": c.comment_min_words}
    if c.when is not None:
        key, value = ("equals", c.when.values[0]) if len(c.when.values) == 1 else ("in", list(c.when.values))
        d["when"] = {"question": c.when.question, key: value}
    if c.require is not None:
        r = c.require
        req: dict[str, Any] = {"question": r.question}
        if r.answered:
            req["answered"] = True
        elif r.values is not None:
            req.update({"equals": r.values[0]} if len(r.values) == 1 else {"in": list(r.values)})
        else:
            req.update({k: _number(v) for k, v in (("min", r.min), ("max", r.max)) if v is not None})
        d["require"] = req
    if c.photo_on_fail:
        d["photo_on_fail"] = list(c.photo_on_fail)
    if c.visit_min_minutes is not None:
        d["visit_minutes"] = {"min": _number(c.visit_min_minutes)}
    if c.message:
        d["message"] = _text(c.message, c.translations, "message", langs)
    if c.block:
        d["block"] = True
    return d


def _text(default: str, translations: Translations, name: str, langs: tuple[str, ...]) -> Any:
    other = translations.field(name)
    if not other or not langs:
        return default
    return {langs[0]: default, **{lang: other[lang] for lang in langs[1:] if lang in other}}


def _number(x: Fraction | int) -> int | float:
    f = Fraction(x)
    return f.numerator if f.denominator == 1 else float(f)


def _band(b: GradeBand, langs: tuple[str, ...]) -> dict[str, Any]:
    d: dict[str, Any] = {"min": _number(b.min), "label": _text(b.label, b.translations, "label", langs)}
    if b.color:
        d["color"] = b.color
    return d


def _section(s: Section, langs: tuple[str, ...]) -> dict[str, Any]:
    d: dict[str, Any] = {"id": s.id, "title": _text(s.title, s.translations, "title", langs)}
    if s.description:
        d["description"] = _text(s.description, s.translations, "description", langs)
    if s.stage is not None:
        d["stage"] = s.stage.value
    if s.channel is not None:
        d["channel"] = s.channel.value
    if s.weight is not None:
        d["weight"] = _number(s.weight)
    if s.photos != PhotoRule():
        d["photos"] = {"min": s.photos.min, "max": s.photos.max}
    d["questions"] = [_question(q, langs) for q in s.questions]
    return d


def _question(q: Question, langs: tuple[str, ...]) -> dict[str, Any]:
    d: dict[str, Any] = {"id": q.id, "text": _text(q.text, q.translations, "text", langs), "type": q.type.value}
    if q.type is QuestionType.YES_NO and q.expected != "yes":
        d["expected"] = q.expected
    if q.points is not None:
        d["points"] = _number(q.points)
    if q.min is not None:
        d["min"] = _number(q.min)
    if q.max is not None:
        d["max"] = _number(q.max)
    if q.whole:
        d["whole"] = True
    if q.thresholds:
        d["thresholds"] = [{"max": _number(t.max), "points": _number(t.points)} for t in q.thresholds]
    if q.critical is not None:
        d["critical"] = q.critical.value
    if q.na:
        d["na"] = True
    if q.required is not None:
        d["required"] = q.required
    if q.show_if is not None:
        key, value = ("equals", q.show_if.values[0]) if len(q.show_if.values) == 1 else ("in", list(q.show_if.values))
        d["show_if"] = {"question": q.show_if.question, key: value}
    if q.help:
        d["help"] = _text(q.help, q.translations, "help", langs)
    if q.choices:
        d["choices"] = [_choice(c, langs) for c in q.choices]
    return d


def _choice(c: Choice, langs: tuple[str, ...]) -> dict[str, Any]:
    d: dict[str, Any] = {"value": c.value}
    if c.label is not None:
        d["label"] = _text(c.label, c.translations, "label", langs)
    if c.points:
        d["points"] = _number(c.points)
    return d


# ------------------------------------------------------------------ plain data -> YAML text

_FLOW_KEYS = frozenset(
    {"photos", "show_if", "when", "require", "comment_on_fail", "visit_minutes"}
)  # small mappings written on one line
_FLOW_LISTS = frozenset({"thresholds", "languages", "in", "photo_on_fail"})


def _yaml() -> YAML:
    y = YAML()  # round trip: keeps comments, order and styles of what it read
    y.indent(mapping=2, sequence=4, offset=2)
    y.width = 4096  # never fold a long text over lines
    y.preserve_quotes = True
    return y


def _node(value: Any, key: str | None = None, flow: bool = False) -> Any:
    """Plain data as ruamel nodes in the samples' style."""
    if isinstance(value, dict):
        flow = flow or key in _FLOW_KEYS or (key in ("choices", "grade_bands", "thresholds") and _flat(value))
        m = CommentedMap((k, _node(v, k, flow)) for k, v in value.items())
        if flow:
            m.fa.set_flow_style()
        return m
    if isinstance(value, list):
        flow = flow or key in _FLOW_LISTS
        s = CommentedSeq(_node(v, key, flow) for v in value)
        if flow:
            s.fa.set_flow_style()
        return s
    if isinstance(value, str):
        return _string(value, flow)
    return value


def _flat(d: dict[str, Any]) -> bool:
    """A mapping of scalars only, short enough to read on one line."""
    return all(not isinstance(v, (dict, list)) for v in d.values()) and sum(len(str(v)) for v in d.values()) < 90


# Plain (unquoted) only what every YAML reader takes as this very text; anything else is double-quoted.
_SAFE = r"[\w .,;'()/+&%?!\"«»„“”‘’–—…›‹¿¡°€$£=-]"
_PLAIN = re.compile(rf"^(?!.*: )(?!.* #)(?:[^\W_]|[¿¡«„“(])(?:{_SAFE}*[^\s:,-])?$")
_PLAIN_IN_FLOW = re.compile(r"^(?:[^\W_]|[¿¡«„“(])(?:[\w .;'()/+&%!«»„“”‘’–—…›‹°€$£=-]*[^\s:,?-])?$")


def _string(s: str, flow: bool = False) -> Any:
    if "\n" in s and not flow and s == s.strip(" ") and "\t" not in s:
        return LiteralScalarString(s)
    if not (_PLAIN_IN_FLOW if flow else _PLAIN).match(s) or not _reads_as_text(s):
        return DoubleQuotedScalarString(s)
    return s


def _reads_as_text(s: str) -> bool:
    """Whether ``s`` written plain reads back as this text, for our loader and for YAML 1.1 readers
    (which take yes/no/on/off as booleans)."""
    return all(r.resolve(pyyaml.ScalarNode, s, (True, False)) == _STR for r in _RESOLVERS)


_STR = "tag:yaml.org,2002:str"
_RESOLVERS = (_Loader(""), pyyaml.SafeLoader(""))


def _dump(data: Any) -> str:
    buf = io.StringIO()
    _yaml().dump(data, buf)
    return buf.getvalue()


_SECTION_ITEM = re.compile(r"^  - id: ", re.MULTILINE)


def dump_form(form: Form) -> str:
    """A fresh YAML text of ``form``."""
    text = _dump(_node(form_to_data(form)))
    # a blank line between sections, as the samples have
    starts = [m.start() for m in _SECTION_ITEM.finditer(text)]
    for pos in reversed(starts[1:]):
        text = text[:pos] + "\n" + text[pos:]
    return text


# ------------------------------------------------------------------ keeping an old text's comments


def update_form_yaml(original: str, form: Form) -> str:
    """``form`` written over ``original``: what did not change keeps its comments, order and style."""
    from .form_yaml import FormError, parse_form

    try:
        old = _yaml().load(original)
    except (YAMLError, ValueError):
        old = None
    if not isinstance(old, CommentedMap):
        return dump_form(form)
    _merge_map(old, _node(form_to_data(form)))
    text = _dump(old)
    try:
        if parse_form(text) == form:
            return text
    except FormError:
        pass
    return dump_form(form)


# Values the writer leaves out because they are the default; an old text that spells them out keeps them.
_DEFAULTS: dict[str, Any] = {"points": 0, "na": False, "whole": False, "expected": "yes"}


def _merge_map(old: CommentedMap, new: CommentedMap) -> None:
    for key in [k for k in old if k not in new]:
        if not (key in _DEFAULTS and _same(old[key], _DEFAULTS[key])):
            del old[key]
    previous: str | None = None
    for key, value in new.items():
        if key in old:
            old[key] = _merge(old[key], value)
        else:
            pos = list(old).index(previous) + 1 if previous in old else 0
            old.insert(pos, key, value)
        previous = key


def _merge(old: Any, new: Any) -> Any:
    if _is_show_if(old) and _is_show_if(new) and _condition(old) == _condition(new):
        return old  # "in: [x]" and "equals: x" say the same
    if isinstance(old, CommentedMap) and isinstance(new, CommentedMap):
        _merge_map(old, new)
        return old
    if isinstance(old, CommentedSeq) and isinstance(new, CommentedSeq):
        key = _item_key(old, new)
        if key is None:
            return old if _same(old, new) else new
        by_key = {item[key]: item for item in old}
        merged = [_merge(by_key[item[key]], item) if item[key] in by_key else item for item in new]
        del old[:]
        old.extend(merged)
        return old
    return old if _same(old, new) else new


def _is_show_if(v: Any) -> bool:
    return isinstance(v, dict) and "question" in v and ("equals" in v or "in" in v)


def _condition(v: dict[str, Any]) -> tuple[str, list[str]]:
    values = [v["equals"]] if "equals" in v else list(v["in"] or [])
    return str(v["question"]), [str(x) for x in values]


def _item_key(old: CommentedSeq, new: CommentedSeq) -> str | None:
    """The field list items are matched by (sections and questions by id, choices by value)."""
    for key in ("id", "value"):
        items = [*old, *new]
        if items and all(isinstance(i, dict) and key in i for i in items):
            return key
    return None


def _same(old: Any, new: Any) -> bool:
    """Equal as the loader reads them: 3 and "3" are the same choice value, 2 and 2.0 the same points."""
    if isinstance(old, (list, dict)) or isinstance(new, (list, dict)):
        return bool(_plain(old) == _plain(new))
    if isinstance(old, bool) or isinstance(new, bool):
        return type(old) is type(new) and old == new
    if isinstance(old, int) and isinstance(new, str):
        return str(old) == new
    return bool(old == new)


def _plain(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    if isinstance(v, str):
        return str(v)
    return v
