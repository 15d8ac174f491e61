"""The app versions the admin announces (``server releases add``) and the apps read (``GET /releases``).

The server only lists them: it never serves the installers (the URL is the firm's download page or file
share), and an app decides from the list whether it is behind (domain/versions.py).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from mystery_shop.domain.versions import is_version, version_key
from mystery_shop.sync.protocol import PLATFORMS, ReleaseOut

from .admin import AdminError
from .db import Database
from .models import Release


def add_release(db: Database, version: str, url: str, *, platform: str = "any", notes: str = "") -> ReleaseOut:
    version, url = version.strip(), url.strip()
    if not is_version(version):
        raise AdminError(f"{version!r} is not a version (write it as released, e.g. 1.4.0)")
    if platform not in PLATFORMS:
        raise AdminError(f"unknown platform {platform!r}: one of {', '.join(PLATFORMS)}")
    if not url.startswith(("https://", "http://")):
        raise AdminError(f"{url!r} is not a web address (https://…): the apps open it to download the version")
    try:
        with db.write() as s:
            s.add(Release(version=version, platform=platform, url=url, notes=notes.strip()))
    except IntegrityError:
        raise AdminError(f"version {version} for {platform} is announced already (remove it first)") from None
    return ReleaseOut(version=version, platform=platform, url=url, notes=notes.strip())


def remove_release(db: Database, version: str, *, platform: str = "any") -> None:
    with db.write() as s:
        found = s.scalar(select(Release).where(Release.version == version.strip(), Release.platform == platform))
        if found is None:
            raise AdminError(f"no version {version} for {platform} is announced")
        s.delete(found)


def releases(db: Database, platform: str | None = None) -> list[ReleaseOut]:
    """The announced versions, newest first; for ``platform``, its own and those for any platform."""
    with db.read() as s:
        q = select(Release)
        if platform:
            q = q.where(Release.platform.in_((platform, "any")))
        rows = [ReleaseOut(version=r.version, platform=r.platform, url=r.url, notes=r.notes) for r in s.scalars(q)]
    rows.sort(key=lambda r: (version_key(r.version), r.platform != "any"), reverse=True)
    return rows
