"""The photo viewer, the annotation tool and the camera button: opened from the strip and from the review."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from mystery_shop.services import photos as photo_service
from mystery_shop.services.rows import ServiceError
from mystery_shop.store import models as m
from mystery_shop.ui import tasks
from mystery_shop.ui.photos import camera
from mystery_shop.ui.photos.annotate import AnnotateDialog
from mystery_shop.ui.photos.marks import MAX_COMMENT, Mark, Marks, Tool, line_width
from mystery_shop.ui.photos.viewer import PhotoViewer
from mystery_shop.ui.review.photo_gallery import PhotoGallery
from mystery_shop.ui.visit.photo_strip import PHOTO_ID, PhotoStrip
from mystery_shop.ui.visit.visit_window import VisitWindow
from support.images import SIGNATURE, upright, write_jpeg
from support.workspaces import make_workspace

VISIT_DAY = "2026:11:20 10:15:00"
FORM_MAX = "photos: {min: 1}"


@pytest.fixture(autouse=True)
def inline_tasks(monkeypatch) -> None:
    monkeypatch.setattr(tasks, "run_inline", True)


@pytest.fixture
def visit(tmp_path: Path):
    ws, visit_id = make_workspace(tmp_path / "p", day=dt.date(2026, 11, 20))  # the day VISIT_DAY photos were taken
    yield ws, visit_id
    ws.close()


def scene(width: int, height: int, colour: tuple[int, int, int]) -> Image.Image:
    """Flat grey with a coloured block: easy to tell apart, and flat where the marks go."""
    im = Image.new("RGB", (width, height), (128, 128, 128))
    im.paste(colour, (width // 2, height // 2, width // 2 + width // 5, height // 2 + height // 5))
    return im


@pytest.fixture
def strip(qtbot, visit, tmp_path, recorded) -> PhotoStrip:
    """The visit screen's strip with three photos: on the day; another day and far away; no capture time."""
    ws, visit_id = visit
    w = VisitWindow(ws, visit_id)
    qtbot.addWidget(w)
    s = w.photo_strips["greeting"]
    files = [
        write_jpeg(tmp_path / "a.jpg", scene(800, 600, (200, 0, 0)), taken=VISIT_DAY, gps=(51.5, -0.12)),
        write_jpeg(tmp_path / "b.jpg", scene(640, 480, (0, 150, 0)), taken="2026:11:18 09:00:00", gps=(51.6, -0.12)),
        write_jpeg(tmp_path / "c.jpg", scene(600, 800, (0, 0, 200))),
    ]
    s.add_paths(files)
    assert s.list.count() == 3
    assert recorded.errors == []
    return s


def ids_of(s: PhotoStrip) -> list[str]:
    return [s.list.item(i).data(PHOTO_ID) for i in range(s.list.count())]


def blob_bytes(ws, sha: str) -> bytes:
    return ws.blobs.path(sha).read_bytes()


def decoded(ws, sha: str) -> Image.Image:
    return Image.open(io.BytesIO(blob_bytes(ws, sha))).convert("RGB")


# ------------------------------------------------------------ the viewer from the strip


def test_double_click_opens_the_viewer_at_that_photo(qtbot, strip) -> None:
    strip.window().show()
    qtbot.waitExposed(strip.window())
    item = strip.list.item(1)
    pos = strip.list.visualItemRect(item).center()
    qtbot.mouseClick(strip.list.viewport(), Qt.MouseButton.LeftButton, pos=pos)  # press, release, then the
    qtbot.mouseDClick(strip.list.viewport(), Qt.MouseButton.LeftButton, pos=pos)  # double-click event
    viewer = strip.viewer
    assert viewer is not None and viewer.isVisible()
    qtbot.addWidget(viewer)
    assert viewer.photo.id == item.data(PHOTO_ID)
    assert viewer.position.text() == "2 of 3"
    assert viewer.caption.isVisible() and not viewer.caption.isReadOnly()  # the caption is edited here
    assert viewer.annotate_button.isVisible()
    assert not viewer.view.picture.pixmap().isNull()
    viewer.close()


