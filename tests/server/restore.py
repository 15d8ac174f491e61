"""Taking a server's database (and blob folder) back in time the way an administrator would by hand.

SQLite: the file copied back over the live one (``cp`` keeps its inode, so only the SEQ mark can tell);
PostgreSQL: ``pg_dump`` restored with ``pg_restore`` into the database dropped and made again. The blob
folder is copied back too, so photos sent after the backup are gone from the server as well.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

from server.harness import LiveServer


def snapshot(server: LiveServer, out: Path) -> Path:
    out.mkdir(parents=True)
    url = server.config.url
    if url.startswith("sqlite"):
        src = sqlite3.connect(url.split("///", 1)[1])
        dst = sqlite3.connect(out / "server.db")
        with dst:
            src.backup(dst)
        src.close()
        dst.close()
    else:
        subprocess.run(["pg_dump", "-Fc", "-f", str(out / "server.dump"), "-d", url], check=True)
    if server.config.blob_dir.exists():
        shutil.copytree(server.config.blob_dir, out / "blobs")
    return out


def restore(server: LiveServer, snap: Path) -> None:
    """Stop the server, put the database and the blobs back as they were in ``snap``, start it again."""
    server.stop()
    server.db.dispose()
    url = server.config.url
    if url.startswith("sqlite"):
        path = Path(url.split("///", 1)[1])
        for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            extra.unlink(missing_ok=True)
        shutil.copyfile(snap / "server.db", path)  # over the old file: same inode
    else:
        import psycopg

        admin, name = url.rsplit("/", 1)
        with psycopg.connect(admin + "/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        subprocess.run(["pg_restore", "--no-owner", "-d", url, str(snap / "server.dump")], check=True)
    shutil.rmtree(server.config.blob_dir, ignore_errors=True)
    if (snap / "blobs").exists():
        shutil.copytree(snap / "blobs", server.config.blob_dir)
    server.start()
