"""``keys create``: a self-signed certificate for signing reports, for firms without a CA-issued one."""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

from .common import CliError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    keys = sub.add_parser("keys", help="make the firm's key for signing reports").add_subparsers(
        dest="keys_command", metavar="ACTION", required=True
    )
    p = keys.add_parser(
        "create",
        help="create a self-signed signing certificate (PKCS#12) and its .crt for clients",
        description="Create an RSA key and a self-signed certificate fit for signing documents "
        "(key usage: digital signature, non-repudiation; valid about 3 years) in a PKCS#12 file "
        "protected by a passphrase, and write the certificate beside it as NAME.crt for clients to trust. "
        "The passphrase is asked for twice, or read from the environment variable --passphrase-env names; "
        "never from a file. Exit 2 for a usage problem (no passphrase), 1 when nothing could be written.",
    )
    p.add_argument("--name", required=True, help='the firm\'s name, as signatures will show it ("Firm name")')
    p.add_argument("--out", required=True, type=Path, metavar="FILE.p12", help="where the key goes")
    p.add_argument("--passphrase-env", metavar="VAR", help="read the passphrase from this variable (default: ask)")
    p.add_argument("--force", action="store_true", help="replace FILE.p12 and FILE.crt if they exist")
    p.set_defaults(func=cmd_keys_create)


def read_passphrase(env_var: str | None, *, confirm: bool) -> bytes:
    """The passphrase from the variable ``env_var`` names, else from a prompt (twice when ``confirm``)."""
    if env_var:
        value = os.environ.get(env_var)
        if not value:
            raise CliError(f"the environment variable {env_var} is empty or not set", code=2)
        return value.encode("utf-8")
    value = getpass.getpass("passphrase for the key: ")
    if not value:
        raise CliError("the passphrase is empty: a signing key must be protected by one", code=2)
    if confirm and getpass.getpass("the same passphrase again: ") != value:
        raise CliError("the two passphrases differ; nothing was written", code=2)
    return value.encode("utf-8")


def cmd_keys_create(args: argparse.Namespace) -> int:
    from mystery_shop.reports.keys import KeyCreationError, certificate_path_for, create_signing_key

    out: Path = args.out
    if not args.force:  # before asking for a passphrase that would be wasted
        for path in (out, certificate_path_for(out)):
            if path.exists():
                raise CliError(f"{path} exists already; choose another name or give --force to replace it")
    passphrase = read_passphrase(args.passphrase_env, confirm=True)
    try:
        key = create_signing_key(args.name, out, passphrase, force=args.force)
    except KeyCreationError as e:
        raise CliError(str(e)) from None
    fmt = "%Y-%m-%d %H:%M UTC"
    print(f"key:          {key.p12_path}  (keep it private; it signs as {args.name.strip()})")
    print(f"certificate:  {key.crt_path}  (give it to clients, to trust in their PDF reader or verify --trust)")
    print(f"subject:      {key.subject}")
    print(f"fingerprint:  SHA-256 {key.fingerprint_sha256}")
    print(f"valid:        {key.not_before.strftime(fmt)} to {key.not_after.strftime(fmt)}")
    return 0
