"""UI tests (a package: tests/services has a test_review.py too)."""
