"""The photo pipeline on real files the tests make."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image

from mystery_shop.photos import pipeline
from mystery_shop.photos.pipeline import PhotoRefused, expand_paths, import_photo, import_photos
from mystery_shop.store.blobs import BlobStore
from support.images import upright, write_jpeg


@pytest.fixture
def blobs(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "blobs")


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_ends_up_upright(tmp_path, blobs, orientation: int) -> None:
    path = write_jpeg(tmp_path / f"o{orientation}.jpg", upright(600, 400), orientation=orientation)
    photo = import_photo(path, blobs)
    assert (photo.width, photo.height) == (600, 400)
    for variant in ("thumb.jpg", "report.jpg"):
        im = Image.open(blobs.cache_path(photo.sha256, variant))
        assert im.width > im.height  # landscape, as the picture was taken
        w, h = im.size
        top_left = im.getpixel((w // 10, h // 10))
        bottom_right = im.getpixel((w - w // 10, h - h // 10))
        assert top_left[0] > 180 and top_left[1] < 80, (orientation, variant, top_left)
        assert min(bottom_right) > 200


def test_capture_time_with_offset_and_gps(tmp_path, blobs) -> None:
    path = write_jpeg(tmp_path / "a.jpg", taken="2026:11:20 14:35:07", offset="-03:00", gps=(-33.4543, -70.5961))
    photo = import_photo(path, blobs)
    assert photo.taken_at == dt.datetime(2026, 11, 20, 14, 35, 7, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    assert photo.latitude == pytest.approx(-33.4543, abs=1e-5)
    assert photo.longitude == pytest.approx(-70.5961, abs=1e-5)
    north_east = import_photo(
        write_jpeg(tmp_path / "b.jpg", taken="2026:11:20 09:00:00", gps=(51.7794, 19.4476)), blobs
    )
    assert north_east.taken_at == dt.datetime(2026, 11, 20, 9, 0)  # no offset: the camera's local time
    assert (round(north_east.latitude, 4), round(north_east.longitude, 4)) == (51.7794, 19.4476)
    bare = import_photo(write_jpeg(tmp_path / "c.jpg"), blobs)
    assert (bare.taken_at, bare.latitude, bare.longitude) == (None, None, None)


def test_bad_files_are_refused_and_the_good_ones_go_in(tmp_path, blobs, monkeypatch) -> None:
    good1 = write_jpeg(tmp_path / "good1.jpg", upright(800, 600))
    text = tmp_path / "notes.jpg"
    text.write_text("this is not a photo")
    whole = write_jpeg(tmp_path / "whole.jpg", Image.effect_noise((800, 600), 60).convert("RGB"))
    truncated = tmp_path / "truncated.jpg"
    truncated.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    heic = tmp_path / "phone.heic"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64)
    bomb = tmp_path / "bomb.png"
    Image.new("1", (12000, 12000)).save(bomb)  # small on disk, 144 MP when decoded
    gone = tmp_path / "gone.jpg"
    good2 = write_jpeg(tmp_path / "good2.jpg", upright(640, 480))
    bmp = tmp_path / "scan.bmp"
    upright().save(bmp)

    results = import_photos([good1, text, truncated, empty, heic, bomb, gone, good2, bmp], blobs)
    by_name = {r.path.name: r for r in results}
    assert by_name["good1.jpg"].status == "added"
    assert by_name["good2.jpg"].status == "added"
    assert by_name["notes.jpg"].reason == "not an image Pillow can read"
    assert by_name["truncated.jpg"].reason == "the image is truncated or damaged"
    assert by_name["empty.jpg"].reason == "the file is empty"
    assert by_name["phone.heic"].reason.startswith("HEIC/HEIF is not supported")
    assert "megapixels" in by_name["bomb.png"].reason
    assert "gone" in by_name["gone.jpg"].reason
    assert by_name["scan.bmp"].reason.startswith("BMP images are not supported")
    stored = [p for p in (tmp_path / "blobs").rglob("*") if p.is_file() and "cache" not in p.parts]
    assert len(stored) == 2  # only the good ones, and no temporary files


def test_file_vanishing_mid_import_is_refused(tmp_path, blobs, monkeypatch) -> None:
    path = write_jpeg(tmp_path / "a.jpg")
    real = Path.read_bytes

    def vanish(self: Path) -> bytes:
        if self == path:
            self.unlink()
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", vanish)
    with pytest.raises(PhotoRefused, match="gone"):
        import_photo(path, blobs)


def test_duplicate_is_stored_once(tmp_path, blobs) -> None:
    path = write_jpeg(tmp_path / "a.jpg")
    copy = tmp_path / "copy-of-a.jpg"
    copy.write_bytes(path.read_bytes())
    first, second = import_photos([path, copy], blobs)
    assert first.status == "added"
    assert second.status == "duplicate"
    assert first.photo.sha256 == second.photo.sha256
    assert blobs.path(first.photo.sha256).read_bytes() == path.read_bytes()  # the original, byte for byte


def test_draft_mode_never_fully_decodes_a_big_jpeg(tmp_path, blobs, monkeypatch) -> None:
    path = write_jpeg(tmp_path / "big.jpg", upright(4000, 3000))
    seen: list[tuple[int, int]] = []
    real_load = Image.Image.load

    def spy(self):  # type: ignore[no-untyped-def]
        result = real_load(self)
        seen.append(self.size)
        return result

    monkeypatch.setattr(Image.Image, "load", spy)
    import_photo(path, blobs)
    assert seen
    assert max(w for w, _ in seen) <= 2000  # decoded at 1/2 scale at most, never 4000 px wide


def test_derived_copies_are_remade_when_missing(tmp_path, blobs) -> None:
    photo = import_photo(write_jpeg(tmp_path / "a.jpg", upright(3000, 2000)), blobs)
    report = blobs.cache_path(photo.sha256, "report.jpg")
    report.unlink()
    assert pipeline.derived(blobs, photo.sha256, "report.jpg") == report
    assert Image.open(report).size == (2048, 1365)  # capped at REPORT_MAX


def test_blob_store_leaves_nothing_half_written(tmp_path, monkeypatch) -> None:
    blobs = BlobStore(tmp_path / "b")

    class Broken:
        def __init__(self) -> None:
            self.calls = 0

        def read(self, n: int) -> bytes:
            self.calls += 1
            if self.calls > 2:
                raise OSError("the card reader was pulled out")
            return b"x" * n

    with pytest.raises(OSError, match="pulled out"):
        blobs.put_stream(Broken())  # type: ignore[arg-type]
    assert [p for p in (tmp_path / "b").rglob("*") if p.is_file()] == []
    sha, size, present = blobs.put_bytes(b"hello")
    assert (size, present) == (5, False)
    assert blobs.put_bytes(b"hello")[2] is True
    assert blobs.has(sha)
    with pytest.raises(ValueError, match="SHA-256"):
        blobs.path("../../etc/passwd")


def test_expand_paths_takes_images_in_folders(tmp_path) -> None:
    folder = tmp_path / "visit"
    (folder / "sub").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    for name in ("b.jpg", "a.PNG", "notes.txt", "sub/c.jpeg", ".hidden/d.jpg", ".e.jpg"):
        (folder / name).write_bytes(b"x")
    single = tmp_path / "single.jpg"
    assert expand_paths([folder, single]) == [folder / "a.PNG", folder / "b.jpg", folder / "sub/c.jpeg", single]
