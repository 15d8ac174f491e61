"""One place that shows errors to people (STYLE.md 6); tests patch ``dialogs``.

Our own refusals (ServiceError, FormError) carry a message meant for a person
and are shown as they are, in the app's language when the message is a Message
(``msg()``, domain/messages.py). Anything else is logged with its traceback to the
profile's log file and shown as "Something went wrong", with the details one
click away to copy.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from mystery_shop.formats import FormError
from mystery_shop.services.rows import ServiceError
from mystery_shop.store.errors import MigrationFailed, ProfileRefused

from .i18n import message_text, tr

log = logging.getLogger(__name__)

PERSON_ERRORS = (ServiceError, FormError, ProfileRefused, MigrationFailed)


class Dialogs:
    """Message boxes; a test replaces the module's ``dialogs`` with a recorder."""

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes


dialogs = Dialogs()


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    if isinstance(exc, PERSON_ERRORS):
        dialogs.error(parent, title or tr("Cannot do that"), message_text(exc))
        return
    details = "".join(traceback.format_exception(exc))
    log.error("unexpected error\n%s", details)
    dialogs.error(
        parent,
        title or tr("Something went wrong"),
        tr("Something went wrong. The details are in the log file; you can copy them below."),
        details,
    )
