"""What a hostile member of staff cannot learn: another client's record by a rename, a photo by its hash, whether a
hash is on the server; and uploads no record names are held to a quota and collected after a day."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import uuid

import httpx
from server.harness import Firm

from mystery_shop.server import blob_access
from mystery_shop.server.blobs import ServerBlobs
from mystery_shop.server.models import utcnow


def _push(c: httpx.Client, kind: str, rid: str, data: dict[str, object], base: int = 0) -> dict[str, object]:
    change = {"op": str(uuid.uuid4()), "kind": kind, "id": rid, "base_rev": base, "data": data}
    r = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [change]})
    r.raise_for_status()
    return dict(r.json()["results"][0])


def _draft(c: httpx.Client, firm: Firm, auditor: str) -> str:
    vid = str(uuid.uuid4())
    data = {"form_id": "shop", "form_version": 1, "location_id": firm.location_id, "auditor_id": firm.users[auditor],
            "scheduled_date": "2026-11-20"}  # fmt: skip
    assert _push(c, "visit", vid, data)["status"] == "applied"
    return vid


def _photo(c: httpx.Client, vid: str, sha: str) -> dict[str, object]:
    return _push(c, "photo", str(uuid.uuid4()), {"visit_id": vid, "section_id": "greeting", "sha256": sha})


def test_renaming_ones_client_to_anothers_name_shows_nothing_of_it(firm: Firm) -> None:
    live = firm.server
    with live.http(live.token("sue")) as sue:  # Acme's supervisor
        r = _push(sue, "client", firm.client_id, {"name": "Globex"}, base=1)
        assert (r["status"], r["code"]) == ("rejected", 409) and "already a client" in str(r["reason"])
        assert r["server"] is None and firm.other_client_id not in str(r), "not Globex's record, nor its id"
    with live.http(live.token("ada")) as ada:  # an admin may see both: the conflict carries the other record
        r = _push(ada, "client", firm.client_id, {"name": "Globex"}, base=1)
        assert r["status"] == "conflict" and r["server"]["id"] == firm.other_client_id  # type: ignore[index]


def test_a_photo_is_read_through_a_record_its_uploader_made_never_by_its_hash_alone(firm: Firm) -> None:
    live = firm.server
    secret = os.urandom(5000)
    sha = hashlib.sha256(secret).hexdigest()
    with live.http(live.token("alice")) as alice:
        assert alice.put(f"/blobs/{sha}", content=secret).status_code == 200
        mine = _draft(alice, firm, "alice")
        assert _photo(alice, mine, sha)["status"] == "applied"
        assert alice.get(f"/blobs/{sha}").content == secret
    with live.http(live.token("bob")) as bob:  # another auditor who learnt the hash
        assert bob.post("/blobs/missing", json={"sha256": [sha]}).json()["missing"] == [sha], "not told it exists"
        assert bob.get(f"/blobs/{sha}").status_code == 404
        his = _draft(bob, firm, "bob")
        named = _photo(bob, his, sha)
        assert (named["status"], named["code"]) == ("rejected", 404), "naming a hash is not holding the bytes"
        assert bob.get(f"/blobs/{sha}").status_code == 404
        unknown = hashlib.sha256(b"never uploaded").hexdigest()
        assert _photo(bob, his, unknown)["code"] == 404, "the same answer for a hash the server lacks"
        assert bob.put(f"/blobs/{sha}", content=b"not these bytes").status_code == 422, "nor a forged upload"
        assert bob.put(f"/blobs/{sha}", content=secret).json()["stored"] is False  # who holds the bytes may name them
        assert _photo(bob, his, sha)["status"] == "applied"
    with live.http(live.token("sue")) as sue:  # the supervisor sees alice's visit: its photo is readable
        assert sue.post("/blobs/missing", json={"sha256": [sha]}).json()["missing"] == []
        assert sue.get(f"/blobs/{sha}").content == secret


def test_uploads_no_record_names_have_a_quota_and_are_collected_after_a_day(firm: Firm) -> None:
    live = firm.server
    live.config = dataclasses.replace(live.config, upload_quota_bytes=10_000)
    live.restart()
    blobs = [os.urandom(4000) for _ in range(4)]
    shas = [hashlib.sha256(b).hexdigest() for b in blobs]
    with live.http(live.token("alice")) as alice:
        assert [alice.put(f"/blobs/{s}", content=b).status_code for s, b in zip(shas[:3], blobs, strict=False)] == [
            200, 200, 507]  # fmt: skip
        vid = _draft(alice, firm, "alice")
        assert _photo(alice, vid, shas[0])["status"] == "applied"  # named: no longer counted
        assert alice.put(f"/blobs/{shas[2]}", content=blobs[2]).status_code == 200
    with live.http(live.token("bob")) as bob:
        assert bob.put(f"/blobs/{shas[3]}", content=blobs[3]).status_code == 200, "a quota per user"
    store = ServerBlobs(live.config.blob_dir, max_bytes=1 << 20, min_free=0)
    now = utcnow()
    assert blob_access.collect(live.db, store, now) == 0, "nothing is a day old"
    assert blob_access.collect(live.db, store, now + dt.timedelta(hours=25)) == 3
    assert [store.has(s) for s in shas] == [True, False, False, False], "the named one stays"
    with live.http(live.token("alice")) as alice:
        assert alice.get(f"/blobs/{shas[0]}").status_code == 200
