"""The visits behind each figure are exactly the ones it was computed from."""

from __future__ import annotations

from test_figures import facts

from mystery_shop.domain.drill import Figure, Kind, visits_behind
from mystery_shop.domain.figures import period_figures


def visits():
    return [
        facts("a", "North", "2026-01-05", greeted="yes", rude="no", wait=30, sat=5, eff=6, rec=10, fixed="yes"),
        facts("b", "North", "2026-01-20", greeted="no", rude="yes", wait=90, sat=2, rec=3, fixed="no"),
        facts("c", "South", "2026-02-02", greeted="yes", rude="no", wait=45, sat=4, eff=2, fixed="yes"),
        facts("d", "South", "2026-02-10", greeted="no", rude="no", wait=10),
    ]


def test_counts_match_the_figures() -> None:
    f = period_figures(visits())
    assert len(visits_behind(f, Figure(Kind.TOTAL))) == f.totals.count
    for loc, s in f.by_location.items():
        assert len(visits_behind(f, Figure(Kind.LOCATION, loc))) == s.count
    for month, s in f.by_month.items():
        assert len(visits_behind(f, Figure(Kind.MONTH, month))) == s.count
    for sid, s in f.by_section.items():
        assert len(visits_behind(f, Figure(Kind.SECTION, sid))) == s.count
    for key, s in f.heat_map.items():
        assert len(visits_behind(f, Figure(Kind.CELL, key))) == s.count
    for stage, s in f.by_stage.items():
        assert len(visits_behind(f, Figure(Kind.STAGE, stage.value))) == s.count
    for kind in (Kind.CSAT, Kind.NPS, Kind.CES):
        assert len(visits_behind(f, Figure(kind))) == f.rating_counts[kind.value]
    for r in f.most_failed:
        assert len(visits_behind(f, Figure(Kind.FAILED, r.question))) == r.hits


def test_lists_are_in_date_order_and_name_the_visits() -> None:
    f = period_figures(visits())
    assert visits_behind(f, Figure(Kind.LOCATION, "South")) == ["c", "d"]
    assert visits_behind(f, Figure(Kind.FAILED, "greeted")) == ["b", "d"]
    assert visits_behind(f, Figure(Kind.CES)) == ["a", "c"]
