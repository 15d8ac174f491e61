"""Why a profile's database cannot be opened: refusals a person reads (the CLI and the app show them as they are)."""

from __future__ import annotations


class ProfileRefused(Exception):
    """The database is not one this version can open (a newer version's, not a profile); nothing was changed."""


class MigrationFailed(Exception):
    """A migration failed; the database was put back from the copy taken before it."""
