"""The auditor's signature image: checked like a photo, then kept as a PNG.

The signature pad in the app makes a PNG; a script gives a file (a scan, a
photo of a signature on paper, a PNG from a tablet). Either way the visit keeps
a PNG no larger than the report prints, and refuses what is not an image or
carries no ink.
"""

from __future__ import annotations

import io

from PIL import Image, ImageStat

from mystery_shop.domain.messages import msg

from .decode import decode, sniff
from .derived import fit_upright
from .errors import PhotoRefused

MAX_SIZE = (1200, 400)  # px: the report prints the signature about 6 x 2 cm; more is only bytes
MIN_INK_SPREAD = 48  # grey levels between the lightest and the darkest pixel: less is a blank page


def signature_png(data: bytes) -> bytes:
    """``data`` as the PNG a visit keeps; PhotoRefused with the reason when it cannot be a signature."""
    sniff(data[:16])
    decoded = decode(io.BytesIO(data), None)
    grey = decoded.image.convert("L")
    low, high = ImageStat.Stat(grey).extrema[0]
    if high - low < MIN_INK_SPREAD:
        raise PhotoRefused(msg("the image is blank (no strokes on it)"))
    fits = decoded.image.width <= MAX_SIZE[0] and decoded.image.height <= MAX_SIZE[1]
    if decoded.format == "PNG" and fits and decoded.orientation == 1:
        return data  # the pad's own PNG (transparent background kept)
    image = fit_upright(decoded, max(MAX_SIZE))
    image.thumbnail(MAX_SIZE, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
