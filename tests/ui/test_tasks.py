"""Background tasks: counted, so the app closes its profile only after they are done (Picard's TaskCounter)."""

from __future__ import annotations

import threading

from mystery_shop.services.changes import acting_for
from mystery_shop.ui import tasks
from mystery_shop.ui.app import close_profile
from mystery_shop.ui.changes import hub


def test_the_profile_closes_only_after_the_running_task_wrote(qtbot, workspace) -> None:
    started, release = threading.Event(), threading.Event()
    order: list[str] = []

    def work() -> None:
        started.set()
        assert release.wait(10)
        workspace.add_client("Written while closing")  # still needs the open database
        order.append("task wrote")

    heard: list[object] = []
    hub(workspace).sig_changed.connect(lambda _changes, origin: heard.append(origin))
    screen = object()
    with acting_for(screen):
        tasks.run_task(work, lambda _result: order.append("delivered"))
    assert started.wait(10)
    assert tasks.counter.count == 1
    close = workspace.close
    workspace.close = lambda: (order.append("closed"), close())  # type: ignore[method-assign]
    closer = threading.Thread(target=close_profile, args=(workspace,))
    closer.start()
    closer.join(0.2)
    assert closer.is_alive(), "waiting for the task"
    release.set()
    closer.join(10)
    assert not closer.is_alive()
    assert order[:2] == ["task wrote", "closed"]
    assert tasks.counter.count == 0
    qtbot.waitUntil(lambda: heard == [screen])  # the task's write was its screen's, told on the GUI thread


def test_waiting_gives_up_after_the_grace_and_says_so(caplog) -> None:
    release = threading.Event()
    tasks.run_task(lambda: release.wait(10), lambda _result: None)
    try:
        assert tasks.wait_for_tasks(0.05) is False
        assert "1 background task(s) still running" in caplog.text
    finally:
        release.set()
    assert tasks.wait_for_tasks(10)
