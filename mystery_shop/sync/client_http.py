"""What every HTTP client of the app sends and trusts: its User-Agent and one TLS context per process.

Shared by ``transport`` (the sync) and ``releases`` (the quiet update check), which transport also uses.
"""

from __future__ import annotations

import functools
import ssl

import httpx

from mystery_shop import __version__

from .protocol import PROTOCOL

# The app's version (one place: the package metadata) travels with every request, for the server's logs.
USER_AGENT = f"mystery-shop/{__version__} (sync protocol {PROTOCOL})"


@functools.cache
def tls() -> ssl.SSLContext:
    """One TLS context per process: loading the CA bundle takes ~20 ms, more than a whole sync with nothing to do."""
    return httpx.create_ssl_context()
