"""The form designer (Forms menu): build and edit audit forms without writing YAML."""

from .window import FormDesigner

__all__ = ["FormDesigner"]
