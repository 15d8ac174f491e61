"""The import pipeline on real files the tests make: orientation, EXIF, refusals, duplicates, draft mode."""

from __future__ import annotations

import datetime as dt
import errno
import io
from pathlib import Path

import pytest
from PIL import Image, ImageFile, JpegImagePlugin, features

from mystery_shop.photos import (
    REPORT_SIZE,
    THUMB_SIZE,
    PhotoRefused,
    Status,
    expand_paths,
    import_photo,
    import_photos,
    pipeline,
    report_copy,
    thumbnail,
)
from mystery_shop.photos import decode as decode_module
from mystery_shop.store.blobs import BlobStore
from support.images import heic_header, noisy, png_claiming, upright, write_jpeg


@pytest.fixture
def blobs(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "blobs")


def originals(blobs: BlobStore) -> list[Path]:
    """Every file in the store but the derived cache: blobs, and any temporary file left behind."""
    return sorted(p for p in blobs.root.rglob("*") if p.is_file() and "cache" not in p.relative_to(blobs.root).parts)


def is_red(pixel) -> bool:
    return pixel[0] > 170 and pixel[1] < 90 and pixel[2] < 90


def is_white(pixel) -> bool:
    return min(pixel) > 200


def assert_upright(path: Path, size: tuple[int, int]) -> None:
    with Image.open(path) as im:
        assert im.size == size
        w, h = im.size
        assert is_red(im.getpixel((w // 10, h // 10))), "the red block is top left"
        assert is_white(im.getpixel((w - 1 - w // 10, h // 10)))
        assert is_white(im.getpixel((w // 10, h - 1 - h // 10)))
        assert is_white(im.getpixel((w - 1 - w // 10, h - 1 - h // 10)))


# ---------------------------------------------------------------- orientation


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_ends_up_upright(tmp_path, blobs, orientation: int) -> None:
    path = write_jpeg(tmp_path / f"o{orientation}.jpg", upright(600, 400), orientation=orientation)
    with Image.open(path) as stored:
        assert stored.size == ((400, 600) if orientation >= 5 else (600, 400))  # the file is really turned
    photo = import_photo(path, blobs)
    assert (photo.width, photo.height) == (600, 400)
    assert_upright(photo.thumbnail_path, (256, 171))
    assert_upright(photo.report_path, (600, 400))  # smaller than the report size: never enlarged


@pytest.mark.parametrize("orientation", [6, 8])
def test_a_big_turned_photo_is_upright_at_report_size(tmp_path, blobs, orientation: int) -> None:
    path = write_jpeg(tmp_path / "big.jpg", upright(4000, 3000), orientation=orientation)
    photo = import_photo(path, blobs)
    assert (photo.width, photo.height) == (4000, 3000)
    assert_upright(photo.report_path, (REPORT_SIZE, 1200))
    assert_upright(photo.thumbnail_path, (THUMB_SIZE, 192))


# ---------------------------------------------------------------- capture time and GPS


def test_capture_time_with_its_offset_and_gps_south_west(tmp_path, blobs) -> None:
    path = write_jpeg(tmp_path / "a.jpg", taken="2026:11:20 14:35:07", offset="-03:00", gps=(-33.4543, -70.5961))
    photo = import_photo(path, blobs)
    assert photo.taken_at == dt.datetime(2026, 11, 20, 14, 35, 7, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    assert photo.taken_at.utcoffset() == dt.timedelta(hours=-3)
    assert photo.latitude == pytest.approx(-33.4543, abs=1e-6)
    assert photo.longitude == pytest.approx(-70.5961, abs=1e-6)


def test_capture_time_without_offset_is_the_cameras_clock_and_gps_north_east(tmp_path, blobs) -> None:
    photo = import_photo(write_jpeg(tmp_path / "b.jpg", taken="2026:11:20 09:00:00", gps=(51.7794, 19.4476)), blobs)
    assert photo.taken_at == dt.datetime(2026, 11, 20, 9, 0)
    assert photo.taken_at.tzinfo is None
    assert (photo.latitude, photo.longitude) == (pytest.approx(51.7794, abs=1e-6), pytest.approx(19.4476, abs=1e-6))


def test_datetime_is_the_fallback_with_its_own_offset(tmp_path, blobs) -> None:
    path = write_jpeg(tmp_path / "c.jpg", datetime="2026:11:21 08:15:00", datetime_offset="+05:30")
    photo = import_photo(path, blobs)
    assert photo.taken_at == dt.datetime(2026, 11, 21, 8, 15, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    # DateTimeOriginal wins over DateTime when both are there
    both = write_jpeg(tmp_path / "d.jpg", taken="2026:11:20 10:00:00", datetime="2026:11:22 10:00:00")
    assert import_photo(both, blobs).taken_at == dt.datetime(2026, 11, 20, 10, 0)


def test_no_or_nonsense_exif_reads_as_none(tmp_path, blobs) -> None:
    bare = import_photo(write_jpeg(tmp_path / "e.jpg"), blobs)
    assert (bare.taken_at, bare.latitude, bare.longitude) == (None, None, None)
    zeros = import_photo(write_jpeg(tmp_path / "f.jpg", taken="0000:00:00 00:00:00", offset="+99:99"), blobs)
    assert zeros.taken_at is None
    no_exif = tmp_path / "g.png"
    upright().save(no_exif)
    assert import_photo(no_exif, blobs).taken_at is None


# ---------------------------------------------------------------- refusals in a batch


def test_bad_files_are_refused_with_reasons_and_the_good_ones_go_in(tmp_path, blobs) -> None:
    good1 = write_jpeg(tmp_path / "good1.jpg", upright(800, 600))
    text = tmp_path / "notes.jpg"
    text.write_text("this is not a photo")
    whole = write_jpeg(tmp_path / "whole.jpg", noisy(800, 600))
    truncated = tmp_path / "truncated.jpg"
    truncated.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    heic = heic_header(tmp_path / "IMG_0001.HEIC")
    bomb = png_claiming(tmp_path / "bomb.png", 20_000, 20_000)  # 400 MP: over twice the limit, Pillow raises
    gone = tmp_path / "gone.jpg"  # listed, then deleted before the import reached it
    good2 = write_jpeg(tmp_path / "good2.jpg", upright(640, 480))
    bmp = tmp_path / "scan.bmp"
    upright().save(bmp)
    folder = tmp_path / "a folder.jpg"
    folder.mkdir()

    batch = [good1, text, truncated, empty, heic, bomb, gone, good2, bmp, folder]
    assert bomb.stat().st_size < 2000
    results = import_photos(batch, blobs)
    assert [r.path for r in results] == batch
    by_name = {r.path.name: r for r in results}
    assert [r.path.name for r in results if r.status is Status.ADDED] == ["good1.jpg", "good2.jpg"]
    assert by_name["notes.jpg"].reason == "not an image Pillow can read"
    assert by_name["truncated.jpg"].reason == decode_module.CUT_SHORT
    assert by_name["empty.jpg"].reason == "the file is empty"
    assert by_name["IMG_0001.HEIC"].reason.startswith("HEIC is not supported: export it as JPEG")
    assert by_name["bomb.png"].reason == "the image is too large (more than 120 megapixels)"
    assert by_name["gone.jpg"].reason == "no such file"  # never there: not "gone during the import"
    assert by_name["scan.bmp"].reason == "BMP images are not supported: use JPEG, PNG, WebP, TIFF or GIF"
    assert by_name["a folder.jpg"].reason == "this is a folder, not a file"
    assert by_name["notes.jpg"].message == "notes.jpg: not an image Pillow can read"
    assert all(r.photo is None for r in results if r.status is Status.REFUSED)
    # only the two good originals are stored, and no temporary file is left
    assert originals(blobs) == sorted(blobs.path(by_name[n].photo.sha256) for n in ("good1.jpg", "good2.jpg"))


def test_a_jpeg_missing_only_its_end_is_refused(tmp_path, blobs) -> None:
    whole = write_jpeg(tmp_path / "whole.jpg", noisy(2000, 1500))
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[:-2])  # no end-of-image marker
    assert not ImageFile.LOAD_TRUNCATED_IMAGES
    with pytest.raises(PhotoRefused, match="cut short"):
        import_photo(cut, blobs)  # decoded in draft mode (1/2 scale) and still caught
    assert originals(blobs) == []


def test_a_jpeg_cut_anywhere_is_refused_as_cut_short(tmp_path, blobs, caplog) -> None:
    """Cut in the headers (EXIF, tables) or in the pixels, the reason is the same, never "internal error"."""
    exif = Image.Exif()
    exif[0x0132] = "2026:01:01 10:00:00"
    buf = io.BytesIO()
    noisy(800, 600).save(buf, "JPEG", quality=90, exif=exif)
    whole = buf.getvalue()
    cuts = [*range(4, 700, 9), *range(700, len(whole) - 2, len(whole) // 25)]
    paths = []
    for cut in cuts:
        paths.append(tmp_path / f"cut-{cut}.jpg")
        paths[-1].write_bytes(whole[:cut])
    results = import_photos(paths, blobs)
    reasons = {r.reason for r in results}
    assert all(r.status is Status.REFUSED for r in results)
    assert decode_module.CUT_SHORT in reasons
    assert not [r for r in reasons if "internal error" in r], reasons
    assert reasons <= {decode_module.CUT_SHORT, "not an image Pillow can read"} | {
        r for r in reasons if r.startswith("the image data is damaged")
    }
    assert "Traceback" not in caplog.text
    assert originals(blobs) == []


def test_pillows_bomb_warning_band_is_refused_too(tmp_path, blobs, monkeypatch) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100_000)
    monkeypatch.setattr(decode_module, "MAX_PIXELS", 100_000)
    path = write_jpeg(tmp_path / "a.jpg", upright(400, 300))  # 120,000 px: Pillow only warns
    with pytest.warns(Image.DecompressionBombWarning), pytest.raises(PhotoRefused, match=r"too large \(400 x 300"):
        import_photo(path, blobs)
    huge = write_jpeg(tmp_path / "b.jpg", upright(600, 400))  # 240,000 px: Pillow raises
    with pytest.raises(PhotoRefused, match="too large"):
        import_photo(huge, blobs)


@pytest.mark.skipif(not features.check("avif"), reason="this Pillow cannot write AVIF")
def test_avif_that_pillow_could_read_is_still_refused(tmp_path, blobs) -> None:
    path = tmp_path / "a.avif"
    upright().save(path, "AVIF")
    with pytest.raises(PhotoRefused, match="AVIF is not supported"):
        import_photo(path, blobs)


def test_a_file_unreadable_midway_is_refused_and_nothing_stored(tmp_path, blobs, monkeypatch) -> None:
    path = write_jpeg(tmp_path / "a.jpg", noisy(1200, 900))
    real_stage = BlobStore.stage

    class FailsMidway(io.RawIOBase):
        def __init__(self, fh) -> None:
            self.fh = fh

        def read(self, n: int = -1) -> bytes:
            if self.fh.tell() > 1000:
                raise OSError(errno.EIO, "Input/output error")
            return self.fh.read(n)

    monkeypatch.setattr(BlobStore, "stage", lambda self, fh: real_stage(self, FailsMidway(fh)))
    with pytest.raises(PhotoRefused, match=r"could not be read to the end \(Input/output error\)"):
        import_photo(path, blobs)
    assert originals(blobs) == []


def test_a_file_deleted_during_the_import_is_refused(tmp_path, blobs, monkeypatch) -> None:
    path = write_jpeg(tmp_path / "a.jpg")
    real_open = Path.open
    opened = []

    def open_then_vanish(self: Path, *args, **kwargs):
        fh = real_open(self, *args, **kwargs)
        if self == path:
            opened.append(self)
            self.unlink()  # gone before the pipeline's second look at it
        return fh

    monkeypatch.setattr(Path, "open", open_then_vanish)
    with pytest.raises(PhotoRefused, match="the file is gone"):
        import_photo(path, blobs)
    assert opened == [path]
    assert originals(blobs) == []


def test_a_file_still_being_written_is_refused(tmp_path, blobs, monkeypatch) -> None:
    path = write_jpeg(tmp_path / "a.jpg", noisy(800, 600))
    real_decode = pipeline.decode

    def decode_while_it_grows(fh, long_side):
        with path.open("ab") as more:
            more.write(b"\0" * 1000)
        return real_decode(fh, long_side)

    monkeypatch.setattr(pipeline, "decode", decode_while_it_grows)
    with pytest.raises(PhotoRefused, match="changed during the import"):
        import_photo(path, blobs)
    assert originals(blobs) == []


def test_a_bug_refuses_one_file_and_the_batch_goes_on(tmp_path, blobs, monkeypatch) -> None:
    bad = write_jpeg(tmp_path / "bad.jpg")
    good = write_jpeg(tmp_path / "good.jpg", upright(300, 200))
    real = pipeline.ex.gps

    def broken(exif):
        if exif.get(0x0112) and bad.exists() and not hasattr(broken, "done"):
            broken.done = True
            raise RuntimeError("bug")
        return real(exif)

    monkeypatch.setattr(pipeline.ex, "gps", broken)
    first, second = import_photos([bad, good], blobs)
    assert first.status is Status.REFUSED and "internal error: RuntimeError" in first.reason
    assert second.status is Status.ADDED


# ---------------------------------------------------------------- duplicates and derived copies


def test_the_same_photo_twice_is_stored_once(tmp_path, blobs, monkeypatch) -> None:
    path = write_jpeg(tmp_path / "a.jpg", noisy(1000, 750))
    copy = tmp_path / "copy of a.jpg"
    copy.write_bytes(path.read_bytes())
    writes = []
    real_write = BlobStore.write_cache
    monkeypatch.setattr(BlobStore, "write_cache", lambda self, *a: writes.append(a[1]) or real_write(self, *a))
    first, second = import_photos([path, copy], blobs)
    assert (first.status, second.status) == ("added", "duplicate")
    assert second.message == "copy of a.jpg: already in the photo store (stored once)"
    assert first.photo.sha256 == second.photo.sha256
    assert second.photo.filename == "copy of a.jpg"
    assert originals(blobs) == [blobs.path(first.photo.sha256)]
    assert blobs.path(first.photo.sha256).read_bytes() == path.read_bytes()  # byte for byte
    assert writes == ["report.jpg", "thumb.jpg"]  # the copies were made once
    assert second.photo.thumbnail_path == first.photo.thumbnail_path


def test_derived_copies_are_made_again_on_demand(tmp_path, blobs, monkeypatch) -> None:
    photo = import_photo(write_jpeg(tmp_path / "a.jpg", upright(3000, 2000), orientation=3), blobs)
    assert Image.open(photo.report_path).size == (1600, 1067)
    photo.report_path.unlink()
    photo.thumbnail_path.write_bytes(b"")  # a power cut before the cache reached the disk
    drafts = spy_drafts(monkeypatch)
    assert thumbnail(blobs, photo.sha256) == photo.thumbnail_path
    assert drafts[-1][1] == (375, 250)  # a lost thumbnail costs a 1/8-scale decode
    assert_upright(photo.thumbnail_path, (256, 171))
    assert report_copy(blobs, photo.sha256) == photo.report_path
    assert_upright(photo.report_path, (1600, 1067))
    with pytest.raises(FileNotFoundError):
        thumbnail(blobs, "0" * 64)


def test_other_formats_and_modes(tmp_path, blobs) -> None:
    rgba = Image.new("RGBA", (400, 300), (0, 0, 0, 0))
    rgba.paste((220, 0, 0, 255), (0, 0, 100, 75))
    rgba.save(tmp_path / "clear.png")
    upright(400, 300).save(tmp_path / "a.webp", quality=90)
    upright(400, 300).save(tmp_path / "a.tif")
    upright(400, 300).convert("P").save(tmp_path / "a.gif", save_all=True, append_images=[Image.new("P", (400, 300))])
    gradient = Image.linear_gradient("L").resize((300, 200)).convert("I").point(lambda v: v * 256)
    gradient.convert("I;16").save(tmp_path / "deep.png")  # 16 bits a sample, black at the top to white
    Image.new("CMYK", (300, 200), (0, 255, 255, 0)).save(tmp_path / "cmyk.jpg")
    names = ["clear.png", "a.webp", "a.tif", "a.gif", "deep.png", "cmyk.jpg"]
    results = import_photos([tmp_path / n for n in names], blobs)
    assert [r.reason for r in results] == [""] * len(names)
    assert [r.photo.format for r in results] == ["PNG", "WebP", "TIFF", "GIF", "PNG", "JPEG"]
    for r in results[:4]:  # transparency on white; the first GIF frame
        assert_upright(r.photo.report_path, (400, 300))
    with Image.open(results[4].photo.thumbnail_path) as deep:
        assert deep.getpixel((100, 0))[0] < 30  # 16-bit scaled, not clipped to white everywhere
        assert 100 < deep.getpixel((100, 85))[0] < 160
        assert deep.getpixel((100, 170))[0] > 220
    with Image.open(results[5].photo.report_path) as cmyk:
        assert is_red(cmyk.getpixel((150, 100)))


# ---------------------------------------------------------------- draft mode


def spy_drafts(monkeypatch) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(requested size, size after the draft) for every JPEG draft call."""
    calls = []
    real = JpegImagePlugin.JpegImageFile.draft

    def draft(self, mode, size):
        result = real(self, mode, size)
        calls.append((size, self.size))
        return result

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", draft)
    return calls


def test_a_12_mp_jpeg_is_never_fully_decoded(tmp_path, blobs, monkeypatch) -> None:
    path = write_jpeg(tmp_path / "big.jpg", upright(4000, 3000))
    drafts = spy_drafts(monkeypatch)
    loaded = []
    real_load = ImageFile.ImageFile.load

    def load(self):
        result = real_load(self)
        loaded.append(self.size)
        return result

    monkeypatch.setattr(ImageFile.ImageFile, "load", load)
    photo = import_photo(path, blobs)
    assert drafts == [((1600, 1200), (2000, 1500))]  # the smallest scale (1/2) still >= the report size
    assert loaded and max(w for w, _ in loaded) == 2000  # libjpeg decoded 2000 px wide, never 4000
    assert (photo.width, photo.height) == (4000, 3000)  # the original's size is still reported
    assert Image.open(photo.report_path).size == (1600, 1200)


# ---------------------------------------------------------------- dropped folders


def test_expand_paths_takes_the_images_in_folders(tmp_path) -> None:
    folder = tmp_path / "visit"
    (folder / "sub").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    for name in ("b.jpg", "a.PNG", "C.jpeg", "notes.txt", "sub/c.jpeg", ".hidden/d.jpg", ".e.jpg", "x.heic"):
        (folder / name).write_bytes(b"x")
    single = tmp_path / "single.txt"  # a file dropped on its own is kept: the import says what is wrong with it
    expected = ["a.PNG", "b.jpg", "C.jpeg", "sub/c.jpeg", "x.heic"]
    assert expand_paths([folder, single]) == [folder / n for n in expected] + [single]
    assert expand_paths([]) == []


def test_a_png_of_an_absurd_pixel_count_is_refused_from_its_header(tmp_path, blobs) -> None:
    """1 x 99,000,000 pixels in a few KB (it took 2.1 GB to decode): refused before anything is decoded."""
    import time
    import tracemalloc

    bomb = png_claiming(tmp_path / "strip.png", 1, 99_000_000)
    assert bomb.stat().st_size < 10_000
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(PhotoRefused) as e:
        import_photo(bomb, blobs)
    took = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "too large for its shape" in e.value.reason and "1 x 99000000" in e.value.reason, e.value.reason
    assert took < 2 and peak < 20 << 20, (took, peak)
    assert originals(blobs) == []


def test_the_largest_camera_photos_and_panoramas_pass_the_size_limit() -> None:
    """A 108 MP phone photo, a 102 MP medium-format one and a 1:10 panorama are photos; a 1-pixel strip is not."""
    from mystery_shop.photos.decode import too_large

    assert too_large(12_000, 9_000) is None
    assert too_large(11_648, 8_736) is None
    assert too_large(30_000, 3_000) is None
    assert too_large(1, 99_000_000) is not None
    assert too_large(11_000, 11_000) is not None  # 121 MP
