"""Which app version is newer: the one rule the server's release list and the app's update notice share.

Versions are written as released, ``1.4.0``, ``1.10.2``, ``2.0.0rc1`` (PEP 440's common shapes): numbers
compared as numbers, a pre-release (a, b, rc) before its release, anything after a ``+`` (a local build)
ignored. Standard library only.
"""

from __future__ import annotations

import re

_VERSION = re.compile(r"v?(\d+(?:\.\d+)*)(?:[-._]?(a|b|rc)[-._]?(\d*))?(?:\+.*)?", re.IGNORECASE)
_STAGES = {"a": 0, "b": 1, "rc": 2}
_RELEASED = 3


def version_key(text: str) -> tuple[tuple[int, ...], int, int]:
    """A sort key for ``text``; ValueError when it is not a version."""
    found = _VERSION.fullmatch(text.strip())
    if found is None:
        raise ValueError(f"not a version: {text!r}")
    numbers = tuple(int(n) for n in found.group(1).split("."))
    while len(numbers) > 1 and numbers[-1] == 0:  # 1.2 == 1.2.0
        numbers = numbers[:-1]
    stage = _STAGES[found.group(2).lower()] if found.group(2) else _RELEASED
    return numbers, stage, int(found.group(3) or 0)


def is_version(text: str) -> bool:
    return _VERSION.fullmatch(text.strip()) is not None


def is_newer(candidate: str, current: str) -> bool:
    """Whether ``candidate`` is a later release than ``current`` (an unreadable one never is)."""
    try:
        return version_key(candidate) > version_key(current)
    except ValueError:
        return False
