"""An XLSForm workbook read into plain rows (openpyxl), and what reading and writing share.

Headers are matched the way pyxform matches them: case and spacing do not
matter, old spellings are accepted (``list name``, ``label:English``), and a
translated column is ``label::LANGUAGE`` where LANGUAGE is a name, a code or
both (``Polski (pl)``). Every problem is reported as ``FILE:SHEET:ROW:COLUMN:
why`` with the column's letter, as a spreadsheet shows it.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from mystery_shop.domain.messages import Message, join, msg
from mystery_shop.domain.texts import is_language


@dataclass(frozen=True, slots=True)
class XlsProblem:
    """Something in a workbook that was not carried over as written, or that stops the import."""

    file: str
    sheet: str
    row: int
    column: str  # the column's letter ("F"), or "" for the sheet as a whole
    message: str  # a Message: shown in the language of whoever reads it

    @property
    def text(self) -> Message:
        """The whole line: the place as it is (names from the workbook), the reason in any language."""
        return join((f"{self.file}:{self.sheet}:{self.row}:{self.column}:", self.message))

    def __str__(self) -> str:
        return str(self.text)


class NotAnXlsForm(ValueError):
    """The file is not an XLSForm workbook at all: one line says why."""


# Our scoring columns and the spellings accepted for them (after lower-casing, spaces as "_").
OUR_COLUMNS = {
    "points": "points",
    "score": "points",
    "weight": "weight",
    "critical": "critical",
    "stage": "stage",
    "channel": "channel",
    "na": "na",
    "n/a": "na",
    "na_allowed": "na",
    "n/a_allowed": "na",
    "expected": "expected",
    "thresholds": "thresholds",
    "photos_min": "photos_min",
    "min_photos": "photos_min",
    "photos_max": "photos_max",
    "max_photos": "photos_max",
    "audit_type": "audit_type",
}
# XLSForm columns, with pyxform's aliases.
XLSFORM_ALIASES = {
    "list name": "list_name",
    "list_name": "list_name",
    "caption": "label",
    "relevance": "relevant",
    "constraint_message": "constraint_message",
    "required_message": "required_message",
    "calculate": "calculation",
    "read_only": "read_only",
    "choice_filter": "choice_filter",
    "repeat_count": "repeat_count",
    "image": "media::image",
    "audio": "media::audio",
    "video": "media::video",
    "id_string": "form_id",
    "title": "form_title",
    "title_translation": "form_title",
}
TRANSLATABLE = (
    "label",
    "hint",
    "guidance_hint",
    "constraint_message",
    "required_message",
    "form_title",
    "description",
    "message",
)  # message: a quality check's text (the checks sheet)

# Language names XLSForms use without a code, mapped to their codes (English and native names).
LANGUAGE_NAMES = {
    "english": "en", "polish": "pl", "polski": "pl", "french": "fr", "français": "fr", "francais": "fr",
    "spanish": "es", "español": "es", "espanol": "es", "portuguese": "pt", "português": "pt", "german": "de",
    "deutsch": "de", "italian": "it", "italiano": "it", "dutch": "nl", "nederlands": "nl", "swahili": "sw",
    "kiswahili": "sw", "arabic": "ar", "hindi": "hi", "bengali": "bn", "bangla": "bn", "urdu": "ur",
    "russian": "ru", "ukrainian": "uk", "czech": "cs", "slovak": "sk", "hungarian": "hu", "romanian": "ro",
    "turkish": "tr", "greek": "el", "chinese": "zh", "japanese": "ja", "korean": "ko", "indonesian": "id",
    "vietnamese": "vi", "thai": "th", "amharic": "am", "hausa": "ha", "yoruba": "yo", "somali": "so",
    "nepali": "ne", "tagalog": "tl", "swedish": "sv", "norwegian": "no", "danish": "da", "finnish": "fi",
}  # fmt: skip
NAMES_OF = {code: name for name, code in reversed(LANGUAGE_NAMES.items())}
NATIVE_NAMES = {"en": "English", "pl": "Polski", "fr": "Français", "es": "Español", "de": "Deutsch", "pt": "Português"}


def language_code(header_language: str) -> str | None:
    """``Polski (pl)`` -> ``pl``; ``English`` -> ``en``; ``pl`` -> ``pl``; None when it names no language."""
    text = header_language.strip()
    m = re.match(r"^(.*?)\s*\(([^()]+)\)$", text)
    if m and is_language(m.group(2).strip()):
        return m.group(2).strip()
    if text.lower() in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[text.lower()]
    slug = re.sub(r"[^A-Za-z0-9-]+", "-", text).strip("-")
    return slug if slug and is_language(slug) else None


def language_header(code: str) -> str:
    """How a language is written in a column header: ``Polski (pl)``, or the code alone when it has no name."""
    name = NATIVE_NAMES.get(code) or NAMES_OF.get(code, "").capitalize()
    return f"{name} ({code})" if name else code


@dataclass(frozen=True, slots=True)
class Column:
    index: int  # 0-based
    header: str  # as written
    name: str  # normalised: "label", "points", "bind::x" ...
    language: str | None = None  # the code of a label::LANGUAGE column
    language_text: str | None = None  # LANGUAGE as written

    @property
    def letter(self) -> str:
        return get_column_letter(self.index + 1)


@dataclass
class Sheet:
    name: str  # as written in the workbook
    columns: list[Column]
    rows: list[tuple[int, list[Any]]]  # (1-based row number, cell values) of the rows below the header
    header_row: int = 1
    by_name: dict[str, list[Column]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for c in self.columns:
            self.by_name.setdefault(c.name, []).append(c)

    def column(self, name: str, language: str | None = None) -> Column | None:
        for c in self.by_name.get(name, []):
            if c.language == language:
                return c
        return None

    def value(self, cells: list[Any], name: str, language: str | None = None) -> Any:
        c = self.column(name, language)
        if c is None or c.index >= len(cells):
            return None
        return cells[c.index]

    def text(self, cells: list[Any], name: str, language: str | None = None) -> str:
        return cell_text(self.value(cells, name, language))

    def letter(self, name: str) -> str:
        cols = self.by_name.get(name)
        return cols[0].letter if cols else ""


def cell_text(v: Any) -> str:
    """A cell as the text a person sees: numbers without a trailing .0, booleans as true/false."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dt.datetime):
        return v.isoformat(sep=" ")
    if isinstance(v, dt.date | dt.time):
        return v.isoformat()
    return str(v).strip()


