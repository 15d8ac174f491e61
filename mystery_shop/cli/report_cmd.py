"""``report``: a visit's PDF report, or a client's period report, optionally signed."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
from pathlib import Path

from mystery_shop.domain.languages import SHIPPED
from mystery_shop.reports.data import PAGE_SIZES, Audience
from mystery_shop.services.report_settings import load_report_settings
from mystery_shop.services.report_signing import Signing, load_signing
from mystery_shop.services.reports import ReportResult, period_report, visit_report
from mystery_shop.services.rows import ServiceError

from .common import CliError
from .profile_opts import add_profile_option, profile_from, workspace_from


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "report",
        help="write a visit's PDF report, or a client's period report (--period)",
        description="Write a PDF report. `report VISIT_ID --out FILE.pdf` reports one visit (an id or a unique "
        "prefix of at least 6 characters); `report --period --client NAME --from DATE --to DATE --out FILE.pdf` "
        "reports a client's approved and published visits over a period. With --sign the report is signed "
        "(PAdES) with the firm's PKCS#12 key; its passphrase comes from the variable --passphrase-env names, "
        "else from a prompt. The firm's name, logo, paper size and timestamp server come from the profile's "
        "settings. Exit 0 when the file is written, 1 when it cannot be (unknown visit or client, unreadable key, "
        "wrong passphrase), 2 for a usage error.",
    )
    p.add_argument("visit", nargs="?", metavar="VISIT_ID", help="the visit to report (not with --period)")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="where to write the report")
    p.add_argument("--period", action="store_true", help="a period report of one client instead of a visit report")
    p.add_argument("--client", metavar="NAME", help="the client (with --period)")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day of the period (with --period)")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day of the period (with --period)")
    p.add_argument("--page-size", choices=PAGE_SIZES, help="paper size (default: the profile's setting, else a4)")
    p.add_argument(
        "--audience",
        choices=[a.value for a in Audience],
        default=Audience.CLIENT.value,
        help="client (default): findings, the auditor's comments and final scores; internal: also the "
        "supervisor's notes, who overrode what and the evidence checks. Only a signed client copy is published",
    )
    p.add_argument(
        "--language",
        choices=list(SHIPPED),
        help="the report's language (default: the client's, set in Report settings, else en)",
    )
    add_signing_options(p)
    add_profile_option(p)
    p.set_defaults(func=cmd_report)


def add_signing_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--sign", type=Path, metavar="P12", help="sign with this PKCS#12 key file (.p12/.pfx)")
    p.add_argument("--passphrase-env", metavar="VAR", help="read the key's passphrase from this variable")


def _date(text: str | None, flag: str) -> dt.date:
    if not text:
        raise CliError(f"--period needs {flag} YYYY-MM-DD", code=2)
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{flag} {text!r} is not a date as YYYY-MM-DD", code=2) from None


def _check_usage(args: argparse.Namespace) -> None:
    if args.period:
        if args.visit:
            raise CliError("give a visit id or --period, not both", code=2)
        if not args.client:
            raise CliError("--period needs --client NAME", code=2)
        if args.audience != Audience.CLIENT.value:
            raise CliError("--audience is for a visit report: a period report has no internal content", code=2)
    else:
        if not args.visit:
            raise CliError("give the visit to report (VISIT_ID), or --period --client NAME --from D --to D", code=2)
        for flag, value in (("--client", args.client), ("--from", args.start), ("--to", args.end)):
            if value:
                raise CliError(f"{flag} goes with --period", code=2)
    check_pdf_out(args.out)


def check_pdf_out(out: Path) -> None:
    if out.suffix.lower() != ".pdf":
        raise CliError(f"--out {out}: the report is a PDF; give a file name ending in .pdf", code=2)
    if out.is_dir():
        raise CliError(f"--out {out} is a folder; give a file name", code=2)
    if not out.parent.is_dir():
        raise CliError(f"--out {out}: the folder {out.parent} does not exist")


def read_passphrase(env_var: str | None) -> bytes | None:
    """From the variable ``env_var`` names, else asked for (an empty answer: a key without passphrase)."""
    if env_var:
        value = os.environ.get(env_var)
        if value is None:
            raise CliError(f"the environment variable {env_var} is not set", code=2)
        return value.encode("utf-8") or None
    try:
        value = getpass.getpass("passphrase for the signing key: ")
    except EOFError:
        raise CliError("no passphrase given (use --passphrase-env VAR when there is no terminal)", code=2) from None
    return value.encode("utf-8") or None


def signing_from(args: argparse.Namespace) -> Signing | None:
    """The key of ``--sign``, opened (its passphrase read) before any work is done."""
    if args.passphrase_env and not args.sign:
        raise CliError("--passphrase-env goes with --sign P12", code=2)
    if not args.sign:
        return None
    settings = load_report_settings(profile_from(args))
    passphrase = read_passphrase(args.passphrase_env)
    try:
        return load_signing(args.sign, passphrase, timestamp_url=settings.timestamp_url)
    except ServiceError as e:  # said by the CLI's one error boundary (cli.main), with what failed
        raise ServiceError(f"cannot sign: {e}") from None


def cmd_report(args: argparse.Namespace) -> int:
    _check_usage(args)
    start = end = None
    if args.period:
        start, end = _date(args.start, "--from"), _date(args.end, "--to")
        if end < start:
            raise CliError(f"the period ends ({end}) before it starts ({start})", code=2)
    profile_from(args)  # a path that is not a profile is said before any work
    sign = signing_from(args)  # before the work: a wrong passphrase is said at once
    with workspace_from(args) as ws:
        if args.period:
            assert start is not None
            assert end is not None
            result = period_report(
                ws, args.client, start, end, args.out, page_size=args.page_size, sign=sign, language=args.language
            )
        else:
            visit_id = ws.resolve_visit_id(args.visit)
            result = visit_report(
                ws, visit_id, args.out, page_size=args.page_size, sign=sign, audience=Audience(args.audience),
                language=args.language,
            )  # fmt: skip
    print(summary(result))
    return 0


def summary(r: ReportResult) -> str:
    size = f"{r.size / 1_000_000:.1f} MB" if r.size >= 1_000_000 else f"{max(1, round(r.size / 1000))} kB"
    signed = ", signed" if r.signed else ""
    return f"wrote {r.path} ({r.pages} page{'s' if r.pages != 1 else ''}, {size}{signed}; report {r.report_id})"
