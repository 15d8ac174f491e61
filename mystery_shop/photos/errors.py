"""The one exception of the photo pipeline."""

from __future__ import annotations


class PhotoRefused(Exception):
    """A file that cannot be used as a photo; the message is one line meant for a person."""

    @property
    def reason(self) -> str:
        return str(self)
