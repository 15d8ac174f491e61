"""Verifying a signed report: intact and whole passes; every kind of change fails with its reason."""

from __future__ import annotations

import io
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from signing_support import (
    FIRM,
    PASSPHRASE,
    append_text_stamp,
    byte_in_first_range,
    byte_range,
    flip_byte,
    key_usage,
    make_custom_p12,
    make_key,
    make_pdf,
)

from mystery_shop.cli import main
from mystery_shop.reports.signing import FirmSigner, load_signer, sign_pdf
from mystery_shop.reports.verification import TrustFileError, verify_pdf

SCRIPT = Path(sys.executable).with_name("mystery-shop")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("verify")


@pytest.fixture(scope="module")
def p12(folder: Path) -> Path:
    return make_key(folder)


@pytest.fixture(scope="module")
def signer(p12: Path) -> FirmSigner:
    return load_signer(p12, PASSPHRASE)


@pytest.fixture(scope="module")
def unsigned(folder: Path) -> Path:
    return make_pdf(folder / "unsigned.pdf")


@pytest.fixture(scope="module")
def signed(folder: Path, unsigned: Path, signer: FirmSigner) -> Path:
    dst = folder / "signed.pdf"
    sign_pdf(unsigned, dst, signer)
    return dst


def _copy_with(tmp_path: Path, data: bytes, name: str = "changed.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _text(reasons: list[str]) -> str:
    return " | ".join(reasons)


# ------------------------------------------------------------------ what passes


def test_the_intact_file_passes(signed: Path) -> None:
    result = verify_pdf(signed)
    assert result.ok
    assert result.signed and result.intact and result.covers_whole_file
    assert result.signer == FIRM and result.signer_subject == f"CN={FIRM}, O={FIRM}"
    assert result.trusted is None
    assert "intact and covers the whole file" in result.reasons[0]
    assert "not checked against a trusted certificate" in _text(result.reasons)


def test_trusted_with_the_firms_certificate_and_not_with_another(signed: Path, p12: Path, folder: Path) -> None:
    result = verify_pdf(signed, trust=p12.with_suffix(".crt"))
    assert result.ok and result.trusted is True
    assert "the signer is trusted" in _text(result.reasons)

    other = make_key(folder, name=FIRM, which=1)  # the same name, another key: an impostor
    result = verify_pdf(signed, trust=other.with_suffix(".crt"))
    assert result.ok  # intact and whole: trust is reported beside it
    assert result.trusted is False
    assert "not trusted" in _text(result.reasons) and "another key" in _text(result.reasons)


def test_a_der_certificate_can_be_trusted_too(signed: Path, p12: Path, tmp_path: Path) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    cert = x509.load_pem_x509_certificate(p12.with_suffix(".crt").read_bytes())
    der = tmp_path / "firm.cer"
    der.write_bytes(cert.public_bytes(Encoding.DER))
    assert verify_pdf(signed, trust=der).trusted is True


def test_an_unusable_trust_file_is_the_callers_error(signed: Path, tmp_path: Path, unsigned: Path) -> None:
    with pytest.raises(TrustFileError, match="no such file"):
        verify_pdf(signed, trust=tmp_path / "missing.crt")
    with pytest.raises(TrustFileError, match="not a certificate"):
        verify_pdf(signed, trust=unsigned)


def test_a_signer_without_non_repudiation_is_flagged(tmp_path: Path, unsigned: Path) -> None:
    """Our signer refuses such a key; a file signed with one elsewhere is not trusted, in words."""
    p12 = make_custom_p12(tmp_path / "plain.p12", key_usage=key_usage(non_repudiation=False))
    simple = signers.SimpleSigner.load_pkcs12(str(p12), passphrase=PASSPHRASE)
    writer = IncrementalPdfFileWriter(io.BytesIO(unsigned.read_bytes()))
    out = io.BytesIO()
    signers.PdfSigner(signers.PdfSignatureMetadata(field_name="Sig"), simple).sign_pdf(writer, output=out)
    path = _copy_with(tmp_path, out.getvalue())
    result = verify_pdf(path, trust=p12.with_suffix(".crt"))
    assert result.intact and result.trusted is False
    assert "lacks non-repudiation" in _text(result.reasons)
    assert result.level == "PKCS#7 (not PAdES)"
    assert "no non-repudiation" in _text(verify_pdf(path).reasons)


# ------------------------------------------------------------------ what fails, and why


def test_one_flipped_byte_in_the_signed_range_fails(signed: Path, tmp_path: Path) -> None:
    data = signed.read_bytes()
    result = verify_pdf(_copy_with(tmp_path, flip_byte(data, byte_in_first_range(data))))
    assert not result.ok
    assert result.intact is False
    assert "altered" in _text(result.reasons)
    assert result.signer == FIRM  # still says who signed what is now changed


@pytest.mark.parametrize("where", [0.1, 0.5, 0.9, 0.999])
def test_a_flipped_byte_anywhere_in_the_signed_ranges_fails(signed: Path, tmp_path: Path, where: float) -> None:
    data = signed.read_bytes()
    _s1, len1, start2, len2 = byte_range(data)
    signed_positions = [*range(len1), *range(start2, start2 + len2)]
    at = signed_positions[int(where * (len(signed_positions) - 1))]
    result = verify_pdf(_copy_with(tmp_path, flip_byte(data, at)))
    assert not result.ok
    assert "altered" in _text(result.reasons) or "truncated" in _text(result.reasons), result.reasons


def test_a_stamp_added_after_signing_fails(signed: Path, tmp_path: Path) -> None:
    stamped = append_text_stamp(signed, tmp_path / "stamped.pdf")
    result = verify_pdf(stamped)
    assert not result.ok
    assert result.intact is True  # what was signed is unchanged ...
    assert result.covers_whole_file is False  # ... but the file holds more than that
    assert "changed after signing" in _text(result.reasons)
    assert "does not cover the whole file" in _text(result.reasons)


@pytest.mark.parametrize("keep", [0.999, 0.97, 0.5, 0.02])
def test_a_truncated_file_fails(signed: Path, tmp_path: Path, keep: float) -> None:
    data = signed.read_bytes()
    result = verify_pdf(_copy_with(tmp_path, data[: int(len(data) * keep)]))
    assert not result.ok
    assert "truncated" in _text(result.reasons), result.reasons


def test_cut_back_to_before_the_signature_is_unsigned(signed: Path, unsigned: Path, tmp_path: Path) -> None:
    data = signed.read_bytes()
    original = unsigned.read_bytes()
    assert data.startswith(original)  # signing only appended
    result = verify_pdf(_copy_with(tmp_path, data[: len(original)]))
    assert not result.ok and "no digital signature" in _text(result.reasons)


def test_an_unsigned_file_fails(unsigned: Path) -> None:
    result = verify_pdf(unsigned)
    assert not result.ok and not result.signed
    assert result.reasons == ["the file has no digital signature"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "the file is empty"), (b"PK\x03\x04 a zip file", "not a PDF file"), (b"%PDF-1.7\n", "truncated")],
)
def test_files_that_are_not_pdfs_fail(tmp_path: Path, content: bytes, reason: str) -> None:
    result = verify_pdf(_copy_with(tmp_path, content))
    assert not result.ok and reason in _text(result.reasons)
    assert result.readable


