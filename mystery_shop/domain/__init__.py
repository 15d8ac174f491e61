"""The rules of mystery-shop: forms, answers, scoring, figures, the workflow.

Standard library only: no Qt, no SQL, no I/O. Every other layer calls these.
"""
