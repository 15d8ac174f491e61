"""A firm's own signing key: a self-signed certificate fit for signing documents.

For firms without a certificate from a certification authority. The key and the
certificate go into one PKCS#12 file protected by a passphrase (what
:func:`mystery_shop.reports.signing.load_signer` reads); the certificate alone
goes beside it as ``NAME.crt`` (PEM) for clients to trust in their PDF reader or
to give to ``mystery-shop verify --trust``.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

KEY_BITS = 3072
VALID_DAYS = 3 * 365 + 1  # about three years
CLOCK_SKEW = dt.timedelta(minutes=5)  # valid a little before now, for clocks running slow


class KeyCreationError(Exception):
    """A key could not be made or written; the message is meant for a person."""


@dataclass(frozen=True, slots=True)
class CreatedKey:
    """What :func:`create_signing_key` wrote."""

    p12_path: Path
    crt_path: Path
    subject: str
    fingerprint_sha256: str  # "AB:CD:…", as certificate viewers show it
    not_before: dt.datetime
    not_after: dt.datetime


def certificate_path_for(p12_path: Path) -> Path:
    """Where the certificate goes beside a PKCS#12 file: ``firm.p12`` → ``firm.crt``."""
    return p12_path.with_suffix(".crt")


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex(":").upper()


def create_signing_key(
    name: str,
    out: Path,
    passphrase: bytes,
    *,
    force: bool = False,
    now: dt.datetime | None = None,
    key: rsa.RSAPrivateKey | None = None,
) -> CreatedKey:
    """Make a self-signed RSA certificate for signing reports as ``name``; write ``out`` and its ``.crt``.

    ``key`` lets tests reuse one generated key (RSA 3072 takes a while to make).
    """
    name = name.strip()
    if not name:
        raise KeyCreationError("the firm's name is empty")
    if not passphrase:
        raise KeyCreationError("the passphrase is empty: a signing key must be protected by one")
    crt_path = certificate_path_for(out)
    if crt_path == out:
        raise KeyCreationError(f"{out}: give the key file another extension than .crt (e.g. .p12)")
    if not force:
        for path in (out, crt_path):
            if path.exists():
                raise KeyCreationError(f"{path} exists already; choose another name or give --force to replace it")
    if not out.parent.is_dir():
        raise KeyCreationError(f"{out.parent}: no such folder")

    key = key or rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    cert = build_certificate(name, key, now=now)
    p12 = pkcs12.serialize_key_and_certificates(
        name=name.encode("utf-8"),
        key=key,
        cert=cert,
        cas=None,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    _write_atomically(out, p12, mode=0o600)
    _write_atomically(crt_path, cert.public_bytes(serialization.Encoding.PEM), mode=0o644)
    return CreatedKey(
        p12_path=out,
        crt_path=crt_path,
        subject=", ".join(f"{a.rfc4514_attribute_name}={a.value!s}" for a in cert.subject),
        fingerprint_sha256=fingerprint(cert),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
    )


def build_certificate(
    name: str,
    key: rsa.RSAPrivateKey,
    *,
    now: dt.datetime | None = None,
    days: int = VALID_DAYS,
    key_usage: x509.KeyUsage | None = None,
) -> x509.Certificate:
    """A self-signed end-entity certificate for document signing (``key_usage`` overridable for tests)."""
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name[:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, name[:64]),
        ]
    )
    public = key.public_key()
    ski = x509.SubjectKeyIdentifier.from_public_key(public)
    usage = key_usage or x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,  # non-repudiation
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - CLOCK_SKEW)
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(ski, critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False)
        .sign(key, hashes.SHA256())
    )


def _write_atomically(path: Path, data: bytes, *, mode: int) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it over ``path``."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise KeyCreationError(f"{path}: cannot write it ({e.strerror or e})") from None
