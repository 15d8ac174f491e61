"""Reports in the client's language: words from the shipped translations, numbers and dates by Babel."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import pytest
from babel.dates import format_date
from report_support import ReportProfile, font_problems, page_texts, read, render_pages, squash
from sqlalchemy import select

from mystery_shop.domain.numbers import display
from mystery_shop.reports.language import report_language, rt, rtn
from mystery_shop.reports.theme import day, num, points, seconds
from mystery_shop.services import reports
from mystery_shop.services.profile import Profile
from mystery_shop.services.rows import ServiceError
from mystery_shop.services.workspace import Workspace
from mystery_shop.store import models as m


@pytest.fixture(scope="module")
def german(report_profile: ReportProfile, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The visit's report with its client set to German (set back afterwards: the profile is shared)."""
    ws = report_profile.ws
    ws.update_client(report_profile.client_id, language="de")
    try:
        out = tmp_path_factory.mktemp("visit-de") / "visit-de.pdf"
        reports.visit_report(ws, report_profile.visit_id, out)
    finally:
        ws.update_client(report_profile.client_id, language=None)
    return out


def test_a_german_visit_report_has_german_labels_dates_and_decimal_commas(
    report_profile: ReportProfile, german: Path
) -> None:
    text = squash(" ".join(page_texts(german)))
    for label in ("MYSTERY-SHOPPING-BESUCHSBERICHT", "DATUM DES BESUCHS", "Zusammenfassung", "PRÜFFORMULAR",
                  "Erklärung und Genehmigung", "Seite 1 von", "Punkte", "Genehmigt", "Befriedigend"):  # fmt: skip
        assert label in text, label
    for english in ("DATE OF VISIT", "Summary", "Declaration and approval", "Page 1 of", "Approved", "Fair"):
        assert english not in text, english
    ed = report_profile.ws.open_visit(report_profile.visit_id)
    visit_day = ed.header.scheduled_date
    assert format_date(visit_day, "long", locale="de") in text  # "14. November 2026"
    assert f"{visit_day:%B}" not in text or format_date(visit_day, "MMMM", locale="de") == f"{visit_day:%B}"
    # The total and the touchpoint scores with a decimal comma, never a decimal point.
    score = ed.score
    shown = [display(score.total)] + [display(score.section(s.id).score) for s in ed.form.sections]
    with_decimals = [x for x in shown if "." in x]
    assert with_decimals, shown  # the fixture's scores have decimals: else this test proves nothing
    for x in with_decimals:
        assert x.replace(".", ",") in text, x
    assert "2,5" in text  # the supervisor's override to 2.5 points
    assert not font_problems(read(german))  # DejaVu covers ä, ö, ü, ß


def test_the_german_report_renders(german: Path, tmp_path: Path) -> None:
    assert render_pages(german, tmp_path)


def test_english_stays_the_house_format() -> None:
    with report_language("en"):
        assert num(Fraction(725, 10)) == "72.5" and points(Fraction(5, 2)) == "2.5"
        assert day(dt.date(2026, 11, 14)) == "14 November 2026"
        assert rt("Summary") == "Summary"


def test_numbers_dates_and_plurals_in_each_language() -> None:
    d = dt.date(2026, 11, 14)
    with report_language("de"):
        assert num(Fraction(725, 10)) == "72,5" and points(Fraction(4, 3)) == "1,33" and num(100) == "100,0"
        assert num(Fraction(123456, 10)) == "12.345,6"
        assert seconds(42.5) == "42,5 s" and seconds(95) == "1:35"
        assert day(d) == "14. November 2026"
    with report_language("pl"):
        assert day(d) == "14 listopada 2026" and num(Fraction(725, 10)) == "72,5"
        assert rt("Summary") == "Podsumowanie"
        assert [rtn("%n visit(s)", n) for n in (1, 3, 5)] == ["1 wizyta", "3 wizyty", "5 wizyt"]
    with report_language("fr"):
        assert day(d) == "14 novembre 2026" and rt("Page {page} of {pages}") == "Page {page} sur {pages}"
    with report_language("es"):
        assert day(d) == "14 de noviembre de 2026"
    with report_language("xx"):  # not shipped: English
        assert rt("Summary") == "Summary"


