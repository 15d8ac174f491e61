"""What stands between a visit and its submission: the finish summary's items."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from .forms import Form
from .messages import msg, msgn
from .scoring import VisitScore


class MissingKind(StrEnum):
    ANSWER = "answer"
    PHOTOS = "photos"
    SIGNATURE = "signature"


@dataclass(frozen=True, slots=True)
class MissingItem:
    kind: MissingKind
    message: str  # a Message, or a question's text as the form writes it
    section_id: str | None = None
    question_id: str | None = None


def missing_items(form: Form, score: VisitScore, photo_counts: Mapping[str, int], *, signed: bool) -> list[MissingItem]:
    """Everything that must be done before submitting, in form order; empty when ready.

    Required answers come from the score (shown, required, unanswered); each
    touchpoint needs at least its form's ``photos.min``; the auditor must sign.
    """
    items: list[MissingItem] = []
    missing = set(score.missing)
    for section in form.sections:
        for q in section.questions:
            if q.id in missing:
                items.append(MissingItem(MissingKind.ANSWER, q.text, section.id, q.id))
        have = photo_counts.get(section.id, 0)
        if have < section.photos.min:
            need = section.photos.min
            items.append(
                MissingItem(
                    MissingKind.PHOTOS,
                    msgn("{touchpoint}: {have} of at least %n photo(s)", need, touchpoint=section.title, have=have),
                    section.id,
                )
            )
    if not signed:
        items.append(MissingItem(MissingKind.SIGNATURE, msg("The auditor's signature and attestation")))
    return items
