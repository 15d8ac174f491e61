"""How this computer works: with the firm's sync server, or alone. Asked on a fresh profile's first start.

Until it is answered (or while it waits for a first sign-in to the server) the profile's user is nobody in
particular, so the supervisor's screens stay hidden: an auditor's new laptop never shows Supervise, the review
queue or the dashboard. A profile in use before the question existed (it has clients or visits) works alone,
as it did, unless it is signed in.
"""

from __future__ import annotations

from .sync_status import read_status
from .workspace import Workspace

ALONE, SERVER = "alone", "server"
KEY = "work_mode"


def work_mode(ws: Workspace) -> str | None:
    """``ALONE``, ``SERVER``, or None when the question is still to be asked."""
    mode = ws.profile.settings().get(KEY)
    if mode in (ALONE, SERVER):
        return str(mode)
    if read_status(ws).has_account:
        return SERVER
    if ws.clients(include_archived=True) or ws.visit_rows():
        return ALONE
    return None


def set_work_mode(ws: Workspace, mode: str) -> None:
    assert mode in (ALONE, SERVER), mode
    ws.profile.save_settings({**ws.profile.settings(), KEY: mode})


def may_act_as_local_supervisor(ws: Workspace) -> bool:
    """Whether the role this profile's user holds counts yet: answered "alone", or signed in to the server."""
    mode = work_mode(ws)
    return mode == ALONE or (mode == SERVER and read_status(ws).has_account)
