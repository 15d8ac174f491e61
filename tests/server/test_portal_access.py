"""Who sees what in the client portal: every page and download × every role × both clients × Acme's two locations.

A client user sees its own organisation's published reports and figures; a
store manager (a client user scoped to some locations) only its locations'; a
supervisor those of their client; an auditor their own published visits and
no figures; an admin everything. Another client's (or location's) report is a
404, never a 403 (it does not exist for you), and no page names another client
(or, to a store manager, another location).
"""

from __future__ import annotations

import pytest
from server.portal_support import STORE, Browser, Signed, World, add_store, signed_in

from mystery_shop.server.portal import branding
from support.images import upright

USERS = ["carl", "gina", "sue", "gus", "ada", "alice", "bob", "stan", "rita"]
# The client whose published visits each user may open (None: both).
CLIENT_OF = {"carl": "Acme", "gina": "Globex", "sue": "Acme", "gus": "Globex", "ada": None, "alice": "Acme",
             "bob": "Globex", "stan": "Acme", "rita": "Acme"}  # fmt: skip
STORE_OF = {"stan": "High Street", "rita": STORE}  # the store managers' one location each
FIGURES = {"carl", "gina", "sue", "gus", "ada", "stan", "rita"}  # the dashboard, the period report, the export
OTHER_NAMES = {"Acme": ("Globex", "Main Road"), "Globex": ("Acme", "High Street", STORE)}


def sees(user: str, client: str, store: str | None = None) -> bool:
    """May ``user`` open a visit of ``client`` at ``store`` (an Acme location's name)."""
    if user == "alice" and store == STORE:
        return True  # alice audits Riverside too
    return CLIENT_OF[user] in (None, client) and STORE_OF.get(user, store) == store


@pytest.fixture
def stores(world: World, signed: Signed) -> World:
    """The world with Acme's second location, its visits and its two store managers."""
    add_store(world, signed)
    return world


def test_every_page_and_download_by_role_and_client(stores: World, tmp_path) -> None:  # type: ignore[no-untyped-def]
    world = stores
    live, firm = world.live, world.firm
    clients = {"Acme": firm.client_id, "Globex": firm.other_client_id}
    logo = tmp_path / "logo.png"
    upright(120, 40).save(logo)
    for cid in clients.values():
        branding.set_client_logo(live.config.data_dir, cid, logo)
    unpublished = list(world.approved.values())
    for user in USERS:
        b = signed_in(live, user)
        try:
            listed = b.get("/portal/reports").text
            for client, cid in clients.items():
                where = f"{user} on {client}'s"
                for vid in world.visits[client]:
                    mine = sees(user, client, world.stores.get(vid))
                    assert (vid in listed) == mine, f"{where} list"
                    for path in (f"/portal/reports/{vid}", f"/portal/reports/{vid}/report.pdf"):
                        r = b.get(path)
                        assert r.status_code == (200 if mine else 404), f"{where} {path}"
                    if mine:
                        assert b.get(f"/portal/reports/{vid}/report.pdf").content == world.pdfs[vid]
                mine = CLIENT_OF[user] in (None, client)
                for path in ("/portal/dashboard", "/portal/dashboard/report.pdf", "/portal/dashboard/visits.csv",
                             "/portal/dashboard/visits.xlsx"):  # fmt: skip
                    r = b.get(path, params={"client": cid})
                    expected = 403 if user not in FIGURES else 200 if mine else 404
                    assert r.status_code == expected, f"{where} {path}: {r.status_code}"
                assert b.get(f"/portal/logo/client/{cid}").status_code == (200 if mine else 404), f"{where} logo"
                assert b.get("/portal/reports", params={"client": cid}).status_code == (200 if mine else 404), where
            for vid in unpublished:  # approved, not published: not in the portal for anyone
                assert vid not in listed
                assert b.get(f"/portal/reports/{vid}").status_code == 404, user
            assert b.get("/portal/account").status_code == 200
        finally:
            b.close()


