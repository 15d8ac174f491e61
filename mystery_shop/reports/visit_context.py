"""One visit report being laid out: its data, its styles, the text width, and what its parts share.

The parts (``visit_cover``, ``visit_answers``, ``visit_photos``,
``visit_sign_off``) are functions of this context; ``visit_report`` puts them
in order and renders the document.
"""

from __future__ import annotations

from typing import Any

from .data import VisitReportData
from .images import ImageCache
from .layout import BoxRecorder, content_width
from .theme import Styles, band_colour


class VisitContext:
    def __init__(self, data: VisitReportData, cache: ImageCache | None) -> None:
        self.d = data
        self.cache = cache  # print copies of the photos, kept between reports
        self.s = Styles()
        self.width = content_width(data.info.page_size)
        self.recorder = BoxRecorder()  # where the signature space landed
        self.images = 0  # pictures drawn (logos, photos, the drawn signature)

    def grade_colour(self, value: Any) -> Any:
        """The colour of the band ``value`` falls in, on this form's bands."""
        if value is None:
            return None
        bands = sorted(self.d.grade_bands, key=lambda b: b.min, reverse=True)
        for b in bands:
            if value >= b.min:
                return band_colour(b, self.d.grade_bands)
        return band_colour(bands[-1], self.d.grade_bands) if bands else None
