"""Building blocks for the signing tests: keys, small PDFs, tampering, a loopback timestamp server."""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import io
import re
import subprocess
import threading
from pathlib import Path

import pypdf
from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.timestamps import DummyTimeStamper
from pyhanko.stamp import TextStamp, TextStampStyle
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from mystery_shop.reports.keys import build_certificate, create_signing_key
from mystery_shop.resources import resource

FIRM = "Zoë Ångström Audits, Łódź"
PASSPHRASE = b"correct horse battery staple"
TEST_FONT = "SigningTestSans"


@functools.cache
def rsa_key(bits: int = 3072, which: int = 0) -> rsa.RSAPrivateKey:
    """One key per (size, which) for the whole test session: RSA 3072 is slow to make."""
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def make_key(folder: Path, name: str = FIRM, *, which: int = 0) -> Path:
    """A firm key made the way ``keys create`` makes it; returns the .p12 (its .crt is beside it)."""
    out = folder / f"firm{which}.p12"
    create_signing_key(name, out, PASSPHRASE, key=rsa_key(3072, which))
    return out


def make_custom_p12(
    path: Path,
    *,
    name: str = FIRM,
    key_usage: x509.KeyUsage | None = None,
    now: dt.datetime | None = None,
    days: int = 30,
) -> Path:
    """A PKCS#12 whose certificate has the given key usage or validity (for the refusals)."""
    key = rsa_key(2048, 9)
    cert = build_certificate(name, key, now=now, days=days, key_usage=key_usage)
    data = pkcs12.serialize_key_and_certificates(
        name=b"test",
        key=key,
        cert=cert,
        cas=None,
        encryption_algorithm=serialization.BestAvailableEncryption(PASSPHRASE),
    )
    path.write_bytes(data)
    path.with_suffix(".crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def key_usage(*, digital_signature: bool = True, non_repudiation: bool = True) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=digital_signature,
        content_commitment=non_repudiation,
        key_encipherment=not non_repudiation,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )


# ------------------------------------------------------------------ PDFs


def make_pdf(path: Path, pages: int = 2, text: str = "Visit report — Ñuñoa, Łódź, Привет") -> Path:
    """A small report-like PDF in plain ReportLab, its one font (DejaVu Sans) embedded."""
    if TEST_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(TEST_FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    c = Canvas(str(path), pagesize=A4, initialFontName=TEST_FONT)
    for n in range(1, pages + 1):
        c.setFont(TEST_FONT, 14)
        c.drawString(72, 760, text)
        c.drawString(72, 740, f"Total 87.5 — page {n} of {pages}")
        c.setFont(TEST_FONT, 8)
        c.drawString(72, 30, f"report R-1 · visit V-1 · page {n} of {pages}")
        c.showPage()
    c.save()
    return path


def byte_range(data: bytes) -> tuple[int, int, int, int]:
    """The last signature's /ByteRange."""
    found = re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    a, b, c, d = (int(x) for x in found[-1])
    return a, b, c, d


def flip_byte(data: bytes, at: int) -> bytes:
    out = bytearray(data)
    out[at] ^= 0x01
    return bytes(out)


def byte_in_first_range(data: bytes) -> int:
    """A position inside the first signed range: in the first page's content stream."""
    _start, length, _start2, _len2 = byte_range(data)
    pos = data.index(b"stream", 0, length) + len(b"stream\n") + 10
    assert pos < length
    return pos


def append_text_stamp(src: Path, dst: Path) -> Path:
    """Add a text stamp to the first page as an incremental update, as a PDF editor would."""
    writer = IncrementalPdfFileWriter(io.BytesIO(src.read_bytes()))
    stamp = TextStamp(writer, TextStampStyle(stamp_text="APPROVED %(ts)s"))
    stamp.apply(dest_page=0, x=300, y=500)
    out = io.BytesIO()
    writer.write(out)
    dst.write_bytes(out.getvalue())
    return dst


def unembedded_fonts(path: Path) -> list[str]:
    """The names of every font dictionary anywhere in the file whose program is not embedded."""
    reader = pypdf.PdfReader(str(path))
    numbers: set[tuple[int, int]] = set()
    for gen, table in reader.xref.items():
        numbers.update((num, gen) for num in table)
    numbers.update((num, 0) for num in reader.xref_objStm)
    missing = []
    for num, gen in sorted(numbers):
        try:
            obj = reader.get_object(pypdf.generic.IndirectObject(num, gen, reader))
        except Exception:  # free or broken entries are not fonts
            continue
        if not isinstance(obj, pypdf.generic.DictionaryObject) or obj.get("/Type") != "/Font":
            continue
        subtype = obj.get("/Subtype")
        if subtype == "/Type3":
            continue  # glyphs drawn in the file itself
        if subtype == "/Type0":
            descriptor = obj["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        else:
            descriptor = obj.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else None
        if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            missing.append(str(obj.get("/BaseFont")))
    return missing


def pdfsig(path: Path) -> dict[str, str]:
    """poppler's ``pdfsig`` on the first signature, as {field: value}."""
    proc = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60, check=False)
    fields: dict[str, str] = {}
    for line in proc.stdout.splitlines():
        m = re.match(r"\s+- ([^:]+): (.*)$", line)
        if m:
            fields.setdefault(m.group(1).strip(), m.group(2).strip())
        elif line.strip() == "- Total document signed":
            fields["Total document signed"] = "yes"
    fields["_stdout"] = proc.stdout + proc.stderr
    return fields


# ------------------------------------------------------------------ a timestamp authority on loopback


class TimestampServer:
    """An RFC 3161 time stamping authority on 127.0.0.1: pyHanko's DummyTimeStamper behind http.server."""

    def __init__(self) -> None:
        key = rsa_key(2048, 7)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test TSA")])
        now = dt.datetime.now(dt.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
            .sign(key, hashes.SHA256())
        )
        self.stamper = DummyTimeStamper(
            tsa_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
            tsa_key=asn1_keys.PrivateKeyInfo.load(
                key.private_bytes(
                    serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
                )
            ),
        )
        self.requests = 0
        self._server: http.server.ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/tsa"

    def __enter__(self) -> TimestampServer:
        tsa = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                reply = tsa.stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
                tsa.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="test-tsa", daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None and self._thread is not None
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
