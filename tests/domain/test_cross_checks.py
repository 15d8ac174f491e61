"""Checks across visits (issue 32): each fires on visits made to trip it and stays silent on the near miss."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from mystery_shop.domain.checks import CheckCode
from mystery_shop.domain.cross_checks import CheckSettings, VisitRecord, cross_visit_checks

DAY = dt.date(2026, 3, 2)
T0 = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)


def visit(i: int, **kw) -> VisitRecord:  # type: ignore[no-untyped-def]
    base = {"client_id": "c", "location_id": f"loc{i}", "auditor_id": f"a{i}", "form_id": "f", "day": DAY}
    return VisitRecord(id=f"v{i}", **{**base, **kw})


def codes(found, visit_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.code.value for c in found.get(visit_id, [])]


def test_a_comment_reused_word_for_word_after_case_and_spaces() -> None:
    a = visit(1, comments={"greeted": "The staff   member was friendly"})
    b = visit(2, comments={"tidy": "the staff member was\nFRIENDLY "})
    c = visit(3, comments={"greeted": "The staff member was friendly!"})  # near miss: one character
    found = cross_visit_checks([a, b, c])
    assert codes(found, "v1") == ["comment-reused"] and found["v1"][0].question == "greeted"
    assert codes(found, "v2") == ["comment-reused"] and found["v2"][0].question == "tidy"
    assert "v3" not in found


def test_a_short_comment_may_repeat() -> None:
    found = cross_visit_checks([visit(1, comments={"q": "all good"}), visit(2, comments={"q": "All good"})])
    assert found == {}


def test_a_photo_in_two_visits() -> None:
    a, b, c = "a" * 64, "b" * 64, "c" * 64
    found = cross_visit_checks(
        [visit(1, photos=frozenset({a})), visit(2, photos=frozenset({a, b})), visit(3, photos=frozenset({c}))]
    )
    assert codes(found, "v1") == codes(found, "v2") == ["photo-reused"] and "v3" not in found


def _series(n: int, vary_last: bool) -> list[VisitRecord]:
    out = []
    for i in range(n):
        answers = {"greeted": "yes", "mood": 5}
        if vary_last and i == n - 1:
            answers = {"greeted": "yes", "mood": 4}
        out.append(visit(i, auditor_id="ann", location_id=f"l{i}", day=DAY + dt.timedelta(days=i * 200),
                         scored_answers=answers))  # fmt: skip
    return out


def test_straight_lining_over_the_last_n_visits() -> None:
    found = cross_visit_checks(_series(5, vary_last=False))
    assert sorted(found) == [f"v{i}" for i in range(5)]
    assert all(codes(found, v) == ["straight-lining"] for v in found)
    assert cross_visit_checks(_series(5, vary_last=True)) == {}  # one answer differs
    assert cross_visit_checks(_series(4, vary_last=False)) == {}  # not enough visits to say
    # the window is the last N: an old varied visit does not hide it
    older = visit(99, auditor_id="ann", location_id="old", day=DAY - dt.timedelta(days=400),
                  scored_answers={"greeted": "no", "mood": 1})  # fmt: skip
    assert "v99" not in cross_visit_checks([older, *_series(5, vary_last=False)])
    assert len(cross_visit_checks([older, *_series(5, vary_last=False)])) == 5


@given(gap=st.integers(0, 400), lockout=st.integers(1, 365))
def test_a_repeat_visit_within_the_clients_lockout(gap: int, lockout: int) -> None:
    a = visit(1, auditor_id="ann", location_id="shop", day=DAY)
    b = visit(2, auditor_id="ann", location_id="shop", day=DAY + dt.timedelta(days=gap))
    found = cross_visit_checks([b, a], {"c": CheckSettings(lockout_days=lockout)})
    assert codes(found, "v2") == (["repeat-visit"] if gap < lockout else [])
    assert "v1" not in found  # the earlier visit is not the repeat


def test_another_auditor_or_location_is_no_repeat() -> None:
    a = visit(1, auditor_id="ann", location_id="shop")
    assert cross_visit_checks([a, visit(2, auditor_id="bob", location_id="shop")]) == {}
    assert cross_visit_checks([a, visit(3, auditor_id="ann", location_id="other")]) == {}


@given(words=st.integers(1, 2000), seconds=st.integers(0, 3600), wpm=st.integers(50, 800))
def test_too_fast_to_have_read_the_questions(words: int, seconds: int, wpm: int) -> None:
    v = visit(1, started_at=T0, finished_at=T0 + dt.timedelta(seconds=seconds), reading_words=words)
    found = cross_visit_checks([v], {"c": CheckSettings(reading_words_per_minute=wpm)})
    assert codes(found, "v1") == (["too-fast"] if seconds * wpm < words * 60 else [])


def _peers(totals_by_auditor: dict[str, list[float]]) -> list[VisitRecord]:
    out, i = [], 0
    for auditor, totals in totals_by_auditor.items():
        for t in totals:
            out.append(visit(i, auditor_id=auditor, location_id=f"l{i}", total=t))
            i += 1
    return out


def test_an_auditor_two_sd_from_the_peers() -> None:
    peers = {"bob": [70.0, 80.0, 70.0, 80.0, 75.0], "cy": [72.0, 78.0, 75.0, 70.0, 80.0]}
    # peers' totals: mean 75, sd sqrt(16.8) = 4.10; 2 SD = 8.20
    high = _peers({**peers, "ann": [83.5] * 5})  # 8.5 above: fires
    near = _peers({**peers, "ann": [83.0] * 5})  # 8.0 above: silent
    found = cross_visit_checks(high)
    flagged = {v.id for v in high if v.auditor_id == "ann"}
    assert {k for k, cs in found.items() if "auditor-outlier" in [c.code.value for c in cs]} == flagged
    assert cross_visit_checks(near) == {}


@given(st.lists(st.floats(0, 100), min_size=5, max_size=12), st.floats(0, 100))
def test_the_outlier_check_agrees_with_the_textbook(peer_totals: list[float], mine: float) -> None:
    import statistics

    visits = _peers({"peer": peer_totals, "ann": [mine] * 5})
    sd = statistics.pstdev(peer_totals)
    mean = statistics.fmean(peer_totals)
    fired = any(c.code is CheckCode.AUDITOR_OUTLIER for cs in cross_visit_checks(visits).values() for c in cs)
    distance = abs(mine - mean)
    if sd > 1e-6 and abs(distance - 2 * sd) > 1e-6:  # away from the float boundary
        assert fired == (distance >= 2 * sd)


def test_too_few_visits_say_nothing_about_an_auditor() -> None:
    assert cross_visit_checks(_peers({"bob": [70.0, 80.0, 70.0, 80.0, 75.0], "ann": [100.0] * 4})) == {}


def test_settings_round_trip_and_ignore_nonsense() -> None:
    s = CheckSettings(lockout_days=30, outlier_sd=2.5)
    assert CheckSettings.from_json(s.to_json()) == s
    assert CheckSettings.from_json({"lockout_days": "x", "outlier_sd": -1, "other": 3}) == CheckSettings()
    assert CheckSettings.from_json(None) == CheckSettings()
