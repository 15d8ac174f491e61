"""Quality checks on the command line: ``score --json``, ``visits answer`` with comments, ``visits submit --explain``
and ``visits show --json`` (FORMS.md "Quality checks", issue 32)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mystery_shop.cli import main
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace
from mystery_shop.store import models as m
from support.images import SIGNATURE
from support.workspaces import CHECKS, FORM, make_workspace

FORM_WITH_CHECKS = FORM + CHECKS


def run(capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    code = main(list(words))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_score_json_lists_the_checks_that_fire(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "f.yaml").write_text(FORM_WITH_CHECKS, encoding="utf-8")
    answers = {
        "answers": {"greeted": "no", "wait": 12, "mood": 1},
        "comments": {"mood": "grumpy"},
        "photos": {"greeting": 1},
    }
    (tmp_path / "a.json").write_text(json.dumps(answers), encoding="utf-8")
    code, out, err = run(capsys, "score", str(tmp_path / "f.yaml"), str(tmp_path / "a.json"), "--json")
    assert code == 0, err
    assert json.loads(out)["checks"] == [
        {"code": "comment-missing", "check": "explain-failures", "severity": "warning", "question": "greeted",
         "message": "It earned nothing: explain why in a comment of at least 3 words."},
        {"code": "comment-missing", "check": "explain-failures", "severity": "warning", "question": "mood",
         "message": "It earned nothing: explain why in a comment of at least 3 words."},
        {"code": "rule", "check": "greeting-vs-wait", "severity": "block", "question": "wait",
         "message": "Not greeted, yet acknowledged within 30 s?"},
    ]  # fmt: skip
    # a form without checks prints no checks key (FORMS.md's example stays exact)
    (tmp_path / "plain.yaml").write_text(FORM, encoding="utf-8")
    code, out, _ = run(capsys, "score", str(tmp_path / "plain.yaml"), str(tmp_path / "a.json"), "--json")
    assert code == 0 and "checks" not in json.loads(out)


def test_score_refuses_bad_check_inputs(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "f.yaml").write_text(FORM_WITH_CHECKS, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"answers": {}, "comments": {"nope": "x"}, "minutes": -1}))
    code, _, err = run(capsys, "score", str(tmp_path / "f.yaml"), str(tmp_path / "a.json"))
    assert code == 2
    assert "nope: unknown question" in err and '"minutes" must be a number of minutes' in err


@pytest.fixture
def visit(tmp_path: Path) -> tuple[Path, str]:
    ws, visit_id = make_workspace(tmp_path / "profile", form=FORM_WITH_CHECKS)
    with ws.sessions.begin() as s:
        s.add(m.Photo(visit_id=visit_id, section_id="greeting", sha256="0" * 64))
    ws.close()
    return tmp_path / "profile", visit_id


def answer(capsys, root: Path, visit_id: str, tmp_path: Path, doc: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    """Answer, then sign (a change after signing clears the signature)."""
    (tmp_path / "a.json").write_text(json.dumps(doc), encoding="utf-8")
    code, _, err = run(capsys, "visits", "answer", visit_id, str(tmp_path / "a.json"), "--profile", str(root))
    assert code == 0, err
    ws = Workspace.open(Profile(root), log_to_file=False)
    try:
        ws.open_visit(visit_id).sign(SIGNATURE, "Sam Auditor")
    finally:
        ws.close()


def status(root: Path, visit_id: str):  # type: ignore[no-untyped-def]
    ws = Workspace.open(Profile(root), log_to_file=False)
    try:
        ed = ws.open_visit(visit_id)
        return ed.header.status, ed.audit_trail()
    finally:
        ws.close()


def test_submit_refuses_a_block_with_exit_1(capsys, visit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root, visit_id = visit
    answer(capsys, root, visit_id, tmp_path, {"answers": {"greeted": "no", "wait": 10, "mood": 4},
                                               "comments": {"greeted": "nobody said hello"}})  # fmt: skip
    code, out, err = run(capsys, "visits", "submit", visit_id, "--explain", "sure", "--profile", str(root))
    assert code == 1
    assert "BLOCK: wait: Not greeted, yet acknowledged within 30 s?" in out
    assert "A check blocks the submission" in err
    assert status(root, visit_id)[0] is VisitStatus.DRAFT
    data = json.loads(run(capsys, "visits", "show", visit_id, "--json", "--profile", str(root))[1])
    assert data["checks"] == [
        {
            "code": "rule",
            "severity": "block",
            "question": "wait",
            "message": "Not greeted, yet acknowledged within 30 s?",
        }
    ]


def test_submit_passes_a_warning_only_with_an_explanation(capsys, visit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root, visit_id = visit
    answer(capsys, root, visit_id, tmp_path, {"answers": {"greeted": "no", "wait": 40, "mood": 4},
                                               "comments": {"greeted": "two words"}})  # fmt: skip
    code, out, err = run(capsys, "visits", "submit", visit_id, "--profile", str(root))
    assert code == 1 and "WARNING: greeted:" in out and "explain them" in err
    assert status(root, visit_id)[0] is VisitStatus.DRAFT
    code, out, err = run(capsys, "visits", "submit", visit_id, "--explain", "The till was unmanned.",
                         "--profile", str(root))  # fmt: skip
    assert code == 0, err
    state, trail = status(root, visit_id)
    assert state is VisitStatus.SUBMITTED
    assert trail[-1].to_status == "submitted" and trail[-1].detail == "The till was unmanned."


def test_a_visit_with_no_check_firing_submits_without_explanation(capsys, visit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root, visit_id = visit
    answer(capsys, root, visit_id, tmp_path, {"answers": {"greeted": "yes", "wait": 10, "mood": 4}})
    code, out, err = run(capsys, "visits", "submit", visit_id, "--profile", str(root))
    assert code == 0, err
    assert "Checks:" not in out
