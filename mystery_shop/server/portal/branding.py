"""The firm's name and logo and each client's logo, for the portal's pages and the period report it makes.

Kept as files in the server's data folder (``branding/``), set by
``mystery-shop server branding`` and ``server clients logo``: PNG or JPEG, as
the reports take them.
"""

from __future__ import annotations

import io
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from mystery_shop.photos.decode import image_size
from mystery_shop.photos.errors import PhotoRefused

MAX_LOGO = 2 << 20
_KINDS = {b"\x89PNG\r\n\x1a\n": ("png", "image/png"), b"\xff\xd8\xff": ("jpg", "image/jpeg")}
_ID = re.compile(r"^[0-9A-Za-z-]{1,64}$")


class BrandingError(Exception):
    """A logo or name refused, with the reason, for the admin at the terminal."""


@dataclass(frozen=True, slots=True)
class FirmBrand:
    name: str
    logo: Path | None


def folder(data_dir: Path) -> Path:
    return Path(data_dir) / "branding"


def firm(data_dir: Path) -> FirmBrand:
    try:
        raw = json.loads((folder(data_dir) / "firm.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raw = {}
    name = str(raw.get("name") or "") if isinstance(raw, dict) else ""
    return FirmBrand(name, _logo(folder(data_dir), "firm"))


def client_logo(data_dir: Path, client_id: str) -> Path | None:
    return _logo(folder(data_dir), f"client-{client_id}") if _ID.match(client_id) else None


def media_type(path: Path) -> str:
    return "image/png" if path.suffix == ".png" else "image/jpeg"


def set_firm(data_dir: Path, *, name: str | None = None, logo: Path | None = None, remove_logo: bool = False) -> None:
    base = folder(data_dir)
    base.mkdir(parents=True, exist_ok=True)
    if name is not None:
        _write(base / "firm.json", json.dumps({"name": name.strip()}).encode())
    if logo is not None or remove_logo:
        _store(base, "firm", logo)


def set_client_logo(data_dir: Path, client_id: str, logo: Path | None) -> None:
    if not _ID.match(client_id):
        raise BrandingError(f"not a client id: {client_id!r}")
    base = folder(data_dir)
    base.mkdir(parents=True, exist_ok=True)
    _store(base, f"client-{client_id}", logo)


def _logo(base: Path, stem: str) -> Path | None:
    for ext in ("png", "jpg"):
        path = base / f"{stem}.{ext}"
        if path.is_file():
            return path
    return None


def _store(base: Path, stem: str, logo: Path | None) -> None:
    """Replace the logo ``stem`` with ``logo`` (None: remove it)."""
    data = b""
    ext = ""
    if logo is not None:
        try:
            data = Path(logo).read_bytes()
        except OSError as e:
            raise BrandingError(f"{logo}: cannot read it ({e.strerror or e})") from None
        if len(data) > MAX_LOGO:
            raise BrandingError(f"{logo}: a logo may be at most {MAX_LOGO >> 20} MB")
        ext = next((kind for magic, (kind, _) in _KINDS.items() if data.startswith(magic)), "")
        if not ext:
            raise BrandingError(f"{logo}: a logo is a PNG or a JPEG file")
        try:  # the period report decodes it: an absurd size is refused from the header, nothing decoded
            image_size(io.BytesIO(data))
        except PhotoRefused as e:
            raise BrandingError(f"{logo}: {e.reason}") from None
    for old in ("png", "jpg"):
        if old != ext:
            (base / f"{stem}.{old}").unlink(missing_ok=True)
    if data:
        _write(base / f"{stem}.{ext}", data)


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)
