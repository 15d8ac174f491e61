"""Where the app's resource files are, from the source tree or a frozen bundle.

The one function every layer asks, so packaging changes one place.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, inside the bundle when frozen."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def sample_forms_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "forms"
    return Path(__file__).resolve().parent.parent / "forms"
