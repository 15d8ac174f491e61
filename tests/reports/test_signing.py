"""Signing a finished report: PAdES B-B (B-T with a timestamp server), a visible block, nothing after."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import subprocess
from pathlib import Path

import pypdf
import pytest
from PIL import Image
from signing_support import (
    FIRM,
    PASSPHRASE,
    TimestampServer,
    key_usage,
    make_custom_p12,
    make_key,
    make_pdf,
    pdfsig,
    unembedded_fonts,
)

from mystery_shop.reports.boxes import SignatureBox
from mystery_shop.reports.signing import (
    FirmSigner,
    SigningError,
    draw_signature_block,
    load_signer,
    sign_pdf,
    signature_block_lines,
)
from mystery_shop.reports.verification import verify_pdf


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("signing")


@pytest.fixture(scope="module")
def p12(folder: Path) -> Path:
    return make_key(folder)


@pytest.fixture(scope="module")
def signer(p12: Path) -> FirmSigner:
    return load_signer(p12, PASSPHRASE)


@pytest.fixture(scope="module")
def signed(folder: Path, signer: FirmSigner) -> Path:
    """A two-page report signed with the default block, once for the module."""
    src = make_pdf(folder / "report.pdf")
    dst = folder / "report-signed.pdf"
    sign_pdf(src, dst, signer, location="Łódź")
    return dst


def _signature_annotation(path: Path) -> tuple[int, list[float], pypdf.generic.DictionaryObject]:
    reader = pypdf.PdfReader(str(path))
    for index, page in enumerate(reader.pages):
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if annot.get("/FT") == "/Sig" or annot.get("/Parent", {}).get("/FT") == "/Sig":
                return index, [float(v) for v in annot["/Rect"]], annot
    raise AssertionError("no signature widget")


# ------------------------------------------------------------------ the signed file


def test_a_signed_report_is_pades_and_verifies(signed: Path) -> None:
    result = verify_pdf(signed)
    assert result.ok, result.reasons
    assert result.intact and result.covers_whole_file
    assert result.signer == FIRM
    assert result.level == "PAdES B-B" and result.timestamp_time is None
    assert result.signing_time is not None
    assert abs(result.signing_time - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)

    reader = pypdf.PdfReader(str(signed))
    sig = reader.trailer["/Root"]["/AcroForm"]["/Fields"][0].get_object()["/V"].get_object()
    assert sig["/SubFilter"] == "/ETSI.CAdES.detached"
    assert sig["/Reason"] == f"Report issued by {FIRM}"
    assert sig["/Location"] == "Łódź"


def test_poppler_agrees_that_the_signature_is_valid(signed: Path) -> None:
    out = pdfsig(signed)
    assert out.get("Signature Validation") == "Signature is Valid.", out["_stdout"]
    assert out.get("Total document signed") == "yes", out["_stdout"]
    assert out.get("Signature Type") == "ETSI.CAdES.detached"
    assert out.get("Signer Certificate Common Name") == FIRM
    # a self-signed certificate is unknown to poppler until someone trusts it: expected
    assert "Certificate Validation" in out


def test_qpdf_finds_no_errors(signed: Path) -> None:
    proc = subprocess.run(["qpdf", "--check", str(signed)], capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "No syntax or stream encoding errors found" in proc.stdout
    assert "WARNING" not in proc.stdout + proc.stderr


def test_every_font_in_the_signed_file_is_embedded(signed: Path) -> None:
    assert unembedded_fonts(signed) == []
    fonts = subprocess.run(["pdffonts", str(signed)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), fonts


def test_the_visible_block_is_on_the_last_page_bottom_right(signed: Path, folder: Path) -> None:
    page_index, rect, annot = _signature_annotation(signed)
    assert page_index == 1  # the last of two pages
    x1, y1, x2, y2 = rect
    width, height = 595.28, 841.89  # A4
    assert width / 2 < x1 < x2 <= width - 20
    assert 40 < y1 < y2 < height / 4  # low on the page, above the footer line at y=30
    assert "/AP" in annot

    # drawn: the box is not blank when the page is rendered
    subprocess.run(
        ["pdftoppm", "-r", "72", "-f", "2", "-l", "2", "-png", str(signed), str(folder / "page")], check=True
    )
    (png,) = folder.glob("page*.png")
    with Image.open(png) as image:
        grey = image.convert("L")
        top = grey.height - y2
        inside = grey.crop((int(x1) + 3, int(top) + 3, int(x2) - 3, int(grey.height - y1) - 3))
        assert inside.getextrema()[0] < 100  # dark text inside the block


def test_the_block_says_who_signed_and_when(tmp_path: Path) -> None:
    when = dt.datetime(2026, 3, 5, 14, 7, 9, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    lines = signature_block_lines(FIRM, when, "Report issued by the firm", "Ñuñoa")
    block = tmp_path / "block.pdf"
    draw_signature_block(block, (0, 0, 216, 66), lines)
    text = pypdf.PdfReader(str(block)).pages[0].extract_text()
    assert "Digitally signed by" in text
    assert FIRM in text
    assert "2026-03-05 14:07:09 UTC+01:00" in text
    assert "Ñuñoa" in text
    assert unembedded_fonts(block) == []


def test_a_long_name_is_shrunk_or_cut_to_fit(tmp_path: Path) -> None:
    lines = signature_block_lines("A" * 300, dt.datetime.now().astimezone(), "r" * 300, None)
    block = tmp_path / "block.pdf"
    draw_signature_block(block, (0, 0, 120, 40), lines)
    assert "…" in pypdf.PdfReader(str(block)).pages[0].extract_text()


def test_a_given_box_and_page_are_used(tmp_path: Path, signer: FirmSigner) -> None:
    src = make_pdf(tmp_path / "r.pdf", pages=3)
    dst = tmp_path / "s.pdf"
    sign_pdf(src, dst, signer, box=SignatureBox(page=1, x1=100, y1=200, x2=350, y2=270), reason="Approved report")
    page_index, rect, _annot = _signature_annotation(dst)
    assert page_index == 1
    assert rect == pytest.approx([100, 200, 350, 270])
    result = verify_pdf(dst)
    assert result.ok, result.reasons

    with pytest.raises(SigningError, match="page 5, but the PDF has 3 pages"):
        sign_pdf(src, dst, signer, box=SignatureBox(page=5, x1=1, y1=1, x2=100, y2=50))


def test_signing_in_place_replaces_the_file_atomically(tmp_path: Path, signer: FirmSigner) -> None:
    report = make_pdf(tmp_path / "report.pdf", pages=1)
    report.chmod(0o644)
    sign_pdf(report, report, signer)
    assert verify_pdf(report).ok
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temporary file left behind
    if os.name == "posix":
        assert stat.S_IMODE(report.stat().st_mode) == 0o644  # readable as the report was, not private


def test_a_second_signature_keeps_the_first_intact(tmp_path: Path, signed: Path, signer: FirmSigner) -> None:
    twice = tmp_path / "twice.pdf"
    sign_pdf(signed, twice, signer)
    result = verify_pdf(twice)
    assert result.ok, result.reasons
    assert result.signatures == 2
    names = re.findall(rb"/T \((Signature\d)\)", twice.read_bytes())
    assert sorted(set(names)) == [b"Signature1", b"Signature2"]


def test_nothing_is_written_when_signing_fails(tmp_path: Path, signer: FirmSigner) -> None:
    not_pdf = tmp_path / "notes.txt"
    not_pdf.write_text("just some notes")
    with pytest.raises(SigningError, match="not a PDF"):
        sign_pdf(not_pdf, tmp_path / "out.pdf", signer)
    with pytest.raises(SigningError, match="no such file"):
        sign_pdf(tmp_path / "missing.pdf", tmp_path / "out.pdf", signer)
    with pytest.raises(SigningError, match="no such folder"):
        sign_pdf(make_pdf(tmp_path / "notes.pdf", pages=1), tmp_path / "gone" / "out.pdf", signer)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.pdf", "notes.txt"]


# ------------------------------------------------------------------ B-T: a timestamp from a TSA


def test_with_a_timestamp_server_the_signature_is_b_t(tmp_path: Path, signer: FirmSigner) -> None:
    src = make_pdf(tmp_path / "r.pdf", pages=1)
    dst = tmp_path / "s.pdf"
    with TimestampServer() as tsa:
        sign_pdf(src, dst, signer, timestamp_url=tsa.url)
        assert tsa.requests >= 1
    result = verify_pdf(dst)
    assert result.ok, result.reasons
    assert result.level == "PAdES B-T"
    assert result.timestamp_time is not None and "Test TSA" in (result.timestamp_authority or "")
    assert result.signing_time is not None
    assert abs(result.timestamp_time - result.signing_time) < dt.timedelta(minutes=1)
    assert 'timestamp authority "Test TSA"' in " ".join(result.reasons)
    assert pdfsig(dst).get("Signature Validation") == "Signature is Valid."


def test_an_unreachable_timestamp_server_is_an_error_and_nothing_is_written(tmp_path: Path, signer: FirmSigner) -> None:
    src = make_pdf(tmp_path / "r.pdf", pages=1)
    with TimestampServer() as tsa:
        url = tsa.url  # a port that was just in use and is now closed
    with pytest.raises(SigningError, match="timestamp server"):
        sign_pdf(src, tmp_path / "s.pdf", signer, timestamp_url=url)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]


# ------------------------------------------------------------------ the key file


def test_a_wrong_or_missing_passphrase_is_said_plainly(p12: Path) -> None:
    with pytest.raises(SigningError, match="wrong passphrase"):
        load_signer(p12, b"not it")
    with pytest.raises(SigningError, match="protected by a passphrase; none was given"):
        load_signer(p12, None)


def test_other_files_are_not_taken_for_keys(tmp_path: Path, p12: Path) -> None:
    with pytest.raises(SigningError, match="no such file"):
        load_signer(tmp_path / "nope.p12", PASSPHRASE)
    with pytest.raises(SigningError, match=r"not a PKCS#12"):
        load_signer(p12.with_suffix(".crt"), PASSPHRASE)
    pdf = make_pdf(tmp_path / "x.pdf", pages=1)
    with pytest.raises(SigningError, match=r"not a PKCS#12"):
        load_signer(pdf, PASSPHRASE)
    with pytest.raises(SigningError, match="is a folder"):
        load_signer(tmp_path, PASSPHRASE)


def test_expired_and_future_certificates_are_refused(tmp_path: Path) -> None:
    old = make_custom_p12(tmp_path / "old.p12", now=dt.datetime.now(dt.UTC) - dt.timedelta(days=400), days=365)
    with pytest.raises(SigningError, match="expired on"):
        load_signer(old, PASSPHRASE)
    future = make_custom_p12(tmp_path / "future.p12", now=dt.datetime.now(dt.UTC) + dt.timedelta(days=10))
    with pytest.raises(SigningError, match="not valid yet"):
        load_signer(future, PASSPHRASE)


def test_a_key_without_non_repudiation_is_refused(tmp_path: Path) -> None:
    plain = make_custom_p12(tmp_path / "plain.p12", key_usage=key_usage(non_repudiation=False))
    with pytest.raises(SigningError, match="lacks non-repudiation"):
        load_signer(plain, PASSPHRASE)
    neither = make_custom_p12(
        tmp_path / "neither.p12", key_usage=key_usage(digital_signature=False, non_repudiation=False)
    )
    with pytest.raises(SigningError, match="lacks digital signature and non-repudiation"):
        load_signer(neither, PASSPHRASE)
    fine = make_custom_p12(tmp_path / "fine.p12", key_usage=key_usage(digital_signature=False))
    assert load_signer(fine, PASSPHRASE).subject_name == FIRM
