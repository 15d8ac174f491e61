"""``verify``: is a signed report intact, whole, and signed by whom the client trusts?"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from .common import CliError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "verify",
        help="check the signature of a PDF report",
        description="Print who signed the PDF, when, whether the signature covers the whole file, whether "
        "it is intact and whether the signer is trusted (by the certificate --trust names; otherwise not "
        "checked). Exit 0 only when the signature is intact and covers the whole file; 1 when it does not "
        "(a changed byte, something added after signing, a truncated file, no signature, not a PDF); "
        "2 when nothing could be checked (no such file, an unreadable file, an unusable --trust certificate).",
    )
    p.add_argument("file", type=Path, metavar="FILE.pdf")
    p.add_argument("--trust", type=Path, metavar="CERT", help="the signer's certificate (.crt, PEM or DER) to trust")
    p.set_defaults(func=cmd_verify)


def cmd_verify(args: argparse.Namespace) -> int:
    from mystery_shop.reports.verification import TrustFileError, verify_pdf

    try:
        result = verify_pdf(args.file, trust=args.trust)
    except TrustFileError as e:
        raise CliError(str(e), code=2) from None
    if not result.readable:
        raise CliError(f"{args.file}: {'; '.join(result.reasons)}", code=2)

    def yes_no(value: bool | None, none: str = "—") -> str:
        return none if value is None else ("yes" if value else "no")

    rows = [("file", str(args.file))]
    if result.signed:
        signer = result.signer or "—"
        if result.signer_subject and result.signer_subject != f"CN={result.signer}":  # show O, C… too
            signer += f"  ({result.signer_subject})"
        rows += [
            ("signed by", signer),
            ("signed at", f"{_when(result.signing_time)}  (the signer's clock)"),
            (
                "timestamp",
                f"{_when(result.timestamp_time)}  (by {result.timestamp_authority})"
                if result.timestamp_time
                else "none",
            ),
            ("signature", result.level or "—"),
        ]
        if result.signatures > 1:
            rows.append(("signatures", f"{result.signatures} (the last one is shown)"))
    else:
        rows.append(("signed by", "no signature"))
    rows += [
        ("whole file", yes_no(result.covers_whole_file)),
        ("intact", yes_no(result.intact)),
        ("trusted", yes_no(result.trusted, none="not checked") if result.signed else "—"),
        ("result", "OK" if result.ok else "FAILED"),
    ]
    width = max(len(label) for label, _ in rows) + 2
    for label, value in rows:
        print(f"{label + ':':<{width}}{value}")
    for reason in result.reasons:
        print(f"  - {reason}")
    return 0 if result.ok else 1


def _when(value: dt.datetime | None) -> str:
    if value is None:
        return "unknown"
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC)
    return value.strftime("%Y-%m-%d %H:%M:%S UTC")
