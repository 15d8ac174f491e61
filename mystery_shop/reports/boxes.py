"""Where on a page the visible signature goes: the renderer reserves the space,
the signer draws into it. Shared so the two never disagree."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SignatureBox:
    """A rectangle in PDF points (origin bottom left) on ``page`` (0-based; -1 is the last page)."""

    page: int
    x1: float
    y1: float
    x2: float
    y2: float

    @property
    def rect(self) -> tuple[float, float, float, float]:
        return (self.x1, self.y1, self.x2, self.y2)
