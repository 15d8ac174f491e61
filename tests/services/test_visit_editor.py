"""The visit editor: answers written through, score kept live, submit and its refusals."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mystery_shop.domain.readiness import MissingKind
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.services.profile import Profile
from mystery_shop.services.rows import ServiceError
from mystery_shop.services.workspace import Workspace
from mystery_shop.store import models as m
from support.images import SIGNATURE
from support.workspaces import make_workspace


@pytest.fixture
def ws_visit(tmp_path: Path):
    ws, visit_id = make_workspace(tmp_path)
    yield ws, visit_id
    ws.close()


def test_answers_score_live_and_survive_reopening(ws_visit, tmp_path: Path) -> None:
    ws, visit_id = ws_visit
    ed = ws.open_visit(visit_id)
    assert ed.score.total is None
    ed.set_answer("greeted", "yes")
    score = ed.set_answer("wait", 42)  # 5 + 2 of 9
    assert score.section("greeting").score == Fraction(700, 9)
    ed.set_answer("mood", 4)  # 3 of 4
    ed.set_comment("greeted", "Greeted by Sam")
    assert ed.score.total == Fraction(100 * 10, 13)

    ws.close()
    reopened = Workspace.open(Profile(tmp_path), log_to_file=False).open_visit(visit_id)
    assert reopened.answers.values == {"greeted": "yes", "wait": 42, "mood": 4}
    assert reopened.comments == {"greeted": "Greeted by Sam"}
    assert reopened.score.total == Fraction(1000, 13)
    row = next(r for r in reopened.ws.visit_rows() if r.id == visit_id)
    assert row.score == pytest.approx(1000 / 13)
    assert row.grade == "Good"


def test_na_clear_and_bad_values(ws_visit) -> None:
    ws, visit_id = ws_visit
    ed = ws.open_visit(visit_id)
    ed.set_answer("wait", 20)
    ed.set_na("wait", True)
    assert "wait" in ed.answers.na and "wait" not in ed.answers.values
    with pytest.raises(ServiceError, match="cannot be answered N/A"):
        ed.set_na("greeted", True)
    with pytest.raises(ServiceError, match="not yes or no"):
        ed.set_answer("greeted", "maybe")
    with pytest.raises(ServiceError, match=r"No question 'nope'\. Known: 'greeted'"):
        ed.set_answer("nope", 1)
    ed.set_answer("greeted", "yes")
    ed.set_answer("greeted", None)
    assert "greeted" not in ed.answers.values
    assert ed.score.missing == ("greeted", "mood")


def test_submit_refused_with_missing_items_then_locked(ws_visit) -> None:
    ws, visit_id = ws_visit
    ed = ws.open_visit(visit_id)
    kinds = [i.kind for i in ed.missing_items()]
    # greeted and wait (required by default), the photo minimum, mood, the signature
    assert kinds == [
        MissingKind.ANSWER,
        MissingKind.ANSWER,
        MissingKind.PHOTOS,
        MissingKind.ANSWER,
        MissingKind.SIGNATURE,
    ]
    with pytest.raises(ServiceError, match="cannot be submitted yet"):
        ed.submit()
    ed.set_answers({"greeted": "yes", "mood": 5}, {"wait"})
    ed.sign(SIGNATURE, "Zoë Ångström")
    # The photo minimum still stands between the visit and submission.
    assert [i.kind for i in ed.missing_items()] == [MissingKind.PHOTOS]
    with ws.sessions.begin() as s:
        s.add(m.Photo(visit_id=visit_id, section_id="greeting", sha256="0" * 64))
    assert ed.missing_items() == []
    ed.submit()
    assert ed.header.status is VisitStatus.SUBMITTED
    assert not ed.editable
    with pytest.raises(ServiceError, match="submitted and can no longer be changed"):
        ed.set_answer("mood", 1)
    trail = [(a.kind, a.from_status, a.to_status) for a in ed.audit_trail() if a.kind != "sign"]
    assert trail == [("plan", None, None), ("transition", "draft", "submitted")]


def test_set_answers_is_all_or_nothing(ws_visit) -> None:
    ws, visit_id = ws_visit
    ed = ws.open_visit(visit_id)
    with pytest.raises(ServiceError) as err:
        ed.set_answers({"greeted": "yes", "mood": 9})
    assert "mood" in str(err.value)
    assert ws.open_visit(visit_id).answers.values == {}


def test_every_change_queues_an_outbox_entry_in_its_transaction(ws_visit) -> None:
    ws, visit_id = ws_visit
    ed = ws.open_visit(visit_id)
    with ws.sessions() as s:
        before = s.scalar(select(func.count()).select_from(m.OutboxEntry))
    ed.set_answer("greeted", "yes")
    ed.set_comment("greeted", "hello")
    with ws.sessions() as s:
        entries = list(s.scalars(select(m.OutboxEntry).order_by(m.OutboxEntry.seq)))
    assert len(entries) == before + 2
    assert entries[-2].fields["value"] == "yes" and entries[-1].fields["comment"] == "hello"
    assert [e.seq for e in entries] == sorted({e.seq for e in entries})


def test_failed_write_leaves_memory_and_database_unchanged(ws_visit, monkeypatch) -> None:
    ws, visit_id = ws_visit
    ed = ws.open_visit(visit_id)
    ed.set_answer("greeted", "yes")

    def boom(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr("mystery_shop.services.outbox.queue_change", boom)
    with pytest.raises(OSError):
        ed.set_answer("greeted", "no")
    assert ed.answers.values["greeted"] == "yes"
    assert ws.open_visit(visit_id).answers.values["greeted"] == "yes"


def test_edit_racing_a_submit_elsewhere_is_refused_and_nothing_lands(ws_visit) -> None:
    ws, visit_id = ws_visit
    stale = ws.open_visit(visit_id)  # e.g. the visit window, opened before
    other = ws.open_visit(visit_id)
    other.set_answers({"greeted": "yes", "wait": 10, "mood": 4})
    other.sign(SIGNATURE, "Zoë")
    with ws.sessions.begin() as s:
        s.add(m.Photo(visit_id=visit_id, section_id="greeting", sha256="0" * 64))
    other.submit()
    with pytest.raises(ServiceError, match="submitted and can no longer be changed"):
        stale.set_answer("mood", 1)
    assert stale.header.status is VisitStatus.SUBMITTED
    assert ws.open_visit(visit_id).answers.values["mood"] == 4


def _png(image) -> bytes:  # type: ignore[no-untyped-def]
    import io

    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "the file is empty"),
        (b"%PDF-1.7 not a picture", "not an image"),
        (SIGNATURE[: len(SIGNATURE) // 2], "cut short|damaged"),
    ],
)
def test_a_signature_that_is_not_an_image_is_refused_with_the_reason(ws_visit, data: bytes, reason: str) -> None:
    ws, visit_id = ws_visit
    ed = ws.open_visit(visit_id)
    with pytest.raises(ServiceError, match=reason):
        ed.sign(data, "Zoë Ångström")
    assert not ws.open_visit(visit_id).header.has_signature
    assert [a.kind for a in ed.audit_trail()] == ["plan"]


def test_a_blank_signature_is_refused(ws_visit) -> None:
    from PIL import Image

    ws, visit_id = ws_visit
    ed = ws.open_visit(visit_id)
    for blank in (Image.new("RGB", (300, 100), "white"), Image.new("RGBA", (300, 100), (0, 0, 0, 0))):
        with pytest.raises(ServiceError, match="blank"):
            ed.sign(_png(blank), "Zoë Ångström")
    assert not ws.open_visit(visit_id).header.has_signature


def test_a_scanned_signature_is_kept_as_a_png_no_larger_than_the_report_prints(ws_visit) -> None:
    import io

    from PIL import Image, ImageDraw

    ws, visit_id = ws_visit
    scan = Image.new("RGB", (4000, 1500), "white")
    ImageDraw.Draw(scan).line([(100, 1200), (2000, 200), (3900, 1300)], fill="black", width=30)
    jpeg = io.BytesIO()
    scan.save(jpeg, format="JPEG")
    ed = ws.open_visit(visit_id)
    ed.sign(jpeg.getvalue(), "  Zoë Ångström ")
    kept = ws.open_visit(visit_id).signature_png()
    assert kept is not None
    image = Image.open(io.BytesIO(kept))
    assert image.format == "PNG" and image.width <= 1200 and image.height <= 400
    assert ws.open_visit(visit_id).header.signed_by == "Zoë Ångström"
    # The pad's own PNG is kept byte for byte.
    ed.sign(SIGNATURE, "Zoë Ångström")
    assert ws.open_visit(visit_id).signature_png() == SIGNATURE
