"""``serve`` and ``server …``: run the sync server, and administer its accounts and catalog."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import sys
from pathlib import Path

from . import releases_cmd
from .common import CliError, print_json, table
from .server_ops_cmd import register as register_ops
from .server_opts import add_store_options, admin_call, server_config, server_database

ROLES = ("auditor", "supervisor", "admin", "client")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "serve",
        help="run the sync server",
        description="Run the sync server (SQLite and photo blobs under --data unless --db names a PostgreSQL).",
    )
    add_store_options(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default loopback)")
    p.add_argument("--port", type=int, default=8750)
    p.add_argument("--workers", type=int, default=1, help="worker processes (they share nothing but the database)")
    p.add_argument("--push-slots", type=int, default=4, help="pushes applied at once per worker (others queue)")
    p.add_argument("--max-request-mb", type=float, default=16, help="largest JSON request body")
    p.add_argument("--max-photo-mb", type=float, default=64, help="largest photo upload")
    p.add_argument("--token-days", type=float, default=30, help="how long a sign-in lasts")
    mail = p.add_argument_group("publish notices by e-mail (the client portal); the password comes from "
                                "MYSTERY_SHOP_SERVER_SMTP_PASSWORD")  # fmt: skip
    mail.add_argument(
        "--public-url", default="", help="the portal's address for clients, e.g. https://reports.example.com"
    )
    mail.add_argument("--smtp-host", default="", help="mail server (no host: no mail)")
    mail.add_argument("--smtp-port", type=int, default=587)
    mail.add_argument("--smtp-security", choices=("starttls", "ssl", "none"), default="starttls")
    mail.add_argument("--smtp-user", default="", help="sign in to the mail server as this user")
    mail.add_argument("--smtp-from", default="", help="the notices' sender address")
    p.set_defaults(func=cmd_serve)

    server = sub.add_parser("server", help="administer the sync server: users, devices, clients, locations, forms")
    add_store_options(server)
    ssub = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    releases_cmd.register(ssub)

    users = ssub.add_parser("users", help="add, list, disable users").add_subparsers(
        dest="users_command", metavar="ACTION", required=True
    )
    p = users.add_parser("add", help="add a user")
    p.add_argument("name", help="username")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--client", metavar="NAME", help="the client a supervisor or client user belongs to")
    p.add_argument("--display-name", default="", help="the name shown in the app (default the username)")
    p.add_argument("--password-env", metavar="VAR", required=True, help="environment variable holding the password")
    p.add_argument("--email", metavar="ADDRESS", help="where the portal's publish notices go (client users)")
    p.add_argument(
        "--locations",
        metavar='"A;B"',
        help="a client user's locations (a store or regional manager); default the whole client",
    )
    p.set_defaults(func=cmd_users_add)
    p = users.add_parser("locations", help="set which locations a client user sees, or --clear for the whole client")
    p.add_argument("name")
    p.add_argument("locations", nargs="?", metavar='"A;B"', help="location names separated by ;")
    p.add_argument("--clear", action="store_true", help="the whole client (head office)")
    p.set_defaults(func=cmd_users_locations)
    p = users.add_parser("email", help="set or clear where a user's publish notices go")
    p.add_argument("name")
    p.add_argument("address", nargs="?", help="the e-mail address; leave it out with --clear")
    p.add_argument("--clear", action="store_true", help="no more notices by e-mail")
    p.set_defaults(func=cmd_users_email)
    p = users.add_parser("language", help="set or clear the language of a user's portal pages and notices")
    p.add_argument("name")
    p.add_argument("code", nargs="?", help="en, pl, de, fr or es; leave it out with --clear")
    p.add_argument("--clear", action="store_true", help="the browser's language (notices: English)")
    p.set_defaults(func=cmd_users_language)
    p = users.add_parser("list", help="list users")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_users_list)
    p = users.add_parser("disable", help="disable a user and sign out all their devices")
    p.add_argument("name")
    p.add_argument("--enable", action="store_true", help="enable the user again instead")
    p.set_defaults(func=cmd_users_disable)

    devices = ssub.add_parser("devices", help="sign out devices").add_subparsers(
        dest="devices_command", metavar="ACTION", required=True
    )
    p = devices.add_parser("revoke", help="sign out one device of a user (all with --all)")
    p.add_argument("user")
    p.add_argument("device", nargs="?", help="the device name it signed in with")
    p.add_argument("--all", action="store_true", help="every device of the user")
    p.set_defaults(func=cmd_devices_revoke)

    clients = ssub.add_parser("clients", help="add clients").add_subparsers(
        dest="clients_command", metavar="ACTION", required=True
    )
    p = clients.add_parser("add", help="add a client")
    p.add_argument("name")
    p.set_defaults(func=cmd_clients_add)
    p = clients.add_parser("logo", help="the client's logo in the portal and its period reports (PNG or JPEG)")
    p.add_argument("name")
    p.add_argument("file", nargs="?", type=Path, help="the logo; leave it out with --remove")
    p.add_argument("--remove", action="store_true")
    p.set_defaults(func=cmd_clients_logo)

    p = ssub.add_parser("branding", help="the firm's name and logo in the client portal")
    p.add_argument("--firm-name", help="the name clients see")
    p.add_argument("--firm-logo", type=Path, metavar="FILE", help="PNG or JPEG")
    p.add_argument("--no-firm-logo", action="store_true", help="remove the logo")
    p.set_defaults(func=cmd_branding)

    p = ssub.add_parser(
        "time-zone",
        help="the server's default time zone: the zone of an imported location that names none",
        description="Without ZONE, print it (UTC until set).",
    )
    p.add_argument("zone", nargs="?", metavar="ZONE", help="an IANA zone name, e.g. Europe/Warsaw")
    p.set_defaults(func=cmd_time_zone)

    p = ssub.add_parser("portal", help="the client portal's index of published visits").add_subparsers(
        dest="portal_command", metavar="ACTION", required=True
    )
    q = p.add_parser("reindex", help="build the index again from the records (after a restore, say)")
    q.set_defaults(func=cmd_portal_reindex)

    locations = ssub.add_parser("locations", help="import locations").add_subparsers(
        dest="locations_command", metavar="ACTION", required=True
    )
    p = locations.add_parser(
        "import",
        help="import locations from CSV",
        description="Columns: client, name, address, latitude, longitude, time_zone (an IANA name such as "
        "Europe/Warsaw; a row without one takes the server's default zone, see `server time-zone`). Bad rows are "
        "reported by line (exit 1); the good rows are kept.",
    )
    p.add_argument("file", metavar="FILE.csv", type=Path)
    p.set_defaults(func=cmd_locations_import)

    forms = ssub.add_parser("forms", help="publish forms").add_subparsers(
        dest="forms_command", metavar="ACTION", required=True
    )
    p = forms.add_parser("publish", help="publish a form version to every laptop")
    p.add_argument("form", metavar="FORM.yaml", type=Path)
    p.set_defaults(func=cmd_forms_publish)

    register_ops(ssub)  # backup, restore, check


# ------------------------------------------------------------ serve


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from mystery_shop.server.config import SMTP_PASSWORD
    from mystery_shop.server.db import Database
    from mystery_shop.server.main import create_app

    config = server_config(args).with_(
        max_request_bytes=int(args.max_request_mb * (1 << 20)),
        push_slots=max(1, args.push_slots),
        max_blob_bytes=int(args.max_photo_mb * (1 << 20)),
        token_ttl=dt.timedelta(days=args.token_days),
        public_url=args.public_url.rstrip("/"),
        smtp_host=args.smtp_host,
        smtp_port=args.smtp_port,
        smtp_security=args.smtp_security,
        smtp_user=args.smtp_user,
        smtp_password=os.environ.get(SMTP_PASSWORD, ""),
        smtp_from=args.smtp_from,
    )
    if args.smtp_host and not (args.smtp_from and args.public_url):
        raise CliError("publish notices need --smtp-from and --public-url as well as --smtp-host")
    config.data_dir.mkdir(parents=True, exist_ok=True)
    _access_log_to_stderr()
    try:
        db = Database(config.url)
        db.migrate()  # once, before the workers start
        if args.workers > 1:
            from mystery_shop.server.identity import at_start

            at_start(db, config.data_dir)  # has the history gone back? (docs/sync.md, "A restored server")
        db.dispose()
    except Exception as e:
        raise CliError(f"cannot open the server database: {e}") from None
    where = config.db_url.split("@")[-1] if config.db_url else str(config.url)
    print(f"mystery-shop server on http://{args.host}:{args.port} (database {where}; data {config.data_dir})")
    print(f"client portal: http://{args.host}:{args.port}/portal" + (f"; notices mailed via {args.smtp_host}"
                                                                     if config.mail else ""))  # fmt: skip
    from mystery_shop.server.tcp import NoDelayH11Protocol  # uvicorn's workers would leave Nagle on: +40 ms a reply

    if args.workers > 1:
        os.environ.update(config.to_env())
        _metrics_across_workers(config.data_dir / "metrics")
        uvicorn.run(
            "mystery_shop.server.main:create_app_from_env",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            access_log=False,
            http=NoDelayH11Protocol,
        )
    else:
        uvicorn.run(create_app(config), host=args.host, port=args.port, access_log=False, http=NoDelayH11Protocol)
    return 0


def _metrics_across_workers(folder: Path) -> None:
    """prometheus-client adds up the workers' counters from files here (server/metrics.py); emptied per start."""
    import shutil

    from mystery_shop.server.metrics import MULTIPROC_ENV

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    os.environ[MULTIPROC_ENV] = str(folder)


