"""A photo's annotated copy travels with it: pushed with the photo, fetched by the other laptop."""

from __future__ import annotations

import io

from PIL import Image
from server.harness import Firm, today

from mystery_shop.services import photos
from support.images import upright


def _jpeg(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (600, 400), colour).save(out, "JPEG", quality=90)
    return out.getvalue()


def test_annotated_copy_is_uploaded_and_downloaded(firm: Firm, laptop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    alice = laptop("alice")
    assert alice.sync().exit_code == 0
    visit_id = alice.ws.create_visit("shop", firm.location_id, today())
    ed = alice.ws.open_visit(visit_id)
    picture = tmp_path / "door.jpg"
    upright().save(picture)
    added = photos.add_files(ed, "greeting", [picture])[0]
    annotated = photos.set_annotation(ed, added.photo_id, _jpeg("red"))
    original = ed.photos()[0].sha256
    assert annotated is not None and annotated != original

    pushed = alice.sync()
    assert pushed.exit_code == 0, [i.line() for i in pushed.issues]
    assert pushed.blobs_up == 2  # the original and the annotated copy
    assert alice.server.config.blob_dir.joinpath(annotated[:2], annotated[2:]).is_file()

    sue = laptop("sue")
    got = sue.sync()
    assert got.exit_code == 0, got
    assert got.blobs_down == 2
    sed = sue.ws.open_visit(visit_id)
    assert photos.annotations(sed) == {added.photo_id: annotated}
    assert sue.ws.blobs.path(annotated).read_bytes() == alice.ws.blobs.path(annotated).read_bytes()

    # A changed annotation is a new blob; removing it travels as a cleared field.
    ed = alice.ws.open_visit(visit_id)
    second = photos.set_annotation(ed, added.photo_id, _jpeg("blue"))
    assert alice.sync().blobs_up == 1
    assert sue.sync().blobs_down == 1
    assert photos.annotations(sue.ws.open_visit(visit_id)) == {added.photo_id: second}
    photos.set_annotation(alice.ws.open_visit(visit_id), added.photo_id, None)
    assert alice.sync().exit_code == 0
    assert sue.sync().exit_code == 0
    assert photos.annotations(sue.ws.open_visit(visit_id)) == {}
    assert sue.ws.blobs.has(original)
