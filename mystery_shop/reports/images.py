"""Pictures in a report at print resolution: never the original, never more pixels than the page can show.

A photo goes in as a JPEG made from its report-size copy (``photos.derived``,
1600 px) to fit the box it is printed in at ``DPI``. The JPEG bytes are
embedded as they are (no re-encoding by ReportLab). Print copies can be
cached by the caller (``ImageCache``): the services cache them beside the
other derived copies in the blob store, so a second report of the same visit
decodes nothing.
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PIL import Image, ImageOps
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

log = logging.getLogger(__name__)

DPI = 200
QUALITY = 84


class ImageCache(Protocol):
    """Somewhere to keep print copies between reports, keyed by (photo key, variant name)."""

    def get(self, key: str, variant: str) -> bytes | None: ...

    def put(self, key: str, variant: str, data: bytes) -> None: ...


@dataclass(frozen=True, slots=True)
class Picture:
    data: bytes  # JPEG or PNG
    width: int  # pixels
    height: int

    @property
    def is_jpeg(self) -> bool:
        return self.data[:2] == b"\xff\xd8"

    def reader(self) -> ImageReader:
        return JpegReader(self.data) if self.is_jpeg else ImageReader(io.BytesIO(self.data))


class JpegReader(ImageReader):
    """A JPEG that ReportLab embeds as it is, without decoding it.

    ``Canvas.drawImage`` names an image by hashing its decoded pixels
    (``getRGBData``), then embeds a JPEG's bytes unchanged (``jpeg_fh``). The
    name only has to tell images apart, and the hash of the JPEG's bytes does
    that without decoding a photo for nothing.
    """

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._digest = hashlib.sha256(data).digest()
        self._dataA = None

    def getRGBData(self) -> bytes:
        return self._digest


class PictureFlowable(Flowable):
    """A picture drawn at a given size in points."""

    def __init__(self, picture: Picture, width: float, height: float) -> None:
        super().__init__()
        self.picture = picture
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        mask = None if self.picture.is_jpeg else "auto"
        self.canv.drawImage(self.picture.reader(), 0, 0, self.width, self.height, mask=mask)


def pixels_for(points: float, dpi: int = DPI) -> int:
    return max(1, round(points / 72 * dpi))


def fit(width: int, height: int, box_w: float, box_h: float) -> tuple[float, float]:
    """The printed size (points) of a ``width`` x ``height`` picture fitted inside a box, aspect kept."""
    k = min(box_w / width, box_h / height)
    return width * k, height * k


def print_copy(
    source: Path, key: str, box_w: float, box_h: float, cache: ImageCache | None = None, dpi: int = DPI
) -> Picture:
    """A JPEG of ``source`` as large as it prints inside ``box_w`` x ``box_h`` points at ``dpi``.

    Never upscaled: a smaller picture keeps its own pixels (it prints at the box's size all the
    same, below ``dpi``).
    """
    bw, bh = pixels_for(box_w, dpi), pixels_for(box_h, dpi)
    variant = f"print-{bw}x{bh}.jpg"
    if cache is not None:
        data = cache.get(key, variant)
        if data:
            try:
                with Image.open(io.BytesIO(data)) as cached_copy:
                    return Picture(data, *cached_copy.size)
            except OSError:
                log.warning("cached print copy %s of %s unreadable; making it again", variant, key[:12])
    with Image.open(source) as opened:
        im: Image.Image = opened
        im.draft("RGB", (bw, bh))  # JPEG: decode at the smallest scale still at least this large
        im = ImageOps.exif_transpose(im) if im.getexif().get(0x0112, 1) != 1 else im
        if im.mode not in ("RGB", "L"):
            im = im.convert("RGB")
        k = min(bw / im.width, bh / im.height, 1.0)
        if k < 1.0:
            size = (max(1, round(im.width * k)), max(1, round(im.height * k)))
            im = im.resize(size, Image.Resampling.BICUBIC, reducing_gap=2.0)
        out = io.BytesIO()
        im.save(out, "JPEG", quality=QUALITY, optimize=False, progressive=False)
        picture = Picture(out.getvalue(), im.width, im.height)
    if cache is not None:
        try:
            cache.put(key, variant, picture.data)
        except OSError as e:  # a full disk must not stop the report
            log.warning("could not cache print copy of %s: %s", key[:12], e)
    return picture


def logo(path: Path, box_w: float, box_h: float, dpi: int = 300) -> Picture:
    """A logo at up to ``dpi`` inside its box; PNG (transparency kept) or JPEG."""
    bw, bh = pixels_for(box_w, dpi), pixels_for(box_h, dpi)
    with Image.open(path) as opened:
        opened.load()
        im: Image.Image = opened
        has_alpha = im.mode in ("RGBA", "LA", "P")
        im = im.convert("RGBA" if has_alpha else "RGB")
        k = min(bw / im.width, bh / im.height, 1.0)
        if k < 1.0:
            im = im.resize((max(1, round(im.width * k)), max(1, round(im.height * k))), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        if has_alpha:
            im.save(out, "PNG", optimize=False)
        else:
            im.save(out, "JPEG", quality=90)
        return Picture(out.getvalue(), im.width, im.height)


def png_picture(data: bytes, max_w: int = 900) -> Picture:
    """A PNG (the drawn signature) no wider than ``max_w`` pixels, transparency kept."""
    with Image.open(io.BytesIO(data)) as opened:
        opened.load()
        if opened.width <= max_w and opened.format == "PNG":
            return Picture(data, opened.width, opened.height)
        im = opened.convert("RGBA")
        if im.width > max_w:
            im = im.resize((max_w, max(1, round(im.height * max_w / im.width))), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        im.save(out, "PNG")
        return Picture(out.getvalue(), im.width, im.height)
