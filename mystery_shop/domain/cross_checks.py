"""Checks across visits, computed where the visits are (a supervisor's laptop after sync, the server).

Each looks at many visits at once and says which of them a supervisor should
read with care; none changes a score. Every check here is a warning, and runs
in time linear in the number of visits (dictionaries, one sort per group), so
10,000 visits take a fraction of a second on an idle machine (benchmarks/cross_checks.py).

- ``comment-reused``: a comment of at least ``min_comment_words`` words that
  appears word for word (case and spacing aside) in another visit.
- ``photo-reused``: the same photo (by content) in another visit.
- ``straight-lining``: an auditor's last ``straight_lining_visits`` visits of a
  form all have the very same scored answers.
- ``auditor-outlier``: an auditor's mean total on a form in a calendar month lies
  at least ``outlier_sd`` standard deviations from the totals of the other
  auditors' visits of that form and month; both sides need ``outlier_min_visits``.
- ``repeat-visit``: the same auditor at the same location again less than the
  client's ``lockout_days`` after an earlier visit (the later visit is flagged).
- ``too-fast``: from the first answer to the signature took less time than
  reading the answered questions at ``reading_words_per_minute``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from fractions import Fraction

from .answers import AnswerValue
from .checks import CheckCode, CheckResult, word_count
from .forms import Form, Severity
from .messages import msg


@dataclass(frozen=True, slots=True)
class CheckSettings:
    """A client's thresholds for the checks across visits (the app's settings, synced per client)."""

    lockout_days: int = 90
    straight_lining_visits: int = 5
    outlier_sd: float = 2.0
    outlier_min_visits: int = 5
    reading_words_per_minute: int = 400
    min_comment_words: int = 3

    def to_json(self) -> dict[str, float | int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_json(cls, data: Mapping[str, object] | None) -> CheckSettings:
        """Settings from stored JSON; a missing or malformed value keeps its default."""
        out = cls()
        if not isinstance(data, Mapping):
            return out
        values: dict[str, float | int] = {}
        for name in (f.name for f in fields(cls)):
            v = data.get(name)
            default = getattr(out, name)
            if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0:
                continue
            values[name] = float(v) if isinstance(default, float) else int(v)
        return cls(**values)  # type: ignore[arg-type]


DEFAULT_SETTINGS = CheckSettings()


@dataclass(frozen=True, slots=True)
class VisitRecord:
    """What the checks across visits read of one visit."""

    id: str
    client_id: str
    location_id: str
    auditor_id: str | None
    form_id: str
    day: dt.date
    total: float | None = None
    scored_answers: Mapping[str, AnswerValue] = field(default_factory=dict)  # the scored questions' answers
    comments: Mapping[str, str] = field(default_factory=dict)
    photos: frozenset[str] = frozenset()  # content hashes
    started_at: dt.datetime | None = None  # the first answer
    finished_at: dt.datetime | None = None  # the signature
    reading_words: int = 0  # words of the questions answered


class FormFacts:
    """What a visit's record needs of its form, worked out once per form version."""

    def __init__(self, form: Form) -> None:
        self.form = form
        self.scored = frozenset(q.id for q in form.questions() if q.is_scored)
        self.words = {q.id: word_count(q.text) for q in form.questions()}

    def record(
        self,
        visit: VisitRecord,
        answers: Iterable[tuple[str, AnswerValue | None, bool, str]],
        photos: Iterable[str],
    ) -> tuple[VisitRecord, dict[str, AnswerValue], frozenset[str]]:
        """``visit`` (its row's fields) completed from its answers (question, value, N/A, comment) and photos'
        hashes; with the answered values and the N/A questions, for the visit's own form checks."""
        values: dict[str, AnswerValue] = {}
        na: set[str] = set()
        comments: dict[str, str] = {}
        for qid, value, is_na, comment in answers:
            if is_na:
                na.add(qid)
            elif value is not None:
                values[qid] = value
            if comment:
                comments[qid] = comment
        record = replace(
            visit,
            scored_answers={q: x for q, x in values.items() if q in self.scored},
            comments=comments,
            photos=frozenset(photos),
            reading_words=sum(self.words.get(q, 0) for q in values),
        )
        return record, values, frozenset(na)


