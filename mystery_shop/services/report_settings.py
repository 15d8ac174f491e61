"""The report settings of a profile, kept under ``"reports"`` in its settings.json.

The firm's name and logo, the clients' logos, the paper size, the signing
certificate's path and a timestamp server. A client's report language is not
here: it is on the client (``Workspace.update_client``), so it syncs. Never the certificate's
passphrase: that comes from a prompt or an environment variable each time.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from mystery_shop.reports.data import PAGE_SIZES, PageSize

from .profile import Profile
from .rows import ServiceError

log = logging.getLogger(__name__)

KEY = "reports"
FORBIDDEN = ("passphrase", "password")  # refused on save, dropped on load


@dataclass(frozen=True)
class ReportSettings:
    firm_name: str = ""
    firm_logo: Path | None = None
    page_size: PageSize = "a4"
    certificate: Path | None = None  # the firm's PKCS#12 (.p12) file
    timestamp_url: str | None = None  # an RFC 3161 server: signatures become PAdES B-T
    client_logos: Mapping[str, Path] = field(default_factory=dict)  # client id -> logo file

    def client_logo(self, client_id: str) -> Path | None:
        return self.client_logos.get(client_id)


def load_report_settings(profile: Profile) -> ReportSettings:
    """The profile's report settings; anything unreadable falls back to its default (and is logged)."""
    raw = profile.settings().get(KEY)
    if not isinstance(raw, dict):
        return ReportSettings()
    size = raw.get("page_size", "a4")
    if size not in PAGE_SIZES:
        log.warning("settings.json: reports.page_size %r is not one of %s; using a4", size, ", ".join(PAGE_SIZES))
        size = "a4"
    logos = raw.get("client_logos")
    return ReportSettings(
        firm_name=_text(raw.get("firm_name")),
        firm_logo=_path(raw.get("firm_logo")),
        page_size=cast(PageSize, size),
        certificate=_path(raw.get("certificate")),
        timestamp_url=_text(raw.get("timestamp_url")) or None,
        client_logos={str(k): p for k, v in logos.items() if (p := _path(v)) is not None}
        if isinstance(logos, dict)
        else {},
    )


def save_report_settings(profile: Profile, settings: ReportSettings) -> ReportSettings:
    """Store ``settings`` (the other keys of settings.json are kept as they are)."""
    if settings.page_size not in PAGE_SIZES:
        raise ServiceError(f"The page size must be one of {', '.join(PAGE_SIZES)}, not {settings.page_size!r}.")
    url = settings.timestamp_url
    if url and not url.startswith(("http://", "https://")):
        raise ServiceError(f"The timestamp server must be an http:// or https:// address, not {url!r}.")
    data = profile.settings()
    data[KEY] = _to_json(settings)
    profile.save_settings(data)
    return settings


def update_report_settings(profile: Profile, **changes: Any) -> ReportSettings:
    """Change some report settings: ``update_report_settings(profile, firm_name="…")``."""
    bad = [k for k in changes if k.lower() in FORBIDDEN]
    if bad:
        raise ServiceError("The certificate's passphrase is never stored: it is asked for when signing.")
    current = load_report_settings(profile)
    try:
        new = replace(current, **changes)
    except TypeError as e:
        raise ServiceError(f"Unknown report setting: {e}") from None
    return save_report_settings(profile, new)


def set_client_logo(profile: Profile, client_id: str, logo: Path | None) -> ReportSettings:
    current = load_report_settings(profile)
    logos = dict(current.client_logos)
    if logo is None:
        logos.pop(client_id, None)
    else:
        logos[client_id] = Path(logo)
    return save_report_settings(profile, replace(current, client_logos=logos))


def _to_json(s: ReportSettings) -> dict[str, Any]:
    return {
        "firm_name": s.firm_name,
        "firm_logo": str(s.firm_logo) if s.firm_logo else None,
        "page_size": s.page_size,
        "certificate": str(s.certificate) if s.certificate else None,
        "timestamp_url": s.timestamp_url,
        "client_logos": {k: str(v) for k, v in s.client_logos.items()},
    }


def _text(v: object) -> str:
    return v.strip() if isinstance(v, str) else ""


def _path(v: object) -> Path | None:
    return Path(v).expanduser() if isinstance(v, str) and v.strip() else None
