"""A mistyped name is answered with the valid ones, the close match first."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mystery_shop.domain.choices import SHOWN, close_matches, unknown


def test_the_close_match_comes_first_and_is_offered() -> None:
    line = unknown("touchpoint", "greting", ["entrance", "greeting", "checkout"])
    assert line == "No touchpoint 'greting'. Did you mean 'greeting'? Known: 'greeting', 'entrance', 'checkout'."


def test_a_name_that_holds_what_was_typed_is_close() -> None:
    line = unknown("client", "acme", ["Bank of Łódź", "Acme Retail", "Zed"])
    assert line == "No client 'acme'. Did you mean 'Acme Retail'? Known: 'Acme Retail', 'Bank of Łódź', 'Zed'."


def test_nothing_alike_lists_the_valid_ones_without_a_guess() -> None:
    line = unknown("location", "Nowhere", ["High Street", "Mall"], owner="Acme")
    assert line == "Acme has no location 'Nowhere'. Known: 'High Street', 'Mall'."
    assert unknown("form", "x", []) == "No form 'x'. There is none yet."


def test_a_long_list_is_cut() -> None:
    names = [f"store {i:03}" for i in range(40)]
    line = unknown("location", "store 017", names[:17] + names[18:])
    assert line.endswith(f" and {40 - 1 - SHOWN} more.")
    assert line.count("'store") == 1 + 1 + SHOWN  # typed, the guess, the list


@given(st.text(max_size=12), st.lists(st.text(min_size=1, max_size=12), max_size=20))
def test_every_valid_name_is_listed_once_and_the_guess_is_one_of_them(typed: str, valid: list[str]) -> None:
    close = close_matches(typed, valid)
    assert set(close) <= set(valid) and len(close) == len(set(close))
    line = unknown("thing", typed, valid)
    if 0 < len(set(valid)) <= SHOWN:
        assert all(repr(n) in line for n in valid)
    if close:
        assert f"Did you mean {close[0]!r}?" in line
