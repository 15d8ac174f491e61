"""The parts of XLSForm's XPath a checklist can keep: ``relevant`` as show_if, ``constraint`` as a number range.

``relevant`` is kept when it depends on one earlier question and comes down
to a set of that question's values: ``${q} = 'a'``, ``${q} != 'b'``,
``selected(${q}, 'a') or selected(${q}, 'b')``, ``${n} >= 4``, ``not(...)``,
``and``/``or`` of those. ``constraint`` is kept when it bounds a number:
``. >= 0 and . <= 120``. Anything else raises ``Unexpressible`` saying why.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from mystery_shop.domain.form_rules import possible_values
from mystery_shop.domain.forms import Question, QuestionType
from mystery_shop.domain.messages import Message, msg


class Unexpressible(ValueError):
    """Why an expression cannot be kept; raised with a Message."""


def _expected(what: str, at: str) -> Message:
    # ``what`` is a token kind or XPath text ("ref", ")") or a Message ("a value"); ``at`` is the text found there
    if at:
        return msg("expected {what} at {at!r}", what=what, at=at)
    return msg("expected {what} at the end", what=what)


_TOKEN = re.compile(
    r"""\s*(?:
        (?P<ref>\$\{\s*(?P<name>[^}\s]+)\s*\})
      | (?P<str>'[^']*'|"[^"]*")
      | (?P<num>-?\d+(?:\.\d+)?)
      | (?P<op>!=|>=|<=|=|>|<|\(|\)|,)
      | (?P<word>[A-Za-z_][\w:-]*)
      | (?P<dot>\.)
    )""",
    re.VERBOSE,
)


def _tokens(expr: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    expr = expr.strip()
    while pos < len(expr):
        m = _TOKEN.match(expr, pos)
        if m is None or m.end() == pos:
            raise Unexpressible(msg("cannot read it from {rest!r}", rest=expr[pos:]))
        kind = m.lastgroup if m.lastgroup != "name" else "ref"
        if m.group("ref"):
            kind, text = "ref", m.group("name")
        elif m.group("str"):
            kind, text = "str", m.group("str")[1:-1]
        else:
            assert kind is not None
            text = m.group(kind)
        out.append((kind, text))
        pos = m.end()
    return out


# ---------------------------------------------------------------- relevant -> (question, values)


@dataclass(frozen=True, slots=True)
class _Cond:
    question: str
    values: frozenset[str]  # the answers for which the condition holds
    multi_any: bool = False  # a multi question: holds when any chosen value is in values


class _RelevantParser:
    def __init__(self, expr: str, lookup: Callable[[str], Question | None]) -> None:
        self.toks = _tokens(expr)
        self.i = 0
        self.lookup = lookup
        self.literals: list[str] = []  # values in the order written, to keep that order in show_if

    def peek(self, offset: int = 0) -> tuple[str, str]:
        j = self.i + offset
        return self.toks[j] if j < len(self.toks) else ("end", "")

    def take(self, kind: str, text: str | None = None) -> str:
        k, t = self.peek()
        if k != kind or (text is not None and t.lower() != text):
            raise Unexpressible(_expected(text or kind, t))
        self.i += 1
        return t

    def parse(self) -> _Cond:
        cond = self.or_expr()
        if self.peek()[0] != "end":
            raise Unexpressible(msg("cannot read it from {rest!r}", rest=self.peek()[1]))
        return cond

    def or_expr(self) -> _Cond:
        cond = self.and_expr()
        while self.peek()[0] == "word" and self.peek()[1].lower() == "or":
            self.i += 1
            cond = self.combine(cond, self.and_expr(), "or")
        return cond

    def and_expr(self) -> _Cond:
        cond = self.unary()
        while self.peek()[0] == "word" and self.peek()[1].lower() == "and":
            self.i += 1
            cond = self.combine(cond, self.unary(), "and")
        return cond

    def combine(self, a: _Cond, b: _Cond, how: str) -> _Cond:
        if a.question != b.question:
            raise Unexpressible(
                msg("it depends on two questions ({a}, {b}); show_if names one", a=a.question, b=b.question)
            )
        if a.multi_any or b.multi_any:
            if how == "and" or not (a.multi_any and b.multi_any):
                raise Unexpressible(msg("on a select_multiple only selected(...) joined by 'or' can be kept"))
            return _Cond(a.question, a.values | b.values, True)
        return _Cond(a.question, a.values & b.values if how == "and" else a.values | b.values)

    def unary(self) -> _Cond:
        kind, text = self.peek()
        if kind == "op" and text == "(":
            self.i += 1
            cond = self.or_expr()
            self.take("op", ")")
            return cond
        if kind == "word" and text.lower() == "not" and self.peek(1) == ("op", "("):
            self.i += 2
            cond = self.or_expr()
            self.take("op", ")")
            if cond.multi_any:
                raise Unexpressible(msg("not(selected(...)) on a select_multiple cannot be kept"))
            return _Cond(cond.question, self.all_values(cond.question) - cond.values)
        if kind == "word" and text.lower() == "selected":
            self.i += 1
            self.take("op", "(")
            name = self.take("ref")
            self.take("op", ",")
            value = self.literal()
            self.take("op", ")")
            q = self.question(name)
            if value not in self.all_values(name):
                raise Unexpressible(msg("{name!r} has no value {value!r}", name=name, value=value))
            return _Cond(name, frozenset({value}), q.type is QuestionType.MULTI)
        return self.comparison()

    def comparison(self) -> _Cond:
        kind, _ = self.peek()
        if kind == "ref":
            name = self.take("ref")
            op = self.take("op")
            value = self.literal()
        else:
            value = self.literal()
            op = {">": "<", "<": ">", ">=": "<=", "<=": ">="}.get(self.take("op"), self.toks[self.i - 1][1])
            name = self.take("ref")
        q = self.question(name)
        if op not in ("=", "!=", ">", "<", ">=", "<="):
            raise Unexpressible(msg("cannot read {op!r}", op=op))
        if q.type is QuestionType.MULTI:
            if op == "!=" and value == "":
                return _Cond(name, self.all_values(name), True)  # anything chosen
            raise Unexpressible(msg("a select_multiple is tested with {example}", example="selected(${name}, 'value')"))
        values = self.all_values(name)
        if value == "":
            if op == "!=":
                return _Cond(name, values)  # answered
            raise Unexpressible(msg("'shown while unanswered' cannot be kept"))
        if op in ("=", "!="):
            hit = frozenset(v for v in values if _equal(v, value))
            return _Cond(name, hit if op == "=" else values - hit)
        try:
            bound = Fraction(value)
        except ValueError:
            raise Unexpressible(msg("{value!r} is not a number to compare with", value=value)) from None
        test = {">": bound.__lt__, "<": bound.__gt__, ">=": bound.__le__, "<=": bound.__ge__}[op]
        return _Cond(name, frozenset(v for v in values if _is_number(v) and test(Fraction(v))))

    def literal(self) -> str:
        kind, text = self.peek()
        if kind in ("str", "num"):
            self.i += 1
            self.literals.append(text)
            return text
        if kind == "word" and text.lower() in ("true", "false") and self.peek(1) == ("op", "("):
            raise Unexpressible(msg("true()/false() cannot be kept"))
        raise Unexpressible(_expected(msg("a value"), text))

    def question(self, name: str) -> Question:
        q = self.lookup(name)
        if q is None:
            raise Unexpressible(msg("{ref} is not an earlier question of the checklist", ref=f"${{{name}}}"))
        if possible_values(q) is None:
            raise Unexpressible(
                msg(
                    "{ref} is a {type} question; show_if needs one with a set of answers",
                    ref=f"${{{name}}}",
                    type=q.type.value,
                )
            )
        return q

    def all_values(self, name: str) -> frozenset[str]:
        return possible_values(self.question(name)) or frozenset()


def _is_number(v: str) -> bool:
    return re.fullmatch(r"-?\d+(?:\.\d+)?", v) is not None


def _equal(a: str, b: str) -> bool:
    if a == b:
        return True
    return _is_number(a) and _is_number(b) and Fraction(a) == Fraction(b)


def relevant_to_show_if(expr: str, lookup: Callable[[str], Question | None]) -> tuple[str, tuple[str, ...]]:
    """``relevant`` as (question name, values), the values in the question's own order."""
    parser = _RelevantParser(expr, lookup)
    cond = parser.parse()
    if not cond.values:
        raise Unexpressible(msg("it never holds"))
    q = lookup(cond.question)
    assert q is not None
    rest = [c.value for c in q.choices] if q.choices else sorted(cond.values, key=_order)
    written = [v for lit in parser.literals for v in cond.values if _equal(v, lit)]
    return cond.question, tuple(v for v in dict.fromkeys([*written, *rest]) if v in cond.values)