def test_a_missing_file_fails_without_a_traceback(tmp_path: Path) -> None:
    result = verify_pdf(tmp_path / "missing.pdf")
    assert not result.ok and not result.readable
    assert result.reasons == ["no such file"]


def test_pyhankos_trust_warnings_stay_out_of_the_log(signed: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="pyhanko"):
        verify_pdf(signed)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


# ------------------------------------------------------------------ the command


def test_cli_intact(signed: Path, p12: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(signed)]) == 0
    out = capsys.readouterr().out
    assert f"signed by:  {FIRM}" in out
    assert "whole file: yes" in out and "intact:     yes" in out
    assert "trusted:    not checked" in out and "result:     OK" in out
    assert "signature:  PAdES B-B" in out

    assert main(["verify", str(signed), "--trust", str(p12.with_suffix(".crt"))]) == 0
    assert "trusted:    yes" in capsys.readouterr().out


def test_cli_failures_exit_1_with_the_reason(signed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = signed.read_bytes()
    altered = _copy_with(tmp_path, flip_byte(data, byte_in_first_range(data)), "altered.pdf")
    assert main(["verify", str(altered)]) == 1
    out = capsys.readouterr().out
    assert "intact:     no" in out and "result:     FAILED" in out and "altered" in out

    stamped = append_text_stamp(signed, tmp_path / "stamped.pdf")
    assert main(["verify", str(stamped)]) == 1
    out = capsys.readouterr().out
    assert "whole file: no" in out and "intact:     yes" in out and "changed after signing" in out

    truncated = _copy_with(tmp_path, data[: len(data) // 2], "truncated.pdf")
    assert main(["verify", str(truncated)]) == 1
    assert "truncated" in capsys.readouterr().out


def test_cli_usage_errors_exit_2(signed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(tmp_path / "missing.pdf")]) == 2
    assert "missing.pdf: no such file" in capsys.readouterr().err
    assert main(["verify", str(signed), "--trust", str(tmp_path / "nope.crt")]) == 2
    assert "nope.crt: no such file" in capsys.readouterr().err


def test_the_console_script(signed: Path) -> None:
    """Once through the installed ``mystery-shop`` script (the rest goes through ``main``)."""
    proc = subprocess.run(
        [str(SCRIPT), "verify", str(signed)], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "result:     OK" in proc.stdout
    assert proc.stderr == ""  # no warnings, no tracebacks
