"""The visits behind a figure of ``PeriodFigures``: what a dashboard click opens.

Each rule mirrors how ``figures.period_figures`` counts a visit into that
figure, so the list holds exactly the visits the figure was computed from.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .figures import PeriodFigures, ScoredVisit
from .forms import QuestionType, Stage
from .scoring import QuestionState


class Kind(StrEnum):
    TOTAL = "total"  # key: None
    LOCATION = "location"  # key: location name
    MONTH = "month"  # key: "YYYY-MM"
    SECTION = "section"  # key: section id
    STAGE = "stage"  # key: Stage
    CELL = "cell"  # key: (section id, location)
    CSAT = "csat"
    NPS = "nps"
    CES = "ces"
    FAILED = "failed"  # key: question id


@dataclass(frozen=True, slots=True)
class Figure:
    kind: Kind
    key: Hashable = None


RATING_TYPES = {Kind.CSAT: QuestionType.CSAT, Kind.NPS: QuestionType.NPS, Kind.CES: QuestionType.CES}


def counts(figure: Figure, sv: ScoredVisit) -> bool:
    """Whether ``sv`` is one of the values ``figure`` was computed from."""
    f, score, kind, key = sv.facts, sv.score, figure.kind, figure.key
    if kind is Kind.TOTAL:
        return score.total is not None
    if kind is Kind.LOCATION:
        return f.location == key and score.total is not None
    if kind is Kind.MONTH:
        return f.date.strftime("%Y-%m") == key and score.total is not None
    if kind in (Kind.SECTION, Kind.CELL):
        pair: tuple[Any, Any] = key if kind is Kind.CELL else (key, f.location)  # type: ignore[assignment]
        section_id, location = pair
        if location != f.location:
            return False
        return any(s.id == section_id and s.score is not None for s in score.sections)
    if kind is Kind.STAGE:
        return score.stages.get(Stage(key)) is not None  # type: ignore[arg-type]
    assert score.questions is not None
    if kind in RATING_TYPES:
        wanted = RATING_TYPES[kind]
        return any(
            q.type is wanted and score.questions[q.id].state is QuestionState.ANSWERED for q in f.form.questions()
        )
    if kind is Kind.FAILED:
        result = score.questions.get(str(key))
        return (
            result is not None and result.state is QuestionState.ANSWERED and result.possible > 0 and result.earned == 0
        )
    raise ValueError(f"unknown figure {figure}")  # pragma: no cover


def visits_behind(figures: PeriodFigures, figure: Figure) -> list[str]:
    """The ids of the visits ``figure`` summarises, in date order."""
    return [sv.facts.visit_id for sv in figures.visits if counts(figure, sv)]
