"""Shared test setup: Qt offscreen, paths to the sample forms, and no test leaving threads or timers running."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.leftovers import active_qt_timers, leftover_threads

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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The longest test (the suite's date-dealing half again, a year ahead, in a child pytest) first.

    Under pytest-xdist (scripts/dev.sh test) it then runs beside the rest on another core instead of
    alone at the end.
    """
    items.sort(key=lambda item: not item.nodeid.endswith("test_the_date_sensitive_tests_pass_a_year_from_now"))


# ------------------------------------------------------------ nothing left running


@pytest.fixture(autouse=True)
def _nothing_left_running() -> Iterator[None]:
    """Fails a test that leaves a thread, or an active Qt timer, running once its fixtures are torn down.

    Set up before the test's own function-scoped fixtures and so torn down after them (a live server or a
    window is stopped by then); threads of wider-scoped fixtures started before this runs and are not counted.
    """
    before = set(threading.enumerate())
    yield
    leftover = leftover_threads(before)
    timers = active_qt_timers()
    problems = [f"thread {t.name!r} ({type(t).__name__}) still running" for t in leftover]
    problems += [f"Qt timer {name} still active" for name in timers]
    if problems:
        pytest.fail("the test left running:\n" + "\n".join(problems), pytrace=False)
