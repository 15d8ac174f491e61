"""Reports from the app: settings, export one visit, approve and sign in one step, bulk export with cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.reports.keys import create_signing_key
from mystery_shop.reports.verification import verify_pdf
from mystery_shop.services.report_settings import load_report_settings, update_report_settings
from mystery_shop.ui import tasks
from mystery_shop.ui.main_window import MainWindow
from mystery_shop.ui.models.visits import ID_ROLE
from mystery_shop.ui.reports import export as export_ui
from mystery_shop.ui.reports import signing as signing_ui
from mystery_shop.ui.reports.export import BulkExportDialog
from mystery_shop.ui.reports.settings_dialog import ReportSettingsDialog
from mystery_shop.ui.review.review_window import ReviewWindow
from support.reviews import approved, submitted

PASSPHRASE = "report passphrase"


@pytest.fixture(scope="module")
def firm_key(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("key") / "firm.p12"
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    create_signing_key("Larkspur Field Research", out, PASSPHRASE.encode(), key=key)
    return out


@pytest.fixture(autouse=True)
def quiet(monkeypatch) -> list[Path]:
    """Tasks inline, nothing opened in a viewer (the paths are collected), no key kept between tests."""
    monkeypatch.setattr(tasks, "run_inline", True)
    opened: list[Path] = []
    monkeypatch.setattr(export_ui, "open_file", opened.append)
    signing_ui.forget()
    return opened


def save_to(monkeypatch, *paths: Path) -> None:
    """The save dialog answers these paths in turn ("" when the list runs out: cancelled)."""
    queue = [str(p) for p in paths]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (queue.pop(0) if queue else "", ""))


def press(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_prompts(monkeypatch, *answers: str | None) -> list[bool]:
    """The passphrase prompt answers these in turn; returns the prompts' ``retry`` flags."""
    queue, asked = list(answers), []

    def ask(_parent, _cert, retry=False):
        asked.append(retry)
        return queue.pop(0)

    monkeypatch.setattr(signing_ui, "ask_passphrase", ask)
    return asked


def test_settings_dialog_saves_and_refuses_a_missing_certificate(qtbot, workspace, firm_key, recorded) -> None:
    dialog = ReportSettingsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.firm.setText("Larkspur Field Research")
    dialog.page.setCurrentIndex(dialog.page.findData("letter"))
    dialog.certificate.setText(str(firm_key.with_name("missing.p12")))
    assert dialog.save() is False
    assert "does not exist" in recorded.errors[-1][1]
    dialog.certificate.setText(str(firm_key))
    assert dialog.save() is True
    saved = load_report_settings(workspace.profile)
    assert (saved.firm_name, saved.page_size, saved.certificate) == ("Larkspur Field Research", "letter", firm_key)
    assert PASSPHRASE not in workspace.profile.settings_file.read_text(encoding="utf-8")


def test_export_an_approved_visit_unsigned(qtbot, workspace, tmp_path, quiet, monkeypatch, recorded) -> None:
    visit_id = approved(workspace, workspace.locations()[0].id, dt.date(2026, 11, 2))
    w = ReviewWindow(workspace, visit_id)
    qtbot.addWidget(w)
    w.show()
    assert not w.export_button.isHidden()
    assert w.approve_sign_button.isHidden()  # no certificate set
    out = tmp_path / "visit.pdf"
    save_to(monkeypatch, out)
    press(qtbot, w.export_button)  # the button's clicked(checked) once arrived as the path
    assert recorded.errors == []
    assert quiet == [out]
    assert len(pypdf.PdfReader(out).pages) >= 2
    result = verify_pdf(out)
    assert not result.ok  # unsigned: nothing to verify, and said so


def test_approve_and_sign_asks_the_passphrase_first(
    qtbot, workspace, firm_key, tmp_path, monkeypatch, recorded
) -> None:  # type: ignore[no-untyped-def]
    update_report_settings(workspace.profile, certificate=firm_key, firm_name="Larkspur Field Research")
    visit_id = submitted(workspace, workspace.locations()[0].id, dt.date(2026, 11, 3))
    w = ReviewWindow(workspace, visit_id)
    qtbot.addWidget(w)
    w.show()
    assert not w.approve_sign_button.isHidden()

    answer_prompts(monkeypatch, None)  # the prompt is closed: nothing is approved
    save_to(monkeypatch, tmp_path / "no.pdf")
    press(qtbot, w.approve_sign_button)
    assert w.editor.header.status is VisitStatus.SUBMITTED and not (tmp_path / "no.pdf").exists()

    asked = answer_prompts(monkeypatch, "wrong", PASSPHRASE)
    out = tmp_path / "signed.pdf"
    save_to(monkeypatch, out)
    press(qtbot, w.approve_sign_button)
    assert recorded.errors == []
    assert asked == [False, True]  # asked again after the wrong passphrase, saying so
    assert w.editor.header.status is VisitStatus.APPROVED
    result = verify_pdf(out)
    assert result.ok, result.reasons
    assert any(a.kind == "report" for a in w.editor.audit_trail())  # the signing is in the trail

    answer_prompts(monkeypatch)  # the key stays open for the session: no second prompt
    save_to(monkeypatch, tmp_path / "again.pdf")
    press(qtbot, w.export_button)
    assert recorded.errors == []
    assert verify_pdf(tmp_path / "again.pdf").ok


