"""The app's translations: find the texts in the code, keep the .ts files in step, build the .qm files.

    python scripts/translations.py update   add new texts to each .ts (unfinished), mark gone ones vanished
    python scripts/translations.py build    compile every .ts to .qm with pyside6-lrelease (scripts/dev.sh setup)
    python scripts/translations.py check    list texts a shipped .ts lacks or leaves unfinished; exit 1 if any

The texts are the literal first arguments of ``tr()``, ``trn()`` (counted:
numerus forms) and ``tr_noop()`` in ``mystery_shop/``, and of their report
twins ``rt()``, ``rtn()`` and ``rt_noop()`` (reports/language.py, which reads
the same .ts files without Qt) and portal twins ``pt()``, ``ptn()`` and ``pt_noop()``
(server/portal/language.py), found with Python's
``ast``; the portal templates' ``_()`` and ``ngettext()`` texts, found with
Jinja2's extractor; plus the names ``domain/`` keeps (period presets, states, stages,
channels, default grade bands). pyside6-lupdate is not used: it finds a bare
``tr("...")`` but files it under an empty context (ours is "mystery-shop"), and
knows neither ``trn`` (counted), ``tr_noop`` nor the reports' ``rt``. The .ts files are committed (they
are the translators' work); the .qm files are built and git-ignored.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "mystery_shop"
OUT = ROOT / "resources" / "translations"
CONTEXT = "mystery-shop"
PREFIX = "mystery_shop"
# Shipped languages, with the Qt language name lrelease reads the plural rules from.
# English is the source language: its file holds only the plural forms (as lupdate -pluralonly).
LANGUAGES = {"en": "en_GB", "pl": "pl_PL", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}
# name -> counted: the app's (ui/i18n.py) and the reports' (reports/language.py), one catalogue for both.
# The portal's Python has its own twins, ``pt()``, ``ptn()`` and ``pt_noop()`` (server/portal/language.py).
FUNCTIONS = {"tr": False, "tr_noop": False, "trn": True, "rt": False, "rt_noop": False, "rtn": True,
             "pt": False, "pt_noop": False, "ptn": True}  # fmt: skip
# The portal's Jinja2 templates: ``_()``/``gettext()`` and ``ngettext()`` (filed under its plural, counted).
TEMPLATES = SOURCES / "server" / "portal" / "templates"
TEMPLATE_FUNCTIONS = ("_", "gettext", "ngettext")


@dataclass
class Text:
    source: str
    numerus: bool
    where: list[tuple[str, int]] = field(default_factory=list)


def extract(root: Path = SOURCES) -> dict[str, Text]:
    """Every translatable text in the package, in the order first met (files sorted)."""
    found: dict[str, Text] = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), rel)):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FUNCTIONS):
                continue
            if not (node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                continue  # tr(variable): its literal is marked with tr_noop where it is defined
            text = found.setdefault(node.args[0].value, Text(node.args[0].value, FUNCTIONS[node.func.id]))
            text.numerus |= FUNCTIONS[node.func.id]
            text.where.append((rel, node.lineno))
    for source, numerus, rel, line in template_texts(root / TEMPLATES.relative_to(SOURCES)):
        text = found.setdefault(source, Text(source, numerus))
        text.numerus |= numerus
        text.where.append((rel, line))
    for name in _domain_texts():
        found.setdefault(name, Text(name, False, [("mystery_shop/domain", 0)]))
    return found


def template_texts(folder: Path = TEMPLATES) -> list[tuple[str, bool, str, int]]:
    """(text, counted, file, line) of the literal ``_("...")``, ``ngettext("...", "...", n)`` and ``{% trans %}``
    texts of the portal's templates, read by Jinja2's own extractor (``Environment.extract_translations``)."""
    from jinja2 import Environment

    env = Environment(extensions=["jinja2.ext.i18n"])
    out = []
    for path in sorted(folder.glob("*.html")):
        rel = path.relative_to(ROOT).as_posix()
        found = env.extract_translations(path.read_text(encoding="utf-8"), TEMPLATE_FUNCTIONS)  # type: ignore[attr-defined]
        for line, function, message in found:
            strings = message if isinstance(message, tuple) else (message,)
            if function == "ngettext":  # (singular, plural): one source, its plural, with the language's forms
                if len(strings) > 1 and isinstance(strings[1], str):
                    out.append((strings[1], True, rel, line))
            elif strings and isinstance(strings[0], str):
                out.append((strings[0], False, rel, line))  # _(variable): not a text of ours (a grade's label)
    return out


def _domain_texts() -> list[str]:
    """Names domain/ holds and ui/ shows through tr(): domain/ cannot import Qt to mark them."""
    sys.path.insert(0, str(ROOT))
    from mystery_shop.domain.forms import DEFAULT_GRADE_BANDS, Channel, Stage
    from mystery_shop.domain.periods import PRESETS
    from mystery_shop.domain.workflow import VisitStatus

    values = [v.value for enum in (VisitStatus, Stage, Channel) for v in enum]  # shown through label_text()
    bands = [b.label for b in DEFAULT_GRADE_BANDS]  # a report translates the default bands (rt)
    return [name for name, _ in PRESETS] + [v.replace("_", " ").capitalize() for v in values] + bands


# ------------------------------------------------------------ .ts files


@dataclass
class Entry:
    translations: list[str]  # one, or the numerus forms
    finished: bool


def ts_path(code: str) -> Path:
    return OUT / f"{PREFIX}_{code}.ts"


def read_ts(path: Path) -> dict[str, Entry]:
    if not path.exists():
        return {}
    entries: dict[str, Entry] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None or node.get("type") in ("vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in node.findall("numerusform")] if message.get("numerus") == "yes" else []
        entries[source] = Entry(forms or [node.text or ""], node.get("type") != "unfinished")
    return entries


def plural_count(code: str) -> int:
    return 3 if code == "pl" else 2


def write_ts(code: str, texts: dict[str, Text], entries: dict[str, Entry]) -> None:
    ts = ET.Element("TS", version="2.1", language=LANGUAGES[code], sourcelanguage="en")
    context = ET.SubElement(ts, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, text in texts.items():
        if code == "en" and not text.numerus:
            continue
        message = ET.SubElement(context, "message", {"numerus": "yes"} if text.numerus else {})
        # Files only, no line numbers: an edit elsewhere in a file then leaves every .ts as it was.
        for file in dict.fromkeys(file for file, _ in text.where):
            ET.SubElement(message, "location", filename=f"../../{file}")
        ET.SubElement(message, "source").text = source
        entry = entries.get(source)
        node = ET.SubElement(message, "translation")
        if entry is None or not entry.finished:
            node.set("type", "unfinished")
        if text.numerus:
            forms = list(entry.translations) if entry else []
            for form in (forms + [""] * plural_count(code))[: plural_count(code)]:
                ET.SubElement(node, "numerusform").text = form
        else:
            node.text = entry.translations[0] if entry else ""
    for source, entry in entries.items():  # kept for a text that may come back, as lupdate does
        if source not in texts:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", type="vanished").text = entry.translations[0]
    ET.indent(ts, space="    ")
    OUT.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(ts, encoding="unicode")
    ts_path(code).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update() -> None:
    texts = extract()
    for code in LANGUAGES:
        write_ts(code, texts, read_ts(ts_path(code)))


def problems(code: str, texts: dict[str, Text] | None = None) -> list[str]:
    """What the shipped .ts of ``code`` lacks: texts missing, unfinished, or with the wrong placeholders."""
    texts = extract() if texts is None else texts
    entries = read_ts(ts_path(code))
    out = []
    for source, text in texts.items():
        if code == "en" and not text.numerus:
            continue
        entry = entries.get(source)
        if entry is None:
            out.append(f"missing: {source!r}")
        elif not entry.finished or not all(t.strip() for t in entry.translations):
            out.append(f"unfinished: {source!r}")
        elif text.numerus and len(entry.translations) != plural_count(code):
            out.append(f"{len(entry.translations)} plural forms, not {plural_count(code)}: {source!r}")
        else:
            for t in entry.translations:
                if placeholders(t) != placeholders(source):
                    out.append(f"placeholders {sorted(placeholders(t))} != {sorted(placeholders(source))}: {source!r}")
    return out


def placeholders(text: str) -> set[str]:
    """``{name}``, ``{m:02d}``, ``%n``, ``%Ln``, ``%v``, ``%m``, and the templates' ``%(name)s``: what must
    survive translation."""
    import re

    return set(re.findall(r"\{[^{}]*\}|%\(\w+\)s|%L?n|%[vm]", text))


def lrelease() -> str:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(here) if here.exists() else shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6 into .venv (scripts/dev.sh setup)")
    return found


def build() -> list[Path]:
    built = []
    for code in LANGUAGES:
        ts, qm = ts_path(code), ts_path(code).with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            built.append(qm)
            continue
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["update", "build", "check"])
    command = parser.parse_args().command
    if command == "update":
        update()
    elif command == "build":
        build()
    else:
        texts, bad = extract(), 0
        for code in LANGUAGES:
            for problem in problems(code, texts):
                print(f"{ts_path(code).name}: {problem}")
                bad += 1
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
