"""The shell, and nothing else, takes a visit from `visits new` to a published, signed report (issue 13).

tests/cli/whole_visit.sh is the script (the README's worked example); this runs it against a real
`mystery-shop serve` on loopback, then checks what it left behind with independent tools.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support.images import SIGNATURE, upright

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "whole_visit.sh"
MS = Path(sys.executable).with_name("mystery-shop")
FORMS = HERE.parent.parent / "forms"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow
def test_a_visit_made_signed_submitted_reviewed_and_published_from_the_shell(tmp_path: Path) -> None:
    upright(1200, 900).save(tmp_path / "entrance.jpg")
    (tmp_path / "signature.png").write_bytes(SIGNATURE)
    env = {**os.environ, "MS": str(MS), "WORK": str(tmp_path), "PORT": str(_free_port()), "FORMS": str(FORMS)}
    env.pop("MYSTERY_SHOP_PROFILE", None)
    proc = subprocess.run(["bash", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=300, check=False)
    log = proc.stdout + proc.stderr + (tmp_path / "serve.log").read_text(errors="replace")
    assert proc.returncode == 0, log
    assert "Traceback" not in log
    (tmp_path / "script.out").write_text(proc.stdout)

    out = proc.stdout
    assert "Alice Auditor signed visit" in out and "a true record of what I experienced" in out
    assert "The auditor's signature and attestation" in proc.stderr  # the refused first submit said why
    assert "Cannot publish a submitted visit." in proc.stderr  # the refused early publish said why
    assert "knowledge now earns 2 points" in out

    # The report verifies with pdfsig too (poppler: an implementation that is not ours).
    if shutil.which("pdfsig"):
        sig = subprocess.run(["pdfsig", str(tmp_path / "report.pdf")], capture_output=True, text=True, check=False)
        assert "Signature Validation: Signature is Valid." in sig.stdout, sig.stdout

    # Both laptops agree: published, with the supervisor's override and comment, Alice's signature.
    for who in ("alice", "sue"):
        shown = subprocess.run(
            [str(MS), "visits", "list", "--status", "published", "--json", "--profile", str(tmp_path / who)],
            capture_output=True,
            text=True,
            check=True,
        )
        (visit,) = json.loads(shown.stdout)
        detail = subprocess.run(
            [str(MS), "visits", "show", visit["id"], "--json", "--profile", str(tmp_path / who)],
            capture_output=True,
            text=True,
            check=True,
        )
        data = json.loads(detail.stdout)
        assert data["status"] == "published"
        assert data["signature"]["signed_by"] == "Alice Auditor"
        assert [(o["question"], o["points"]) for o in data["overrides"]] == [("knowledge", 2.0)]
        assert [c["question"] for c in data["review_comments"]] == ["greeted"]
        moves = [(a["from"], a["to"]) for a in data["audit_trail"] if a["kind"] == "transition"]
        assert moves[-3:] == [("draft", "submitted"), ("submitted", "approved"), ("approved", "published")]