def test_next_and_previous_stop_at_the_ends(qtbot, strip) -> None:
    ids = ids_of(strip)
    viewer = strip.open_viewer(strip.list.item(0))
    qtbot.addWidget(viewer)
    assert viewer.position.text() == "1 of 3"
    assert not viewer.prev_button.isEnabled() and viewer.next_button.isEnabled()
    viewer.previous()  # nothing before the first
    assert viewer.photo.id == ids[0]
    qtbot.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)
    assert (viewer.photo.id, viewer.position.text()) == (ids[1], "2 of 3")
    with qtbot.waitActive(viewer):  # shortcuts need the window active
        viewer.activateWindow()
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert (viewer.photo.id, viewer.position.text()) == (ids[2], "3 of 3")
    assert not viewer.next_button.isEnabled()
    viewer.next()  # stays on the last
    assert viewer.photo.id == ids[2]
    assert viewer.size_label.text() == "600 × 800 px"  # a portrait photo, shown upright
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.photo.id == ids[1]


def test_zoom_changes_the_view_scale(qtbot, strip) -> None:
    viewer = strip.open_viewer(strip.list.item(0))
    qtbot.addWidget(viewer)
    view = viewer.view
    viewer.resize(1000, 700)
    QApplication.processEvents()
    fit = view.scale_factor()
    assert fit == pytest.approx(view.fit_scale())
    qtbot.mouseClick(viewer.zoom_in_button, Qt.MouseButton.LeftButton)
    assert view.scale_factor() == pytest.approx(fit * 1.25)
    qtbot.mouseClick(viewer.actual_button, Qt.MouseButton.LeftButton)
    assert view.scale_factor() == pytest.approx(1.0)
    assert viewer.zoom_label.text() == "100 %"
    with qtbot.waitActive(viewer):
        viewer.activateWindow()
    qtbot.keyClick(viewer, Qt.Key.Key_Minus)
    assert view.scale_factor() == pytest.approx(1 / 1.25)
    qtbot.keyClick(viewer, Qt.Key.Key_Plus)
    assert view.scale_factor() == pytest.approx(1.0)
    wheel = QWheelEvent(
        QPointF(50, 50), QPointF(50, 50), QPoint(0, 0), QPoint(0, 240),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.scale_factor() == pytest.approx(1.25**2)
    view.zoom_to(100)
    assert view.scale_factor() == pytest.approx(8.0)  # 800 % at most
    qtbot.mouseClick(viewer.fit_button, Qt.MouseButton.LeftButton)
    assert view.scale_factor() == pytest.approx(fit) and view.fitting


def test_caption_is_saved_from_the_viewer(qtbot, strip) -> None:
    ids = ids_of(strip)
    viewer = strip.open_viewer(strip.list.item(0))
    qtbot.addWidget(viewer)
    with qtbot.waitSignal(viewer.sig_photo_changed) as changed:
        viewer.caption.setText("Queue at the till")
        viewer.caption.sig_editing_finished.emit()
    assert changed.args == [ids[0]]
    captions = {p.id: p.caption for p in strip.editor.photos()}
    assert captions[ids[0]] == "Queue at the till"
    assert "Queue at the till" in strip.list.item(0).text()  # the strip follows
    viewer.next()
    viewer.caption.setText("  Shelf   by the door ")  # moving on saves too, tidied
    viewer.next()
    assert {p.id: p.caption for p in strip.editor.photos()}[ids[1]] == "Shelf by the door"
    viewer.previous()
    assert viewer.caption.text() == "Shelf by the door"
    with qtbot.waitActive(viewer):
        viewer.activateWindow()
    viewer.caption.setFocus()
    viewer.caption.moveCursor(viewer.caption.textCursor().MoveOperation.End)
    qtbot.keyClicks(viewer.caption, " a1+")  # the viewer's single-key shortcuts do not steal typing
    qtbot.keyClick(viewer.caption, Qt.Key.Key_Left)
    assert viewer.caption.text() == "Shelf by the door a1+" and viewer.photo.id == ids[1]
    qtbot.keyClick(viewer.caption, Qt.Key.Key_Return)
    assert {p.id: p.caption for p in strip.editor.photos()}[ids[1]] == "Shelf by the door a1+"


def test_capture_time_gps_and_flags_are_shown(qtbot, strip) -> None:
    viewer = strip.open_viewer(strip.list.item(0))
    qtbot.addWidget(viewer)
    assert "20 Nov 2026" in viewer.taken.text()
    assert viewer.gps.text() == "51.50000° N, 0.12000° W"
    assert viewer.flag_list.property("flagged") is False
    assert "No evidence flags" in viewer.flag_list.text()
    viewer.next()  # taken two days early, 11 km away
    assert viewer.flag_list.property("flagged") is True
    assert "not on the visit's day" in viewer.flag_list.text()
    assert "km from the location" in viewer.flag_list.text()
    viewer.next()
    assert viewer.taken.text() == "no capture time" and viewer.gps.text() == "no position"
    assert "no capture time" in viewer.flag_list.text()


def test_the_viewer_loads_the_original_when_zoomed_past_the_copy(qtbot, visit, tmp_path) -> None:
    ws, visit_id = visit
    ed = ws.open_visit(visit_id)
    big = write_jpeg(tmp_path / "big.jpg", scene(3200, 2400, (200, 0, 0)), taken=VISIT_DAY)
    pid = photo_service.add_files(ed, "greeting", [big])[0].photo_id
    viewer = PhotoViewer(ed, [pid], pid)
    qtbot.addWidget(viewer)
    viewer.resize(1000, 700)
    viewer.view.fit()
    assert viewer.view.picture.pixmap().width() == 1600  # the report copy, drawn at the original's size
    assert viewer.view.scene().sceneRect().width() == 3200
    viewer.view.actual_size()
    assert viewer.view.picture.pixmap().width() == 3200  # the original's pixels at 100 %
    assert viewer.view.picture.scale() == pytest.approx(1.0)
    assert viewer.view.scale_factor() == pytest.approx(1.0)


# ------------------------------------------------------------ the strip's menu


def test_context_menu_offers_view_caption_annotate_delete(qtbot, strip, monkeypatch) -> None:
    item = strip.list.item(0)
    menu = strip.context_menu(item)
    names = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert names == ["View", "Caption…", "Annotate…", "Delete"]
    assert all(a.isEnabled() for a in menu.actions())
    opened: list[str] = []
    monkeypatch.setattr(AnnotateDialog, "open", lambda self: opened.append(self.photo.id))
    next(a for a in menu.actions() if a.text() == "Annotate…").trigger()
    assert opened == [item.data(PHOTO_ID)]
    next(a for a in menu.actions() if a.text() == "Delete").trigger()
    assert strip.list.count() == 2
    strip.undo_delete()
    assert strip.list.count() == 3


# ------------------------------------------------------------ annotating


def drag(qtbot, canvas, start: tuple[float, float], end: tuple[float, float]) -> None:
    """Drag on the canvas between two points given in picture pixels."""
    a = canvas.mapFromScene(QPointF(*start))
    b = canvas.mapFromScene(QPointF(*end))
    vp = canvas.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=a)
    for k in range(1, 6):
        p = a + (b - a) * k / 5
        qtbot.mouseMove(vp, p)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=b)