def _order(v: str) -> tuple[int, Fraction | str]:
    return (0, Fraction(v)) if _is_number(v) else (1, v)


def show_if_to_relevant(name: str, values: tuple[str, ...], parent: Question) -> str:
    """The relevant expression of a show_if: ``${q} = 'a' or ${q} = 'b'``, ``selected(${m}, 'a')``."""
    ref = "${" + name + "}"
    numeric = parent.type is QuestionType.SCALE or parent.type.value in ("csat", "ces", "nps")
    if parent.type is QuestionType.MULTI:
        terms = [f"selected({ref}, {_quote(v)})" for v in values]
    else:
        terms = [f"{ref} = {v if numeric else _quote(v)}" for v in values]
    return " or ".join(terms)


def _quote(v: str) -> str:
    return f"'{v}'" if "'" not in v else f'"{v}"'


# ---------------------------------------------------------------- constraint -> (min, max)


def constraint_to_range(expr: str, whole: bool) -> tuple[Fraction | None, Fraction | None, Message | None]:
    """``. >= 0 and . <= 120`` -> (0, 120, None). The third item notes what was approximated
    (an exclusive bound on a decimal kept as inclusive)."""
    toks = [t for t in _tokens(expr) if t != ("op", "(") and t != ("op", ")")]
    lo: Fraction | None = None
    hi: Fraction | None = None
    note: Message | None = None
    i = 0
    while i < len(toks):
        if i:
            if toks[i][0] != "word" or toks[i][1].lower() != "and":
                raise Unexpressible(msg("only bounds joined by 'and' can be kept"))
            i += 1
        part = toks[i : i + 3]
        if len(part) < 3:
            raise Unexpressible(msg("cannot read it"))
        if part[0][0] == "dot" and part[2][0] == "num" and part[1][0] == "op":
            op, bound = part[1][1], Fraction(part[2][1])
        elif part[2][0] == "dot" and part[0][0] == "num" and part[1][0] == "op":
            op = {">": "<", "<": ">", ">=": "<=", "<=": ">=", "=": "=", "!=": "!="}[part[1][1]]
            bound = Fraction(part[0][1])
        else:
            raise Unexpressible(msg("only bounds such as '. >= 0' can be kept"))
        if op in (">", "<"):
            if whole:  # exact for whole numbers: > 2.5 is >= 3, < 3 is <= 2
                bound = Fraction(math.floor(bound) + 1) if op == ">" else Fraction(math.ceil(bound) - 1)
            else:
                note = msg("an exclusive bound (> or <) is kept as inclusive (>= or <=)")
            op += "="
        if op == ">=":
            lo = bound if lo is None else max(lo, bound)
        elif op == "<=":
            hi = bound if hi is None else min(hi, bound)
        elif op == "=":
            lo = bound if lo is None else max(lo, bound)
            hi = bound if hi is None else min(hi, bound)
        else:
            raise Unexpressible(msg("'{op}' cannot be kept as a range", op=op))
        i += 3
    if lo is not None and hi is not None and lo > hi:
        raise Unexpressible(msg("no number satisfies it"))
    return lo, hi, note


def range_to_constraint(lo: Fraction | int | None, hi: Fraction | int | None) -> str:
    parts = []
    if lo is not None:
        parts.append(f". >= {_num(lo)}")
    if hi is not None:
        parts.append(f". <= {_num(hi)}")
    return " and ".join(parts)


def _num(x: Fraction | int) -> str:
    f = Fraction(x)
    if f.denominator == 1:
        return str(f.numerator)
    return repr(float(f))
