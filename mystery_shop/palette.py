"""The app's colours, light and dark: the desktop's style sheet and the client portal's both fill them in.

Plain data (no Qt), so the server can use them too.
"""

from __future__ import annotations

LIGHT = {
    "window": "#f4f5f7",
    "panel": "#ffffff",
    "card": "#ffffff",
    "button": "#ffffff",
    "alt_row": "#f8f9fb",
    "text": "#1f2430",
    "muted": "#6b7280",
    "border": "#dde1e7",
    "accent": "#2f5bd3",
    "accent_soft": "#e3eafc",
    "danger": "#dc2626",
    "warn_bg": "#fff4e0",
    "warn_fg": "#7a4a00",
    "warn_border": "#f3d19c",
    "info_bg": "#eef2f7",
}
DARK = {
    "window": "#1b1e24",
    "panel": "#22262e",
    "card": "#272b34",
    "button": "#2e333d",
    "alt_row": "#2b3039",
    "text": "#e6e8ec",
    "muted": "#9aa3b2",
    "border": "#3a404c",
    "accent": "#6d8ff0",
    "accent_soft": "#2f3a57",
    "danger": "#f87171",
    "warn_bg": "#3d3120",
    "warn_fg": "#f5d49a",
    "warn_border": "#6b5526",
    "info_bg": "#2a303a",
}
