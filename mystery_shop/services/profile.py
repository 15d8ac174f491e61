"""A profile: one folder holding a user's database, photo blobs, logs and settings.

Chosen by ``--profile DIR``, else ``MYSTERY_SHOP_PROFILE``, else the platform's
user data folder (platformdirs).
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

ENV_VAR = "MYSTERY_SHOP_PROFILE"
APP_NAME = "mystery-shop"


@dataclass(frozen=True)
class Profile:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "mystery-shop.db"

    @property
    def blobs(self) -> Path:
        return self.root / "blobs"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "mystery-shop.log"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    def exists(self) -> bool:
        return self.database.exists()

    def settings(self) -> dict[str, Any]:
        try:
            data = json.loads(self.settings_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def save_settings(self, settings: dict[str, Any]) -> None:
        """Write settings atomically: a crash leaves the old file or the new, never half."""
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.settings_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(settings, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.settings_file)


def profile_problem(profile: Profile, *, create: bool) -> str | None:
    """Why ``profile`` cannot be opened, or None.

    A profile is made only on purpose (the demo, a sign-in, ``--create``, the
    default folder on first run), so a mistyped path is said, not silently
    turned into a new, empty profile.
    """
    root = profile.root
    if root.exists() and not root.is_dir():
        return f"{root} is a file, not a profile folder"
    nearest = next((folder for folder in root.parents if folder.exists()), None)
    if not root.exists() and nearest is not None and not nearest.is_dir():
        return f"{root} cannot be a profile folder: {nearest} is a file"
    if create or profile.exists():
        return None
    return (
        f"{root} is not a profile (it holds no mystery-shop.db). Check the path, make a demo profile with "
        f"`mystery-shop demo --profile {root}`, or add --create to start an empty one there"
    )


def resolve_profile(arg: str | os.PathLike[str] | None = None) -> Profile:
    if arg:
        return Profile(Path(arg).expanduser().resolve())
    env = os.environ.get(ENV_VAR)
    if env:
        return Profile(Path(env).expanduser().resolve())
    return default_profile()


def default_profile() -> Profile:
    return Profile(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def profile_is_chosen(arg: str | os.PathLike[str] | None) -> bool:
    """True when a person named the profile (option or variable), rather than taking the default."""
    return bool(arg or os.environ.get(ENV_VAR))


def setup_logging(profile: Profile, level: int = logging.INFO) -> None:
    """Log to a rotating file in the profile (tracebacks go there, not to people)."""
    profile.logs.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for h in root.handlers:
        if isinstance(h, logging.handlers.RotatingFileHandler) and Path(h.baseFilename) == profile.log_file:
            return
    handler = logging.handlers.RotatingFileHandler(
        profile.log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level) if root.handlers[:-1] else level)
