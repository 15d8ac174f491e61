"""Hypothesis strategies for whole valid forms using every feature a form file can hold.

For round trips (YAML out and in, XLSForm out and in): every text may carry
translations, texts include characters YAML and spreadsheets treat specially,
and every optional field is sometimes set.
"""

from __future__ import annotations

import dataclasses
from fractions import Fraction as F
from typing import Any

from hypothesis import strategies as st

from mystery_shop.domain.form_rules import possible_values, validate_form
from mystery_shop.domain.forms import (
    Channel,
    Choice,
    CriticalScope,
    Form,
    GradeBand,
    PhotoRule,
    Question,
    QuestionType,
    Section,
    ShowIf,
    Stage,
    Threshold,
)
from mystery_shop.domain.texts import Translations

T = QuestionType

# Texts a person might write, and ones that look like something else to YAML or a spreadsheet.
TRICKY = [
    "yes",
    "no",
    "true",
    "null",
    "~",
    "12:30",
    "1_000",
    "0x1F",
    "3",
    "2.50",
    "-",
    "#hash",
    "a: b",
    "=1+2",
    "é ł ü",
]
text_st = st.one_of(
    st.sampled_from(TRICKY),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=20).filter(
        lambda s: s.strip() == s and s.strip()
    ),
)
points_st = st.one_of(st.integers(0, 10).map(F), st.sampled_from([F(1, 2), F(5, 4), F(25, 10)]))
slug_st = st.from_regex(r"[a-z][a-z0-9_]{0,6}", fullmatch=True)


def _translations(draw: st.DrawFn, langs: tuple[str, ...], **fields: str | None) -> Translations:
    out: dict[str, dict[str, str]] = {}
    for name, default in fields.items():
        if default is None:
            continue
        texts = {lang: draw(text_st) for lang in langs[1:] if draw(st.booleans())}
        if texts:
            out[name] = texts
    return Translations.of(out)


@st.composite
def choices(draw: st.DrawFn, langs: tuple[str, ...], multi: bool) -> tuple[Choice, ...]:
    values = draw(st.lists(st.one_of(slug_st, st.sampled_from(["1", "2", "10", "no", "yes"])), min_size=1, max_size=4))
    out = []
    for v in dict.fromkeys(values):
        label = draw(st.none() | text_st)
        low = -3 if multi else 0
        out.append(
            Choice(
                v,
                F(draw(st.integers(low, 5))),
                label,
                _translations(draw, langs, label=label) if label else Translations(),
            )
        )
    return tuple(out)


@st.composite
def questions(draw: st.DrawFn, qid: str, langs: tuple[str, ...]) -> Question:
    t = draw(st.sampled_from(list(QuestionType)))
    kw: dict[str, Any] = {}
    if t in (T.YES_NO, T.SCALE, T.CSAT, T.CES, T.NPS):
        kw["points"] = draw(st.none() | points_st)
    if t is T.YES_NO:
        kw["expected"] = draw(st.sampled_from(["yes", "no"]))
    if t is T.SCALE and draw(st.booleans()):
        lo = draw(st.integers(-3, 3))
        kw["min"], kw["max"] = lo, draw(st.integers(lo + 1, lo + 9))
    if t is T.NUMBER:
        whole = draw(st.booleans())
        bound = st.integers(-50, 50) if whole else st.one_of(st.integers(-50, 50), st.sampled_from([F(1, 2), F(-5, 4)]))
        lo, hi = draw(st.none() | bound), draw(st.none() | bound)
        if lo is not None and hi is not None and lo > hi:
            lo, hi = hi, lo
        kw.update(min=lo, max=hi, whole=whole)
    if t in (T.CHOICE, T.MULTI):
        kw["choices"] = draw(choices(langs, t is T.MULTI))
        if t is T.MULTI:
            kw["points"] = draw(st.none() | points_st)
    if t is T.DURATION:
        maxes = sorted(set(draw(st.lists(st.integers(1, 600), min_size=1, max_size=3))))
        pts = sorted(draw(st.lists(st.integers(0, 6), min_size=len(maxes), max_size=len(maxes))), reverse=True)
        kw["thresholds"] = tuple(Threshold(F(m), F(p)) for m, p in zip(maxes, pts, strict=True))
    text = draw(text_st)
    help_ = draw(st.none() | text_st)
    q = Question(
        qid,
        text,
        t,
        na=draw(st.booleans()),
        required=draw(st.none() | st.booleans()),
        help=help_,
        translations=_translations(draw, langs, text=text, help=help_),
        **kw,
    )
    if q.is_scored:
        q = dataclasses.replace(q, critical=draw(st.none() | st.sampled_from(list(CriticalScope))))
    return q


@st.composite
def forms(draw: st.DrawFn) -> Form:
    langs: tuple[str, ...] = draw(st.sampled_from([(), ("en",), ("en", "pl"), ("pl", "en", "de"), ("pt-BR", "fr")]))
    weighted = draw(st.booleans())
    sections = []
    earlier: list[Question] = []
    n = 0
    for si in range(draw(st.integers(1, 3))):
        qs = []
        for _ in range(draw(st.integers(1, 4))):
            q = draw(questions(f"q{n}", langs))
            n += 1
            parents = [p for p in earlier if (possible_values(p) or None)]
            if parents and draw(st.integers(0, 2)) == 0:
                parent = draw(st.sampled_from(parents))
                allowed = sorted(possible_values(parent) or ())
                values = draw(st.lists(st.sampled_from(allowed), min_size=1, max_size=3, unique=True))
                q = dataclasses.replace(q, show_if=ShowIf(parent.id, tuple(values)))
            qs.append(q)
            earlier.append(q)
        title = draw(text_st)
        description = draw(st.none() | text_st)
        lo = draw(st.integers(0, 3))
        sections.append(
            Section(
                f"s{si}",
                title,
                tuple(qs),
                stage=draw(st.none() | st.sampled_from(list(Stage))),
                channel=draw(st.none() | st.sampled_from(list(Channel))),
                weight=F(draw(st.integers(1, 5))) if weighted else None,
                photos=draw(st.just(PhotoRule()) | st.just(PhotoRule(lo, lo + draw(st.integers(0, 10))))),
                description=description,
                translations=_translations(draw, langs, title=title, description=description),
            )
        )
    bands: tuple[GradeBand, ...] | None = None
    if draw(st.booleans()):
        mins = sorted({0, *draw(st.lists(st.integers(1, 100), max_size=3))}, reverse=True)
        bands = tuple(
            GradeBand(
                F(m),
                label := draw(text_st),
                draw(st.none() | st.just("#1b7f3b")),
                _translations(draw, langs, label=label),
            )
            for m in mins
        )
    title = draw(text_st)
    description = draw(st.none() | text_st)
    form = Form(
        draw(slug_st),
        draw(st.integers(1, 30)),
        title,
        tuple(sections),
        description=description,
        languages=langs,
        translations=_translations(draw, langs, title=title, description=description),
        **({"grade_bands": bands} if bands else {}),
    )
    assert validate_form(form) == [], validate_form(form)
    return form
