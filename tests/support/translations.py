"""The translation tool (scripts/translations.py) for tests, and its .qm files built if they are not yet."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "translations.py"


@cache
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_tool", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def build_translations() -> list[Path]:
    """Compile the .ts files that have no up-to-date .qm (scripts/dev.sh setup does the same)."""
    return tool().build()
