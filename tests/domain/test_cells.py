"""No text the product writes to a spreadsheet can be computed as a formula (OWASP's rule); numbers stay numbers."""

from __future__ import annotations

import pytest

from mystery_shop.domain.cells import formula_like, neutral

EVIL = ['=HYPERLINK("http://x.example/","click me")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
        "-", "=", "+-"]  # fmt: skip
PLAIN = ["Priya", "", " =not at the start", "a=b", "'=already", "Łukasz", "100%"]
NUMBERS = ["-3.5", "+2", "-0", "42", ".5", "-.5", 3, -3, -2.5, None, True]


@pytest.mark.parametrize("text", EVIL)
def test_a_formula_like_text_is_shown_as_text(text: str) -> None:
    assert formula_like(text)
    assert neutral(text) == "'" + text


@pytest.mark.parametrize("value", PLAIN + NUMBERS)
def test_texts_and_numbers_stay_as_they_are(value: object) -> None:
    assert not formula_like(value)
    assert neutral(value) == value
