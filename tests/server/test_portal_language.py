"""The portal in its reader's language: the account's choice, else the browser's, else English; every text of
the templates through ``_()``; the period report and the pages' numbers and dates in that language."""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.dates import format_date
from jinja2 import nodes
from pypdf import PdfReader
from server.portal_support import Browser, World, signed_in

from mystery_shop.domain.numbers import display
from mystery_shop.server.portal import branding, dashboard, index
from mystery_shop.server.portal.language import choose, from_header
from mystery_shop.server.portal.web import ENV, HERE

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = sorted((HERE / "templates").glob("*.html"))
GETTEXT = {"_", "gettext", "ngettext"}
# Attributes a person reads or a screen reader says.
SPOKEN = {"alt", "title", "placeholder", "aria-label", "data-label", "label", "summary"}
# Not words of a language: the program's name beside its version.
NAMES = {"mystery-shop"}


# ------------------------------------------------------------ which language


@pytest.mark.parametrize(
    ("header", "code"),
    [
        ("pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "pl"),
        ("de-AT", "de"),
        ("ja, fr;q=0.5, es;q=0.9", "es"),  # by weight, the first shipped one
        ("en-GB,en;q=0.9", "en"),
        ("ja, zh;q=0.5", None),
        ("fr;q=0, de;q=0.1", "de"),  # q=0: not wanted
        ("", None),
        (None, None),
        ("pl;q=nonsense, fr", "fr"),
    ],
)
def test_the_browsers_first_shipped_language(header: str | None, code: str | None) -> None:
    assert from_header(header) == code


def test_the_accounts_choice_beats_the_browser_and_english_is_last() -> None:
    assert choose("de", "pl") == "de"
    assert choose(None, "pl,en") == "pl"
    assert choose("xx", "ja") == "en"


# ------------------------------------------------------------ every text through _()


class _Visible(HTMLParser):
    """Text nodes and spoken attributes of a template whose Jinja2 parts were cut out (``\\x00``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        self.found += [v for k, v in attrs if k in SPOKEN and v]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.found.append(data)


def _words(text: str) -> list[str]:
    if re.fullmatch(r"#[0-9a-fA-F]{3,8}|/\S*", text.strip()):
        return []  # a colour, a path: not for reading
    return [w for w in re.findall(r"[^\W\d_]{2,}[\w'-]*", text.replace("\x00", " ")) if w not in NAMES]


def _output_literals(node: nodes.Node) -> list[str]:
    """String literals a ``{{ }}`` writes as they are: ``{{ name or "Someone" }}``, not inside ``_()``."""
    if isinstance(node, nodes.Const):
        return [node.value] if isinstance(node.value, str) else []
    if isinstance(node, nodes.Call) and isinstance(node.node, nodes.Name) and node.node.name in GETTEXT:
        return []  # translated; its arguments are values (escaped) or translated themselves
    if isinstance(node, (nodes.Or, nodes.And)):
        return _output_literals(node.left) + _output_literals(node.right)
    if isinstance(node, nodes.CondExpr):
        return _output_literals(node.expr1) + (_output_literals(node.expr2) if node.expr2 else [])
    if isinstance(node, nodes.Concat):
        return [s for n in node.nodes for s in _output_literals(n)]
    if isinstance(node, nodes.Call):  # a macro's literal arguments land on the page
        return [s for a in [*node.args, *(k.value for k in node.kwargs)] for s in _output_literals(a)]
    return []


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_every_text_of_a_template_goes_through_gettext(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    cut = re.sub(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", "\x00", source, flags=re.S)
    parser = _Visible()
    parser.feed(re.sub(r"<!doctype[^>]*>", "", cut, flags=re.I))
    untranslated = [t.strip() for t in parser.found if _words(t)]
    assert untranslated == [], f"{path.name}: text outside _(): {untranslated}"
    tree = ENV.parse(source)
    literals = [s for out in tree.find_all(nodes.Output) for n in out.nodes
                if not isinstance(n, nodes.TemplateData) for s in _output_literals(n)]  # fmt: skip
    assert [s for s in literals if _words(s)] == [], f"{path.name}: a literal written without _()"


def test_the_check_finds_a_text_outside_gettext(tmp_path: Path) -> None:
    """The check above is real: a plain word, a spoken attribute and a bare literal are each caught."""
    for bad in ("<p>Hello</p>", '<img alt="A logo" src="x">', '<p>{{ name or "Someone" }}</p>'):
        sample = tmp_path / "sample.html"
        sample.write_text(bad, encoding="utf-8")
        with pytest.raises(AssertionError):
            test_every_text_of_a_template_goes_through_gettext(sample)
    ok = tmp_path / "ok.html"
    ok.write_text('<p title="{{ _(\'A title\') }}">{{ _("Hello %(n)s", n=name) }} · {{ n }}</p>', encoding="utf-8")
    test_every_text_of_a_template_goes_through_gettext(ok)


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_no_data_goes_through_gettext(path: Path) -> None:
    """``_()`` and ``ngettext()`` take literals only: their result is marked safe (not escaped) and ``%`` in it is a
    placeholder, so a value from the data (a form's grade label) in them is markup on the page, or a 500."""
    tree = ENV.parse(path.read_text(encoding="utf-8"))
    calls = [c for c in tree.find_all(nodes.Call) if isinstance(c.node, nodes.Name) and c.node.name in GETTEXT]
    data = [c for c in calls if not c.args or not all(isinstance(a, nodes.Const) for a in c.args[:2 if
            c.node.name == "ngettext" else 1])]  # fmt: skip
    assert data == [], f"{path.name}: a value from the data passed to _(): {[c.args for c in data]}"


def test_the_check_finds_data_inside_gettext(tmp_path: Path) -> None:
    for bad in ("<p>{{ _(row.grade) }}</p>", '<p>{{ ngettext(one, "%(num)s visits", n) }}</p>'):
        sample = tmp_path / "sample.html"
        sample.write_text(bad, encoding="utf-8")
        with pytest.raises(AssertionError):
            test_no_data_goes_through_gettext(sample)
    ok = tmp_path / "ok.html"
    ok.write_text('<p>{{ _("Hello %(n)s", n=name) }} {{ row.grade | label }}</p>', encoding="utf-8")
    test_no_data_goes_through_gettext(ok)


def test_the_extractor_finds_the_templates_texts() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import translations

    texts = translations.extract()
    for source in ("Skip to the content", "Signed in as <strong>%(name)s</strong> (%(role)s).", "Show them all"):
        assert source in texts, source
        assert any(f.endswith(".html") for f, _ in texts[source].where)
    assert texts["%(num)s reports"].numerus, "ngettext: counted, under its plural"
    assert texts["Wrong user name or password."].where[0][0].endswith("sessions.py"), "pt() in the portal's Python"
    assert "There is no such report here." in texts, "pt_noop() where an error is raised"
    assert translations.placeholders("page %(page)s of %(pages)s") == {"%(page)s", "%(pages)s"}


# ------------------------------------------------------------ the pages


def test_a_browser_in_polish_reads_polish_and_the_account_choice_beats_it(world: World) -> None:
    live = world.live
    pl = {"Accept-Language": "pl-PL,pl;q=0.9,en;q=0.5"}
    b = Browser(live)
    r = b.get("/portal/sign-in", headers=pl)
    assert r.headers["content-language"] == "pl" and "Accept-Language" in r.headers["vary"]
    page = r.text
    assert '<html lang="pl">' in page and "Przejdź do treści" in page and "Skip to the content" not in page
    b.http.headers.update(pl)
    assert b.sign_in("carl").status_code == 303
    reports = b.get("/portal/reports").text
    assert "<h1>Acme · Raporty</h1>" in reports and "Wszystkie oceny" in reports
    newest = dt.date.today() - dt.timedelta(days=3)
    assert format_date(newest, "medium", locale="pl") in reports, "dates as Polish writes them"
    assert "published" not in reports.lower().replace("data-published", "")

    r = b.post("/portal/account/language", {"language": "de"}, token_from="/portal/account")
    assert r.status_code == 303 and r.headers["location"] == "/portal/account?saved=language"
    account = b.get(r.headers["location"]).text
    assert '<html lang="de">' in account and "Das Portal spricht jetzt Ihre Sprache." in account
    assert 'value="de" lang="de" selected' in account
    reports = b.get("/portal/reports").text  # the browser still asks for Polish
    assert '<html lang="de">' in reports and "<h1>Acme · Berichte</h1>" in reports
    assert b.get("/portal/reports/no-such-visit").text.count("Diesen Bericht gibt es hier nicht.") == 2, \
        "an error page too (title and heading)"  # fmt: skip

    b.post("/portal/account/language", {"language": ""}, token_from="/portal/account")  # the browser's again
    assert '<html lang="pl">' in b.get("/portal/reports").text
    b.http.headers.pop("Accept-Language")
    assert '<html lang="en">' in b.get("/portal/reports").text
    b.close()


def test_the_dashboard_in_polish_writes_its_numbers_the_polish_way(world: World) -> None:
    live = world.live
    b = signed_in(live, "carl")
    b.post("/portal/account/language", {"language": "pl"}, token_from="/portal/account")
    page = b.get("/portal/dashboard?period=365").text
    start, end = dt.date.today() - dt.timedelta(days=365), dt.date.today()
    index.catch_up(live.db)
    with live.db.read() as s:
        figures = dashboard.load(s, world.firm.client_id, start, end).figures
    assert figures.totals is not None
    mean = display(figures.totals.mean)
    assert "." in mean, "a mean with decimals, so the sign shows"
    assert f'<span class="tile-value">{mean.replace(".", ",")}</span>' in page
    assert "Średni wynik" in page
    assert "3 opublikowane wizyty" in page, "Polish plural: 2-4 take the 'few' form"
    for english in ("As a table", "Mean score by month", "Locations ranked", "published visit", "No figures"):
        assert english not in page, english
    b.close()


def test_the_period_report_is_in_the_accounts_language(world: World) -> None:
    b = signed_in(world.live, "carl")
    b.post("/portal/account/language", {"language": "de"}, token_from="/portal/account")
    r = b.get("/portal/dashboard/report.pdf?period=365")
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    assert "Zeitraumbericht Acme" in r.headers["content-disposition"]
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(r.content)).pages)
    assert "ZEITRAUMBERICHT" in text and "Besuche" in text, text[:400]
    assert "PERIOD REPORT" not in text and "Visits" not in text
    b.close()


