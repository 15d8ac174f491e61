"""The firm's signing key in the app: the passphrase is asked for once per session
and never written anywhere; the opened key is kept in memory until the app quits
(or the certificate file changes)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from mystery_shop.services.report_settings import ReportSettings
from mystery_shop.services.report_signing import Signing, load_signing
from mystery_shop.services.rows import ServiceError

from ..i18n import tr

_opened: dict[tuple[str, float], Signing] = {}


class SigningCancelled(Exception):
    """The user closed the passphrase prompt: nothing is exported."""


def ask_passphrase(parent: QWidget | None, certificate: Path, retry: bool = False) -> str | None:
    """The passphrase prompt; tests replace it."""
    prompt = tr("Passphrase of the firm's certificate\n{path}:").format(path=certificate)
    if retry:
        prompt = tr("That passphrase did not open the certificate. Try again.") + "\n\n" + prompt
    text, ok = QInputDialog.getText(parent, tr("Sign the report"), prompt, QLineEdit.EchoMode.Password)
    return text if ok else None


def signing_for(parent: QWidget | None, settings: ReportSettings) -> Signing | None:
    """The firm's key when a certificate is set (asking its passphrase the first time), else None.

    Raises SigningCancelled when the prompt is closed, ServiceError when the key will not open.
    """
    cert = settings.certificate
    if cert is None:
        return None
    try:
        key = (str(cert), cert.stat().st_mtime)
    except OSError:
        raise ServiceError(
            tr("The certificate {path} cannot be read. Choose it again in Report settings.").format(path=cert)
        ) from None
    if key in _opened:
        return _opened[key]
    for attempt in range(3):  # asked again after a wrong passphrase, like any password prompt
        passphrase = ask_passphrase(parent, cert, retry=attempt > 0)
        if passphrase is None:
            raise SigningCancelled
        try:
            signing = load_signing(cert, passphrase.encode(), timestamp_url=settings.timestamp_url)
        except ServiceError as e:
            if attempt < 2 and "passphrase" in str(e).lower():
                continue
            raise
        _opened[key] = signing
        return signing
    raise AssertionError("unreachable")


def forget() -> None:
    """Drop opened keys (a new certificate was chosen, or a test starts clean)."""
    _opened.clear()
