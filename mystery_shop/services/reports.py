"""Reports out of the store, written to files: one visit's, a period's, and a folder of them (bulk export).

Each writes the PDF next to its destination and renames it into place (a
half-written report is never left under the chosen name), signs it last when
asked, and records a signed visit report in the visit's audit log. The data a
report shows is built in ``report_data``; the key and the signing are
``report_signing``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import re
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from mystery_shop.domain.messages import msg
from mystery_shop.reports.data import Audience, PageSize
from mystery_shop.store.blobs import BlobStore

from .period import REPORTED_STATES, load_period
from .report_data import period_report_data, visit_report_data
from .report_settings import ReportSettings, load_report_settings
from .report_signing import Signing, record_signed, sign_report
from .rows import ServiceError
from .workspace import Workspace

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class ReportResult:
    path: Path
    report_id: str
    pages: int
    size: int  # bytes
    signed: bool
    sha256: str
    seconds: float


@dataclass(frozen=True)
class BulkResult:
    folder: Path
    written: list[ReportResult] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (visit id, reason)
    cancelled: bool = False
    total: int = 0


# ---------------------------------------------------------------- the visit report


def visit_report(
    ws: Workspace,
    visit_id: str,
    out: Path,
    *,
    page_size: PageSize | None = None,
    sign: Signing | None = None,
    settings: ReportSettings | None = None,
    audience: Audience = Audience.CLIENT,
    language: str | None = None,
) -> ReportResult:
    """Write the report of one visit to ``out`` (signed when ``sign`` is given); any state may be reported,
    a visit not yet approved is marked NOT APPROVED on every page.

    The client's copy is the default; only a signed client copy is kept for publishing, so an internal
    copy can never reach the client's portal. ``language``: instead of the client's (Report settings).
    """
    from mystery_shop.reports.visit_report import render_visit_report

    t0 = time.perf_counter()
    settings = settings or load_report_settings(ws.profile)
    now = dt.datetime.now().astimezone()
    data = visit_report_data(
        ws, visit_id, settings=settings, page_size=page_size, reserve_signature=sign is not None, now=now,
        audience=audience, language=language,
    )  # fmt: skip
    out = Path(out)
    with _staged(out) as tmp:
        result = render_visit_report(data, tmp, image_cache=BlobImageCache(ws.blobs))
        if sign is not None:
            sign_report(tmp, sign, result.signature_box, f"Visit report {data.info.report_id}")
    digest, size = _digest(out)
    if sign is not None and audience is Audience.CLIENT:
        record_signed(ws, data.visit_id, data.info.report_id, out, digest, sign)
    return ReportResult(
        out, data.info.report_id, result.pages, size, sign is not None, digest, time.perf_counter() - t0
    )


class BlobImageCache:
    """Print copies of photos kept with the other derived copies in the profile's blob store."""

    def __init__(self, blobs: BlobStore) -> None:
        self.blobs = blobs

    def get(self, key: str, variant: str) -> bytes | None:
        try:
            path = self.blobs.cache_path(key, variant)
            return path.read_bytes() or None
        except (OSError, ValueError):
            return None

    def put(self, key: str, variant: str, data: bytes) -> None:
        with contextlib.suppress(ValueError):  # not a hash (a test's literal key): nothing to cache under
            self.blobs.write_cache(key, variant, data)


# ---------------------------------------------------------------- the period report


def period_report(
    ws: Workspace,
    client: str,
    start: dt.date,
    end: dt.date,
    out: Path,
    *,
    page_size: PageSize | None = None,
    sign: Signing | None = None,
    settings: ReportSettings | None = None,
    language: str | None = None,
) -> ReportResult:
    """Write the period report of ``client`` (name or id) from ``start`` to ``end`` to ``out``
    (in ``language``, else the client's)."""
    from mystery_shop.reports.period_report import render_period_report

    t0 = time.perf_counter()
    settings = settings or load_report_settings(ws.profile)
    data = period_report_data(
        ws, client, start, end, settings=settings, page_size=page_size, reserve_signature=sign is not None,
        language=language,
    )  # fmt: skip
    out = Path(out)
    with _staged(out) as tmp:
        result = render_period_report(data, tmp)
        if sign is not None:
            sign_report(tmp, sign, result.signature_box, f"Period report {data.info.report_id}")
    digest, size = _digest(out)
    return ReportResult(
        out, data.info.report_id, result.pages, size, sign is not None, digest, time.perf_counter() - t0
    )