def _access_log_to_stderr() -> None:
    """One JSON line per request on stderr (``mystery_shop.server.access``), from every worker."""
    from mystery_shop.server.gate import log_access_to_stderr

    log_access_to_stderr()


# ------------------------------------------------------------ administration


def cmd_users_add(args: argparse.Namespace) -> int:
    from mystery_shop.domain.workflow import Role
    from mystery_shop.server import admin

    password = os.environ.get(args.password_env)
    if not password:
        raise CliError(f"the environment variable {args.password_env} is empty or not set")
    user_id = admin_call(
        admin.add_user, server_database(args), args.name, password, Role(args.role), client=args.client,
        display_name=args.display_name, email=args.email, locations=args.locations,
    )  # fmt: skip
    print(f"added {args.role} {args.name} ({user_id})")
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    from mystery_shop.server import admin

    rows = admin.list_users(server_database(args))
    if args.json:
        print_json([dataclasses.asdict(r) for r in rows])
        return 0
    body = [[r.username, r.display_name, r.role, r.client, r.locations, r.email, "disabled" if r.disabled else "",
             str(r.devices)] for r in rows]  # fmt: skip
    print(table(body, ["user", "name", "role", "client", "locations", "e-mail", "state", "devices"], "lllllllr"))
    return 0


def cmd_users_disable(args: argparse.Namespace) -> int:
    from mystery_shop.server import admin

    admin_call(admin.disable_user, server_database(args), args.name, disabled=not args.enable)
    print(f"{args.name}: {'enabled' if args.enable else 'disabled, and signed out everywhere'}")
    return 0


