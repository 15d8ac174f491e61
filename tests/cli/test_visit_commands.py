"""`visits sign` and `review …` from the command line: the same services, rules and audit trail as the app.

In-process through ``mystery_shop.cli.main`` (the console script's function) on a real profile; the
whole journey through a real server is tests/cli/test_whole_visit_script.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import update

from mystery_shop.cli import main
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import LOCAL_USER, Workspace
from mystery_shop.store import models as m
from support.images import SIGNATURE
from support.keys import FIRM_PASSPHRASE
from support.workspaces import make_workspace

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def profile(tmp_path: Path) -> tuple[Path, str]:
    ws, visit_id = make_workspace(tmp_path / "profile")
    ed = ws.open_visit(visit_id)
    ed.set_answers({"greeted": "yes", "wait": 20, "mood": 4, "staff_name": "Sam"})
    with ws.sessions.begin() as s:
        s.add(m.Photo(visit_id=visit_id, section_id="greeting", sha256="0" * 64))
    ws.close()
    return tmp_path / "profile", visit_id


def run(capsys: pytest.CaptureFixture[str], profile: Path, *words: str) -> tuple[int, str, str]:
    code = main([*words, "--profile", str(profile)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def reopen(profile: Path, visit_id: str):  # type: ignore[no-untyped-def]
    ws = Workspace.open(Profile(profile), log_to_file=False)
    try:
        ed = ws.open_visit(visit_id)
        return ed.header, ed.audit_trail(), ed.overrides(), ed.review_comments(), ed.score
    finally:
        ws.close()


def test_sign_records_the_signature_name_and_attestation(capsys, profile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root, visit_id = profile
    (tmp_path / "sig.png").write_bytes(SIGNATURE)
    code, out, err = run(capsys, root, "visits", "submit", visit_id)
    assert code == 1 and "The auditor's signature and attestation" in err
    code, out, _ = run(capsys, root, "visits", "sign", visit_id[:8], "--signature", str(tmp_path / "sig.png"),
                       "--name", " Zoë Ångström ")  # fmt: skip
    assert code == 0
    header, trail, *_ = reopen(root, visit_id)
    assert header.signed_by == "Zoë Ångström" and header.has_signature
    assert header.attestation in out and "a true record" in header.attestation
    assert [a.kind for a in trail][-1] == "sign"
    assert run(capsys, root, "visits", "submit", visit_id)[0] == 0
    assert reopen(root, visit_id)[0].status is VisitStatus.SUBMITTED


@pytest.mark.parametrize(
    ("content", "code", "reason"),
    [
        (b"", 1, "the file is empty"),
        (b"just some text\n", 1, "not an image"),
        (SIGNATURE[:120], 1, "cut short|damaged"),
        (None, 2, "cannot read: No such file"),
    ],
    ids=["empty", "text", "truncated", "missing"],
)
def test_sign_refuses_what_is_not_a_signature(capsys, profile, tmp_path: Path, content, code, reason) -> None:  # type: ignore[no-untyped-def]
    import re

    root, visit_id = profile
    path = tmp_path / "sig.png"
    if content is not None:
        path.write_bytes(content)
    got, _, err = run(capsys, root, "visits", "sign", visit_id, "--signature", str(path), "--name", "Zoë")
    assert got == code
    assert err.startswith(f"mystery-shop: {path}: ") and re.search(reason, err), err
    assert not reopen(root, visit_id)[0].has_signature


def test_sign_refuses_a_blank_page(capsys, profile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    root, visit_id = profile
    Image.new("L", (400, 150), 250).save(tmp_path / "blank.png")
    code, _, err = run(capsys, root, "visits", "sign", visit_id, "--signature", str(tmp_path / "blank.png"),
                       "--name", "Zoë")  # fmt: skip
    assert code == 1 and "blank" in err


def _submit(capsys, root: Path, visit_id: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "sig.png").write_bytes(SIGNATURE)
    assert (
        run(capsys, root, "visits", "sign", visit_id, "--signature", str(tmp_path / "sig.png"), "--name", "Zoë")[0] == 0
    )
    assert run(capsys, root, "visits", "submit", visit_id)[0] == 0


def test_review_commands_follow_the_workflow_and_leave_the_audit_trail(capsys, profile, tmp_path: Path, firm_p12,  # type: ignore[no-untyped-def]
                                                                       monkeypatch) -> None:  # fmt: skip
    root, visit_id = profile
    # A draft is not under review: each command says why and changes nothing.
    for words, reason in [
        (("review", "comment", visit_id, "Nice"), "A draft visit is not under review."),
        (("review", "override", visit_id, "mood", "--points", "1", "--reason", "x"), "not under review"),
        (("review", "return", visit_id, "--comment", "fix"), "Cannot return a draft visit."),
        (("review", "approve", visit_id), "Cannot approve a draft visit."),
        (("review", "publish", visit_id), "Cannot publish a draft visit."),
    ]:
        code, _, err = run(capsys, root, *words)
        assert (code, err.strip()) == (1, f"mystery-shop: {reason}") or (code == 1 and reason in err), err
    _submit(capsys, root, visit_id, tmp_path)

    assert run(capsys, root, "review", "comment", visit_id, "Was it busy?", "--question", "wait")[0] == 0
    code, _, err = run(capsys, root, "review", "comment", visit_id, "x", "--question", "nope")
    assert code == 1 and "No question 'nope'. Known: " in err
    code, _, err = run(capsys, root, "review", "override", visit_id, "mood", "--points", "9", "--reason", "generous")
    assert code == 1 and "between 0 and 4" in err, err
    code, _, err = run(capsys, root, "review", "override", visit_id, "mood", "--points", "lots", "--reason", "x")
    assert code == 1 and "'lots' is not a number of points" in err
    code, out, _ = run(capsys, root, "review", "override", visit_id, "mood", "--points", "4", "--reason", "generous")
    assert code == 0 and "mood now earns 4 points" in out
    _, _, overrides, comments, score = reopen(root, visit_id)
    assert [(o.question_id, o.points, o.reason) for o in overrides] == [("mood", 4, "generous")]
    assert [(c.question_id, c.text) for c in comments] == [("wait", "Was it busy?")]
    assert score.questions["mood"].earned == 4

    with pytest.raises(SystemExit) as usage:  # --comment is required: a return must say what to fix
        main(["review", "return", visit_id, "--profile", str(root)])
    assert usage.value.code == 2
    capsys.readouterr()
    assert run(capsys, root, "review", "return", visit_id, "--comment", "Add the staff member's surname.")[0] == 0
    header, trail, _, comments, _ = reopen(root, visit_id)
    assert header.status is VisitStatus.RETURNED
    assert comments[-1].text == "Add the staff member's surname."
    code, _, err = run(capsys, root, "review", "approve", visit_id)
    assert code == 1 and "Cannot approve a returned visit." in err

    assert run(capsys, root, "visits", "submit", visit_id)[0] == 0
    assert run(capsys, root, "review", "approve", visit_id)[0] == 0
    code, _, err = run(capsys, root, "review", "publish", visit_id)
    assert code == 1 and "none yet: sign its report" in err, "publishing sends the signed report"
    monkeypatch.setenv("FIRM_PASS", FIRM_PASSPHRASE.decode())
    code, out, _ = run(capsys, root, "review", "publish", visit_id, "--sign", str(firm_p12), "--passphrase-env",
                       "FIRM_PASS")  # fmt: skip
    assert code == 0 and "with the signed report V-" in out
    header, trail, *_ = reopen(root, visit_id)
    assert header.status is VisitStatus.PUBLISHED
    assert [(a.kind, a.from_status, a.to_status) for a in trail if a.kind not in ("sign", "report")] == [
        ("plan", None, None),
        ("transition", "draft", "submitted"),
        ("comment", None, None),
        ("override", None, None),
        ("transition", "submitted", "returned"),
        ("transition", "returned", "submitted"),
        ("transition", "submitted", "approved"),
        ("transition", "approved", "published"),
    ]


def test_an_auditor_may_not_review(capsys, profile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root, visit_id = profile
    _submit(capsys, root, visit_id, tmp_path)
    ws = Workspace.open(Profile(root), log_to_file=False)
    with ws.sessions.begin() as s:  # as a sign-in to a server as an auditor leaves it
        s.execute(update(m.Person).where(m.Person.username == LOCAL_USER).values(role="auditor"))
    ws.close()
    for words, reason in [
        (("review", "comment", visit_id, "Nice"), "Only a supervisor may comment a visit."),
        (("review", "approve", visit_id), "Only a supervisor may approve a visit."),
        (("review", "return", visit_id, "--comment", "x"), "Only a supervisor may return a visit."),
    ]:
        code, _, err = run(capsys, root, *words)
        assert code == 1 and reason in err, err
    assert reopen(root, visit_id)[0].status is VisitStatus.SUBMITTED


def test_approve_and_sign_opens_the_key_first(capsys, profile, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.asymmetric import rsa

    from mystery_shop.reports.keys import create_signing_key
    from mystery_shop.reports.verification import verify_pdf

    root, visit_id = profile
    _submit(capsys, root, visit_id, tmp_path)
    key = tmp_path / "firm.p12"
    create_signing_key("Acme Audits", key, PASSPHRASE.encode(), key=rsa.generate_private_key(public_exponent=65537,
                                                                                            key_size=2048))  # fmt: skip
    out = tmp_path / "report.pdf"
    code, _, err = run(capsys, root, "review", "approve", visit_id, "--sign", str(key))
    assert code == 2 and "give --out FILE.pdf" in err
    monkeypatch.setenv("WRONG", "not it")
    code, _, err = run(capsys, root, "review", "approve", visit_id, "--sign", str(key), "--passphrase-env", "WRONG",
                       "--out", str(out))  # fmt: skip
    assert code == 1 and "cannot sign" in err
    assert reopen(root, visit_id)[0].status is VisitStatus.SUBMITTED, "a wrong passphrase approves nothing"
    assert not out.exists()

    monkeypatch.setenv("RIGHT", PASSPHRASE)
    code, stdout, _ = run(capsys, root, "review", "approve", visit_id, "--sign", str(key), "--passphrase-env", "RIGHT",
                          "--out", str(out))  # fmt: skip
    assert code == 0 and "signed" in stdout
    header, trail, *_ = reopen(root, visit_id)
    assert header.status is VisitStatus.APPROVED
    assert trail[-1].kind == "report" and "signed report" in trail[-1].detail
    assert verify_pdf(out, key.with_suffix(".crt")).ok


def test_an_unknown_touchpoint_or_location_lists_the_valid_ones(capsys, profile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root, visit_id = profile
    photo = tmp_path / "p.png"
    Image.new("RGB", (40, 30), "white").save(photo)
    code, _, err = run(capsys, root, "photos", "add", "--visit", visit_id, "--section", "greting", str(photo))
    assert code == 1 and "No touchpoint 'greting'. Did you mean 'greeting'? Known: 'greeting'" in err
    code, _, err = run(capsys, root, "visits", "new", "--form", "shop", "--location", "High Stret")
    assert code == 1 and "No location 'High Stret'. Did you mean 'High Street'?" in err


def test_show_lists_the_photos_in_text(capsys, profile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root, visit_id = profile
    photo = tmp_path / "door.png"
    Image.new("RGB", (40, 30), "white").save(photo)
    code, _, err = run(capsys, root, "photos", "add", "--visit", visit_id, "--section", "greeting", str(photo))
    assert code == 0, err
    ws = Workspace.open(Profile(root), log_to_file=False)
    with ws.sessions.begin() as s:
        s.execute(update(m.Photo).where(m.Photo.filename == "door.png").values(caption="Opening hours"))
    ws.close()
    code, out, _ = run(capsys, root, "visits", "show", visit_id)
    assert code == 0
    photos = out.split("Photos:\n", 1)[1]
    assert "  greeting: door.png   # Opening hours" in photos
