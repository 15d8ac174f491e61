"""A laptop that cannot reach the server before it is reimaged loses nothing (issue 28).

Alice's work waits unsent; ``profile backup`` writes it to one file; ``profile restore`` puts it on a fresh
profile (another laptop); she signs in there and the server gets every answer, photo and signature.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from server.harness import FAST_RETRY, PASSWORD, Firm, LiveServer, today

from mystery_shop.cli import main
from mystery_shop.services.photos import add_files
from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace
from mystery_shop.sync.account import login
from mystery_shop.sync.engine import SyncEngine
from mystery_shop.sync.tokens import FILE_NAME, TokenStore
from support.images import SIGNATURE, upright


def test_a_backup_restored_on_another_laptop_sends_its_unsynced_visit(  # type: ignore[no-untyped-def]
    firm: Firm, live: LiveServer, laptop, tmp_path: Path, capsys
) -> None:
    alice = laptop("alice")
    assert alice.sync().exit_code == 0
    visit_id = alice.ws.create_visit("shop", firm.location_id, today())
    ed = alice.ws.open_visit(visit_id)
    ed.set_answer("greeted", "yes")
    ed.set_answer("wait", 20)
    ed.set_answer("mood", 3)
    ed.set_comment("wait", "slow till")
    picture = tmp_path / "door.jpg"
    upright().save(picture)
    assert add_files(ed, "greeting", [picture])[0].status == "added"
    sha = ed.photos()[0].sha256
    ed.sign(SIGNATURE, "Alice")
    ed.submit()
    alice.close()
    alice.profile.save_settings({**alice.profile.settings(), "language": "pl"})

    backup = tmp_path / "carried" / "alice.msbackup"
    assert main(["profile", "backup", "--out", str(backup), "--profile", str(alice.profile.root)]) == 0
    said = capsys.readouterr().out
    assert "1 photos" in said and "changes not yet sent" in said
    with zipfile.ZipFile(backup) as z:
        names = set(z.namelist())
        manifest = json.loads(z.read("manifest.json"))
    assert {"mystery-shop.db", "settings.json", f"blobs/{sha[:2]}/{sha[2:]}"} <= names
    assert FILE_NAME not in names and not any(n.startswith(("logs/", "blobs/cache/")) for n in names)
    assert manifest["format"] == "mystery-shop profile backup" and manifest["waiting"] > 0

    # The other laptop: an empty folder. The restore puts the profile there; its sign-in sends the work.
    fresh = Profile(tmp_path / "new-laptop" / "profile")
    assert main(["profile", "restore", str(backup), "--profile", str(fresh.root)]) == 0
    assert f"{manifest['waiting']} changes waiting to be sent" in capsys.readouterr().out
    assert fresh.settings()["language"] == "pl"
    tokens = TokenStore(fresh.root, use_keyring=False)
    assert tokens.load(live.url, "alice") is None  # the right to sync did not travel
    login(fresh.database, live.url, "alice", PASSWORD, device="alice-new", tokens=tokens, retry=FAST_RETRY)
    report = SyncEngine(fresh.database, fresh.blobs, tokens=tokens, retry=FAST_RETRY).sync_once()
    assert report.exit_code == 0, [i.line() for i in report.issues]
    assert report.blobs_up == 1 and report.waiting == 0 and report.check == "ok"

    sue = laptop("sue")
    assert sue.sync().exit_code == 0
    got = sue.ws.open_visit(visit_id)
    assert got.header.status.value == "submitted"
    assert got.answers.values == {"greeted": "yes", "wait": 20, "mood": 3}
    assert got.comments == {"wait": "slow till"}
    assert [p.sha256 for p in got.photos()] == [sha] and sue.ws.blobs.has(sha)
    assert got.signature_png() == SIGNATURE


def test_restore_refuses_a_profile_there_without_replace_and_keeps_it_with(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    a = Workspace.open(Profile(tmp_path / "a"), log_to_file=False)
    a.add_client("Acme")
    a.close()
    b = Workspace.open(Profile(tmp_path / "b"), log_to_file=False)
    b.add_client("Globex")
    b.close()
    backup = tmp_path / "a.msbackup"
    assert main(["profile", "backup", "--out", str(backup), "--profile", str(tmp_path / "a")]) == 0

    assert main(["profile", "restore", str(backup), "--profile", str(tmp_path / "b")]) == 1
    assert "already holds a profile" in capsys.readouterr().err
    assert main(["profile", "restore", str(backup), "--profile", str(tmp_path / "b"), "--replace"]) == 0
    assert f"kept in {tmp_path / 'b.before-restore'}" in capsys.readouterr().out
    for folder, name in (("b", "Acme"), ("b.before-restore", "Globex")):
        ws = Workspace.open(Profile(tmp_path / folder), log_to_file=False)
        assert [c.name for c in ws.clients()] == [name]
        ws.close()

    junk = tmp_path / "junk.zip"
    with zipfile.ZipFile(junk, "w") as z:
        z.writestr("hello.txt", "hi")
    assert main(["profile", "restore", str(junk), "--profile", str(tmp_path / "c")]) == 1
    assert "is not a mystery-shop profile backup" in capsys.readouterr().err
    assert not (tmp_path / "c").exists() or not any((tmp_path / "c").iterdir())
