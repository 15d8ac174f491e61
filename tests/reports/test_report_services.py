"""The report services: signing as the last step (and its audit entry), bulk export with progress and
cancel, and the report settings in settings.json."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
from report_support import CLIENT, FIRM, PASSPHRASE, ReportProfile, font_problems, page_texts, qpdf_check, read

from mystery_shop.reports.verification import verify_pdf
from mystery_shop.services import report_data, report_signing, reports
from mystery_shop.services.report_settings import (
    ReportSettings,
    load_report_settings,
    save_report_settings,
    set_client_logo,
    update_report_settings,
)
from mystery_shop.services.rows import ServiceError
from support.images import SIGNATURE
from support.workspaces import make_workspace


def test_a_signed_visit_report_verifies_and_is_in_the_audit_log(
    report_profile: ReportProfile, firm_key: Path, tmp_path: Path
) -> None:
    sign = report_signing.load_signing(firm_key, PASSPHRASE)
    out = tmp_path / "signed.pdf"
    result = reports.visit_report(report_profile.ws, report_profile.visit_id, out, sign=sign)
    assert result.signed and result.size == out.stat().st_size
    v = verify_pdf(out, firm_key.with_suffix(".crt"))
    assert v.ok, v
    check = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True, timeout=60)
    assert "Signature is Valid" in check.stdout and "Total document signed" in check.stdout, check.stdout
    assert qpdf_check(out).returncode == 0
    assert font_problems(read(out)) == []  # the signature's appearance too
    assert "DIGITAL SIGNATURE" in page_texts(out)[-1]
    trail = report_profile.ws.open_visit(report_profile.visit_id).audit_trail()
    [entry] = [a for a in trail if a.kind == "report" and result.report_id in a.detail]
    assert result.sha256 in entry.detail and FIRM in entry.detail
    assert entry.actor == report_profile.ws.me.display_name


def test_signing_errors_are_said_in_words(firm_key: Path, tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="wrong passphrase"):
        report_signing.load_signing(firm_key, b"not it")
    with pytest.raises(ServiceError, match="no such file"):
        report_signing.load_signing(tmp_path / "none.p12", PASSPHRASE)
    junk = tmp_path / "junk.p12"
    junk.write_bytes(b"not a key")
    with pytest.raises(ServiceError, match="not a PKCS#12"):
        report_signing.load_signing(junk, PASSPHRASE)


def test_a_signed_period_report_verifies(report_profile: ReportProfile, firm_key: Path, tmp_path: Path) -> None:
    sign = report_signing.load_signing(firm_key, PASSPHRASE)
    out = tmp_path / "period.pdf"
    day = dt.date(2026, 11, 14)
    result = reports.period_report(report_profile.ws, CLIENT, day, day, out, sign=sign, page_size="letter")
    assert verify_pdf(out, firm_key.with_suffix(".crt")).ok
    assert result.pages == len(read(out).pages)


# ---------------------------------------------------------------- bulk export


def _bulk_profile(tmp_path: Path):  # type: ignore[no-untyped-def]
    ws, _planned = make_workspace(tmp_path / "profile")
    loc = ws.locations()[0]
    ids = []
    for day in (dt.date(2026, 11, 3), dt.date(2026, 11, 10), dt.date(2026, 11, 17)):
        ids.append(_approved_shop_visit(ws, loc.id, day))
    _submitted_shop_visit(ws, loc.id, dt.date(2026, 11, 12))  # not a result yet: not exported
    return ws, ids


def _answered(ws, location_id: str, day: dt.date) -> str:  # type: ignore[no-untyped-def]
    from mystery_shop.store import models as m

    visit_id = ws.create_visit("shop", location_id, day)
    ed = ws.open_visit(visit_id)
    ed.set_answers({"greeted": "yes", "wait": 20, "mood": 4, "staff_name": "Sam"})
    ed.sign(SIGNATURE, "Zoë Ångström")
    with ws.sessions.begin() as s:
        # An unreadable drawing (as one synced from a damaged laptop could be): the report says so and goes on.
        s.get(m.Visit, visit_id).signature_png = b"not a png"
        s.add(m.Photo(visit_id=visit_id, section_id="greeting", sha256="0" * 64))  # bytes not on this laptop
    ed.submit()
    return visit_id


def _approved_shop_visit(ws, location_id: str, day: dt.date) -> str:  # type: ignore[no-untyped-def]
    from mystery_shop.services import review

    visit_id = _answered(ws, location_id, day)
    review.approve(ws.open_visit(visit_id))
    return visit_id


def _submitted_shop_visit(ws, location_id: str, day: dt.date) -> str:  # type: ignore[no-untyped-def]
    return _answered(ws, location_id, day)


def test_bulk_export_writes_one_pdf_per_approved_visit_with_progress(tmp_path: Path) -> None:
    ws, _ids = _bulk_profile(tmp_path)
    calls: list[tuple[int, int, str]] = []
    folder = tmp_path / "out" / "Acme — November"
    result = reports.bulk_export(
        ws,
        "Acme",
        dt.date(2026, 11, 1),
        dt.date(2026, 11, 30),
        folder,
        lambda done, total, name: calls.append((done, total, name)),
    )
    assert not result.cancelled and not result.failed
    assert result.total == 3 and len(result.written) == 3
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 3 and all(f.endswith(".pdf") and "High Street" in f for f in files)
    assert files[0].startswith("2026-11-03")
    assert [c[0] for c in calls] == [0, 1, 2, 3] and all(c[1] == 3 for c in calls)
    assert calls[-1][2] == ""
    for r in result.written:
        text = " ".join(page_texts(r.path))
        assert "Photo not on this computer" in text
        assert r.path.parent == folder
    again = reports.bulk_export(ws, "Acme", dt.date(2026, 11, 1), dt.date(2026, 11, 30), folder)
    assert len(list(folder.iterdir())) == 6  # never overwrites: "(2)" names
    assert all("(2)" in r.path.name for r in again.written)
    ws.close()


def test_bulk_export_stops_when_cancelled(tmp_path: Path) -> None:
    ws, _ids = _bulk_profile(tmp_path)
    seen: list[int] = []

    def cancelled() -> bool:
        return len(seen) >= 1

    result = reports.bulk_export(
        ws,
        "Acme",
        dt.date(2026, 11, 1),
        dt.date(2026, 11, 30),
        tmp_path / "out",
        lambda done, total, name: seen.append(done),
        cancelled,
    )
    assert result.cancelled and len(result.written) == 1 and result.total == 3
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 1
    assert not list((tmp_path / "out").glob(".*"))  # no temporary file left behind
    ws.close()


def test_bulk_export_refuses_an_unknown_client(tmp_path: Path) -> None:
    ws, _visit = make_workspace(tmp_path / "p")
    with pytest.raises(ServiceError, match="No client"):
        reports.bulk_export(ws, "Nobody", dt.date(2026, 1, 1), dt.date(2026, 1, 2), tmp_path / "out")
    ws.close()


def test_safe_filenames_keep_letters_of_any_script() -> None:
    assert reports.safe_filename('Łódź / "Manufaktura": 1') == "Łódź - -Manufaktura- 1"
    assert reports.safe_filename("...") == "visit"
    assert reports.safe_filename("Ирина\tСоколова") == "Ирина-Соколова"


# ---------------------------------------------------------------- settings


def test_report_settings_round_trip_and_keep_other_settings(tmp_path: Path) -> None:
    ws, _visit = make_workspace(tmp_path / "p")
    profile = ws.profile
    profile.save_settings({"user_name": "Zoë", "comment_library": ["x"]})
    assert load_report_settings(profile) == ReportSettings()
    s = update_report_settings(
        profile,
        firm_name="Larkspur",
        page_size="letter",
        certificate=Path("/k/firm.p12"),
        timestamp_url="http://tsa.example/",
    )
    set_client_logo(profile, "c1", Path("/logos/acme.png"))
    loaded = load_report_settings(profile)
    assert loaded.firm_name == "Larkspur" and loaded.page_size == "letter" == s.page_size
    assert loaded.certificate == Path("/k/firm.p12") and loaded.client_logo("c1") == Path("/logos/acme.png")
    raw = json.loads(profile.settings_file.read_text(encoding="utf-8"))
    assert raw["user_name"] == "Zoë" and raw["comment_library"] == ["x"]
    assert "passphrase" not in json.dumps(raw).lower()
    with pytest.raises(ServiceError, match="never stored"):
        update_report_settings(profile, passphrase="hunter2")
    with pytest.raises(ServiceError, match="page size"):
        save_report_settings(profile, ReportSettings(page_size="a3"))  # type: ignore[arg-type]
    with pytest.raises(ServiceError, match="timestamp server"):
        update_report_settings(profile, timestamp_url="ftp://x")
    profile.save_settings({"reports": {"page_size": "a3", "firm_name": 7}})
    assert load_report_settings(profile) == ReportSettings()  # nonsense falls back to the defaults
    ws.close()


def test_settings_page_size_is_the_default(tmp_path: Path) -> None:
    ws, visit_id = make_workspace(tmp_path / "p")
    update_report_settings(ws.profile, page_size="letter", firm_name="Larkspur")
    out = tmp_path / "v.pdf"
    reports.visit_report(ws, visit_id, out)
    page = read(out).pages[0]
    assert [float(x) for x in page.mediabox] == [0, 0, 612, 792]
    reports.visit_report(ws, visit_id, out, page_size="a4")
    assert round(float(read(out).pages[0].mediabox[3])) == 842
    ws.close()


def test_visit_report_data_uses_the_reviews_and_journey_order(tmp_path: Path) -> None:
    ws, _ = make_workspace(tmp_path / "p")
    loc = ws.locations()[0]
    visit = _approved_shop_visit(ws, loc.id, dt.date(2026, 11, 3))
    data = report_data.visit_report_data(ws, visit)
    assert [s.title for s in data.sections] == ["Entrance and greeting", "Notes"]
    assert [q.number for q in data.sections[0].questions] == ["1.1", "1.2"]
    assert [st.label for st in data.steps] == ["Submitted", "Approved"]
    assert data.final and data.status == "Approved"
    assert data.sections[0].photos[0].source is None  # the bytes are not here
    ws.close()


def test_a_report_gets_the_users_usual_permissions(report_profile, tmp_path) -> None:
    """Reports go to clients: not owner-only like a temporary file, but as the umask says."""
    import os
    import stat

    out = tmp_path / "visit.pdf"
    reports.visit_report(report_profile.ws, report_profile.visit_id, out)
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask


def test_an_annotated_photo_is_printed_with_its_marks(tmp_path: Path) -> None:
    """The report shows the annotated copy (the auditor's marks), captioned as such; the original stays stored."""
    import io

    from PIL import Image

    from mystery_shop.services import photos as photo_service
    from support.images import upright, write_jpeg

    ws, visit_id = make_workspace(tmp_path / "p")
    ed = ws.open_visit(visit_id)
    photo_service.add_files(ed, "greeting", [write_jpeg(tmp_path / "door.jpg", upright(1200, 900))])
    photo = ed.photos()[0]
    marked = io.BytesIO()
    Image.new("RGB", (1200, 900), (220, 0, 0)).save(marked, "JPEG", quality=90)
    photo_service.set_annotation(ed, photo.id, marked.getvalue())

    out = tmp_path / "visit.pdf"
    reports.visit_report(ws, visit_id, out)
    images = [img.image for page in read(out).pages for img in page.images]

    def is_red(im) -> bool:  # type: ignore[no-untyped-def]
        r, g, b = im.convert("RGB").getpixel((im.width // 2, im.height // 2))
        return r > 200 and g < 60 and b < 60

    reds = [im for im in images if im.width > 100 and is_red(im)]
    assert reds, "the annotated copy is not in the report"
    assert "(annotated)" in "\n".join(page_texts(out))
    assert ws.blobs.has(photo.sha256)
    ws.close()