def test_annotate_with_each_tool_then_save_keeps_the_original(qtbot, strip, monkeypatch) -> None:
    ws, ed = strip.editor.ws, strip.editor
    pid = ids_of(strip)[0]
    photo = next(p for p in ed.photos() if p.id == pid)
    original = blob_bytes(ws, photo.sha256)
    assert hashlib.sha256(original).hexdigest() == photo.sha256

    opened: list[AnnotateDialog] = []
    monkeypatch.setattr(AnnotateDialog, "open", lambda self: opened.append(self))
    strip.annotate(strip.list.item(0))  # what the strip's "Annotate…" does
    dialog = opened[0]  # deletes itself once closed: not handed to qtbot
    dialog.resize(1000, 760)
    dialog.show()
    qtbot.waitExposed(dialog)
    canvas = dialog.canvas
    assert not dialog.save_button.isEnabled()  # nothing drawn yet
    dialog.set_tool(Tool.BOX)
    drag(qtbot, canvas, (100, 100), (300, 250))
    assert [m.tool for m in canvas.marks.items] == [Tool.BOX]
    box = canvas.marks.items[0]
    assert box.width == line_width(800, 600) == pytest.approx(4.8)
    dialog.set_colour("#ffd600")
    dialog.set_tool(Tool.ARROW)
    drag(qtbot, canvas, (700, 100), (450, 300))
    dialog.width_box.setCurrentIndex(2)  # thick
    dialog.set_tool(Tool.PEN)
    drag(qtbot, canvas, (80, 500), (380, 560))
    dialog.set_tool(Tool.TEXT)
    canvas.ask_text = lambda: "Dusty shelf"
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(QPointF(420, 420)))
    assert [m.tool for m in canvas.marks.items] == [Tool.BOX, Tool.ARROW, Tool.PEN, Tool.TEXT]
    assert canvas.marks.items[2].width == line_width(800, 600, "Thick")
    assert len(canvas.marks.items[2].points) > 2 and canvas.marks.items[3].text == "Dusty shelf"
    drag(qtbot, canvas, (10, 10), (10.5, 10))  # a click with the text tool asks again; an empty answer adds nothing
    canvas.ask_text = lambda: ""
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(QPointF(50, 50)))
    assert len(canvas.marks) == 5  # the (10, 10) click added a second "Dusty shelf"
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert len(canvas.marks) == 4

    saved: list[str] = []
    dialog.sig_annotation_saved.connect(saved.append)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved == [pid] and not dialog.isVisible()

    annotated = photo_service.annotations(ed)[pid]
    assert annotated != photo.sha256
    assert blob_bytes(ws, photo.sha256) == original  # the original, byte for byte
    copy = decoded(ws, annotated)
    before = Image.open(io.BytesIO(original)).convert("RGB")
    assert copy.size == before.size == (800, 600)  # full resolution, upright
    assert blob_bytes(ws, annotated)[:2] == b"\xff\xd8"
    red = copy.getpixel((100, 175))  # on the box's left edge
    assert red[0] > 180 and red[1] < 90 and red[2] < 90, red
    assert max(abs(a - b) for a, b in zip(before.getpixel((100, 175)), (128, 128, 128), strict=True)) < 8
    calm = copy.getpixel((200, 175))  # inside the box, away from every mark: the photo as it was
    assert max(abs(a - b) for a, b in zip(calm, before.getpixel((200, 175)), strict=True)) < 8
    assert "✎" in strip.list.item(0).text()  # the strip shows which photos are annotated