@pytest.mark.parametrize("user", ["stan", "rita"])
def test_a_store_manager_sees_only_its_location(stores: World, user: str) -> None:
    """The list, the choices, the dashboard, its period report and its data: the manager's location only."""
    world = stores
    own = STORE_OF[user]
    other = STORE if own == "High Street" else "High Street"
    mine = [v for v in world.visits["Acme"] if world.stores[v] == own]
    theirs = [v for v in world.visits["Acme"] if world.stores[v] == other]
    assert mine and theirs
    b = signed_in(world.live, user)
    try:
        for path in ["/portal/reports", "/portal/reports?sort=location", "/portal/dashboard",
                     "/portal/dashboard?period=365", "/portal/dashboard/visits.csv", "/portal/account",
                     *[f"/portal/reports/{v}" for v in mine + theirs]]:  # fmt: skip
            r = b.get(path)
            assert other not in r.text, f"{user} sees {other!r} on {path}"
            for vid in theirs:
                assert vid not in r.text or path.endswith(vid), f"{user} sees the other location's visit on {path}"
        csv = b.get("/portal/dashboard/visits.csv", params={"period": "365"}).text
        assert all(v in csv for v in mine) and own in csv
        from io import BytesIO

        from pypdf import PdfReader

        pdf = b.get("/portal/dashboard/report.pdf", params={"period": "365"}).content
        text = " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
        assert own in text and other not in text
    finally:
        b.close()
    head_office = signed_in(world.live, "carl")  # the whole client: both locations
    try:
        csv = head_office.get("/portal/dashboard/visits.csv", params={"period": "365"}).text
        assert "High Street" in csv and STORE in csv
    finally:
        head_office.close()


@pytest.mark.parametrize("user", ["carl", "gina", "sue", "gus", "alice", "bob"])
def test_no_page_names_another_client(world: World, user: str) -> None:
    live, firm = world.live, world.firm
    own = CLIENT_OF[user]
    assert own is not None
    b = signed_in(live, user)
    try:
        mine = world.visits[own]
        theirs = world.visits["Globex" if own == "Acme" else "Acme"]
        pages = ["/portal/reports", "/portal/reports?q=e&sort=location", "/portal/account", "/portal/nowhere",
                 *[f"/portal/reports/{v}" for v in mine + theirs]]  # fmt: skip
        if user in FIGURES:
            pages += ["/portal/dashboard", "/portal/dashboard/visits.csv", "/portal/dashboard?period=365"]
        other_id = firm.other_client_id if own == "Acme" else firm.client_id
        pages += [f"/portal/reports?client={other_id}", f"/portal/dashboard?client={other_id}"]
        for path in pages:
            r = b.get(path)
            for name in OTHER_NAMES[own]:
                assert name not in r.text, f"{user} sees {name!r} on {path}"
            for vid in theirs:
                assert vid not in r.text or path.endswith(vid), f"{user} sees a foreign visit id on {path}"
        if user in FIGURES:
            from io import BytesIO

            from pypdf import PdfReader

            pdf = b.get("/portal/dashboard/report.pdf").content
            text = " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
            assert own in text and not any(name in text for name in OTHER_NAMES[own])
    finally:
        b.close()


def test_signed_out_every_page_asks_to_sign_in(world: World) -> None:
    b = Browser(world.live)
    vid = world.visits["Acme"][0]
    for path in ("/portal/reports", f"/portal/reports/{vid}", f"/portal/reports/{vid}/report.pdf", "/portal/dashboard",
                 "/portal/dashboard/report.pdf", "/portal/dashboard/visits.csv", "/portal/account",
                 f"/portal/logo/client/{world.firm.client_id}"):  # fmt: skip
        r = b.get(path)
        assert r.status_code == 303 and r.headers["location"].startswith("/portal/sign-in?"), path
        assert "Acme" not in r.text
    b.close()