def normalise_header(header: str) -> tuple[str, str | None]:
    """``Label::Polski (pl)`` -> ("label", "Polski (pl)"); ``list name`` -> ("list_name", None)."""
    h = header.strip()
    if "::" in h:
        base, _, lang = h.partition("::")
    else:
        base, sep, lang = h.partition(":")
        if not sep or base.strip().lower() not in (*TRANSLATABLE, "media", "image", "audio", "video"):
            base, lang = h, ""
    key = re.sub(r"\s+", " ", base.strip().lower())
    key = XLSFORM_ALIASES.get(key, key)
    under = key.replace(" ", "_")
    key = OUR_COLUMNS.get(under) or XLSFORM_ALIASES.get(under, under)
    if key.startswith("media::"):
        return key, lang.strip() or None
    return key, lang.strip() or None


# An XLSForm is a few hundred rows and a few dozen columns. A hostile workbook (a cell at column XFD on 200,000
# rows, a sheet that unzips to gigabytes) is refused before openpyxl reads it, or as soon as it reads past these.
MAX_XLSX_BYTES = 20_000_000  # the file as it is
MAX_UNZIPPED_BYTES = 100_000_000  # its parts once unzipped (zipfile reads no more than a part declares)
MAX_ROWS = 10_000  # per sheet (a survey of 10,000 rows is many times the largest seen)
MAX_COLUMNS = 256  # (Excel 2003's limit) an undeclared width is padded to this, so it stays small


def _check_zip(path: Path) -> None:
    """Refuse a workbook too large as it is or once unzipped, before any of it is unzipped."""
    try:
        size = path.stat().st_size
        with zipfile.ZipFile(path) as z:
            unzipped = sum(info.file_size for info in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # load_workbook says what is wrong with it
    if size > MAX_XLSX_BYTES:
        raise NotAnXlsForm(msg("the file is {size} bytes; a workbook may have at most {limit}", size=size,
                               limit=MAX_XLSX_BYTES))  # fmt: skip
    if unzipped > MAX_UNZIPPED_BYTES:
        raise NotAnXlsForm(msg("the workbook unzips to {size} bytes; at most {limit} are read", size=unzipped,
                               limit=MAX_UNZIPPED_BYTES))  # fmt: skip


def read_workbook(path: Path) -> dict[str, Sheet]:
    """The workbook's sheets by lower-cased name; NotAnXlsForm when it is not a workbook openpyxl reads."""
    if path.suffix.lower() == ".xls":
        raise NotAnXlsForm(msg("an old Excel .xls workbook: open it in Excel or LibreOffice and save it as .xlsx"))
    _check_zip(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        if isinstance(e, OSError) and e.strerror:
            raise NotAnXlsForm(msg("cannot read: {error}", error=e.strerror)) from None
        raise NotAnXlsForm(msg("not an Excel workbook (.xlsx)")) from None
    try:
        return {ws.title.strip().lower(): _sheet(ws) for ws in wb.worksheets}
    finally:
        wb.close()


def _too_big(ws: Any, rows: int, columns: int) -> NotAnXlsForm:
    return NotAnXlsForm(msg("sheet '{sheet}' has {rows} rows and {columns} columns; at most {max_rows} rows and "
                            "{max_columns} columns are read", sheet=ws.title, rows=rows, columns=columns,
                            max_rows=MAX_ROWS, max_columns=MAX_COLUMNS))  # fmt: skip


def _sheet(ws: Any) -> Sheet:
    header: list[Any] | None = None
    header_row = 1
    rows: list[tuple[int, list[Any]]] = []
    declared = (ws.max_row or 0, ws.max_column or 0)  # the sheet's own <dimension>, when it has one
    if declared[0] > MAX_ROWS or declared[1] > MAX_COLUMNS:
        raise _too_big(ws, *declared)
    # Read within the bounds whatever the sheet declares: a row's cells past MAX_COLUMNS are never padded out.
    width = declared[1] or MAX_COLUMNS
    for number, values in enumerate(ws.iter_rows(max_row=MAX_ROWS + 1, max_col=width, values_only=True), start=1):
        if number > MAX_ROWS:
            raise _too_big(ws, number, declared[1])
        cells = list(values)
        if header is None:
            if any(cell_text(v) for v in cells):
                header, header_row = cells, number
            continue
        if any(v is not None and cell_text(v) != "" for v in cells):
            rows.append((number, cells))
    columns = []
    for i, h in enumerate(header or []):
        text = cell_text(h)
        if not text:
            continue
        name, lang = normalise_header(text)
        code = language_code(lang) if lang and name in TRANSLATABLE else None
        columns.append(Column(i, text, name, code, lang))
    return Sheet(ws.title, columns, rows, header_row)