def test_annotation_opens_again_with_its_marks_and_can_be_removed(qtbot, strip, recorded) -> None:
    ed = strip.editor
    pid = ids_of(strip)[0]
    photo = next(p for p in ed.photos() if p.id == pid)
    dialog = AnnotateDialog(ed, photo)
    qtbot.addWidget(dialog)
    c = dialog.canvas
    c.add(Mark(Tool.BOX, "#e53935", c.width_px, [(100, 100), (300, 250)]))
    c.add(Mark(Tool.ARROW, "#2979ff", c.width_px, [(700, 100), (450, 300)]))
    dialog.save()
    first = photo_service.annotations(ed)[pid]

    again = AnnotateDialog(ed, photo)  # starts from the original, the marks in place
    qtbot.addWidget(again)
    assert [(m.tool, m.colour) for m in again.canvas.marks.items] == [(Tool.BOX, "#e53935"), (Tool.ARROW, "#2979ff")]
    assert again.canvas.marks.items[0].points == [(100, 100), (300, 250)]
    assert not again.save_button.isEnabled()
    again.canvas.undo()
    again.save()
    second = photo_service.annotations(ed)[pid]
    assert second != first
    assert decoded(ed.ws, second).getpixel((300, 200))[2] < 150  # the blue arrow is gone, the box stays

    viewer = PhotoViewer(ed, ids_of(strip), pid)
    qtbot.addWidget(viewer)
    assert viewer.shown_sha() == second and viewer.toggle_button.isVisibleTo(viewer)
    assert viewer.toggle_button.text() == "Show original"
    viewer.toggle_annotated()
    assert viewer.shown_sha() == photo.sha256 and viewer.toggle_button.text() == "Show annotated"
    assert viewer.remove_button.isVisibleTo(viewer)
    with qtbot.waitSignal(viewer.sig_photo_changed):
        viewer.remove_annotation()
    assert photo_service.annotations(ed) == {}
    assert viewer.toggle_button.isHidden() and viewer.remove_button.isHidden()
    assert viewer.shown_sha() == photo.sha256
    assert ed.ws.blobs.has(photo.sha256)

    # Clearing every mark of an annotated photo offers to remove the copy.
    photo_service.set_annotation(ed, pid, blob_bytes(ed.ws, second))
    third = AnnotateDialog(ed, photo)
    qtbot.addWidget(third)
    third.canvas.clear()
    assert third.save_button.text() == "Remove annotation" and third.save_button.isEnabled()
    third.save()
    assert photo_service.annotations(ed) == {}
    assert recorded.errors == []


