"""The rules a signing key's passphrase keeps: long enough to resist guessing, typed the same twice."""

from __future__ import annotations

from .messages import Message, msg

MIN_LENGTH = 12


def passphrase_problem(passphrase: str, again: str, *, firm_name: str = "") -> Message | None:
    """Why ``passphrase`` cannot protect the firm's signing key; None when it can."""
    if len(passphrase) < MIN_LENGTH:
        return msg("The passphrase needs at least {n} characters: a few words make a good one.", n=MIN_LENGTH)
    if firm_name and passphrase.strip().casefold() == firm_name.strip().casefold():
        return msg("The passphrase cannot be the firm's name: anyone who reads a report knows it.")
    if passphrase.strip() == "" or len(set(passphrase)) < 4:
        return msg("The passphrase is too easy to guess: use a few different words.")
    if passphrase != again:
        return msg("The two passphrases differ.")
    return None