def test_the_client_language_is_kept_on_the_client_and_synced(tmp_path: Path) -> None:
    ws = Workspace.open(Profile(tmp_path / "p"), log_to_file=False)
    c1, c2 = ws.add_client("Acme"), ws.add_client("Bäckerei Müller", language="de")
    assert (c1.language, c2.language) == ("en", "de")
    assert ws.update_client(c1.id, language="pl").language == "pl"
    assert ws.update_client(c1.id, name="Acme Ltd").language == "pl"  # other changes leave it as it is
    assert ws.update_client(c2.id, language=None).language == "en"
    with pytest.raises(ServiceError, match="tlh"):
        ws.update_client(c1.id, language="tlh")
    assert ws.client_language(c1.id) == "pl" and ws.client_language("no-such-client") == "en"
    with ws.sessions() as s:
        sent = s.scalars(select(m.OutboxEntry.fields).where(m.OutboxEntry.record_id == c1.id)).all()
    assert sent and sent[-1]["language"] == "pl"  # it travels with the client: every laptop and the portal agree


def test_an_older_profile_s_client_languages_move_onto_the_clients(tmp_path: Path) -> None:
    profile = Profile(tmp_path / "p")
    ws = Workspace.open(profile, log_to_file=False)
    acme, gone = ws.add_client("Acme"), ws.add_client("Gone")
    profile.save_settings({"reports": {"firm_name": "Larkspur", "client_languages": {
        acme.id: "fr", gone.id: "tlh", "unknown-client": "de"}}})  # fmt: skip
    again = Workspace.open(profile, log_to_file=False)
    assert again.client_language(acme.id) == "fr" and again.client_language(gone.id) == "en"
    assert profile.settings()["reports"] == {"firm_name": "Larkspur"}  # moved, the rest kept


def test_a_german_period_report(report_profile: ReportProfile, tmp_path: Path) -> None:
    from babel.dates import format_interval

    ws = report_profile.ws
    day_ = ws.open_visit(report_profile.visit_id).header.scheduled_date
    start, end = day_ - dt.timedelta(days=40), day_ + dt.timedelta(days=40)
    client = next(c.name for c in ws.clients() if c.id == report_profile.client_id)
    out = tmp_path / "period-de.pdf"
    reports.period_report(ws, client, start, end, out, language="de")
    text = squash(" ".join(page_texts(out)))
    for label in ("MYSTERY-SHOPPING-ZEITRAUMBERICHT", "1 Besuch an 1 Standort", "Besuche im Zeitraum",
                  "Zu diesen Zahlen", "Genehmigt", "Befriedigend"):  # fmt: skip
        assert label in text, label
    assert squash(format_interval(start, end, "yMMMMd", locale="de")) in text  # "5. Okt. – 24. Dez. 2026"
    assert "Period report" not in text and "About these figures" not in text


def test_the_report_command_takes_a_language(
    report_profile: ReportProfile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mystery_shop.cli import main

    root = str(report_profile.ws.profile.root)
    out = tmp_path / "visit-fr.pdf"
    assert main(["report", report_profile.visit_id, "--out", str(out), "--language", "fr", "--profile", root]) == 0
    text = squash(" ".join(page_texts(out)))
    assert "RAPPORT DE VISITE MYSTÈRE" in text and "Page 1 sur" in text
    with pytest.raises(SystemExit) as e:
        main(["report", report_profile.visit_id, "--out", str(out), "--language", "tlh", "--profile", root])
    assert e.value.code == 2 and "invalid choice" in capsys.readouterr().err
