"""The language a person chose for the app's screens, kept as ``"language"`` in the profile's settings.json.

None (or no key): follow the system's language. The choice applies from the next start.
"""

from __future__ import annotations

from mystery_shop.domain.languages import SHIPPED, shipped
from mystery_shop.domain.messages import msg

from .profile import Profile
from .rows import ServiceError

KEY = "language"


def load_language(profile: Profile) -> str | None:
    value = profile.settings().get(KEY)
    return value if isinstance(value, str) and shipped(value) else None


def save_language(profile: Profile, code: str | None) -> None:
    if code is not None and not shipped(code):
        raise ServiceError(
            msg(
                "The app is not translated into {code!r}; it ships in {languages}.",
                code=code,
                languages=", ".join(SHIPPED),
            )
        )
    data = profile.settings()
    if code is None:
        data.pop(KEY, None)
    else:
        data[KEY] = code
    profile.save_settings(data)
