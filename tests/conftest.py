"""Shared test setup: Qt offscreen, paths to the sample forms, and no test leaving threads or timers running."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
FORMS_DIR = ROOT / "forms"

pytest_plugins = ["support.clock"]


@pytest.fixture
def forms_dir() -> Path:
    return FORMS_DIR


@pytest.fixture(scope="session")
def firm_p12(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A firm's signing key (``support.keys.FIRM_PASSPHRASE``), made once per run; its certificate beside it (.crt)."""
    from cryptography.hazmat.primitives.asymmetric import rsa

    from mystery_shop.reports.keys import create_signing_key
    from support.keys import FIRM_PASSPHRASE

    out = tmp_path_factory.mktemp("firm-key") / "firm.p12"
    create_signing_key("Larkspur Field Research", out, FIRM_PASSPHRASE,
                       key=rsa.generate_private_key(public_exponent=65537, key_size=2048))  # fmt: skip
    return out


# ------------------------------------------------------------ nothing left running

LEFTOVER_GRACE_S = 5.0  # a thread a test stopped may take a moment to end (a server's loop, a pool's worker)
# Pools that live as long as the process by design, started by whichever test first needs them.
PROCESS_POOLS = ("blob-worker",)  # server.blobs._WORKER: hashing and writing uploads off the event loop


@pytest.fixture(autouse=True)
def _nothing_left_running() -> Iterator[None]:
    """Fails a test that leaves a thread, or an active Qt timer, running once its fixtures are torn down.

    Set up before the test's own function-scoped fixtures and so torn down after them (a live server or a
    window is stopped by then); threads of wider-scoped fixtures started before this runs and are not counted.
    """
    before = set(threading.enumerate())
    yield
    leftover = _leftover_threads(before)
    timers = _active_qt_timers()
    problems = [f"thread {t.name!r} ({type(t).__name__}) still running" for t in leftover]
    problems += [f"Qt timer {name} still active" for name in timers]
    if problems:
        pytest.fail("the test left running:\n" + "\n".join(problems), pytrace=False)


def _leftover_threads(before: set[threading.Thread]) -> list[threading.Thread]:
    deadline = time.monotonic() + LEFTOVER_GRACE_S
    while True:
        left = [t for t in threading.enumerate()
                if t not in before and t.is_alive() and not t.name.startswith(PROCESS_POOLS)]  # fmt: skip
        if not left or time.monotonic() > deadline:
            return left
        left[0].join(max(0.0, min(0.1, deadline - time.monotonic())))


def _active_qt_timers() -> list[str]:
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None:  # a test that never loaded Qt started no timer
        return []
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer

    app = widgets.QApplication.instance()
    if app is None:
        return []
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what was closed and deleted, gone
    owners = [app, *widgets.QApplication.topLevelWidgets()]
    found = []
    for owner in owners:
        for timer in owner.findChildren(QTimer):
            if timer.isActive():
                parent = timer.parent()
                found.append(f"{timer.objectName() or 'unnamed'} of {type(parent).__name__}")
    return found
