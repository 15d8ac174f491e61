"""The app versions the firm's server announces: is there a newer one, and which one to install (issue 28).

Read only when a server is known (the profile is signed in): no server, no check. A quiet check: one
short request, no retries; a server that does not answer, or an older one without the list, means
"nothing to say", never an error for the person.
"""

from __future__ import annotations

import logging
import sys

import httpx

from mystery_shop import __version__
from mystery_shop.domain.versions import is_newer

from .client_http import USER_AGENT, tls
from .protocol import API, RELEASES, ReleaseOut, ReleasesResponse

log = logging.getLogger(__name__)


def this_platform() -> str:
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def read_releases(http: httpx.Client) -> list[ReleaseOut]:
    """The announced versions for this platform, newest first, through a client whose base is the API."""
    r = http.get(RELEASES, params={"platform": this_platform()})
    r.raise_for_status()
    return ReleasesResponse.model_validate(r.json()).releases


def check_for_update(server: str, *, current: str = __version__, timeout: float = 5.0) -> ReleaseOut | None:
    """The newest announced version newer than ``current``, or None (none, or the server did not say)."""
    try:
        with httpx.Client(base_url=server.rstrip("/") + API, timeout=timeout, verify=tls(),
                          headers={"User-Agent": USER_AGENT}) as http:  # fmt: skip
            releases = read_releases(http)
    except (httpx.HTTPError, ValueError) as e:
        log.info("no update check with %s: %s", server, e)
        return None
    return next((r for r in releases if is_newer(r.version, current)), None)
