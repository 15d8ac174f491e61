"""A visit's photos: recording imports, captions, order, delete and undo, annotations, evidence flags.

The Pillow work (``photos.pipeline``) can run anywhere; ``record`` then writes
the photo row in one short transaction. A file already attached to the same
touchpoint of this visit is reported as a duplicate and not attached twice.

An annotation is a second blob: a JPEG the app drew from the upright original
(``set_annotation``). The original's bytes are never touched; the photo row
points at the copy with ``annotated_sha256``, and sync carries both blobs.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, update

from mystery_shop.domain.choices import unknown
from mystery_shop.domain.evidence import Flag, PhotoFacts, VisitFacts, check_photo
from mystery_shop.domain.messages import msg
from mystery_shop.domain.workflow import Action
from mystery_shop.photos.decode import decode
from mystery_shop.photos.derived import fit_upright
from mystery_shop.photos.pipeline import ImportedPhoto, derived, import_photos
from mystery_shop.store import models as m

from .rows import PhotoRow, ServiceError
from .visit_editor import VisitEditor


@dataclass(frozen=True, slots=True)
class AddResult:
    path: Path
    status: str  # added | duplicate | refused
    reason: str = ""
    photo_id: str | None = None

    def line(self) -> str:
        return f"{self.path}: {self.status}" + (f": {self.reason}" if self.reason else "")


def _check(ed: VisitEditor, section_id: str, question_id: str | None) -> None:
    ed._check_editable()
    section = next((s for s in ed.form.sections if s.id == section_id), None)
    if section is None:
        raise ServiceError(unknown("touchpoint", section_id, [s.id for s in ed.form.sections]))
    if question_id is not None and all(q.id != question_id for q in section.questions):
        names = [q.id for q in section.questions]
        raise ServiceError(unknown("question", question_id, names, owner=section_id))


def record(ed: VisitEditor, section_id: str, question_id: str | None, photo: ImportedPhoto, path: Path) -> AddResult:
    """Attach an imported photo to a touchpoint (and optionally one of its questions)."""
    _check(ed, section_id, question_id)
    section = next(s for s in ed.form.sections if s.id == section_id)
    with ed.write(Action.EDIT) as w:
        s = w.s
        same = s.scalar(
            select(m.Photo.id).where(
                m.Photo.visit_id == ed.id,
                m.Photo.section_id == section_id,
                m.Photo.sha256 == photo.sha256,
                m.Photo.deleted.is_(False),
            )
        )
        if same is not None:
            return AddResult(path, "duplicate", "already attached to this touchpoint", same)
        count = (
            s.scalar(
                select(func.count()).where(
                    m.Photo.visit_id == ed.id, m.Photo.section_id == section_id, m.Photo.deleted.is_(False)
                )
            )
            or 0
        )
        if count >= section.photos.max:
            return AddResult(path, "refused", f"{section.title} takes at most {section.photos.max} photos")
        row = m.Photo(
            visit_id=ed.id,
            section_id=section_id,
            question_id=question_id,
            sha256=photo.sha256,
            filename=photo.filename,
            size=photo.size,
            width=photo.width,
            height=photo.height,
            taken_at=_aware(photo.taken_at),
            latitude=photo.latitude,
            longitude=photo.longitude,
            position=count,
        )
        s.add(row)
        s.flush()
        w.record(
            "photo",
            row.id,
            {
                "visit_id": ed.id,
                "section_id": section_id,
                "question_id": question_id,
                "sha256": photo.sha256,
                "filename": photo.filename,
            },
        )
        ed.void_signature(w)  # the attestation covers the photos too
        return AddResult(path, "added", "", row.id)


def add_files(
    ed: VisitEditor, section_id: str, paths: Iterable[Path], question_id: str | None = None
) -> list[AddResult]:
    """Import and attach files in one go (the CLI; the app runs the import off the UI thread)."""
    _check(ed, section_id, question_id)
    results = []
    for r in import_photos(list(paths), ed.ws.blobs):
        if r.photo is None:
            results.append(AddResult(r.path, "refused", r.reason))
        else:
            results.append(record(ed, section_id, question_id, r.photo, r.path))
    return results


def set_caption(ed: VisitEditor, photo_id: str, caption: str) -> None:
    _update(ed, photo_id, caption=caption.strip())


def delete(ed: VisitEditor, photo_id: str) -> None:
    """Take a photo off the visit; kept (and synced) as deleted so ``restore`` can undo it."""
    _update(ed, photo_id, deleted=True)


def restore(ed: VisitEditor, photo_id: str) -> None:
    _update(ed, photo_id, deleted=False)


def set_annotation(ed: VisitEditor, photo_id: str, jpeg: bytes | None) -> str | None:
    """Keep ``jpeg`` (the annotated copy) in the blob store and point the photo at it; None removes it.

    Returns the copy's SHA-256 (None when removed). The original blob is left as it is; a removed
    copy's blob stays in the store (another device may still be sending the row that names it).
    """
    ed._check_editable()
    sha = None
    if jpeg is not None:
        if not jpeg.startswith(b"\xff\xd8\xff"):
            raise ServiceError(msg("An annotated copy must be a JPEG image."))
        sha = ed.ws.blobs.put_bytes(jpeg).sha256  # content-addressed: written before the row names it
    _update(ed, photo_id, annotated_sha256=sha)
    return sha


def annotations(ed: VisitEditor) -> dict[str, str]:
    """The annotated copy's SHA-256 of each annotated photo of the visit, by photo id."""
    with ed.ws.sessions() as s:
        rows = s.execute(
            select(m.Photo.id, m.Photo.annotated_sha256).where(
                m.Photo.visit_id == ed.id, m.Photo.annotated_sha256.is_not(None), m.Photo.deleted.is_(False)
            )
        )
        return {pid: sha for pid, sha in rows if sha}


