"""Health for a load balancer, Prometheus metrics for the administrator, a clear word without psycopg (issue 27)."""

from __future__ import annotations

import shutil
import sys
import uuid
from pathlib import Path

import pytest
from server.harness import PG_ADMIN, Firm, LiveServer

from mystery_shop.cli import main


def _take_database_away(live: LiveServer) -> object:
    """Make PostgreSQL's database unreachable under the running server; returns what puts it back."""
    url = live.config.url
    import psycopg

    name = url.rsplit("/", 1)[1]
    away = f"{name}_away"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
        conn.execute(f'ALTER DATABASE "{name}" RENAME TO "{away}"')

    def back() -> None:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'ALTER DATABASE "{away}" RENAME TO "{name}"')

    return back


def test_health_answers_503_while_the_database_or_the_blob_folder_fails(firm: Firm) -> None:
    live = firm.server
    with live.http() as c:
        assert c.get("/health").status_code == 200
        if not live.config.url.startswith("sqlite"):  # an embedded database cannot be stopped under its server
            back = _take_database_away(live)
            try:
                r = c.get("/health")
                assert r.status_code == 503 and "database" in r.json()["detail"], r.text
            finally:
                back()  # type: ignore[operator]
            assert c.get("/health").status_code == 200
        blobs = live.config.blob_dir
        shutil.rmtree(blobs, ignore_errors=True)
        blobs.write_text("a file where the blob folder should be")
        try:
            r = c.get("/health")
            assert r.status_code == 503 and "blob folder" in r.json()["detail"], r.text
        finally:
            blobs.unlink()
        assert c.get("/health").status_code == 200


def test_metrics_count_pushes_pulls_and_blobs_for_admins_and_local_readers_only(firm: Firm) -> None:
    live = firm.server
    token = live.token("alice")
    with live.http(token) as c:
        vid = str(uuid.uuid4())
        plan = {"op": str(uuid.uuid4()), "kind": "visit", "id": vid, "base_rev": 0,
                "data": {"form_id": "shop", "form_version": 1, "location_id": firm.location_id,
                         "scheduled_date": "2026-11-20"}}  # fmt: skip
        c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [plan]}).raise_for_status()
        c.get("/sync/changes", params={"since": 0}).raise_for_status()
        c.put("/blobs/" + "0" * 64, content=b"x", headers={"Content-Type": "application/octet-stream"})
    with live.http() as c:
        local = c.get(live.url + "/metrics")
        assert local.status_code == 200
        text = local.text
        assert "mystery_shop_push_seconds_count" in text and 'mystery_shop_push_results_total{status="applied"}' in text
        assert "mystery_shop_pull_pages_total" in text and 'mystery_shop_blob_bytes_total{direction="in"}' in text
        assert 'mystery_shop_portal_sign_ins_total{outcome="refused"}' in text
        assert 'mystery_shop_mail_queue{state="waiting"} 0.0' in text
        proxied = {"X-Forwarded-For": "203.0.113.9"}  # what Caddy adds: from outside, through the proxy
        assert c.get(live.url + "/metrics", headers=proxied).status_code == 403
        auditor = {**proxied, "Authorization": f"Bearer {token}"}
        assert c.get(live.url + "/metrics", headers=auditor).status_code == 403
        admin = {**proxied, "Authorization": f"Bearer {live.token('ada')}"}
        assert c.get(live.url + "/metrics", headers=admin).status_code == 200


def test_serve_on_postgresql_without_the_driver_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as in the desktop bundle: the import fails
    code = main(["serve", "--data", str(tmp_path), "--db", "postgresql://ms@db.example/ms"])
    err = capsys.readouterr().err
    assert code == 1 and "install the server package" in err and "ModuleNotFoundError" not in err
