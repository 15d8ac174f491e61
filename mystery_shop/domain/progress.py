"""How far a visit is answered, and how its figures are worded while it is not complete.

FORMS.md's arithmetic scores whatever is answered; a draft with seven of
seventeen required answers can total 100.0. Every surface that shows such a
figure says "so far" beside it, with the answered share, and a client never
sees a grade for an incomplete visit: the wording lives here once.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from .forms import Form
from .numbers import display
from .scoring import QuestionState, VisitScore

SO_FAR = "so far"


@dataclass(frozen=True, slots=True)
class Progress:
    answered: int  # shown, required questions that have an answer (or N/A)
    required: int  # shown, required questions

    @property
    def complete(self) -> bool:
        return self.answered >= self.required

    @property
    def missing(self) -> int:
        return max(self.required - self.answered, 0)

    @property
    def share(self) -> Fraction:
        return Fraction(self.answered, self.required) if self.required else Fraction(1)

    def percent(self) -> str:
        """The answered share as a whole percentage, rounded down: 99.6 % answered is not "100 %"."""
        return f"{self.share.numerator * 100 // self.share.denominator} %"

    def line(self) -> str:
        return f"{self.answered} of {self.required} required answered ({self.percent()})"


def progress(form: Form, score: VisitScore) -> Progress:
    """``score`` must carry the per-question detail (``score_visit(..., detail=True)``)."""
    if score.questions is None:
        raise ValueError("progress needs the score's per-question detail")
    required = sum(
        1 for q in form.questions() if q.is_required and score.questions[q.id].state is not QuestionState.HIDDEN
    )
    return Progress(required - len(score.missing), required)


def total_text(total: Fraction | None, complete: bool) -> str:
    """``"87.8"`` for a complete visit, ``"87.8 so far"`` while answers are missing."""
    text = display(total)
    return text if complete or total is None else f"{text} {SO_FAR}"


def grade_text(grade: str | None, complete: bool, *, for_client: bool = False) -> str:
    """The grade as people read it: ``"Good so far"`` inside the firm, nothing for a client until complete."""
    if not grade:
        return ""
    if complete:
        return grade
    return "" if for_client else f"{grade} {SO_FAR}"
