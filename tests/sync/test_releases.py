"""Releases the server announces (issue 28): ``server releases``, ``GET /releases``, and an app too old (426)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from server.harness import PASSWORD, Firm, LiveServer

from mystery_shop import __version__
from mystery_shop.cli import main
from mystery_shop.domain.versions import is_newer, version_key
from mystery_shop.sync import transport
from mystery_shop.sync.releases import check_for_update, this_platform

URL = "https://it.example.com/mystery-shop/"


def _server(live: LiveServer, *args: str) -> int:
    return main(["server", "--data", str(live.config.data_dir), "--db", live.config.url, *args])


def test_versions_compare_as_released() -> None:
    assert is_newer("1.10.0", "1.9.3") and is_newer("2.0.0", "2.0.0rc1") and is_newer("2.0.0rc2", "2.0.0b9")
    assert not is_newer("1.2", "1.2.0") and not is_newer("0.9", "1.0.0") and not is_newer("soon", "1.0.0")
    assert version_key("1.4.0+build7") == version_key("1.4")


def test_the_admin_announces_versions_and_the_app_reads_the_newest_for_its_platform(  # type: ignore[no-untyped-def]
    firm: Firm, live: LiveServer, capsys
) -> None:
    assert check_for_update(live.url) is None  # nothing announced
    other = "macos" if this_platform() != "macos" else "windows"
    assert _server(live, "releases", "add", "99.0.0", "--url", URL, "--notes", "Faster photo import") == 0
    assert _server(live, "releases", "add", "99.1.0", "--url", URL + "other", "--platform", other) == 0
    assert _server(live, "releases", "add", "0.0.1", "--url", URL + "old") == 0
    assert "announced version 99.0.0 (any)" in capsys.readouterr().out
    assert _server(live, "releases", "add", "99.0.0", "--url", URL) == 1
    assert "announced already" in capsys.readouterr().err
    assert _server(live, "releases", "add", "next", "--url", URL) == 1
    assert "is not a version" in capsys.readouterr().err
    assert _server(live, "releases", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["version"], r["platform"]) for r in listed] == [("99.1.0", other), ("99.0.0", "any"), ("0.0.1", "any")]

    found = check_for_update(live.url)
    assert found is not None and (found.version, found.url, found.notes) == ("99.0.0", URL, "Faster photo import")
    assert check_for_update(live.url, current="99.0.0") is None  # up to date
    assert _server(live, "releases", "remove", "99.0.0") == 0
    assert check_for_update(live.url) is None  # 0.0.1 is older than this app


def test_no_server_no_check(tmp_path: Path) -> None:
    assert check_for_update("http://127.0.0.1:9", timeout=0.5) is None  # nothing listens: nothing to say


def test_an_app_too_old_for_the_server_names_the_version_to_install(  # type: ignore[no-untyped-def]
    firm: Firm, live: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("MYSTERY_SHOP_TOKEN_STORE", "file")
    monkeypatch.setenv("PW", PASSWORD)
    monkeypatch.setattr(transport, "PROTOCOL", 0)  # this app speaks a protocol the server no longer takes
    login = ["login", "--server", live.url, "--user", "alice", "--password-env", "PW", "--profile", str(tmp_path / "p")]
    assert main(login) == 1
    err = capsys.readouterr().err
    assert f"this version ({__version__}) is too old for the server" in err and "ask for the newest version" in err

    assert _server(live, "releases", "add", "99.0.0", "--url", URL) == 0
    capsys.readouterr()
    assert main(login) == 1
    err = capsys.readouterr().err
    assert f"this version ({__version__}) is too old for the server: install version 99.0.0 or newer from {URL}" in err