# ---------------------------------------------------------------- bulk export


def exportable_visits(ws: Workspace, client: str, start: dt.date, end: dt.date) -> list[tuple[str, str]]:
    """(visit id, file name) of the approved and published visits of a client and period, in date order."""
    period = load_period(ws, client, start, end, states=REPORTED_STATES)
    names: set[str] = set()
    out = []
    for v in period.visits:
        f = v.ref
        base = f"{f.date.isoformat()} {safe_filename(f.location)} {f.visit_id[:8]}"
        name = base + ".pdf"
        k = 2
        while name.casefold() in names:
            name = f"{base} ({k}).pdf"
            k += 1
        names.add(name.casefold())
        out.append((f.visit_id, name))
    return out


def bulk_export(
    ws: Workspace,
    client: str,
    start: dt.date,
    end: dt.date,
    folder: Path,
    progress_cb: Callable[[int, int, str], None] | None = None,
    cancelled_cb: Callable[[], bool] | None = None,
    *,
    page_size: PageSize | None = None,
    sign: Signing | None = None,
    overwrite: bool = False,
) -> BulkResult:
    """One PDF per approved or published visit of ``client`` in the period, into ``folder``.

    ``progress_cb(done, total, current file name)`` is called before each report and once at the end
    (``done == total``); ``cancelled_cb()`` is asked between reports: when it says so, the export stops
    (reports written so far stay). A report that fails is listed in ``failed`` and the others go on.
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ServiceError(
            msg("Cannot create the folder {folder}: {error}", folder=folder, error=e.strerror or e)
        ) from None
    todo = exportable_visits(ws, client, start, end)
    settings = load_report_settings(ws.profile)
    result = BulkResult(folder, total=len(todo))
    for i, (visit_id, name) in enumerate(todo):
        if cancelled_cb is not None and cancelled_cb():
            return replace(result, cancelled=True)
        if progress_cb is not None:
            progress_cb(i, len(todo), name)
        target = folder / name
        if target.exists() and not overwrite:
            target = _free_name(target)
        try:
            result.written.append(visit_report(ws, visit_id, target, page_size=page_size, sign=sign, settings=settings))
        except ServiceError as e:
            result.failed.append((visit_id, str(e)))
        except Exception as e:  # one bad visit must not stop a folder of reports
            log.exception("report of visit %s failed", visit_id)
            result.failed.append((visit_id, f"{type(e).__name__}: {e}"))
    if progress_cb is not None:
        progress_cb(len(todo), len(todo), "")
    return result


def safe_filename(text: str) -> str:
    """A name any file system takes: no separators or reserved characters; letters of any script kept."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", text).strip(" .-")
    return re.sub(r"\s+", " ", cleaned)[:80] or "visit"


def _free_name(path: Path) -> Path:
    k = 2
    while True:
        candidate = path.with_name(f"{path.stem} ({k}){path.suffix}")
        if not candidate.exists():
            return candidate
        k += 1


# ---------------------------------------------------------------- writing


@contextmanager
def _staged(out: Path) -> Iterator[Path]:
    """A temporary file beside ``out``, renamed over it when the block succeeds, removed when it fails."""
    folder = out.parent
    if not folder.is_dir():
        raise ServiceError(msg("The folder {folder} does not exist.", folder=folder))
    tmp = folder / f".{out.name}.{uuid.uuid4().hex[:8]}.part"
    try:  # created with open(), not mkstemp: the report gets the user's usual permissions (umask), not 0600
        tmp.open("xb").close()
    except OSError as e:
        raise ServiceError(msg("Cannot write in {folder}: {error}", folder=folder, error=e.strerror or e)) from None
    try:
        yield tmp
        os.replace(tmp, out)
    except OSError as e:
        raise ServiceError(msg("Cannot write {out}: {error}", out=out, error=e.strerror or e)) from None
    finally:
        tmp.unlink(missing_ok=True)


def _digest(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size
