"""Photos in the visit screen: drop, paste, caption, reorder, delete and undo, the minimum."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from mystery_shop.domain.readiness import MissingKind
from mystery_shop.ui import tasks
from mystery_shop.ui.visit.photo_strip import PHOTO_ID, PhotoStrip
from mystery_shop.ui.visit.visit_window import VisitWindow
from support.images import upright, write_jpeg
from support.workspaces import FORM, make_workspace


@pytest.fixture
def inline_tasks(monkeypatch):
    monkeypatch.setattr(tasks, "run_inline", True)


@pytest.fixture
def visit(tmp_path: Path):
    ws, visit_id = make_workspace(tmp_path / "p")
    yield ws, visit_id
    ws.close()


def drop(strip: PhotoStrip, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    strip.dropEvent(event)


def test_drop_files_and_a_folder_with_a_bad_file(qtbot, visit, tmp_path, inline_tasks, recorded) -> None:
    ws, visit_id = visit
    w = VisitWindow(ws, visit_id)
    qtbot.addWidget(w)
    strip = w.photo_strips["greeting"]
    assert "0 photos" in strip.count.text()
    assert strip.count.property("warn") is True  # below the minimum of 1
    folder = tmp_path / "shots"
    folder.mkdir()
    write_jpeg(folder / "a.jpg", upright(800, 600))
    write_jpeg(folder / "b.jpg", upright(640, 480))
    (folder / "broken.jpg").write_text("nope")
    single = write_jpeg(tmp_path / "c.jpg", upright(300, 200))
    drop(strip, [folder, single])
    assert strip.list.count() == 3
    assert strip.count.property("warn") is False
    _title, text, _ = recorded.errors[-1]
    assert "broken.jpg: not an image Pillow can read" in text
    assert [i.kind for i in w.editor.missing_items()].count(MissingKind.PHOTOS) == 0

    drop(strip, [single])  # the same photo again
    assert strip.list.count() == 3
    assert "already attached" in recorded.errors[-1][1]


def test_paste_an_image(qtbot, visit, inline_tasks) -> None:
    ws, visit_id = visit
    w = VisitWindow(ws, visit_id)
    qtbot.addWidget(w)
    strip = w.photo_strips["greeting"]
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    QApplication.clipboard().setImage(image)
    strip.paste()
    assert strip.list.count() == 1
    assert w.editor.photos()[0].width == 320


def test_caption_reorder_delete_and_undo(qtbot, visit, tmp_path, inline_tasks, monkeypatch) -> None:
    ws, visit_id = visit
    w = VisitWindow(ws, visit_id)
    qtbot.addWidget(w)
    strip = w.photo_strips["greeting"]
    strip.add_paths([write_jpeg(tmp_path / f"{i}.jpg", upright(200 + i, 100)) for i in range(3)])
    ids = [strip.list.item(i).data(PHOTO_ID) for i in range(3)]

    monkeypatch.setattr(
        "mystery_shop.ui.visit.photo_strip.QInputDialog.getText", lambda *a, **k: ("Queue at the till", True)
    )
    strip.edit_caption(strip.list.item(0))
    assert {p.id: p.caption for p in w.editor.photos()}[ids[0]] == "Queue at the till"

    item = strip.list.takeItem(2)  # drag the last photo to the front
    strip.list.insertItem(0, item)
    strip._moved()
    assert [p.id for p in sorted(w.editor.photos(), key=lambda p: p.position)] == [ids[2], ids[0], ids[1]]

    strip.list.setCurrentRow(0)
    strip.list.item(0).setSelected(True)
    strip.delete_selected()
    assert len(w.editor.photos()) == 2
    assert strip.undo_button.isVisible() or not strip.isVisible()
    strip.undo_delete()
    assert len(w.editor.photos()) == 3


def test_ui_stays_responsive_while_50_photos_import(qtbot, tmp_path, recorded) -> None:
    ws, visit_id = make_workspace(tmp_path / "p", form=FORM.replace("photos: {min: 1}", "photos: {min: 1, max: 60}"))
    w = VisitWindow(ws, visit_id)
    qtbot.addWidget(w)
    strip = w.photo_strips["greeting"]
    files = [write_jpeg(tmp_path / f"{i:02d}.jpg", upright(3000 + i, 2000), quality=85) for i in range(50)]
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    strip.add_paths(files)
    qtbot.waitUntil(lambda: strip._pending == 0, timeout=120_000)
    timer.stop()
    assert recorded.errors == []
    assert len(w.editor.photos()) == 50
    longest = max(gaps)
    assert longest < 0.25, f"the UI froze for {longest * 1000:.0f} ms"
    ws.close()
