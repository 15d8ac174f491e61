"""A drawn-looking signature for demo visits (Pillow), so reports show a real image."""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw


def signature_png(name: str, width: int = 480, height: int = 160) -> bytes:
    """A smooth pen stroke, different per name; transparent background, dark blue ink."""
    rng = random.Random(name)
    img = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    points = []
    loops = 3 + len(name) % 4
    for i in range(220):
        t = i / 219
        x = 30 + t * (width - 60)
        wobble = math.sin(t * math.pi * 2 * loops + rng.random() * 0.2) * (height * 0.22)
        y = height * 0.55 + wobble * (1 - t * 0.5) + math.sin(t * 31) * 3
        points.append((x, y))
    draw.line(points, fill=(20, 40, 110, 255), width=4, joint="curve")
    draw.line([(40, height * 0.82), (width - 80, height * 0.78)], fill=(20, 40, 110, 255), width=3)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()
