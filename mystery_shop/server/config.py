"""The server's settings: from arguments, or from the environment for worker processes."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

ENV_DB = "MYSTERY_SHOP_SERVER_DB"
ENV_DATA = "MYSTERY_SHOP_SERVER_DATA"
ENV_PREFIX = "MYSTERY_SHOP_SERVER_"
MiB = 1 << 20
_INTS = (
    "max_request_bytes",
    "max_blob_bytes",
    "min_free_bytes",
    "page_limit",
    "push_slots",
    "smtp_port",
    "upload_quota_bytes",
)
_TEXTS = ("smtp_host", "smtp_from", "smtp_user", "smtp_security", "public_url", "blobs_url")
SMTP_PASSWORD = ENV_PREFIX + "SMTP_PASSWORD"  # never an argument: it would show in the process list


@dataclass(frozen=True)
class ServerConfig:
    data_dir: Path  # blobs live here; the SQLite database too unless db_url says otherwise
    db_url: str = ""
    token_ttl: dt.timedelta = dt.timedelta(days=30)
    max_request_bytes: int = 16 * MiB  # JSON bodies; 413 above
    max_blob_bytes: int = 64 * MiB  # one photo original; 413 above
    min_free_bytes: int = 64 * MiB  # uploads are refused (507) rather than filling the disk
    upload_quota_bytes: int = 2048 * MiB  # per user, of uploads no record names yet (507 above; collected in a day)
    body_idle_s: float = 20.0  # a request body that stops arriving this long is refused (408)
    page_limit: int = 1000  # the most changes one pull page returns
    push_slots: int = 4  # pushes applied at once per worker process (benchmarks/sync.py: more only queue)
    portal_poll_s: float = 5.0  # how often each worker brings the portal's index up to date and sends mail
    # Publish notices (optional): a link to the portal, never the report's data. No host: no mail.
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"  # starttls | ssl | none
    smtp_user: str = ""
    smtp_password: str = field(default="", repr=False)
    smtp_from: str = ""
    public_url: str = ""  # the portal's address as clients reach it, e.g. https://reports.example.com
    blobs_url: str = ""  # s3://BUCKET/PREFIX: photos in object storage (s3blobs.py); "": the folder under data_dir

    @property
    def mail(self) -> bool:
        return bool(self.smtp_host and self.smtp_from and self.public_url)

    @property
    def url(self) -> str:
        return self.db_url or f"sqlite:///{self.data_dir / 'server.db'}"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    @classmethod
    def from_env(cls) -> ServerConfig:
        """For ``uvicorn --workers``: each worker process builds the app from these variables."""
        data = os.environ.get(ENV_DATA)
        if not data:
            raise RuntimeError(f"{ENV_DATA} is not set")
        limits = {k: int(os.environ[ENV_PREFIX + k.upper()]) for k in _INTS if ENV_PREFIX + k.upper() in os.environ}
        texts = {k: os.environ[ENV_PREFIX + k.upper()] for k in _TEXTS if ENV_PREFIX + k.upper() in os.environ}
        extra: dict[str, object] = {}
        ttl = os.environ.get(ENV_PREFIX + "TOKEN_TTL_S")
        if ttl:
            extra["token_ttl"] = dt.timedelta(seconds=float(ttl))
        for name in ("portal_poll_s", "body_idle_s"):
            value = os.environ.get(ENV_PREFIX + name.upper())
            if value:
                extra[name] = float(value)
        password = os.environ.get(SMTP_PASSWORD, "")
        return cls(Path(data), os.environ.get(ENV_DB, ""), **limits, **texts, smtp_password=password, **extra)  # type: ignore[arg-type]

    def to_env(self) -> dict[str, str]:
        env = {ENV_DATA: str(self.data_dir), ENV_DB: self.db_url}
        env |= {ENV_PREFIX + k.upper(): str(getattr(self, k)) for k in _INTS}
        env |= {ENV_PREFIX + k.upper(): str(getattr(self, k)) for k in _TEXTS}
        env[ENV_PREFIX + "TOKEN_TTL_S"] = str(self.token_ttl.total_seconds())
        env[ENV_PREFIX + "PORTAL_POLL_S"] = str(self.portal_poll_s)
        env[ENV_PREFIX + "BODY_IDLE_S"] = str(self.body_idle_s)
        if self.smtp_password:
            env[SMTP_PASSWORD] = self.smtp_password
        return env

    def with_(self, **changes: object) -> ServerConfig:
        return replace(self, **changes)  # type: ignore[arg-type]


# The zone of a location that names none (imported without a ``time_zone``): set with ``server time-zone``,
# kept in the data folder beside the branding, so every command and worker of this server reads the same one.
ZONE_FILE = "time_zone"
DEFAULT_ZONE = "UTC"


def default_zone(data_dir: Path) -> str:
    try:
        name = (data_dir / ZONE_FILE).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return DEFAULT_ZONE
    return name or DEFAULT_ZONE


def set_default_zone(data_dir: Path, name: str) -> None:
    """Keep ``name`` (an IANA zone, checked by the caller) as the server's default zone."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / ZONE_FILE).write_text(name + "\n", encoding="utf-8")