def test_marks_survive_the_comment_round_trip() -> None:
    marks = Marks(4000, 3000)
    assert line_width(4000, 3000) == 24.0 and line_width(200, 100, "Thin") == 2.0
    assert not marks.add(Mark(Tool.ARROW, "#e53935", 24, [(10, 10), (12, 12)]))  # shorter than the line is wide
    assert not marks.add(Mark(Tool.TEXT, "#e53935", 24, [(10, 10)], "   "))
    assert marks.add(Mark(Tool.BOX, "#e53935", 24, [(-50, 10), (5000, 400)]))
    assert marks.items[0].points == [(0, 10), (4000, 400)]  # kept on the picture
    assert marks.add(Mark(Tool.TEXT, "#ffffff", 24, [(30, 40)], "Préférence ✓"))
    back = Marks.from_json(marks.to_json() or "", 2000, 1500)  # read at another size: scaled
    assert [(m.tool, m.points, m.text, m.width) for m in back.items] == [
        (Tool.BOX, [(0, 5), (2000, 200)], "", 12),
        (Tool.TEXT, [(15, 20)], "Préférence ✓", 12),
    ]
    assert Marks.from_json("not json", 10, 10).items == []
    scribble = Marks(4000, 3000, [Mark(Tool.PEN, "#000000", 24, [(i % 4000, i % 3000) for i in range(20_000)])])
    assert scribble.to_json() is None  # too long for a JPEG comment: the copy is saved without it
    assert len(Marks(10, 10).to_json() or "") < MAX_COMMENT


# ------------------------------------------------------------ the service


def test_set_annotation_writes_a_new_blob_and_queues_the_change(visit, tmp_path) -> None:
    ws, visit_id = visit
    ed = ws.open_visit(visit_id)
    pid = photo_service.add_files(ed, "greeting", [write_jpeg(tmp_path / "a.jpg", upright())])[0].photo_id
    with ws.sessions() as s:
        before = s.get(m.Photo, pid).updated_at
    jpeg = io.BytesIO()
    upright().save(jpeg, "JPEG")
    sha = photo_service.set_annotation(ed, pid, jpeg.getvalue())
    assert sha == hashlib.sha256(jpeg.getvalue()).hexdigest() and ws.blobs.has(sha)
    with ws.sessions() as s:
        row = s.get(m.Photo, pid)
        assert row.annotated_sha256 == sha and row.updated_at >= before
        queued = [o.fields for o in s.query(m.OutboxEntry).filter_by(kind="photo", record_id=pid)]
    assert {"annotated_sha256": sha} in queued
    with pytest.raises(ServiceError, match="JPEG"):
        photo_service.set_annotation(ed, pid, b"\x89PNG not a jpeg")
    with pytest.raises(ServiceError, match="not part of this visit"):
        photo_service.set_annotation(ed, "no-such-photo", jpeg.getvalue())
    assert photo_service.set_annotation(ed, pid, None) is None
    assert photo_service.annotations(ed) == {}
    assert ws.blobs.has(sha)  # the old copy's bytes stay: another device may still name them


