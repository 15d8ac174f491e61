"""``keys create``: a self-signed certificate fit for signing reports, in a passphrase-protected PKCS#12."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from signing_support import FIRM, PASSPHRASE, rsa_key

from mystery_shop.cli import main
from mystery_shop.reports import keys as keys_module
from mystery_shop.reports.keys import KeyCreationError, create_signing_key
from mystery_shop.reports.signing import load_signer


@pytest.fixture
def fast_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI makes a fresh RSA 3072 key; reuse the session's one to keep the tests quick."""
    real = create_signing_key

    def create(*args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("key", rsa_key())
        return real(*args, **kwargs)

    monkeypatch.setattr(keys_module, "create_signing_key", create)


def test_the_certificate_is_fit_for_signing_documents(tmp_path: Path) -> None:
    out = tmp_path / "firm.p12"
    made = create_signing_key(FIRM, out, PASSPHRASE, key=rsa_key())

    assert made.p12_path == out and made.crt_path == tmp_path / "firm.crt"
    cert = x509.load_pem_x509_certificate(made.crt_path.read_bytes())
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == FIRM
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == FIRM
    assert cert.issuer == cert.subject
    key = cert.public_key()
    assert isinstance(key, rsa.RSAPublicKey) and key.key_size == 3072
    key.verify(cert.signature, cert.tbs_certificate_bytes, padding.PKCS1v15(), cert.signature_hash_algorithm)

    usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical
    assert usage.value.digital_signature and usage.value.content_commitment
    assert not usage.value.key_cert_sign and not usage.value.key_encipherment
    basic = cert.extensions.get_extension_for_class(x509.BasicConstraints)
    assert basic.critical and basic.value.ca is False
    ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    aki = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    assert aki.key_identifier == ski.digest

    years = (cert.not_valid_after_utc - cert.not_valid_before_utc).days / 365.25
    assert 2.9 < years < 3.1
    assert cert.not_valid_before_utc <= dt.datetime.now(dt.UTC) < cert.not_valid_after_utc
    assert made.fingerprint_sha256.count(":") == 31

    # the key is in the PKCS#12 file, behind the passphrase, and private to its owner
    key_back, cert_back, _ = pkcs12.load_key_and_certificates(out.read_bytes(), PASSPHRASE)
    assert cert_back == cert and key_back is not None
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(out.read_bytes(), b"wrong")
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(out.read_bytes(), None)
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert load_signer(out, PASSPHRASE).subject_name == FIRM


def test_existing_files_are_kept_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "firm.p12"
    first = create_signing_key("First", out, PASSPHRASE, key=rsa_key())
    for existing in (out, first.crt_path):
        with pytest.raises(KeyCreationError, match="exists already"):
            create_signing_key("Second", out, PASSPHRASE, key=rsa_key())
        saved = existing.read_bytes()
        existing.unlink()
        with pytest.raises(KeyCreationError, match="exists already"):
            create_signing_key("Second", out, PASSPHRASE, key=rsa_key())
        existing.write_bytes(saved)
    second = create_signing_key("Second", out, PASSPHRASE, key=rsa_key(), force=True)
    assert second.fingerprint_sha256 != first.fingerprint_sha256
    assert "Second" in second.subject
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary files left


@pytest.mark.parametrize(
    ("name", "out", "passphrase", "message"),
    [
        ("Firm", "firm.p12", b"", "passphrase is empty"),
        ("  ", "firm.p12", PASSPHRASE, "name is empty"),
        ("Firm", "firm.crt", PASSPHRASE, "another extension"),
        ("Firm", "no/such/folder/firm.p12", PASSPHRASE, "no such folder"),
    ],
)
def test_refusals(tmp_path: Path, name: str, out: str, passphrase: bytes, message: str) -> None:
    with pytest.raises(KeyCreationError, match=message):
        create_signing_key(name, tmp_path / out, passphrase, key=rsa_key())


# ------------------------------------------------------------------ the command


def test_cli_with_the_passphrase_from_the_environment(
    tmp_path: Path, fast_keys: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FIRM_PASS", PASSPHRASE.decode())
    out = tmp_path / "firm.p12"
    assert main(["keys", "create", "--name", FIRM, "--out", str(out), "--passphrase-env", "FIRM_PASS"]) == 0
    printed = capsys.readouterr().out
    assert str(out) in printed and str(tmp_path / "firm.crt") in printed
    assert "SHA-256" in printed and "valid:" in printed
    assert load_signer(out, PASSPHRASE).subject_name == FIRM

    # an existing key is refused before any passphrase is asked for
    assert main(["keys", "create", "--name", FIRM, "--out", str(out), "--passphrase-env", "FIRM_PASS"]) == 1
    assert "exists already" in capsys.readouterr().err
    assert main(["keys", "create", "--name", "New", "--out", str(out), "--passphrase-env", "FIRM_PASS", "--force"]) == 0


def test_cli_refuses_a_missing_or_empty_passphrase(
    tmp_path: Path, fast_keys: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "firm.p12"
    monkeypatch.delenv("NOT_SET", raising=False)
    assert main(["keys", "create", "--name", FIRM, "--out", str(out), "--passphrase-env", "NOT_SET"]) == 2
    assert "NOT_SET is empty or not set" in capsys.readouterr().err
    monkeypatch.setenv("EMPTY", "")
    assert main(["keys", "create", "--name", FIRM, "--out", str(out), "--passphrase-env", "EMPTY"]) == 2
    assert not out.exists()


def test_cli_asks_twice(
    tmp_path: Path, fast_keys: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "firm.p12"
    answers: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt="": answers.pop(0))

    answers[:] = ["one", "two"]
    assert main(["keys", "create", "--name", FIRM, "--out", str(out)]) == 2
    assert "differ" in capsys.readouterr().err and not out.exists()

    answers[:] = [""]
    assert main(["keys", "create", "--name", FIRM, "--out", str(out)]) == 2
    assert "empty" in capsys.readouterr().err and not out.exists()

    answers[:] = ["s3cret pass", "s3cret pass"]
    assert main(["keys", "create", "--name", FIRM, "--out", str(out)]) == 0
    assert load_signer(out, b"s3cret pass").subject_name == FIRM
