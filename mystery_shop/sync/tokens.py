"""Where the sync token lives: the OS keyring, or a 0600 file in the profile where there is none.

Never in the database: a copied database does not carry the right to sync.
``MYSTERY_SHOP_TOKEN_STORE=file`` forces the file (tests, headless machines).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

SERVICE = "mystery-shop sync"
ENV = "MYSTERY_SHOP_TOKEN_STORE"
FILE_NAME = "sync-token.json"


class TokenStore:
    """The token of one profile (``folder``), keyed by server and user."""

    def __init__(self, folder: Path, *, use_keyring: bool | None = None) -> None:
        self.folder = Path(folder)
        self.use_keyring = _keyring_usable() if use_keyring is None else use_keyring

    def _key(self, server: str, username: str) -> str:
        return f"{self.folder.resolve()}|{server}|{username}"

    @property
    def file(self) -> Path:
        return self.folder / FILE_NAME

    def save(self, server: str, username: str, token: str) -> str:
        """Store ``token``; returns where it went ("keyring" or the file's path)."""
        if self.use_keyring:
            try:
                import keyring

                keyring.set_password(SERVICE, self._key(server, username), token)
                return "keyring"
            except Exception as e:  # a keyring that exists but refuses (locked, no D-Bus): fall back
                log.warning("the keyring refused the token (%s); using a private file", e)
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.file.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"server": server, "username": username, "token": token}, fh)
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.file)
        return str(self.file)

    def load(self, server: str, username: str) -> str | None:
        if self.use_keyring:
            try:
                import keyring

                token = keyring.get_password(SERVICE, self._key(server, username))
                if token:
                    return token
            except Exception as e:
                log.warning("cannot read the keyring (%s)", e)
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if data.get("server") == server and data.get("username") == username:
            return str(data.get("token") or "") or None
        return None

    def forget(self, server: str, username: str) -> None:
        if self.use_keyring:
            with contextlib.suppress(Exception):
                import keyring

                keyring.delete_password(SERVICE, self._key(server, username))
        self.file.unlink(missing_ok=True)


def _keyring_usable() -> bool:
    choice = os.environ.get(ENV, "").lower()
    if choice in ("file", "keyring"):
        return choice == "keyring"
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return False
        chained = getattr(backend, "backends", None)
        return chained is None or bool(chained)
    except Exception:
        return False