def test_set_annotation_is_refused_once_the_visit_is_submitted(visit, tmp_path) -> None:
    ws, visit_id = visit
    ed = submitted_with_photo(ws, visit_id, tmp_path)
    with pytest.raises(ServiceError):
        photo_service.set_annotation(ed, ed.photos()[0].id, None)


def submitted_with_photo(ws, visit_id: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    ed = ws.open_visit(visit_id)
    ed.set_answers({"greeted": "yes", "wait": 20, "mood": 3})
    photo = write_jpeg(tmp_path / "door.jpg", scene(800, 600, (200, 0, 0)), taken=VISIT_DAY)
    pid = photo_service.add_files(ed, "greeting", [photo])[0].photo_id
    jpeg = io.BytesIO()
    scene(800, 600, (0, 0, 200)).save(jpeg, "JPEG")
    photo_service.set_annotation(ed, pid, jpeg.getvalue())
    ed.sign(SIGNATURE, "Zoë")
    ed.submit()
    return ws.open_visit(visit_id)


# ------------------------------------------------------------ read-only in the review


def test_the_review_gallery_opens_the_viewer_read_only(qtbot, visit, tmp_path, recorded) -> None:
    ws, visit_id = visit
    ed = submitted_with_photo(ws, visit_id, tmp_path)
    assert not ed.editable
    photos = ed.photos()
    section = ed.form.sections[0]
    gallery = PhotoGallery(ed, section, photos, photo_service.flags(ed, photos))
    qtbot.addWidget(gallery)
    assert "✎" in gallery.list.item(0).text()  # annotated
    viewer = gallery.open_viewer(gallery.list.item(0))
    qtbot.addWidget(viewer)
    assert viewer.position.text() == "1 of 1"
    assert viewer.caption.isHidden() and viewer.caption.isReadOnly()
    assert viewer.caption_text.isVisibleTo(viewer) and viewer.caption_text.text() == "No caption."
    assert viewer.annotate_button.isHidden() and viewer.remove_button.isHidden()
    assert viewer.toggle_button.isVisibleTo(viewer)  # the reviewer sees both copies
    viewer.caption.setText("changed by the reviewer")
    viewer.save_caption()
    viewer.annotate()
    assert ed.photos()[0].caption == ""
    viewer.toggle_annotated()
    assert viewer.shown_sha() == photos[0].sha256
    assert recorded.errors == []


def test_a_photo_whose_bytes_have_not_arrived(qtbot, visit, recorded) -> None:
    ws, visit_id = visit
    ed = ws.open_visit(visit_id)
    with ws.sessions.begin() as s:
        s.add(m.Photo(visit_id=visit_id, section_id="greeting", sha256="0" * 64, filename="door.jpg",
                      taken_at=dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC)))  # fmt: skip
    photo = ed.photos()[0]
    viewer = PhotoViewer(ed, [photo.id], photo.id)
    qtbot.addWidget(viewer)
    assert viewer.view.picture.pixmap().isNull()
    assert "not arrived" in viewer.subheading.text()
    viewer.annotate()
    assert "not on this computer yet" in recorded.errors[-1][1]


# ------------------------------------------------------------ the camera


def test_no_camera_without_qt_multimedia(qtbot, strip) -> None:
    assert camera.multimedia_available() is False  # PySide6-Essentials only
    assert camera.camera_available() is False
    assert strip.camera_button.isHidden()


def test_a_camera_photo_goes_through_the_import(qtbot, visit, tmp_path, monkeypatch) -> None:
    ws, visit_id = visit
    monkeypatch.setattr(camera, "camera_available", lambda: True)
    shot = write_jpeg(tmp_path / "camera.jpg", scene(640, 480, (0, 0, 200)), taken=VISIT_DAY)
    monkeypatch.setattr(camera, "take_photo", lambda parent=None: shot)
    w = VisitWindow(ws, visit_id)
    qtbot.addWidget(w)
    s = w.photo_strips["greeting"]
    assert not s.camera_button.isHidden()
    qtbot.mouseClick(s.camera_button, Qt.MouseButton.LeftButton)
    assert s.list.count() == 1
    assert w.editor.photos()[0].filename == "camera.jpg"
