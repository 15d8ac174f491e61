"""The period report's data from a period's figures: built once for the app (``services.reports``) and the
server (the client portal), so the two reports of one period are the same report.

The caller hands in the figures (``domain.figures.aggregate``: the dashboard's
numbers), and per visit who audited it and its state, as its own store has them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from mystery_shop.domain.figures import PeriodFigures
from mystery_shop.domain.forms import Form, Section, Stage

from .data import PeriodReportData, PeriodVisitLine, ReportInfo
from .language import rt
from .theme import band_colour, hex_of


def journey_order(form: Form) -> list[Section]:
    """Sections by journey stage; one without a stage stays after the section the form puts before it."""
    order = list(Stage)
    keyed = []
    last = -1
    for i, s in enumerate(form.sections):
        if s.stage is not None:
            last = order.index(s.stage)
        keyed.append((last, i, s))
    return [s for _, _, s in sorted(keyed, key=lambda k: (k[0], k[1]))]


def section_groups(forms: Iterable[Form]) -> tuple[tuple[tuple[str, tuple[tuple[str, str], ...]], ...], dict[str, str]]:
    """The heat map's rows, touchpoints grouped by form ((form title, ((section id, title), ...)), ...), each
    touchpoint once; and each question's touchpoint title."""
    groups: list[tuple[str, tuple[tuple[str, str], ...]]] = []
    seen_forms: set[tuple[str, int]] = set()
    seen_sections: set[str] = set()
    question_sections: dict[str, str] = {}
    for form in forms:
        if form.key in seen_forms:
            continue
        seen_forms.add(form.key)
        rows = []
        for s in journey_order(form):
            for q in s.questions:
                question_sections.setdefault(q.id, s.title)
            if s.id not in seen_sections:
                seen_sections.add(s.id)
                rows.append((s.id, s.title))
        if rows:
            groups.append((form.title, tuple(rows)))
    return tuple(groups), question_sections


def build_period_report_data(
    info: ReportInfo,
    client: str,
    start: dt.date,
    end: dt.date,
    figures: PeriodFigures,
    about: Mapping[str, tuple[str, str]],
    *,
    published_only: bool = False,
) -> PeriodReportData:
    """The report of ``figures``; ``about`` gives each visit's (auditor, status label) by visit id."""
    lines = []
    for sv in figures.visits:
        auditor, status = about.get(sv.facts.visit_id, ("", ""))
        grade = sv.score.grade
        lines.append(
            PeriodVisitLine(
                visit_id=sv.facts.visit_id,
                date=sv.facts.date,
                location=sv.facts.location,
                form=sv.facts.form.title,
                auditor=auditor,
                total=sv.score.total,
                grade=rt(grade.label) if grade else "",  # ours of a label we know: the form may lack the language
                grade_colour=hex_of(band_colour(grade, sv.facts.form.grade_bands)) if grade else None,
                status=status,
                critical=bool(sv.score.critical_failures),
            )
        )
    groups, question_sections = section_groups(sv.facts.form for sv in figures.visits)
    return PeriodReportData(
        info=info,
        client=client,
        start=start,
        end=end,
        figures=figures,
        visits=tuple(lines),
        section_groups=groups,
        question_sections=question_sections,
        published_only=published_only,
    )
