"""Signing a finished report: a PAdES signature with the firm's certificate (pyHanko).

``load_signer`` opens the firm's PKCS#12 file and checks that its certificate
may sign documents; ``sign_pdf`` adds a visible, approval (not certification)
signature to a finished PDF: PAdES B-B, or B-T when a timestamp server is
given. Signing is the last step: the signed file is written beside ``dst`` and
renamed over it, and nothing may touch the file afterwards (any later change
shows up in ``verification.verify_pdf``).

The visible block is drawn with ReportLab in the report's TTF (embedded, so no
unembedded font enters the file) and placed in the signature field's box as a
static stamp, rather than with pyHanko's own text stamp, whose embedded-font
support needs two more dependencies (fontTools and uharfbuzz).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import stat
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from asn1crypto import keys as asn1_keys
from asn1crypto import pkcs12 as asn1_pkcs12
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.content import ImportedPdfPage
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.layout import AxisAlignment, InnerScaling, Margins, SimpleBoxLayoutRule
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError as HankoSigningError
from pyhanko.sign.timestamps import HTTPTimeStamper, TimestampRequestError
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from mystery_shop.domain.messages import msg, msgn
from mystery_shop.reports.boxes import SignatureBox
from mystery_shop.resources import resource

FIELD_PREFIX = "Signature"
DEFAULT_BOX_SIZE = (216.0, 66.0)  # points: 3 x 0.92 inches
DEFAULT_BOX_MARGIN = (40.0, 60.0)  # from the right edge; from the bottom edge, above a page footer
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")  # the reports' typeface, in resources/fonts/
TIMESTAMP_TIMEOUT = 15  # seconds

Rect = tuple[float, float, float, float]

_font_lock = threading.Lock()


class SigningError(Exception):
    """A report could not be signed; the message is meant for a person."""


@dataclass(frozen=True)
class FirmSigner:
    """The firm's key and certificate, ready to sign with."""

    signer: signers.SimpleSigner
    subject_name: str  # the certificate's common name (or organisation), as the signature block shows it
    subject: str  # the whole subject, as subject_text() writes it
    certificate: x509.Certificate
    p12_path: Path


# ------------------------------------------------------------------ the key


def load_signer(p12_path: Path, passphrase: bytes | None) -> FirmSigner:
    """Open a PKCS#12 file and check that its certificate may sign reports now."""
    p12_path = Path(p12_path)
    data = _read(p12_path, msg("the signing key"))
    if not _looks_like_pkcs12(data):
        raise SigningError(msg("{path}: not a PKCS#12 (.p12/.pfx) key file", path=p12_path))
    try:
        key, cert, _extra = pkcs12.load_key_and_certificates(data, passphrase or None)
    except ValueError:
        if not passphrase:
            raise SigningError(
                msg("{path}: the key file is protected by a passphrase; none was given", path=p12_path)
            ) from None
        raise SigningError(msg("{path}: wrong passphrase for the key file", path=p12_path)) from None
    except Exception as e:  # unsupported algorithms and the like
        raise SigningError(msg("{path}: cannot read the key file ({error})", path=p12_path, error=e)) from None
    if key is None:
        raise SigningError(msg("{path}: the file holds no private key", path=p12_path))
    if cert is None:
        raise SigningError(msg("{path}: the file holds no certificate", path=p12_path))
    check_certificate(cert, where=str(p12_path))
    store = SimpleCertificateStore()  # type: ignore[no-untyped-call]
    store.register_multiple([asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in _extra])
    try:
        simple = _KeptKeySigner(
            signing_cert=asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER)),
            signing_key=asn1_keys.PrivateKeyInfo.load(
                key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
            ),
            cert_registry=store,
            private_key=key,
        )
    except ValueError as e:
        raise SigningError(msg("{path}: cannot use the key ({error})", path=p12_path, error=e)) from None
    return FirmSigner(
        signer=simple,
        subject_name=display_name(cert),
        subject=subject_text(cert),
        certificate=cert,
        p12_path=p12_path,
    )