def test_an_admin_sets_an_accounts_language(world: World) -> None:
    from mystery_shop.server import admin

    db = world.live.db
    admin.set_language(db, "carl", "FR")
    b = signed_in(world.live, "carl")
    assert '<html lang="fr">' in b.get("/portal/reports").text
    with pytest.raises(admin.AdminError, match="not a language"):
        admin.set_language(db, "carl", "xx")
    with pytest.raises(admin.AdminError, match="no user"):
        admin.set_language(db, "nobody", "de")
    admin.set_language(db, "carl", None)
    assert '<html lang="en">' in b.get("/portal/reports").text
    b.close()


def test_no_english_text_of_the_portal_is_left_on_its_polish_pages(world: World) -> None:
    """Every text the portal's code and templates hold (scripts/translations.py finds them) is Polish on the
    rendered pages: the sign-in, the list, a report, the dashboard, the account, errors and notices."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import translations

    from mystery_shop.catalogue import translate

    ours = [
        source
        for source, t in translations.extract().items()
        if any("server/portal/" in f for f, _ in t.where)
        and not t.numerus
        and not translations.placeholders(source)
        and " " in source  # a sentence or a phrase: one word ("Portal", "PDF") may be the same in Polish
        and translate("pl", source) != source
    ]
    assert len(ours) > 80, "the portal's texts were found"
    live = world.live
    b = Browser(live)
    b.http.headers["Accept-Language"] = "pl"
    pages = [b.get("/portal/sign-in?note=expired").text]
    r = b.post("/portal/sign-in", {"username": "carl", "password": "not it"})
    pages.append(r.text)
    assert b.sign_in("carl").status_code == 303
    vid = world.visits["Acme"][0]
    for path in (
        "/portal/reports",
        "/portal/reports?period=custom&from=nonsense&to=2001-01-01",
        f"/portal/reports/{vid}",
        "/portal/dashboard?period=365",
        "/portal/account",
        "/portal/reports/no-such-visit",
        "/portal/dashboard?period=custom&from=2001-01-01&to=2001-01-31",
    ):
        pages.append(b.get(path).text)  # fmt: skip
    r = b.post("/portal/account", {"current": "wrong one", "new": "short", "repeat": "short"})
    pages.append(r.text)
    b.close()
    text = html.unescape("\n".join(pages))
    left = [s for s in ours if s in text]
    assert left == [], f"English on the Polish pages: {left}"


def test_the_footer_says_how_a_pdf_reader_shows_the_signature(world: World) -> None:
    live = world.live
    b = Browser(live)
    page = b.get("/portal/sign-in").text
    assert "mystery-shop verify" not in page, "a client has no mystery-shop command"
    assert "its signature panel shows who signed it" in page
    branding.set_firm(live.config.data_dir, name="Northwind Audits")
    try:
        page = b.get("/portal/sign-in").text
        assert "Adobe Acrobat Reader: its signature panel shows that Northwind Audits signed it" in page
        pl = b.get("/portal/sign-in", headers={"Accept-Language": "pl"}).text
        assert "Adobe Acrobat Reader" in pl and "Northwind Audits" in pl and "signature panel" not in pl
    finally:
        branding.set_firm(live.config.data_dir, name="")  # the server may serve the next test too
        b.close()