def cross_visit_checks(
    visits: Iterable[VisitRecord],
    settings: Mapping[str, CheckSettings] | None = None,
) -> dict[str, list[CheckResult]]:
    """The checks across ``visits`` that fire, per visit id (visits with none are left out).

    ``settings`` is per client id; a client without its own uses the defaults.
    """
    visits = list(visits)
    per_client = settings or {}
    out: dict[str, list[CheckResult]] = defaultdict(list)

    known: dict[str, CheckSettings] = {}

    def cfg(v: VisitRecord) -> CheckSettings:
        found = known.get(v.client_id)
        if found is None:
            found = known[v.client_id] = per_client.get(v.client_id, DEFAULT_SETTINGS)
        return found

    _reused_comments(visits, cfg, out)
    _reused_photos(visits, out)
    _straight_lining(visits, cfg, out)
    _outliers(visits, cfg, out)
    _repeats(visits, cfg, out)
    _too_fast(visits, cfg, out)
    return dict(out)


_Cfg = Callable[[VisitRecord], CheckSettings]


def _warn(code: CheckCode, question: str | None, message: str) -> CheckResult:
    return CheckResult(code, code.value, Severity.WARNING, question, message)


def _reused_comments(visits: list[VisitRecord], cfg: _Cfg, out: dict[str, list[CheckResult]]) -> None:
    first: dict[str, str] = {}  # comment -> the first visit that has it
    shared: set[str] = set()  # comments in more than one visit
    keyed: list[tuple[VisitRecord, str, str]] = []
    for v in visits:
        if not v.comments:
            continue
        need = cfg(v).min_comment_words
        for qid, text in v.comments.items():
            words = text.lower().split()
            if len(words) < max(need, 1):
                continue
            key = " ".join(words)
            if first.setdefault(key, v.id) != v.id:
                shared.add(key)
            keyed.append((v, qid, key))
    for v, qid, key in keyed:
        if key in shared:
            out[v.id].append(_warn(CheckCode.COMMENT_REUSED, qid, msg("The same comment is in another visit.")))


def _reused_photos(visits: list[VisitRecord], out: dict[str, list[CheckResult]]) -> None:
    uses: dict[str, set[str]] = defaultdict(set)
    for v in visits:
        for sha in v.photos:
            uses[sha].add(v.id)
    for v in visits:
        if any(len(uses[sha]) > 1 for sha in v.photos):
            out[v.id].append(_warn(CheckCode.PHOTO_REUSED, None, msg("A photo of this visit is in another visit too.")))


def _order(v: VisitRecord) -> tuple[dt.date, float, str]:
    return (v.day, v.started_at.timestamp() if v.started_at else 0.0, v.id)


def _straight_lining(visits: list[VisitRecord], cfg: _Cfg, out: dict[str, list[CheckResult]]) -> None:
    groups: dict[tuple[str, str], list[VisitRecord]] = defaultdict(list)
    for v in visits:
        if v.auditor_id is not None and v.scored_answers:
            groups[(v.auditor_id, v.form_id)].append(v)
    for group in groups.values():
        group.sort(key=_order)
        n = cfg(group[-1]).straight_lining_visits
        last = group[-n:] if n >= 2 else []
        if len(last) < max(n, 2):
            continue
        first = dict(last[0].scored_answers)
        if all(dict(v.scored_answers) == first for v in last[1:]):
            for v in last:
                out[v.id].append(
                    _warn(
                        CheckCode.STRAIGHT_LINING,
                        None,
                        msg("The auditor's last {n} visits of this form have the very same answers.", n=len(last)),
                    )
                )


