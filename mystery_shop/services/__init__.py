"""Use cases: what a screen or a command does, each in one short transaction, returning plain rows."""