@dataclass(frozen=True, slots=True)
class Pixels:
    """A picture as packed 8-bit RGB rows, upright: what a screen needs to draw on it."""

    width: int
    height: int
    rgb: bytes


def upright_pixels(ed: VisitEditor, sha256: str) -> Pixels:
    """A stored image (an original or an annotated copy) decoded at full size and turned upright.

    Slow for a 12 MP photo (a full decode): call it off the UI thread. FileNotFoundError without the blob.
    """
    with ed.ws.blobs.open(sha256) as fh:
        decoded = decode(fh, None)
    im = fit_upright(decoded, max(decoded.image.size))
    return Pixels(im.width, im.height, im.tobytes())


def reorder(ed: VisitEditor, section_id: str, photo_ids: list[str]) -> None:
    with ed.write(Action.EDIT) as w:
        for position, pid in enumerate(photo_ids):
            w.s.execute(
                update(m.Photo)
                .where(m.Photo.id == pid, m.Photo.visit_id == ed.id, m.Photo.section_id == section_id)
                .values(position=position)
            )
            w.record("photo", pid, {"position": position})


def _update(ed: VisitEditor, photo_id: str, **fields: object) -> None:
    with ed.write(Action.EDIT) as w:
        done = w.s.execute(update(m.Photo).where(m.Photo.id == photo_id, m.Photo.visit_id == ed.id).values(**fields))
        if not done.rowcount:
            raise ServiceError(msg("That photo is not part of this visit."))
        w.record("photo", photo_id, dict(fields))
        ed.void_signature(w)


def photos_by_section(ed: VisitEditor) -> dict[str, list[PhotoRow]]:
    out: dict[str, list[PhotoRow]] = defaultdict(list)
    for p in ed.photos():
        out[p.section_id].append(p)
    for rows in out.values():
        rows.sort(key=lambda p: p.position)
    return dict(out)


def thumbnail_path(ed: VisitEditor, photo: PhotoRow) -> Path | None:
    """The photo's thumbnail, made again from the original if the cache lost it; None without the original."""
    if not ed.ws.blobs.has(photo.sha256):
        return None  # e.g. synced metadata whose bytes have not arrived yet
    return derived(ed.ws.blobs, photo.sha256, "thumb.jpg")


def display_path(ed: VisitEditor, sha256: str) -> Path | None:
    """The upright report-size copy of a stored image (original or annotated), made if missing; None without it."""
    if not ed.ws.blobs.has(sha256):
        return None
    return derived(ed.ws.blobs, sha256, "report.jpg")


def flags(ed: VisitEditor, photos: list[PhotoRow] | None = None) -> dict[str, list[Flag]]:
    """Evidence flags of each photo of the visit, by photo id."""
    photos = ed.photos() if photos is None else photos
    h = ed.header
    visit = VisitFacts(
        day=h.scheduled_date,
        started_at=h.started_at,
        latitude=h.latitude,
        longitude=h.longitude,
        tz=dt.datetime.now().astimezone().tzinfo,
    )
    with ed.ws.sessions() as s:
        uses: dict[str, set[str]] = defaultdict(set)
        hashes = {p.sha256 for p in photos}
        if hashes:
            for sha, vid in s.execute(
                select(m.Photo.sha256, m.Photo.visit_id).where(
                    m.Photo.sha256.in_(hashes), m.Photo.visit_id != ed.id, m.Photo.deleted.is_(False)
                )
            ):
                uses[sha].add(vid)
    return {
        p.id: check_photo(PhotoFacts(p.sha256, p.taken_at, p.latitude, p.longitude), visit, uses.get(p.sha256, ()))
        for p in photos
    }


def _aware(t: dt.datetime | None) -> dt.datetime | None:
    """Store camera times as UTC; a naive camera time is taken as this laptop's local time."""
    if t is None:
        return None
    return t if t.tzinfo else t.astimezone()
