"""The demo profile has visits that trip each quality check (issue 32)."""

from __future__ import annotations

from pathlib import Path

from mystery_shop.domain.checks import CheckCode
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.services.demo import create_demo
from mystery_shop.services.profile import Profile
from mystery_shop.services.quality import all_checks
from mystery_shop.services.review_queue import is_clean, review_queue
from mystery_shop.services.workspace import Workspace


def test_the_demo_trips_every_check_and_leaves_clean_visits(tmp_path: Path) -> None:
    ws = Workspace.open(Profile(tmp_path / "demo"), log_to_file=False)
    try:
        create_demo(ws)
        fired = {c.code for cs in all_checks(ws).values() for c in cs}
        for row in ws.visit_rows(VisitStatus.DRAFT):  # the blocking rule waits in a draft's finish dialog
            fired |= {c.code for c in ws.open_visit(row.id).checks()}
        assert fired == set(CheckCode)
        queue = review_queue(ws)
        assert any(not is_clean(r) for r in queue)
    finally:
        ws.close()
