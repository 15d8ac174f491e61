"""Dialogs of the main window: new visit, catalog management."""