def test_bulk_export_writes_each_approved_visit_and_cancel_stops(qtbot, workspace, tmp_path, quiet) -> None:
    loc = workspace.locations()[0]
    client = workspace.clients()[0]
    days = [dt.date(2026, 10, d) for d in (5, 12, 19)]
    for day in days:
        approved(workspace, loc.id, day)
    submitted(workspace, loc.id, dt.date(2026, 10, 20))  # not reviewed: no report
    dialog = BulkExportDialog(workspace, client.id, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "all"))
    assert dialog.start_export() is True
    result = dialog.result_
    assert result is not None
    assert (len(result.written), result.failed, result.cancelled) == (3, [], False)
    assert sorted(p.name for p in (tmp_path / "all").iterdir()) == sorted(r.path.name for r in result.written)
    assert dialog.bar.value() == dialog.bar.maximum() == 3
    assert "3 of 3 reports" in dialog.status.text()
    assert quiet[-1] == tmp_path / "all"

    dialog.folder.setText(str(tmp_path / "cancelled"))
    dialog._progress.sig_step.connect(lambda done, total, name: dialog.cancel() if done == 0 else None)
    dialog.start_export()
    result = dialog.result_
    assert result.cancelled
    assert len(result.written) == 1
    assert "Cancelled: 1 of 3" in dialog.status.text()
    assert dialog.ok.isEnabled()


def test_the_main_window_exports_the_client_copy_or_the_internal_one(
    qtbot, workspace, tmp_path, quiet, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    visit_id = approved(workspace, workspace.locations()[0].id, dt.date.today() - dt.timedelta(days=3))
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    row = next(r for r in range(w.proxy.rowCount()) if w.proxy.index(r, 0).data(ID_ROLE) == visit_id)
    w.table.setCurrentIndex(w.proxy.index(row, 0))
    asked: list[str] = []

    def save_as(_parent, title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(Path(suggested).name)
        return str(tmp_path / Path(suggested).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    w.actions_by_name["Export report…"].trigger()
    w.actions_by_name["Export internal copy…"].trigger()
    qtbot.waitUntil(lambda: len(quiet) == 2, timeout=20000)
    client, internal = (tmp_path / name for name in asked)
    assert internal.name.endswith(" internal.pdf") and not client.name.endswith(" internal.pdf")
    text = {p: " ".join(page.extract_text() for page in pypdf.PdfReader(p).pages) for p in (client, internal)}
    assert "INTERNAL COPY" in text[internal] and "INTERNAL COPY" not in text[client]


def test_the_signing_key_is_created_in_report_settings_under_the_passphrase_rules(
    qtbot, workspace, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from mystery_shop.services.report_signing import load_signing
    from mystery_shop.ui.reports.create_key import CreateKeyDialog

    dialog = ReportSettingsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.firm.setText("Larkspur Field Research")
    said: list[str] = []
    save_to(monkeypatch, tmp_path / "larkspur")

    def answer(key_dialog: CreateKeyDialog) -> int:  # the modal dialog, filled in and pressed as a person would
        key_dialog.show()
        tries = [("short", "short"), ("Larkspur Field Research",) * 2, ("a walk by the river", "a walk by the rivers")]
        for first, second in [*tries, ("a walk by the river",) * 2]:
            key_dialog.passphrase.setText(first)
            key_dialog.again.setText(second)
            qtbot.mouseClick(key_dialog.create_button, Qt.MouseButton.LeftButton)
            said.append(key_dialog.error.text() if key_dialog.isVisible() else "")
        return int(key_dialog.result())

    monkeypatch.setattr(CreateKeyDialog, "exec", answer)
    qtbot.mouseClick(dialog.create_key_button, Qt.MouseButton.LeftButton)
    assert said[0].startswith("The passphrase needs at least 12 characters")
    assert "cannot be the firm's name" in said[1]
    assert said[2] == "The two passphrases differ." and said[3] == ""
    key = tmp_path / "larkspur.p12"
    assert dialog.certificate.text() == str(key) and key.with_suffix(".crt").is_file()
    assert load_signing(key, b"a walk by the river") is not None
    assert dialog.save() and load_report_settings(workspace.profile).certificate == key
