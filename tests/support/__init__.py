"""Helpers shared by the test modules (on the path via pytest's pythonpath)."""
