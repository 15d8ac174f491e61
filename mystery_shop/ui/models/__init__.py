"""Qt item models for the app's lists and tables."""