class _KeptKeySigner(signers.SimpleSigner):
    """pyHanko's ``SimpleSigner``, keeping the key it was given instead of parsing it again for each signature.

    (It signs twice per PDF, once to learn the signature's size, and parsing an
    RSA 3072 key with its consistency checks costs about a tenth of a second.)
    """

    def __init__(self, *, private_key: PrivateKeyTypes, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._private_key = private_key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        hash_class = _HASHES.get(digest_algorithm.lower())
        if mechanism == "rsassa_pkcs1v15" and hash_class and isinstance(self._private_key, RSAPrivateKey):
            return self._private_key.sign(data, PKCS1v15(), hash_class())
        return bytes(super().sign_raw(data, digest_algorithm))


_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}


def check_certificate(cert: x509.Certificate, *, where: str, now: dt.datetime | None = None) -> None:
    """Refuse a certificate that is not valid now or whose key usage does not allow signing documents.

    Non-repudiation (content commitment) is required when the certificate
    restricts its key usage: a report signature is the firm committing to the
    content, and it is what pyHanko's and Adobe's validators expect of it.
    """
    now = now or dt.datetime.now(dt.UTC)
    fmt = "%Y-%m-%d %H:%M UTC"
    if now < cert.not_valid_before_utc:
        raise SigningError(
            msg(
                "{where}: the certificate is not valid yet (from {start}); check this computer's clock",
                where=where,
                start=cert.not_valid_before_utc.strftime(fmt),
            )
        )
    if now > cert.not_valid_after_utc:
        raise SigningError(
            msg("{where}: the certificate expired on {end}", where=where, end=cert.not_valid_after_utc.strftime(fmt))
        )
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return  # no restriction (RFC 5280)
    if not usage.content_commitment:
        # Two whole sentences: "lacks X and Y" is built differently in each language.
        if usage.digital_signature:
            why = msg(
                "{where}: the certificate's key usage lacks non-repudiation, so it is not fit to sign documents;"
                " use a document-signing certificate (or make one with `mystery-shop keys create`)",
                where=where,
            )
        else:
            why = msg(
                "{where}: the certificate's key usage lacks digital signature and non-repudiation, so it is not fit"
                " to sign documents; use a document-signing certificate (or make one with `mystery-shop keys create`)",
                where=where,
            )
        raise SigningError(why)


def display_name(cert: x509.Certificate) -> str:
    """The name to show for a certificate: its common name, else organisation, else the whole subject."""
    for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME):
        attrs = cert.subject.get_attributes_for_oid(oid)
        if attrs:
            value = attrs[0].value
            return value if isinstance(value, str) else value.decode("utf-8", "replace")
    return cert.subject.rfc4514_string() or "(no name)"


def subject_text(cert: x509.Certificate) -> str:
    """The subject as people read it, most specific first: "CN=Firm, O=Firm, C=PL"."""
    parts = []
    for attr in cert.subject:
        value = attr.value if isinstance(attr.value, str) else attr.value.decode("utf-8", "replace")
        parts.append(f"{attr.rfc4514_attribute_name}={value}")
    parts.sort(key=lambda part: not part.startswith("CN="))
    return ", ".join(parts)


def _looks_like_pkcs12(data: bytes) -> bool:
    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        return pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native in ("data", "signed_data")
    except Exception:  # any parse failure means "not a PKCS#12 file"
        return False


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise SigningError(msg("{path}: no such file ({what})", path=path, what=what)) from None
    except IsADirectoryError:
        raise SigningError(msg("{path}: is a folder, not {what}", path=path, what=what)) from None
    except OSError as e:
        raise SigningError(
            msg("{path}: cannot read {what} ({error})", path=path, what=what, error=e.strerror or e)
        ) from None


# ------------------------------------------------------------------ signing


