"""A supervisor's library of saved review comments, kept in the profile's settings."""

from __future__ import annotations

from .workspace import Workspace

KEY = "review_comment_library"


def saved_comments(ws: Workspace) -> list[str]:
    items = ws.profile.settings().get(KEY, [])
    return [x for x in items if isinstance(x, str)] if isinstance(items, list) else []


def save_comment(ws: Workspace, text: str) -> list[str]:
    """Add ``text`` to the library (once; case and spacing as typed); returns the library."""
    text = text.strip()
    items = saved_comments(ws)
    if text and text not in items:
        items.append(text)
        _store(ws, items)
    return items


def remove_comment(ws: Workspace, text: str) -> list[str]:
    items = [x for x in saved_comments(ws) if x != text]
    _store(ws, items)
    return items


def _store(ws: Workspace, items: list[str]) -> None:
    settings = ws.profile.settings()
    settings[KEY] = items
    ws.profile.save_settings(settings)
