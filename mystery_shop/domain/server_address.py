"""The sync server's address as a person types it: ``127.0.0.1:8760`` or ``sync.example.com``.

Without a scheme, the one the person means: ``http://`` for this computer and for private-network addresses
(a server on the laptop or in the office has no certificate), ``https://`` for anything else.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


def default_scheme(host: str) -> str:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return "http"
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return "https"  # a name: the firm's server on the internet
    return "http" if ip.is_loopback or ip.is_private or ip.is_link_local else "https"


def with_scheme(text: str) -> str:
    """``text`` with the scheme it means, without a trailing slash (as typed when it has one)."""
    url = text.strip()
    if "://" not in url:
        host = urlsplit("//" + url).hostname or ""
        url = f"{default_scheme(host)}://{url}"
    return url.rstrip("/")
