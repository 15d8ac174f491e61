"""Shared test setup: Qt offscreen, and paths to the sample forms."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
FORMS_DIR = ROOT / "forms"

pytest_plugins = ["support.clock"]


@pytest.fixture
def forms_dir() -> Path:
    return FORMS_DIR
