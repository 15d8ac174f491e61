"""The record kinds' declaration (domain.kinds) and the catalogue's rules (domain.catalogue): pure checks."""

from __future__ import annotations

import pytest

from mystery_shop.domain.catalogue import client_key, coordinates_problem, language_problem, location_key
from mystery_shop.domain.kinds import KINDS


@pytest.mark.parametrize(
    ("kind", "data", "why"),
    [
        ("visit", {"scheduled_date": "not-a-date"}, "scheduled_date must be a date"),
        ("visit", {"scheduled_date": "2026-02-30"}, "scheduled_date must be a date"),
        ("visit", {"status": "draft"}, "status is written by the server"),
        ("visit", {"form_version": True}, "form_version must be a whole number"),
        ("visit", {"signature_png": "not base64!"}, "signature_png must be base64"),
        ("answer", {"value": 10**400}, "beyond 10**15"),
        ("answer", {"value": {"a": 1}}, "value must be a text, a number or a list"),
        ("answer", {"na": "yes"}, "na must be true or false"),
        ("photo", {"sha256": "ABC"}, "sha256 must be a SHA-256"),
        ("photo", {"taken_at": "yesterday"}, "taken_at must be an ISO date and time"),
        ("report", {"signer": "S" * 316}, "signer is longer than 300 characters"),
        ("transition", {"action": "explode"}, "action is one of"),
        ("score_override", {"points": "lots"}, "points must be a number of points"),
        ("client", {"colour": "red"}, "unknown client fields: colour"),
        ("client", {"name": "a\x00b"}, "NUL"),
    ],
)
def test_a_field_out_of_its_declaration_is_named(kind: str, data: dict[str, object], why: str) -> None:
    problems = KINDS[kind].field_problems(data)
    assert any(why in p for p in problems), problems


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        ("visit", {"scheduled_date": "2026-11-20", "due_date": None, "form_version": 3, "scenario": "x"}),
        ("answer", {"value": ["a", "b"], "na": False, "comment": ""}),
        ("answer", {"value": 4.5}),
        ("photo", {"sha256": "a" * 64, "taken_at": "2026-11-20T10:00:00+01:00", "latitude": -33.9, "longitude": 151}),
        ("score_override", {"points": "2.5"}),
        ("transition", {"action": "submit", "detail": "ready"}),
    ],
)
def test_a_field_within_its_declaration_passes(kind: str, data: dict[str, object]) -> None:
    assert KINDS[kind].field_problems(data) == []


def test_the_catalogue_rules_are_one_for_both_sides() -> None:
    assert client_key(" ACME ") == client_key("acme")
    assert location_key("c1", "High Street") == location_key("c1", "HIGH STREET ")
    assert coordinates_problem(50.0, None) and coordinates_problem(91, 0) and coordinates_problem(0, 181)
    assert coordinates_problem(True, 0)  # a flag is not a latitude
    assert coordinates_problem(None, None) is None and coordinates_problem(-90, 180) is None
    assert language_problem("tlh") and language_problem(None) is None and language_problem("de") is None
    assert KINDS["location"].record_problems({"name": "x", "latitude": 1.0, "longitude": None})
    assert KINDS["client"].record_problems({"name": "  "}) == ["A client needs a name."]