def sign_pdf(
    src: Path,
    dst: Path,
    signer: FirmSigner,
    *,
    box: SignatureBox | None = None,
    reason: str | None = None,
    location: str | None = None,
    timestamp_url: str | None = None,
) -> None:
    """Sign ``src`` into ``dst`` (which may be ``src``): PAdES B-B, or B-T with ``timestamp_url``.

    The visible block goes in ``box``, or at the bottom right of the last page.
    ``reason`` defaults to "Report issued by <the certificate's name>".
    """
    src, dst = Path(src), Path(dst)
    data = _read(src, msg("the PDF to sign"))
    if b"%PDF-" not in data[:1024]:
        raise SigningError(msg("{src}: not a PDF file", src=src))
    if not dst.parent.is_dir():
        raise SigningError(msg("{parent}: no such folder", parent=dst.parent))
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data))
        page_index, rect = _placement(writer, box)
        field_name = _free_field_name(writer)
    except (PdfError, KeyError, ValueError, TypeError) as e:
        raise SigningError(msg("{src}: cannot read the PDF ({error})", src=src, error=e)) from None

    reason = reason or f"Report issued by {signer.subject_name}"
    when = dt.datetime.now().astimezone().replace(microsecond=0)
    timestamper = HTTPTimeStamper(timestamp_url, timeout=TIMESTAMP_TIMEOUT) if timestamp_url else None
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
    )
    with tempfile.TemporaryDirectory(prefix="mystery-shop-sign-") as tmp:
        stamp_pdf = Path(tmp) / "block.pdf"
        draw_signature_block(stamp_pdf, rect, signature_block_lines(signer.subject_name, when, reason, location))
        pdf_signer = _TimedPdfSigner(
            meta,
            signer.signer,
            timestamper=timestamper,
            stamp_style=_static_style(stamp_pdf),
            new_field_spec=fields.SigFieldSpec(
                sig_field_name=field_name, on_page=page_index, box=cast(tuple[int, int, int, int], rect)
            ),  # floats are fine: pyHanko writes them into /Rect as they are
            system_time=when,
        )
        _write_signed(pdf_signer, writer, src, dst, timestamp_url)


def _write_signed(
    pdf_signer: signers.PdfSigner, writer: IncrementalPdfFileWriter, src: Path, dst: Path, timestamp_url: str | None
) -> None:
    """Sign into a temporary file beside ``dst``, then rename it over ``dst`` (nothing half-written is left)."""
    try:
        fd, tmp_out = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".signing", dir=dst.parent)
    except OSError as e:
        raise SigningError(
            msg("{parent}: cannot write the signed file there ({error})", parent=dst.parent, error=e.strerror or e)
        ) from None
    try:
        with os.fdopen(fd, "w+b") as out:
            pdf_signer.sign_pdf(writer, output=out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp_out, stat.S_IMODE(src.stat().st_mode))  # mkstemp's file is private; the report is not
        os.replace(tmp_out, dst)
    except TimestampRequestError as e:
        raise SigningError(
            msg("the timestamp server {url} did not give a timestamp ({error})", url=timestamp_url, error=e)
        ) from None
    except (HankoSigningError, PdfError, ValueError) as e:
        raise SigningError(msg("{src}: cannot sign it ({error})", src=src, error=e)) from None
    except OSError as e:
        raise SigningError(
            msg("{dst}: cannot write the signed file ({error})", dst=dst, error=e.strerror or e)
        ) from None
    finally:
        Path(tmp_out).unlink(missing_ok=True)


class _TimedPdfSigner(signers.PdfSigner):
    """A ``PdfSigner`` whose signing time is the one already drawn in the visible block."""

    def __init__(self, *args: Any, system_time: dt.datetime, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._system_time = system_time

    def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
        session = super().init_signing_session(pdf_out, existing_fields_only)
        session.system_time = self._system_time
        return session


def _static_style(stamp_pdf: Path) -> StaticStampStyle:
    return StaticStampStyle(
        background=ImportedPdfPage(str(stamp_pdf)),  # type: ignore[no-untyped-call]
        background_opacity=1.0,
        background_layout=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MID,
            y_align=AxisAlignment.ALIGN_MID,
            margins=Margins.uniform(0),  # type: ignore[no-untyped-call]
            inner_content_scaling=InnerScaling.STRETCH_TO_FIT,
        ),
        border_width=0,
    )


def _placement(writer: IncrementalPdfFileWriter, box: SignatureBox | None) -> tuple[int, Rect]:
    """The page index and the rectangle of the signature field."""
    count = int(writer.root["/Pages"]["/Count"])
    if count < 1:
        raise SigningError(msg("the PDF has no pages"))
    if box is not None:
        index = box.page if box.page >= 0 else count + box.page
        if not 0 <= index < count:
            raise SigningError(
                msgn("the signature box is on page {page}, but the PDF has %n page(s)", count, page=box.page)
            )
        x1, y1, x2, y2 = box.rect
        if x2 - x1 < 1 or y2 - y1 < 1:
            raise SigningError(msg("the signature box {rect} is empty", rect=box.rect))
        return index, (x1, y1, x2, y2)
    page_ref, _resources = writer.find_page_for_modification(count - 1)  # type: ignore[no-untyped-call]
    node = page_ref.get_object()
    while "/MediaBox" not in node and "/Parent" in node:
        node = node["/Parent"]
    llx, lly, urx, _ury = (float(v) for v in node.get("/MediaBox", (0, 0, 595.28, 841.89)))
    width, height = DEFAULT_BOX_SIZE
    right, bottom = DEFAULT_BOX_MARGIN
    x2 = urx - right
    y1 = lly + bottom
    return count - 1, (max(llx, x2 - width), y1, x2, y1 + height)