def cmd_devices_revoke(args: argparse.Namespace) -> int:
    from mystery_shop.server import admin

    if not args.device and not args.all:
        raise CliError("name the device to sign out, or give --all")
    n = admin_call(admin.revoke_devices, server_database(args), args.user, None if args.all else args.device)
    print(f"signed out {n} device{'s' if n != 1 else ''} of {args.user}")
    return 0


def cmd_clients_add(args: argparse.Namespace) -> int:
    from mystery_shop.server import admin

    cid = admin_call(admin.add_client, server_database(args), args.name)
    print(f"added client {args.name} ({cid})")
    return 0


def cmd_locations_import(args: argparse.Namespace) -> int:
    from mystery_shop.server import admin

    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise CliError(f"{args.file}: cannot read it ({e})") from None
    from mystery_shop.server.config import default_zone

    result = admin_call(admin.import_locations, server_database(args), text, default_zone(server_config(args).data_dir))
    for problem in result.problems:
        print(f"{args.file}: {problem}", file=sys.stderr)
    print(f"{result.added} added, {result.updated} updated, {len(result.problems)} refused")
    return 1 if result.problems else 0


def cmd_forms_publish(args: argparse.Namespace) -> int:
    from mystery_shop.formats import FormError, load_form
    from mystery_shop.server import admin

    if args.form.suffix.lower() in (".xlsx", ".xls", ".xlsm"):
        raise CliError(
            f"{args.form} is an XLSForm workbook: import it with `mystery-shop forms import {args.form} "
            f"-o {args.form.with_suffix('.yaml').name}` first, then publish the form file it writes"
        )
    try:
        form = load_form(args.form)
    except FormError as e:
        raise CliError(str(e)) from None
    except OSError as e:
        raise CliError(f"{args.form}: {e}") from None
    source = args.form.read_text(encoding="utf-8")
    new = admin_call(admin.publish_form, server_database(args), form.id, form.version, form.title, source)
    print(f"{'published' if new else 'already published'}: {form.id} version {form.version} ({form.title})")
    return 0