_GRID = 10**9  # totals are compared in billionths of a point, as whole numbers: exact sums, no rounding drift


def _outliers(visits: list[VisitRecord], cfg: _Cfg, out: dict[str, list[CheckResult]]) -> None:
    # form and month -> auditor -> [count, sum, sum of squares] of the totals, in whole billionths
    groups: dict[tuple[str, int, int], dict[str, list[int]]] = defaultdict(dict)
    members: dict[tuple[str, int, int, str], list[VisitRecord]] = defaultdict(list)
    for v in visits:
        if v.auditor_id is None or v.total is None:
            continue
        key = (v.form_id, v.day.year, v.day.month)
        x = round(v.total * _GRID)
        sums = groups[key].setdefault(v.auditor_id, [0, 0, 0])
        sums[0] += 1
        sums[1] += x
        sums[2] += x * x
        members[(*key, v.auditor_id)].append(v)
    for key, by_auditor in groups.items():
        if len(by_auditor) < 2:
            continue
        n_all = sum(t[0] for t in by_auditor.values())
        s_all = sum(t[1] for t in by_auditor.values())
        q_all = sum(t[2] for t in by_auditor.values())
        for auditor, (n, s, q) in by_auditor.items():
            flagged = members[(*key, auditor)]
            settings = cfg(flagged[0])
            n_p, s_p, q_p = n_all - n, s_all - s, q_all - q
            if n < settings.outlier_min_visits or n_p < settings.outlier_min_visits:
                continue
            spread = n_p * q_p - s_p * s_p  # n_p² × the peers' variance, exactly
            if spread <= 0:
                continue  # peers who all scored the same have no spread to lie outside
            gap = s * n_p - s_p * n  # n × n_p × (my mean − the peers' mean)
            k = Fraction(settings.outlier_sd)
            # |gap| / (n n_p) >= k × sqrt(spread) / n_p, squared and cleared of denominators
            if gap * gap < k * k * spread * n * n:
                continue
            mean, mean_peer = s / n / _GRID, s_p / n_p / _GRID
            text = msg(
                "The auditor's mean on this form in {month} is {mean:.1f}, {sds:.1f} SD from the peers' {peers:.1f}.",
                month=f"{key[1]}-{key[2]:02d}",
                mean=mean,
                sds=abs(gap) / n / math.sqrt(spread),
                peers=mean_peer,
            )
            for v in flagged:
                out[v.id].append(_warn(CheckCode.AUDITOR_OUTLIER, None, text))


def _repeats(visits: list[VisitRecord], cfg: _Cfg, out: dict[str, list[CheckResult]]) -> None:
    groups: dict[tuple[str, str], list[VisitRecord]] = defaultdict(list)
    for v in visits:
        if v.auditor_id is not None:
            groups[(v.auditor_id, v.location_id)].append(v)
    for group in groups.values():
        if len(group) < 2:
            continue
        group.sort(key=_order)
        for before, v in itertools.pairwise(group):
            if (v.day - before.day).days < cfg(v).lockout_days:
                text = msg("The same auditor was at this location on {date}.", date=before.day.isoformat())
                out[v.id].append(_warn(CheckCode.REPEAT_VISIT, None, text))


def _too_fast(visits: list[VisitRecord], cfg: _Cfg, out: dict[str, list[CheckResult]]) -> None:
    for v in visits:
        wpm = cfg(v).reading_words_per_minute
        if v.started_at is None or v.finished_at is None or not v.reading_words or wpm <= 0:
            continue
        took = (v.finished_at - v.started_at).total_seconds()
        need = v.reading_words * 60 / wpm
        if took < need:
            out[v.id].append(
                _warn(
                    CheckCode.TOO_FAST,
                    None,
                    msg(
                        "Answered in {took:.0f} s: reading the questions alone takes {need:.0f} s.",
                        took=max(took, 0),
                        need=need,
                    ),
                )
            )