def _free_field_name(writer: IncrementalPdfFileWriter) -> str:
    taken = {name for name, _value, _ref in fields.enumerate_sig_fields(writer)}
    n = 1
    while f"{FIELD_PREFIX}{n}" in taken:
        n += 1
    return f"{FIELD_PREFIX}{n}"


# ------------------------------------------------------------------ the visible block


def signature_block_lines(name: str, when: dt.datetime, reason: str, location: str | None) -> list[tuple[str, str]]:
    """The block's lines as (style, text): style "small", "name" or "text"."""
    lines = [
        ("small", "Digitally signed by"),
        ("name", name),
        ("text", f"Date: {when.strftime('%Y-%m-%d %H:%M:%S')} {_utc_offset(when)}"),
        ("text", f"Reason: {reason}"),
    ]
    if location:
        lines.append(("text", f"Location: {location}"))
    return lines


def _utc_offset(when: dt.datetime) -> str:
    offset = when.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def font_files() -> tuple[Path, Path]:
    """The regular and bold TTF for the block: the reports' own, from resources/fonts/."""
    paths = tuple(resource("fonts", name) for name in FONT_FILES)
    for path in paths:
        if not path.is_file():
            raise SigningError(
                msg(
                    "the font {name} is missing from {parent}: cannot draw the signature block",
                    name=path.name,
                    parent=path.parent,
                )
            )
    return paths[0], paths[1]


def _register_fonts() -> tuple[str, str]:
    names = ("MysteryShopSign", "MysteryShopSign-Bold")
    with _font_lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, path in zip(names, font_files(), strict=True):
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(path)))
    return names


def draw_signature_block(path: Path, rect: Rect, lines: list[tuple[str, str]]) -> None:
    """A one-page PDF the size of ``rect`` with the block drawn on it (fonts embedded, as subsets)."""
    regular, bold = _register_fonts()
    width, height = rect[2] - rect[0], rect[3] - rect[1]
    pad = min(6.0, width / 20, height / 10)
    scale = {"small": 0.8, "name": 1.15, "text": 0.9}
    font = {"small": regular, "name": bold, "text": regular}
    inner_w, inner_h = width - 2 * pad, height - 2 * pad

    size = 10.0
    while size > 4.0:
        fits_w = all(stringWidth(t, font[s], size * scale[s]) <= inner_w for s, t in lines)
        fits_h = sum(size * scale[s] * 1.2 for s, _ in lines) <= inner_h
        if fits_w and fits_h:
            break
        if fits_h and size <= 6.0:
            break  # long lines are cut below rather than made unreadably small
        size -= 0.25

    # initialFontName: else ReportLab names Helvetica (not embedded) in every page's preamble
    c = Canvas(str(path), pagesize=(width, height), pageCompression=1, initialFontName=regular)
    c.setTitle("signature block")
    c.setFillColor(Color(0.96, 0.97, 1.0))
    c.setStrokeColor(Color(0.16, 0.3, 0.55))
    c.setLineWidth(0.8)
    c.rect(0.4, 0.4, width - 0.8, height - 0.8, stroke=1, fill=1)
    total = sum(size * scale[s] * 1.2 for s, _ in lines)
    y = height - pad - (inner_h - total) / 2
    for style, text in lines:
        fsize = size * scale[style]
        y -= fsize * 1.2
        c.setFillColor(Color(0.35, 0.35, 0.4) if style == "small" else Color(0.05, 0.1, 0.2))
        c.setFont(font[style], fsize)
        c.drawString(pad, y + fsize * 0.25, _fit(text, font[style], fsize, inner_w, stringWidth))
    c.showPage()
    c.save()


def _fit(text: str, font: str, size: float, width: float, measure: Callable[[str, str, float], float]) -> str:
    if measure(text, font, size) <= width:
        return text
    while text and measure(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