def cmd_users_email(args: argparse.Namespace) -> int:
    from mystery_shop.server import admin

    if bool(args.address) == bool(args.clear):
        raise CliError("give the address, or --clear")
    admin_call(admin.set_email, server_database(args), args.name, None if args.clear else args.address)
    print(f"{args.name}: " + ("no notices by e-mail" if args.clear else f"notices go to {args.address.strip()}"))
    return 0


def cmd_users_locations(args: argparse.Namespace) -> int:
    from mystery_shop.server import admin

    if bool(args.locations) == bool(args.clear):
        raise CliError('give the locations ("A;B"), or --clear for the whole client')
    admin_call(admin.set_locations, server_database(args), args.name, None if args.clear else args.locations)
    print(f"{args.name}: " + ("the whole client" if args.clear else f"the locations {args.locations.strip()}"))
    return 0


def cmd_users_language(args: argparse.Namespace) -> int:
    from mystery_shop.server import admin

    if bool(args.code) == bool(args.clear):
        raise CliError("give the language, or --clear")
    admin_call(admin.set_language, server_database(args), args.name, None if args.clear else args.code)
    print(f"{args.name}: " + ("the browser's language" if args.clear else f"the portal in {args.code.strip()}"))
    return 0


def cmd_clients_logo(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from mystery_shop.server.models import Record
    from mystery_shop.server.portal.branding import BrandingError, set_client_logo

    if bool(args.file) == bool(args.remove):
        raise CliError("give the logo file, or --remove")
    db = server_database(args)
    with db.read() as s:
        cid = s.scalar(
            select(Record.id).where(Record.kind == "client", Record.natural_key == args.name.strip().casefold())
        )
    if cid is None:
        raise CliError(f"no client called {args.name!r} (add it with: mystery-shop server clients add NAME)")
    try:
        set_client_logo(server_config(args).data_dir, cid, None if args.remove else args.file)
    except BrandingError as e:
        raise CliError(str(e)) from None
    print(f"{args.name}: " + ("logo removed" if args.remove else f"logo {args.file.name}"))
    return 0


def cmd_branding(args: argparse.Namespace) -> int:
    from mystery_shop.server.portal.branding import BrandingError, firm, set_firm

    data = server_config(args).data_dir
    if args.firm_name is not None or args.firm_logo or args.no_firm_logo:
        try:
            set_firm(data, name=args.firm_name, logo=args.firm_logo, remove_logo=args.no_firm_logo)
        except BrandingError as e:
            raise CliError(str(e)) from None
    brand = firm(data)
    print(f"firm name: {brand.name or '(none)'}; logo: {brand.logo.name if brand.logo else '(none: the app mark)'}")
    return 0


def cmd_time_zone(args: argparse.Namespace) -> int:
    from mystery_shop.domain.zones import zone_problem
    from mystery_shop.server.config import default_zone, set_default_zone

    data = server_config(args).data_dir
    if args.zone is not None:
        problem = zone_problem(args.zone.strip()) if args.zone.strip() else "give a zone name, e.g. Europe/Warsaw"
        if problem:
            raise CliError(str(problem))
        set_default_zone(data, args.zone.strip())
    print(f"default time zone: {default_zone(data)}")
    return 0


def cmd_portal_reindex(args: argparse.Namespace) -> int:
    from mystery_shop.server.portal.index import reindex

    done = reindex(server_database(args))
    print(f"the portal's index holds {done.visits} published visit{'s' if done.visits != 1 else ''}")
    return 0
