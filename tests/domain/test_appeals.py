"""The appeal rules: the window, what may be appealed, one open appeal per question, the states, deciding."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mystery_shop.domain import appeals as ap
from mystery_shop.domain.appeals import Category, Event, Filing, Outcome, State

PUBLISHED = dt.datetime(2026, 11, 2, 9, 30, tzinfo=dt.UTC)


def filing(days_later: float, window: int | None = None, open_questions: tuple[str, ...] = ()) -> Filing:
    return Filing(PUBLISHED, window, PUBLISHED + dt.timedelta(days=days_later), open_questions)


def file(f: Filing, qid: str = "greeted", earned: Fraction | None = Fraction(0), **kw: object) -> str | None:
    args = {"category": Category.AUDITOR_WRONG.value, "argument": "She did greet: see the till receipt.", **kw}
    return ap.filing_problem(f, qid, earned, Fraction(2), args["category"], args["argument"],
                             int(args.get("files", 0)))  # type: ignore[arg-type]  # fmt: skip


def test_the_window_is_14_days_unless_the_client_says_otherwise() -> None:
    assert file(filing(13.99)) is None
    assert "closed on 2026-11-16" in (file(filing(14.01)) or "")
    assert file(filing(20, window=30)) is None
    assert file(filing(20, window=0)) is not None  # nonsense settings read as the default
    assert ap.window_problem(0) and ap.window_problem(400) and ap.window_problem(True)
    assert ap.window_problem(None) is None and ap.window_problem(30) is None


def test_only_a_question_that_lost_points_and_has_no_open_appeal() -> None:
    assert "lost points" in (file(filing(1), earned=Fraction(2)) or "")  # earned all
    assert "lost points" in (file(filing(1), earned=None) or "")  # not asked, N/A or unanswered
    assert file(filing(1), earned=Fraction(1)) is None  # lost some
    assert "open appeal" in (file(filing(1, open_questions=("greeted",))) or "")
    assert file(filing(1, open_questions=("wait",))) is None


def test_a_filing_needs_a_category_an_argument_and_at_most_five_files() -> None:
    assert file(filing(1), category="bribe") is not None
    assert file(filing(1), argument="   ") is not None
    assert file(filing(1), argument="x" * (ap.MAX_ARGUMENT + 1)) is not None
    assert file(filing(1), files=5) is None
    assert file(filing(1), files=6) is not None


def test_evidence_files_by_their_first_bytes() -> None:
    assert ap.file_kind(b"\xff\xd8\xff\xe0") == "jpeg" and ap.file_kind(b"\x89PNG\r\n\x1a\n..") == "png"
    assert ap.file_kind(b"%PDF-1.7") == "pdf" and ap.file_kind(b"MZ\x90") is None
    assert ap.file_problem(100, b"%PDF-1.7") is None
    assert "larger than 10 MB" in (ap.file_problem(ap.MAX_FILE_BYTES + 1, b"%PDF-1.7") or "")
    assert "JPEG, PNG and PDF" in (ap.file_problem(100, b"GIF89a") or "")
    assert ap.file_problem(0, b"") is not None


def test_the_first_outcome_decides_for_good() -> None:
    assert ap.state_of([]) is State.OPEN
    assert ap.state_of([Event("account_request", "1")]) is State.ACCOUNT_ASKED
    assert ap.state_of([Event("account_request", "1"), Event("account_answer", "2")]) is State.OPEN
    both = [Event("declined", "2"), Event("accepted", "3")]
    assert ap.state_of(both) is State.DECLINED


def test_deciding() -> None:
    two = Fraction(2)
    ok = ap.decision_problem(State.OPEN, "accepted", Fraction(2), two, "You are right.", Fraction(0))
    assert ok is None
    assert ap.decision_problem(State.OPEN, "declined", None, two, "The photo shows no greeting.", Fraction(0)) is None
    assert ap.decision_problem(State.OPEN, "accepted", Fraction(3), two, "yes", Fraction(0)) is not None
    assert ap.decision_problem(State.OPEN, "accepted", Fraction(0), two, "yes", Fraction(0)) is not None  # no gain
    assert ap.decision_problem(State.OPEN, "accepted", None, two, "yes", Fraction(0)) is not None
    assert ap.decision_problem(State.OPEN, "declined", None, two, " ", Fraction(0)) is not None
    assert ap.decision_problem(State.OPEN, "withdrawn", None, two, "x", Fraction(0)) is not None
    for closed in (State.ACCEPTED, State.DECLINED, State.WITHDRAWN):
        assert ap.decision_problem(closed, "declined", None, two, "x", None) == "the appeal is closed already"
        assert ap.withdraw_problem(closed) is not None
    assert ap.withdraw_problem(State.ACCOUNT_ASKED) is None


def test_figures() -> None:
    t0 = PUBLISHED
    facts = [
        ap.AppealFacts("v1", "High Street", t0, State.ACCEPTED, t0 + dt.timedelta(days=2)),
        ap.AppealFacts("v1", "High Street", t0, State.DECLINED, t0 + dt.timedelta(days=4)),
        ap.AppealFacts("v2", "High Street", t0, State.OPEN),
        ap.AppealFacts("v9", "Elsewhere", t0, State.ACCEPTED, t0),  # not a visit of the period
    ]
    f = ap.figures({"v1", "v2", "v3", "v4"}, facts)
    assert (f.visits, f.appealed_visits, f.appeals, f.decided, f.accepted) == (4, 2, 3, 2, 1)
    assert f.rate == Fraction(1, 2) and f.accepted_share == Fraction(1, 2) and f.median_days == 3.0
    empty = ap.figures(set(), [])
    assert empty.rate is None and empty.accepted_share is None and empty.median_days is None


_events = st.lists(
    st.builds(Event, st.sampled_from(["account_request", "account_answer", *[o.value for o in Outcome]]),
              st.integers(0, 99).map(lambda n: f"{n:02d}")),
    max_size=8,
)  # fmt: skip


@settings(suppress_health_check=[HealthCheck.too_slow])  # (2 cores shared by several runs)
@given(_events)
def test_state_never_reopens_and_does_not_depend_on_arrival_order(events: list[Event]) -> None:
    state = ap.state_of(events)
    assert ap.state_of(list(reversed(events))) is state
    outcomes = sorted((e for e in events if e.what in {o.value for o in Outcome}), key=lambda e: e.at)
    if outcomes:
        assert not state.is_open
    assert ap.state_of([*events, Event("account_request", "999")]).is_open == state.is_open or not state.is_open


@given(st.floats(min_value=0, max_value=60), st.one_of(st.none(), st.integers(-5, 400)))
def test_filing_is_allowed_exactly_inside_the_window(days: float, window: int | None) -> None:
    f = filing(days, window)
    inside = PUBLISHED + dt.timedelta(days=days) <= ap.deadline(PUBLISHED, window)
    assert (file(f) is None) == inside
