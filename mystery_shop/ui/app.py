"""Starting the desktop app: the QApplication, the theme, the workspace, the main window."""

from __future__ import annotations

import logging
import os
import sys
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from mystery_shop import __version__
from mystery_shop.resources import resource
from mystery_shop.services.app_language import load_language
from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace
from mystery_shop.store.errors import MigrationFailed, ProfileRefused

from . import tasks
from .errors import show_error
from .i18n import install_language, layout_direction, pick_language, tr
from .main_window import MainWindow
from .theme import apply_theme

log = logging.getLogger(__name__)

# For a smoke test of a build: show the main window, then quit after this many ms.
QUIT_AFTER_ENV = "MYSTERY_SHOP_QUIT_AFTER_MS"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("mystery-shop")
    app.setApplicationDisplayName("Mystery Shop")
    app.setOrganizationName("mystery-shop")
    app.setApplicationVersion(__version__)
    icon = resource("icons", "app.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_language("en")  # English's plural forms at least; run_gui then installs the person's language
    apply_theme(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda *_: apply_theme(app))
    return app


def build_main_window(ws: Workspace) -> MainWindow:
    return MainWindow(ws)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An unexpected error in a slot: log it and tell the person, instead of dying."""
    log.error("unhandled exception", exc_info=(kind, exc, tb))
    show_error(QApplication.activeWindow(), exc)


def apply_language(app: QApplication, profile: Profile) -> str:
    """The profile's language choice (Settings), else the system's: translations, number formats, direction."""
    choice = load_language(profile)
    code = pick_language(choice)
    install_language(code)
    app.setLayoutDirection(layout_direction(choice))
    return code


def run_gui(profile: Profile, argv: list[str] | None = None) -> int:
    app = make_application(argv)
    apply_language(app, profile)
    try:
        ws = Workspace.open(profile)
    except (ProfileRefused, MigrationFailed) as e:  # a newer version's profile, or a failed upgrade: said, not crashed
        show_error(None, e, tr("Cannot open the profile"))
        return 1
    sys.excepthook = _excepthook
    window = build_main_window(ws)
    window.show()
    QTimer.singleShot(0, window.first_start)  # a fresh profile: with the firm's server, or alone?
    quit_after = os.environ.get(QUIT_AFTER_ENV)
    if quit_after:

        def done() -> None:
            print(f"main window shown: {window.windowTitle()} ({window.model.rowCount()} visits)", flush=True)  # noqa: T201
            window.close()
            app.quit()

        QTimer.singleShot(int(quit_after), done)
    try:
        return app.exec()
    finally:
        close_profile(ws)


TASKS_GRACE = 30.0  # seconds a closing app waits for its background tasks (a sync's request times out sooner)


def close_profile(ws: Workspace, grace: float = TASKS_GRACE) -> None:
    """Close the profile once the background tasks are done: one still writing keeps its write."""
    tasks.wait_for_tasks(grace)
    ws.close()
