"""The PySide6 desktop app: windows, item models, widgets, background workers."""