# ------------------------------------------------------------ action plans (issue 31)

ACTION_READERS = {"carl", "gina", "sue", "gus", "ada", "stan", "rita"}  # auditors have no action plans


def _with_actions(world: World) -> dict[str, tuple[str, str | None]]:
    """Rules for both clients, and the published visits' actions opened: {action id: (client, Acme store)}."""
    import uuid

    from server.portal_support import op, push
    from sqlalchemy import select

    from mystery_shop.server.portal import action_store, index
    from mystery_shop.server.portal.models import PortalAction

    live, firm = world.live, world.firm
    with live.http(live.token("ada")) as ada:
        for cid in (firm.client_id, firm.other_client_id):
            push(ada, op("action_rule", str(uuid.uuid4()), {"client_id": cid, "form_id": "", "settings": {"zero": 1}}))
    ids = [v for vs in world.visits.values() for v in vs]
    index.catch_up(live.db)  # every publication indexed first
    with live.db.write() as s:
        action_store.open_for(s, ids)  # none when the portal's timer opened them first: opened once either way
    with live.db.read() as s:
        rows = s.execute(select(PortalAction.id, PortalAction.visit_id, PortalAction.client_id)).all()
    assert {cid for _, _, cid in rows} == {firm.client_id, firm.other_client_id}, "both clients' visits opened actions"
    client_name = {firm.client_id: "Acme", firm.other_client_id: "Globex"}
    return {aid: (client_name[cid], world.stores.get(vid)) for aid, vid, cid in rows}


def test_every_action_page_photo_and_download_by_role_client_and_location(stores: World) -> None:
    world = stores
    found = _with_actions(world)
    assert {c for c, _ in found.values()} == {"Acme", "Globex"}
    assert {st for c, st in found.values() if c == "Acme"} == {"High Street", STORE}
    live = world.live
    for user in USERS:
        b = signed_in(live, user)
        try:
            board = b.get("/portal/actions").text
            csv = b.get("/portal/actions/export.csv", params={"period": "all"}).text
            xlsx = b.get("/portal/actions/export.xlsx", params={"period": "all"})
            assert xlsx.status_code == 200
            for aid, (client, store) in found.items():
                mine = user in ACTION_READERS and sees(user, client, store)
                where = f"{user} on {client}/{store} {aid}"
                assert (aid in board) == mine, f"{where}: board"
                assert (aid in csv) == mine, f"{where}: export"
                page = b.get(f"/portal/actions/{aid}")
                assert page.status_code == (200 if mine else 404), f"{where}: page"
                photos = [p.split('"')[0] for p in page.text.split(f'src="/portal/actions/{aid}/photos/')[1:]]
                assert photos or not mine, f"{where}: the finding's photo"
                # Every photo of an action opens for those who see it, and for nobody else (another's path is a 404).
                for other in found:
                    for sha in photos:
                        r = b.get(f"/portal/actions/{other}/photos/{sha}")
                        seen = other == aid or (user in ACTION_READERS and sees(user, *found[other]))
                        assert r.status_code in ((200,) if other == aid else (200, 404) if seen else (404,)), where
                posted = b.http.post(f"/portal/actions/{aid}", data={"csrf": "x", "event": "started"})
                assert posted.status_code in (403, 404), f"{where}: a forged post"
            for client in ("Acme", "Globex"):
                if CLIENT_OF[user] not in (None, client):
                    assert client not in board and client not in csv, f"{user} sees {client} on the board"
        finally:
            b.close()
    out = Browser(live)
    aid = next(iter(found))
    for path in ("/portal/actions", f"/portal/actions/{aid}", "/portal/actions/export.csv",
                 f"/portal/actions/{aid}/photos/{'0' * 64}"):  # fmt: skip
        r = out.get(path)
        assert r.status_code == 303 and r.headers["location"].startswith("/portal/sign-in?"), path
    out.close()
