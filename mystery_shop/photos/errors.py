"""The one exception of the photo pipeline."""

from __future__ import annotations

from mystery_shop.domain.messages import message_of


class PhotoRefused(Exception):
    """A file that cannot be used as a photo; the message is one line meant for a person, a Message (msg())."""

    @property
    def reason(self) -> str:
        return message_of(self)
