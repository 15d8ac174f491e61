"""The sync screens' own style rules, filled from the theme's colours (light or dark) like app.qss."""

from __future__ import annotations

from string import Template

from ..theme import colours

STATE_COLOURS = {
    "ok": "#15803d",
    "syncing": "#2563eb",
    "idle": "#6b7280",
    "local": "#9ca3af",
    "offline": "#d97706",
    "error": "#dc2626",
}

_QSS = Template(
    """
#syncHeading { font-size: 14pt; font-weight: 600; color: ${text}; }
#syncError { background: #fdecec; color: #991b1b; border: 1px solid #f5c2c2; border-radius: 6px; padding: 8px 10px; }
#syncProgress { border: none; background: ${accent_soft}; border-radius: 2px; }
#syncProgress::chunk { background: ${accent}; border-radius: 2px; }
#syncStatus QLabel { color: ${text}; }
#syncStatus QLabel#syncClock { color: #b45309; font-weight: 600; }
#syncStatus QPushButton { border: none; background: transparent; color: ${accent}; padding: 0 4px; }
#syncStatus QPushButton:disabled { color: ${muted}; }
#syncStatus QPushButton#syncIssues { color: #dc2626; font-weight: 600; }
#refusalList { background: ${panel}; border: none; border-right: 1px solid ${border}; }
#refusalList::item { padding: 0; border-bottom: 1px solid ${border}; }
#refusalList::item:selected { background: ${accent_soft}; color: ${text}; }
#refusalDetail { background: ${window}; }
#refusalTitle { font-size: 13pt; font-weight: 600; color: ${text}; }
#refusalContext { color: ${muted}; }
#refusalBadge { color: white; border-radius: 9px; padding: 2px 9px; font-weight: 600; background: #dc2626; }
#refusalBadge[status="conflict"] { background: #d97706; }
#refusalReason { background: ${card}; border: 1px solid ${border}; border-left: 4px solid #dc2626;
                 border-radius: 6px; padding: 8px 10px; color: ${text}; }
#refusalReason[status="conflict"] { border-left-color: #d97706; }
#refusalAdvice { background: ${accent_soft}; border-radius: 6px; padding: 8px 10px; color: ${text}; }
#refusalFields { background: ${card}; border: 1px solid ${border}; border-radius: 6px; }
#refusalFields::item { padding: 4px 6px; }
#refusalEmpty { color: ${muted}; font-size: 12pt; }
#sectionLabel { color: ${muted}; font-weight: 600; }
"""
)


def sync_style(dark: bool | None = None) -> str:
    return _QSS.substitute(colours(dark))


def dot_style(state: str) -> str:
    colour = STATE_COLOURS.get(state, STATE_COLOURS["idle"])
    return (
        f"background: {colour}; border-radius: 5px;"
        " min-width: 10px; max-width: 10px; min-height: 10px; max-height: 10px;"
    )
